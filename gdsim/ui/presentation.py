"""Presentation mode (View ▸ Presentation, F11; F11 or Esc leaves): the window full screen for
a class, the settings dock hidden, the application font, the plots' axis fonts, their texts
(the diagram's numbers, the contour's labels) and their line widths scaled up, the lesson text
larger still. Leaving it restores the geometry, the docks and every font and pen exactly.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QPen
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from gdsim.ui.i18n import tr

DEFAULT_SCALE = 1.5  # fonts and lines at 150 %
LESSON_SCALE = 1.2  # the lesson's text, beyond the scale of everything else


def scaled(font: QFont, scale: float) -> QFont:
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        bigger.setPixelSize(round(font.pixelSize() * scale))
    return bigger


class Presentation:
    """Enters and leaves presentation mode for a main window; remembers what it changed."""

    def __init__(self, window: Any, scale: float = DEFAULT_SCALE):
        """`window`: the MainWindow (its settings dock and lesson dock); untyped, as it
        imports this module."""
        self.window = window
        self.scale = scale
        self.active = False
        self._rect = QRect()
        self._state = QByteArray()
        self._window_state = Qt.WindowState.WindowNoState
        self._app_font = QFont()
        self._undo: list[Any] = []  # callables that put back a font or a pen
        self.leave_action = QAction(tr("Leave presentation"), window)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        self._rect, self._state = w.geometry(), w.saveState()
        self._window_state = w.windowState()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app_font = QFont(app.font())
        self.active = True
        self.leave_action.setEnabled(True)
        self._scale_plots()  # each from its own size, before the application's font grows
        self._scale_lesson()
        app.setFont(scaled(self._app_font, self.scale))
        w.settings_dock.hide()
        w.showFullScreen()
        lesson = w.lessons.dock
        if lesson.isVisible():  # the lesson's larger words get room: a quarter of the screen
            QTimer.singleShot(50, lambda: self.active and w.resizeDocks(
                [lesson], [w.width() // 4], Qt.Orientation.Horizontal))

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()
        app.setFont(self._app_font)
        w.showNormal()
        w.setGeometry(self._rect)
        w.setWindowState(self._window_state)
        w.restoreState(self._state)
        self.active = False
        self.leave_action.setEnabled(False)

    # -- what is scaled ------------------------------------------------------------------------
    def _font(self, get: Any, put: Any, scale: float) -> None:
        """Scale one font (get() → QFont, put(QFont)), and note how to put it back."""
        font = QFont(get())
        put(scaled(font, scale))
        self._undo.append(lambda: put(font))

    def _scale_plots(self) -> None:
        """The axes, texts and curves of every pyqtgraph view in the window."""
        s = self.scale
        for view in self.window.findChildren(QGraphicsView):
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if isinstance(item, pg.AxisItem):
                    self._axis(item)
                elif isinstance(item, pg.TextItem):
                    self._font(item.textItem.font, item.setFont, s)
                elif isinstance(item, pg.LabelItem):
                    self._label(item)
                elif isinstance(item, pg.PlotCurveItem):
                    self._pen(item)

    def _axis(self, axis: pg.AxisItem) -> None:
        tick = axis.style.get("tickFont")
        base = QFont(tick) if tick is not None else QFont(axis.font())

        def put(font: QFont | None) -> None:
            axis.setStyle(tickFont=font)
            axis.setWidth(None) if axis.orientation in ("left", "right") else axis.setHeight(None)
        put(scaled(base, self.scale))
        self._undo.append(lambda: put(tick))
        label = axis.label
        self._font(label.font, label.setFont, self.scale)

    def _label(self, item: pg.LabelItem) -> None:
        size = item.opts.get("size")
        text = item.text
        if isinstance(size, str) and size.endswith("pt"):
            bigger = f"{float(size[:-2]) * self.scale:g}pt"
            item.setText(text, size=bigger)
            self._undo.append(lambda: item.setText(item.text, size=size))

    def _pen(self, curve: pg.PlotCurveItem) -> None:
        pen = QPen(curve.opts["pen"])
        wider = QPen(pen)
        wider.setWidthF(max(pen.widthF(), 1.0) * self.scale)
        curve.setPen(wider)
        self._undo.append(lambda: curve.setPen(pen))

    def _scale_lesson(self) -> None:
        panel: QWidget = self.window.lessons.panel
        had_font = panel.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        font = QFont(panel.font())
        panel.setFont(scaled(font, self.scale * LESSON_SCALE))

        def undo() -> None:
            panel.setFont(font if had_font else QFont())
        self._undo.append(undo)
