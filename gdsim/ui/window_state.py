"""What the window remembers between runs, in QSettings: its geometry, the dock layout of each
mode, the play speed, and the scenario it stood at (file and step). A setting that cannot be read
(a corrupt file, a value of the wrong type) is ignored and named once in the status bar; gdsim
never fails to start over its settings.

Keys: window/geometry, window/size (as left: one larger than the screen is not restored),
window/layout/<mode>, run/speed, session/scenario (the scenario as JSON,
standing at its step), session/path (the file it came from, if any), view/presentation_scale.
Lesson progress lives under lessons/<id>/ (lesson_panel); the language under the language
menu's own key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow

from gdsim.core.errors import GdsimError
from gdsim.core.scenario import Scenario, scenario_from_dict
from gdsim.ui.i18n import tr

MAX_SIZE = (2400, 1400)  # a window opens no larger than this on a very large screen


def opening_size(width: int, height: int) -> tuple[int, int, bool]:
    """The window's first size on a screen whose free area is width × height: all of it up to
    MAX_SIZE (maximized then), else MAX_SIZE."""
    w, h = min(width, MAX_SIZE[0]), min(height, MAX_SIZE[1])
    return w, h, (w, h) == (width, height)


def available(window: QMainWindow) -> QRect:
    """The screen's area a window may take (without the panels and task bars)."""
    return window.screen().availableGeometry()


def keep_on_screen(window: QMainWindow) -> None:
    """The window inside the screen's available area: no wider or taller than it (a layout
    may have grown it, maximized or not: the docks' least sizes win over the window manager),
    and moved back into it."""
    area = available(window)
    if window.isFullScreen():
        return
    layout = window.layout()
    if layout is not None:  # the least size as the docks stand now: one grown a moment ago (a
        layout.invalidate()  # view filled while the others still had their old least sizes)
        layout.activate()  # stays the window's minimum until the layout is next recomputed
    width, height = min(window.width(), area.width()), min(window.height(), area.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def fit_screen(window: QMainWindow, maximize: bool) -> None:
    """Use the screen: a window whose size was not restored opens as large as the screen
    allows (up to MAX_SIZE), maximized where it fills it; a restored size only shrinks to
    the screen."""
    area = available(window)
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized):  # restored from the settings
        keep_on_screen(window)
        return
    width, height, maximized = opening_size(area.width(), area.height())
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2)
    if maximized and maximize:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class WindowState:
    """Reads and writes the window's remembered settings; `problems` names what was ignored."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.problems: list[str] = []
        settings = QSettings()
        garbled = any(not key.strip() or not key.isprintable() for key in settings.allKeys())
        if settings.status() != QSettings.Status.NoError or garbled:
            self.problems.append(settings.fileName())

    def _value(self, key: str, kind: type) -> Any:
        """The value stored under `key` if it is a `kind`; else None (and a wrong one noted)."""
        value = QSettings().value(key)
        if value is None:
            return None
        if kind is float:
            try:
                return float(value)
            except (TypeError, ValueError):
                pass
        elif isinstance(value, kind):
            return value
        self.problems.append(key)
        return None

    def restore_geometry(self) -> None:
        """The window's size and place as it was left, if it fits this screen; a window left
        larger than this screen's available area (a bigger screen, or grown by a layout) opens
        afresh to fit it (Qt would shrink it to two thirds of the screen)."""
        size = self._value("window/size", QSize)
        area = available(self.window)
        if size is not None and (size.width() > area.width() or size.height() > area.height()):
            return
        geometry = self._value("window/geometry", QByteArray)
        if geometry is not None and not self.window.restoreGeometry(geometry):
            self.problems.append("window/geometry")

    def speed(self) -> float | None:
        return self._value("run/speed", float)

    def presentation_scale(self, default: float) -> float:
        scale = self._value("view/presentation_scale", float)
        if scale is not None and not 1.0 <= scale <= 4.0:
            self.problems.append("view/presentation_scale")
            scale = None
        return default if scale is None else scale

    def restore_layout(self, mode: str) -> bool:
        """The docks as they were left in this mode, if remembered."""
        state = self._value(f"window/layout/{mode}", QByteArray)
        if state is None:
            return False
        if not self.window.restoreState(state):
            self.problems.append(f"window/layout/{mode}")
            return False
        return True

    def save_layout(self, mode: str) -> None:
        QSettings().setValue(f"window/layout/{mode}", self.window.saveState())

    def forget_layout(self, mode: str) -> None:
        QSettings().remove(f"window/layout/{mode}")

    def save(self, speed: float, scenario: Scenario, path: Path | None) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/size", self.window.size())
        settings.setValue("run/speed", speed)
        settings.setValue("session/scenario", json.dumps(scenario.to_dict(), allow_nan=False))
        settings.setValue("session/path", str(path) if path else "")

    def last_session(self) -> tuple[Scenario, Path | None] | None:
        """The scenario gdsim stood at when it was closed, at its step; None if there is none,
        if its file is gone, or if what was kept cannot be read (noted)."""
        text = self._value("session/scenario", str)
        name = self._value("session/path", str)
        if not text:
            return None
        path = Path(name) if name else None
        if path is not None and not path.is_file():
            return None
        try:
            return scenario_from_dict(json.loads(text)), path
        except (GdsimError, ValueError, TypeError):
            self.problems.append("session/scenario")
            return None

    def report(self) -> str:
        """One line naming what was ignored ("" if nothing), shown in the status bar."""
        if not self.problems:
            return ""
        names = ", ".join(dict.fromkeys(self.problems))
        return tr("Some remembered settings could not be read and were ignored: {names}").format(
            names=names)
