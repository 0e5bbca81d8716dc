"""The QApplication, the main window, and the dialog for unexpected exceptions."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from gdsim import interrupts
from gdsim.core.scenario import Scenario
from gdsim.ui import play_benchmark
from gdsim.ui.i18n import set_language
from gdsim.ui.main_window import MainWindow
from gdsim.ui.qtapp import dispose, make_app, quit_on_signals

if TYPE_CHECKING:  # the lessons (and the network modules they use) load when one is opened
    from gdsim.core.lessons import Lesson

__all__ = ["dispose", "make_app", "run_app"]

log = logging.getLogger("gdsim")
READY_FILE = "GDSIM_READY_FILE"  # a file written once the window's event loop runs (for tests)


def log_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "gdsim.log"


def install_exception_dialog() -> None:
    """An unexpected exception is logged and shown with a Copy button; the program goes on."""
    try:
        handler = logging.FileHandler(log_path(), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    except OSError:
        pass

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected exception\n%s", details)
        show_exception_dialog(f"{kind.__name__}: {value}", details)

    sys.excepthook = hook


def show_exception_dialog(summary: str, details: str) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                      "gdsim met an unexpected error. Your session is still open; the error "
                      f"was logged to {log_path()}.\n\n{summary}")
    box.setDetailedText(details)
    copy = QPushButton("Copy details")
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.exec()


def run_app(scenario: Scenario, path: Path | None = None, *, reopen: bool = False,
            lang: str | None = None, lesson: Lesson | None = None) -> int:
    """The window on `scenario` (from the file `path`, if any) until it is closed, or until
    Ctrl-C or SIGTERM (then `interrupts.Stopped`, once the window has closed and saved its
    settings). `reopen`: where the last session stood, if its file still exists."""
    app = make_app()
    quit_on_signals(app)
    set_language(lang)
    install_exception_dialog()
    window = MainWindow(scenario, path)
    window.show()
    if lesson is not None:
        window.lessons.open(lesson)
    elif reopen:
        window.reopen_last()
    if os.environ.get(READY_FILE):
        QTimer.singleShot(0, lambda: Path(os.environ[READY_FILE]).write_text("running\n"))
    bench = play_benchmark.requested()  # the benchmark suite's rows "as a user launches it"
    if bench is not None:
        play_benchmark.start(window, *bench)
    code = int(app.exec())
    dispose(window)
    interrupts.check()
    return code
