"""The window's View menu and its Help ▸ About, and how every action of the window is made.

`ViewMenu` emits what the user asked for (reset the camera, presentation mode and its size,
reset the layout, a language); the window decides what that does. `make_action` gives each
action its words in the window's language, its shortcut in its tool tip, and puts it on the
window so that its shortcut works wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from gdsim.ui.i18n import tr
from gdsim.ui.language import install_language_menu

PRESENTATION_SIZES = (125, 150, 200, 250)  # percent, in View ▸ Presentation size


def make_action(window: QWidget, text: str, slot: Callable[..., Any] | None = None,
                shortcut: str | None = None, tip: str = "") -> QAction:
    """An action of `window` saying `text` (through tr()), its tip and shortcut shown."""
    text, tip = tr(text), tr(tip)
    action = QAction(text, window)
    if slot is not None:
        action.triggered.connect(slot)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else tip or text)
    action.setStatusTip(tip or text)
    window.addAction(action)
    return action


class ViewMenu(QObject):
    """View: reset the camera, each dock shown or not, presentation mode and its size, reset
    the layout, the language."""

    camera_requested = Signal()
    presentation_requested = Signal()
    presentation_size_chosen = Signal(int)  # percent
    reset_layout_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, docks: Iterable[QDockWidget], scale: float):
        super().__init__(window)
        self.menu = menu = window.menuBar().addMenu(tr("&View"))
        self.camera_action = make_action(
            window, "Reset camera", self.camera_requested.emit, "Ctrl+R",
            "Look at the surface from the default angle")
        menu.addAction(self.camera_action)
        menu.addSeparator()
        for dock in docks:
            menu.addAction(dock.toggleViewAction())
        menu.addSeparator()
        self.presentation_action = make_action(
            window, "Presentation", self.presentation_requested.emit, "F11",
            "Full screen with large text and lines, for a class (F11 or Esc leaves)")
        menu.addAction(self.presentation_action)
        self.presentation_sizes = menu.addMenu(tr("Presentation size"))
        group = QActionGroup(self)
        for percent in PRESENTATION_SIZES:
            action = self.presentation_sizes.addAction(f"{percent} %")
            action.setCheckable(True)
            action.setChecked(round(scale * 100) == percent)
            group.addAction(action)
            action.triggered.connect(
                lambda _=False, p=percent: self.presentation_size_chosen.emit(p))
        self.reset_layout_action = make_action(
            window, "Reset layout", self.reset_layout_requested.emit,
            tip="Put the docks back where this mode has them")
        menu.addAction(self.reset_layout_action)
        self.language = install_language_menu(menu, self.language_chosen.emit)

    def show_language(self, code: str) -> None:
        """Check the language the window speaks now in View ▸ Language."""
        for action in self.language.actions():
            action.setChecked(action.data() == code)


def show_about(parent: QWidget) -> None:
    """Help ▸ About gdsim."""
    QMessageBox.about(parent, "About gdsim", "gdsim — watch gradient descent and "
                      "backpropagation happen, one iteration at a time (section 3.3).\n\n"
                      "One step = one iteration: compute the gradient, then update (3-12).")
