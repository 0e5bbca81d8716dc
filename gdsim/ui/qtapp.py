"""The QApplication gdsim runs in, and deleting widgets while it still lives."""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget


def dispose(*widgets: QWidget) -> None:
    """Close and delete widgets now, not at exit: a native OpenGL window deleted while the
    QApplication is being torn down crashes the process."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("gdsim")
    app.setOrganizationName("gdsim")
    pg.setConfigOptions(antialias=True, foreground="k", background="w")
    return app
