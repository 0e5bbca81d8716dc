"""The QApplication gdsim runs in, deleting widgets while it still lives, and leaving its event
loop when Ctrl-C or SIGTERM comes."""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QSocketNotifier,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from gdsim import interrupts


def dispose(*widgets: QWidget) -> None:
    """Close and delete widgets now, not at exit: a native OpenGL window deleted while the
    QApplication is being torn down crashes the process."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def quiet_qt() -> None:
    """Keep Qt's debug, info and warning lines ("This plugin does not support
    propagateSizeHints()") off a command's stderr, which holds one line per error; Qt's
    critical and fatal messages still print."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("gdsim")
    app.setOrganizationName("gdsim")
    pg.setConfigOptions(antialias=True, foreground="k", background="w")
    return app


def quit_on_signals(app: QApplication) -> None:
    """Leave the event loop (and any dialog's) with 128 + n when SIGINT or SIGTERM comes.

    The loop waits in C++, where Python's handler cannot run: the signal's number, written to
    `interrupts.wakeup()`, wakes this notifier (at once if one came while the window was being
    built)."""
    interrupts.install()
    wakeup = interrupts.wakeup()
    assert wakeup is not None
    notifier = QSocketNotifier(wakeup.fileno(), QSocketNotifier.Type.Read, app)

    def on_wakeup() -> None:
        try:
            numbers = wakeup.recv(64)
        except OSError:
            numbers = b""
        signum = interrupts.received() or next((n for n in numbers if n in interrupts.STOPS),
                                               None)
        if signum is not None:
            app.exit(128 + signum)

    notifier.activated.connect(on_wakeup)
