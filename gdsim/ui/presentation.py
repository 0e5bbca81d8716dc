"""Presentation mode (View ▸ Presentation, F11; F11 or Esc leaves): the window full screen for
a class, the settings dock hidden, the application font, the plots' axis fonts, their texts
(the diagram's numbers, the contour's labels), their titles (the colour bars', with the room
they stand in), the labels a style sheet keeps from the application's font (the diagram's
note), the 3-D view's tick labels and axis titles and the line widths scaled up, the lesson
text larger still. The views then draw their state again, so that labels placed by their size
(the contour's OA, AP, OP) are placed for the new one: once laid out for the new fonts, and
after each resize while the window goes full screen and back (a window manager resizes when it
can, not at a time known in advance). Leaving it restores the geometry, the docks and every
font and pen exactly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QPen
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel

from gdsim.ui.i18n import tr
from gdsim.ui.language import built_views
from gdsim.ui.views import LazyRender
from gdsim.ui.views.color_bar import ColorBar

if TYPE_CHECKING:
    from gdsim.ui.lesson_panel import LessonPanel

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
        self._undo: list[tuple[Any, Any]] = []  # (an object, how to put back its font or pen)
        self._queued = 0  # draws of every view waiting for the event loop
        self._back_to: QSize | None = None  # left: the size the window is going back to
        self._resizes = _Resizes(window, self._on_window_resized)
        self.leave_action = QAction(tr("Leave presentation"), window)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def set_size(self, percent: int) -> None:
        """View ▸ Presentation size: the scale of fonts and lines there, remembered (and at
        once, if presenting)."""
        active = self.active
        if active:
            self.leave()
        self.scale = percent / 100
        QSettings().setValue("view/presentation_scale", percent / 100)
        if active:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        w.views.build_all()  # every view's fonts scaled, not only those built so far
        _ = w.lessons.panel  # and the lesson's, should one be opened while presenting
        self._rect, self._state = w.geometry(), w.saveState()
        self._window_state = w.windowState()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app_font = QFont(app.font())
        self.active = True
        self.leave_action.setEnabled(True)
        self._scale_plots()  # each from its own size, before the application's font grows
        self._scale_gl_labels()
        self._scale_lesson()
        self._scale_styled_labels()
        app.setFont(scaled(self._app_font, self.scale))
        w.docking.present(w.controller.scenario, True)  # the mode's layout for presenting
        for dock in (w.settings_dock, *w.tabifiedDockWidgets(w.settings_dock)):
            if dock is not w.lessons.dock:  # the settings and what shares their tabs (the
                dock.hide()  # trace, which would take their narrow place); a lesson stays
        w.showFullScreen()
        self._draw_again()

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setFont(self._app_font)  # first: what follows the application's font follows it
        for owner, undo in reversed(self._undo):
            if shiboken6.isValid(owner):  # not deleted meanwhile (a new network's diagram)
                undo()
        self._undo.clear()
        w.showNormal()
        w.setGeometry(self._rect)
        w.setWindowState(self._window_state)
        w.restoreState(self._state)
        w.docking.present(w.controller.scenario, False)  # the layout it was, then its docks only
        w.docking.drop_strays()
        self.active = False
        self.leave_action.setEnabled(False)
        self._back_to = None if w.size() == self._rect.size() else self._rect.size()
        self._draw_again()

    @property
    def settled(self) -> bool:
        """Whether the views have drawn for the window as it is now: no draw is waiting, and
        a window left is back at its size."""
        return not self._queued and self._back_to is None

    def _draw_again(self) -> None:
        """Every view built draws its state again, now and once laid out for the new fonts:
        labels placed by their width and the view's range are placed for them."""
        self._draw()
        self._queue_draw()

    def _queue_draw(self) -> None:
        self._queued += 1
        QTimer.singleShot(0, self._draw_queued)

    def _draw_queued(self) -> None:
        self._queued -= 1
        w, lesson = self.window, self.window.lessons.dock
        if self.active:  # the docks' shares of the full screen
            w.docking.share_out()
        if self.active and lesson.isVisible():  # the lesson's larger words get room: a quarter
            w.resizeDocks([lesson], [w.width() // 4], Qt.Orientation.Horizontal)  # of the screen
        self._draw()

    def _draw(self) -> None:
        for view in built_views(self.window):
            if isinstance(view, LazyRender) and view.rendered is not None and \
                    shiboken6.isValid(view):
                view.render(view.rendered)

    def _on_window_resized(self, size: QSize) -> None:
        """Going full screen or back, each resize draws the views again once laid out."""
        if self.active or self._back_to is not None:
            self._queue_draw()
        if size == self._back_to:
            self._back_to = None

    # -- what is scaled ------------------------------------------------------------------------
    def _font(self, owner: Any, get: Any, put: Any, scale: float) -> None:
        """Scale one font (get() → QFont, put(QFont)), and note how to put it back."""
        font = QFont(get())
        put(scaled(font, scale))
        self._undo.append((owner, lambda: put(font)))

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
                elif isinstance(item, pg.TextItem):  # no wider than the room where it is,
                    width = item.boundingRect().width()  # unless its view places
                    fit = 0.95 * room_of(item, view.width()) / width if width > 0 else s
                    if getattr(view, "places_labels", False):  # its labels (label_spots)
                        fit = s
                    self._font(item, item.textItem.font, item.setFont, max(1.0, min(s, fit)))
                elif isinstance(item, pg.LabelItem):
                    self._label(item)
                elif isinstance(item, pg.PlotDataItem):  # its pen: kept by every setData
                    if item.opts["pen"] is not None:
                        self._pen(item)
                elif isinstance(item, pg.PlotCurveItem) and not isinstance(
                        item.parentItem(), pg.PlotDataItem):
                    self._pen(item)
                elif isinstance(item, ColorBar):  # its title's room and its height
                    self._color_bar(item)

    def _scale_gl_labels(self) -> None:
        """The 3-D view's tick labels and axis titles (GL text, not in any scene), and those
        of a surface built while presenting (a network's landscape); back to the application's
        font on leaving."""
        view = self.window.views.surface3d
        view.set_label_font(scaled(QFont(self._app_font), self.scale))
        self._undo.append((view, lambda: view.set_label_font(None)))

    def _axis(self, axis: pg.AxisItem) -> None:
        tick = axis.style.get("tickFont")
        base = QFont(tick) if tick is not None else QFont(axis.font())

        def put(font: QFont | None) -> None:
            axis.setStyle(tickFont=font)
            axis.setWidth(None) if axis.orientation in ("left", "right") else axis.setHeight(None)
        put(scaled(base, self.scale))
        self._undo.append((axis, lambda: put(tick)))
        label = axis.label
        self._font(label, label.font, label.setFont, self.scale)

    def _label(self, item: pg.LabelItem) -> None:
        """A label's point size times the scale; one with none (a colour bar's title, drawn in
        its text item's font) gets its font's size times the scale, and none again after."""
        size = item.opts.get("size")
        if size is None:
            points = item.item.font().pointSizeF()
            points = points if points > 0 else self._app_font.pointSizeF()
            item.setText(item.text, size=f"{points * self.scale:g}pt")

            def undo() -> None:
                item.opts.pop("size", None)
                item.setText(item.text)
            self._undo.append((item, undo))
        elif isinstance(size, str) and size.endswith("pt"):
            bigger = f"{float(size[:-2]) * self.scale:g}pt"
            item.setText(item.text, size=bigger)
            self._undo.append((item, lambda: item.setText(item.text, size=size)))

    def _color_bar(self, bar: ColorBar) -> None:
        was = bar.size_scale
        bar.set_size_scale(was * self.scale)
        self._undo.append((bar, lambda: bar.set_size_scale(was)))

    def _scale_styled_labels(self) -> None:
        """Labels with a style sheet (the diagram's note, the panels' messages) do not follow
        the application's font: their sheet gets its font size times the scale (the lesson's
        own are scaled with the lesson)."""
        lesson = self.window.lessons.panel
        size = self._app_font.pointSizeF() * self.scale
        for label in self.window.findChildren(QLabel):
            style = label.styleSheet()
            if not style or label is lesson or lesson.isAncestorOf(label):
                continue
            label.setStyleSheet(scaled_sheet(style, self.scale, size))
            self._undo.append((label, lambda label=label, style=style: label.setStyleSheet(style)))

    def _pen(self, curve: pg.PlotCurveItem | pg.PlotDataItem) -> None:
        pen = QPen(pg.mkPen(curve.opts["pen"]))
        wider = QPen(pen)
        wider.setWidthF(max(pen.widthF(), 1.0) * self.scale)
        curve.setPen(wider)
        self._undo.append((curve, lambda: curve.setPen(pen)))

    def _scale_lesson(self) -> None:
        """The lesson's words and formulas: larger than the rest. Labels with a style sheet
        do not follow their parent's font: theirs is scaled in the sheet itself."""
        panel: LessonPanel = self.window.lessons.panel
        had_font = panel.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        font = QFont(panel.font())
        scale = self.scale * LESSON_SCALE
        panel.setFont(scaled(font, scale))
        styled = [(label, label.styleSheet()) for label in panel.findChildren(QLabel)
                  if label.styleSheet()]
        for label, style in styled:
            label.setStyleSheet(scaled_sheet(style, scale, font.pointSizeF() * scale))
        size = panel.formula_size
        self._formulas(panel, size * scale)

        def undo() -> None:
            panel.setFont(font if had_font else QFont())
            for label, style in styled:
                label.setStyleSheet(style)
            self._formulas(panel, size)
        self._undo.append((panel, undo))

    @staticmethod
    def _formulas(panel: LessonPanel, size: float) -> None:
        """The lesson's formulas, those shown and those of pages to come, at `size`."""
        from gdsim.ui.math_render import FormulaLabel  # loaded with the lesson panel

        panel.formula_size = size
        for label in panel.findChildren(FormulaLabel):
            label.size_pt = size
            label.set_formula(label.tex)


class _Resizes(QObject):
    """Calls `on_resized(size)` on each resize of `window`."""

    def __init__(self, window: Any, on_resized: Any):
        super().__init__(window)
        self.on_resized = on_resized
        window.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.on_resized(event.size())
        return False


def room_of(item: pg.TextItem, otherwise: float) -> float:
    """How wide a plot's text item can be, in pixels, at the place it stands: the room to the
    left of it, to its right, or twice the less of them (centred) — so that one of the anchors
    a view chooses from (the contour's labels) keeps it inside; its plot's width when outside
    it, `otherwise` when in no plot."""
    box = item.getViewBox()
    if not isinstance(box, pg.ViewBox):
        return otherwise
    area, x = box.sceneBoundingRect(), item.scenePos().x()
    if not area.left() <= x <= area.right():
        return float(area.width())
    left, right = x - area.left(), area.right() - x
    return float(max(left, right, 2 * min(left, right)))


def scaled_sheet(style: str, scale: float, size: float) -> str:
    """A label's style sheet with its font sizes (pt) times `scale`, or `size` pt if none."""
    if "font-size" not in style:
        return f"{style.rstrip().rstrip(';')}; font-size: {size:.1f}pt"
    return re.sub(r"font-size:\s*([\d.]+)pt",
                  lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", style)
