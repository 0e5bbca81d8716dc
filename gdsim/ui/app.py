"""The QApplication, the main window, and the dialog for unexpected exceptions."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from gdsim.core.errors import GdsimError
from gdsim.core.scenario import Scenario, load_scenario

log = logging.getLogger("gdsim")


def resolve_scenario(name: str | None) -> tuple[Scenario, Path | None]:
    """A scenario file's path, or the name of a built-in example; None is the default."""
    if name is None:
        return Scenario(), None
    path = Path(name)
    if path.suffix.lower() == ".json" or path.exists():
        return load_scenario(path), path
    from gdsim.examples import example_names, example_path

    if name in example_names():
        return load_scenario(example_path(name)), None
    raise GdsimError(f"scenario: no file or example named {name!r}; examples are "
                     f"{', '.join(example_names())}")


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


def dispose(*widgets) -> None:
    """Close and delete widgets now, not at exit: a native OpenGL window deleted while the
    QApplication is being torn down crashes the process."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def make_app(argv: list[str] | None = None):  # -> QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("gdsim")
    app.setOrganizationName("gdsim")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, foreground="k", background="w")
    return app


def run_app(scenario_name: str | None = None, lang: str | None = None) -> int:
    scenario, path = resolve_scenario(scenario_name)  # bad names fail here, before any window
    app = make_app()
    from gdsim.ui.i18n import set_language

    set_language(lang)
    from gdsim.ui.main_window import MainWindow

    install_exception_dialog()
    window = MainWindow(scenario, path)
    window.show()
    code = int(app.exec())
    dispose(window)
    return code
