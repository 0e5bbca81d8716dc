"""The contour view: J seen from above, each racer's path, the vectors OA, AP, OP and OQ of the
current step (figure 3-13) as `gdsim.core.vectors.trace_step` gives them, with their lengths, and
the directions V1, V2, l and −grad J at A (figure 3-10) as `vectors.directions_at` gives them.
Both axes keep one scale by default (round contours look round), the plot shaped like the
surface's box so that the box fills it. While the curvature panel is in view it draws the local
quadratic at the current point too: H's eigen-directions v₁, v₂ and an ellipse of the
quadratic's level set, √κ times as long as wide. A click sets the start."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from gdsim.core.curvature import curvature_at, local_ellipse
from gdsim.core.hidden import MASK
from gdsim.core.isolines import isolines
from gdsim.core.naming import pretty_axis
from gdsim.core.surfaces import Surface
from gdsim.core.vectors import directions_at, reduced_direction, trace_step
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.style import (
    DIRECTION_COLORS,
    DIVERGED_COLOR,
    HEIGHT_MAP,
    STEEPEST,
    cache_axes,
    clip_path,
    finite,
    racer_color,
    thinned,
)
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.axes import number_axes
from gdsim.ui.views.heights import HeightScale
from gdsim.ui.views.label_spots import GAP, Spot, place, scene_rect, spots

Array = NDArray[np.float64]
GRID = 160
EIGEN_COLORS = ("#1b7837", "#c51b7d")  # v₁ (λmin) and v₂ (λmax)
ELLIPSE_SIZE = 0.12  # the local ellipse's longest half-axis, as a part of the view's span
CONTOURS = 16
SYMBOLS_UP_TO = 300
# The plot is never narrower than its widest vector label with room to grow to presentation
# mode's usual scale (presentation.DEFAULT_SCALE), and a margin each side, in pixels.
LABEL_GROWTH, LABEL_MARGIN = 1.5, 16


class Vector:
    """A labelled arrow in a PlotItem: one line, one head, one label; moved with set(), its
    label placed by the view among the others (label_spots)."""

    def __init__(self, plot: pg.PlotItem, color: str, label: str, dashed: bool = False,
                 at: float = 0.5, anchor: tuple[float, float] = (0, 1), width: float = 2.5):
        pen = pg.mkPen(color, width=width, style=Qt.PenStyle.DashLine if dashed else
                       Qt.PenStyle.SolidLine)
        self.line = pg.PlotCurveItem(pen=pen)
        self.head = pg.ArrowItem(pen=pg.mkPen(color), brush=color, headLen=14, tailLen=0)
        self.text = pg.TextItem(label, color=color, anchor=anchor, fill=(255, 255, 255, 170))
        self.at = at  # where along the arrow its label would sit: 0 the start, 1 the head
        self.anchor = anchor
        self.ends: tuple[Array, Array] | None = None  # in the view's coordinates
        self.shown = True
        self.labelled = True  # whether its label is wanted (placed if there is room)
        for item in (self.line, self.head, self.text):
            plot.addItem(item)
            item.setZValue(20)
            item.setVisible(False)  # until set() gives it an arrow: none drawn, none placed
        self.text.setZValue(21)  # over every arrow: its fill keeps its words readable

    def set(self, start: Array, end: Array, label: str | None = None) -> None:
        start, end = finite(start, 1e9), finite(end, 1e9)
        visible = self.shown and bool(np.hypot(*(end - start)) > 0)
        for item in (self.line, self.head):
            item.setVisible(visible)
        self.text.setVisible(visible and self.labelled)
        if label is not None:
            self.text.setText(label)
        if not visible:
            return
        self.line.setData([start[0], end[0]], [start[1], end[1]])
        angle = np.degrees(np.arctan2(end[1] - start[1], end[0] - start[0]))
        self.head.setStyle(angle=180 - angle)
        self.head.setPos(end[0], end[1])
        self.ends = (start, end)

    def wanted(self) -> bool:
        """Whether its label should be drawn, room allowing: the arrow is, and the label is
        asked for. Shown again to be placed; its tooltip cleared (set again if left out)."""
        ok = self.line.isVisible() and self.labelled and self.ends is not None
        self.text.setVisible(ok)
        for item in (self.line, self.head):
            item.setToolTip("")
        return ok

    def spots(self) -> list[Spot]:
        assert self.ends is not None
        return spots(*self.ends, self.at, self.anchor)

    def left_out(self) -> None:
        """No room for the label: its words on the arrow's tooltip."""
        for item in (self.line, self.head):
            item.setToolTip(self.text.toPlainText())


class ContourView(LazyRender, pg.PlotWidget):
    """`render(snapshot)` draws a SurfaceSnapshot; `start_clicked(w1, w2)` asks for a new start."""

    places_labels = True  # presentation mode: its labels scaled alike (label_spots)

    start_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        # pyqtgraph's menus off (the view has its own): none built
        super().__init__(parent, background="w", axisItems=number_axes(), enableMenu=False)
        self.plot = self.getPlotItem()
        self.plot.setLabel("bottom", "w1")
        self.plot.setLabel("left", "w2")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        cache_axes(self.plot)
        self.image = pg.ImageItem()
        self.image.setLookupTable(HEIGHT_MAP.getLookupTable(nPts=256, alpha=False))
        self.image.setOpacity(0.55)
        self.lines = pg.PlotCurveItem(pen=pg.mkPen((60, 60, 80, 160), width=1), connect="pairs")
        self.minima = pg.ScatterPlotItem(symbol="star", size=14, brush="w", pen="k")
        for item in (self.image, self.lines, self.minima):
            self.plot.addItem(item)
        self.origin = pg.ScatterPlotItem([0], [0], symbol="o", size=7, brush="k")
        self.origin_label = pg.TextItem("O", color="k", anchor=(1.2, 0))
        self.plot.addItem(self.origin)
        self.plot.addItem(self.origin_label)
        # Figure 3-13: OQ is −grad J at A drawn from O; AP is OQ moved to A, α times as long.
        self.oq = Vector(self.plot, "#b35806", "OQ = −grad J", dashed=True, at=0.3,
                         anchor=(0, 0), width=2)
        self.oa = Vector(self.plot, "#555555", "OA", dashed=True, anchor=(1, 1))
        self.op = Vector(self.plot, "#7b3294", "OP = OA − α·grad J", dashed=True, anchor=(0, 0))
        self.ap = Vector(self.plot, "#111111", "AP = −α·grad J", anchor=(0, 1))
        # Figure 3-10: the unit directions at A, in the direction explorer's colours, and the
        # local quadratic at the current point: H's eigen-directions and its ellipse. Both are
        # off at first: their arrows are built when first drawn (_draw_directions and
        # _draw_curvature).
        self.directions: dict[str, Vector] = {}
        self.angle = -45.0  # the direction explorer's l, degrees from the w1 axis
        self.eigen: tuple[Vector, ...] = ()
        self.ellipse = pg.PlotCurveItem(pen=pg.mkPen("#222222", width=2))
        self.ellipse.setZValue(19)
        self.plot.addItem(self.ellipse)
        self.exits = pg.ScatterPlotItem(symbol="x", size=14, brush=DIVERGED_COLOR,
                                        pen=pg.mkPen(DIVERGED_COLOR, width=2))
        self.exits.setZValue(15)
        self.exits.setToolTip(tr("The path leaves the drawn box here"))
        self.plot.addItem(self.exits)
        self.paths: list[pg.PlotDataItem] = []
        self.surface: Surface | None = None
        self._snap: object = None
        self.menu_button = QToolButton(self)
        self.menu_button.setText(tr("Show") + " ▾")
        self.menu_button.setToolTip(tr("What the contour view draws (also on right-click)"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton { background: rgba(255, 255, 255, 210); "
                                       "border: 1px solid #bbb; border-radius: 3px; "
                                       "padding: 1px 4px; }")
        self.menu_button.setMenu(QMenu(self.menu_button))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.equal_scales = self._toggle("Equal scales", "Both axes at one scale, so round "
                                         "contours look round", self._on_equal_scales_toggled)
        self.show_directions = self._toggle("Directions (3-10)", "The directions V1, V2, l and "
                                            "−grad J at A (figure 3-10), drawn while the "
                                            "direction explorer is open",
                                            self._on_show_toggled, checked=False)
        self.show_step = self._toggle("Vectors (3-13)", "OA, AP, OP and OQ of the step "
                                      "(figure 3-13), with their lengths",
                                      self._on_show_toggled)
        self.show_curvature = self._toggle(
            tr_noop("Eigen-directions of H"), tr_noop(
                "The Hessian's eigen-directions at the current point and an ellipse of the local "
                "quadratic, drawn while the curvature panel is open"), self._on_show_toggled,
            checked=False)
        self._on_equal_scales_toggled(True)
        self._on_show_toggled(False)
        self.setToolTip(tr("Click to start the descent from that point"))
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.vb.sigResized.connect(self._shape)
        self._placing = False  # True while the labels are placed, or the view draws
        self.plot.vb.sigResized.connect(self.place_labels)
        self.plot.vb.sigRangeChanged.connect(self.place_labels)

    def place_labels(self, *_: object) -> None:
        """The vectors' labels placed apart for the view's size and range now (OA first, then
        AP, OP, OQ, the directions, H's eigen-directions), clear of the minima's stars, O and
        the Show button."""
        if self._placing:
            return
        self._placing = True
        try:
            scene = self.scene()
            if hasattr(scene, "prepareForPaint"):
                scene.prepareForPaint()  # the view's range as it will be painted
            vectors = [v for v in (self.oa, self.ap, self.op, self.oq,
                                   *self.directions.values(), *self.eigen) if v.wanted()]
            taken = [scene_rect(self.origin_label), *self._marker_rects()]
            button = self.mapToScene(self.menu_button.geometry()).boundingRect()
            hidden = place([(v.text, v.spots()) for v in vectors],
                           self.plot.vb.sceneBoundingRect(), [*taken, button])
            for v in vectors:
                if v.text in hidden:
                    v.left_out()
        finally:
            self._placing = False

    def _marker_rects(self) -> list[QRectF]:
        """The minima's stars and O, as squares in scene pixels."""
        out = []
        for item in (self.minima, self.origin):
            for spot in item.points():
                centre, half = item.mapToScene(spot.pos()), float(spot.size()) / 2 + GAP
                out.append(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
        return out

    def _toggle(self, text: str, tip: str, slot: object, checked: bool = True) -> QAction:
        """A checkable action: in the view's "Show" menu and on right-click."""
        action = QAction(tr(text), self)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setToolTip(tr(tip))
        action.toggled.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        menu = self.menu_button.menu()
        if menu is not None:
            menu.addAction(action)
        return action

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        button = self.__dict__.get("menu_button")  # not yet there while the plot is built
        if isinstance(button, QToolButton):
            button.adjustSize()
            button.move(self.width() - button.width() - 4, 4)

    def set_directions_shown(self, shown: bool) -> None:
        """The direction explorer came into view (or left it): figure 3-10's directions are
        drawn while it is, figure 3-13's vectors while neither it nor the curvature panel is
        (both at A would crowd it); the Show menu overrides either."""
        self.show_directions.setChecked(shown)
        self.show_step.setChecked(not (shown or self.show_curvature.isChecked()))

    def set_curvature_shown(self, shown: bool) -> None:
        """The curvature panel came into view (or left it): the eigen-directions are drawn
        while it is (and figure 3-13's vectors are not, as with the direction explorer)."""
        self.show_curvature.setChecked(shown)
        self.show_step.setChecked(not (shown or self.show_directions.isChecked()))

    def set_overlays(self, vectors: bool, directions: bool) -> None:
        """Draw figure 3-13's vectors and figure 3-10's directions, or not (a lesson page)."""
        self.show_step.setChecked(vectors)
        self.show_directions.setChecked(directions)

    def set_angle(self, angle: float) -> None:
        """The direction explorer turned l to `angle` degrees: draw it there."""
        self.angle = float(angle)
        if self._snap is not None:
            self.draw(self._snap)

    def _shape(self, *_: object) -> None:
        """With equal scales, the plot takes the shape of the surface's box, centred in the view
        (white around it), so the box fills it at one scale: the range stays the surface's
        (−3 … 3), never widened to the view's shape (−9 … 9 for a box drawn on −3 … 3) — only
        as far as the widest vector label needs to stand inside it and grow in presentation."""
        vb, layout = self.plot.vb, self.plot.layout
        layout.activate()  # the view box where its margins now put it
        left, top, right, bottom = layout.getContentsMargins()
        room_w, room_h = vb.width() + left + right - 2, vb.height() + top + bottom - 2
        extra_w = extra_h = 0.0
        if self.surface is not None and self.equal_scales.isChecked() and min(room_w,
                                                                              room_h) > 0:
            (x0, x1), (y0, y1) = self.surface.bounds
            ratio = (x1 - x0) / (y1 - y0)
            width = max(room_h * ratio, self.widest_label() * LABEL_GROWTH + 2 * LABEL_MARGIN)
            if room_w > width:
                extra_w = room_w - width
            else:
                extra_h = max(0.0, room_h - room_w / ratio)
        margins = (1 + extra_w / 2, 1 + extra_h / 2, 1 + extra_w / 2, 1 + extra_h / 2)
        if max(abs(a - b) for a, b in zip(margins, (left, top, right, bottom))) > 0.5:
            layout.setContentsMargins(*margins)
            layout.activate()  # the view box where the labels are placed next, now

    def widest_label(self) -> float:
        """The width of the widest vector label drawn if there is room, in pixels (0 if none):
        a label left out for want of room still asks for it."""
        return max((v.text.boundingRect().width() for v in (
            self.oq, self.oa, self.op, self.ap, *self.directions.values())
            if v.line.isVisible() and v.labelled), default=0.0)

    def _on_equal_scales_toggled(self, on: bool) -> None:
        self.plot.vb.setAspectLocked(on, ratio=1.0)
        self._shape()
        if self.surface is not None:
            (x0, x1), (y0, y1) = self.surface.bounds
            self.plot.setXRange(x0, x1, padding=0.02)
            self.plot.setYRange(y0, y1, padding=0.02)

    def _on_show_toggled(self, _on: bool) -> None:
        for v in self.directions.values():
            v.shown = self.show_directions.isChecked()
        for v in (self.oa, self.ap, self.op, self.oq):
            v.shown = self.show_step.isChecked()
        for v in self.eigen:
            v.shown = self.show_curvature.isChecked()
        self.ellipse.setVisible(self.show_curvature.isChecked())
        if self._snap is not None:
            self.draw(self._snap)

    def _build_surface(self, surface: Surface, grid: tuple | None = None) -> None:
        self.surface = surface
        self.plot.setLabel("bottom", pretty_axis(surface.axes[0]))  # w¹₁₁, not w^1_11
        self.plot.setLabel("left", pretty_axis(surface.axes[1]))
        (x0, x1), (y0, y1) = surface.bounds
        w1, w2, J = grid if grid is not None else surface.grid(GRID)
        J = finite(J)
        n = len(w1)
        scale = HeightScale.fit(J)
        unit = np.clip(scale.unit(J), 0, 1)
        self.image.setImage(unit, levels=(0, 1))
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        pts = isolines(unit, np.linspace(0.02, 0.98, CONTOURS)).reshape(-1, 2)  # grid indices
        self.lines.setData(x0 + pts[:, 0] / (n - 1) * (x1 - x0),
                           y0 + pts[:, 1] / (n - 1) * (y1 - y0))
        m = np.array(surface.minima).reshape(-1, 2)
        self.minima.setData(m[:, 0], m[:, 1])
        self.plot.setXRange(x0, x1, padding=0.02)
        self.plot.setYRange(y0, y1, padding=0.02)
        self._shape()

    def _build_paths(self, count: int) -> None:
        for p in self.paths:
            self.plot.removeItem(p)
        self.paths = []
        for i in range(count):
            c = racer_color(i)
            item = pg.PlotDataItem(pen=pg.mkPen(c, width=2), symbol="o", symbolSize=5,
                                   symbolBrush=c, symbolPen=None)
            item.setZValue(10)
            self.plot.addItem(item)
            self.paths.append(item)

    def draw(self, snap: object) -> None:
        """Draw the state, then place the labels: once, not at each change of the view's range
        and shape that drawing a new surface makes (eight, with the window's first frame)."""
        surface: Surface | None = getattr(snap, "surface", None)
        if surface is None:
            return
        self._snap = snap
        placing, self._placing = self._placing, True
        try:
            if surface is not self.surface:
                self._build_surface(surface, getattr(snap, "grid", None))
            points = snap.points  # type: ignore[attr-defined]
            if len(self.paths) != len(points):
                self._build_paths(len(points))
            exits = []
            for i, item in enumerate(self.paths):
                path = snap.path(i)  # type: ignore[attr-defined]
                path = path[thinned(len(path))]
                # A diverging path is drawn up to the box's edge, with a mark where it leaves.
                shown, connect, out = clip_path(path, surface.bounds)
                exits.append(out)
                # A dot per point while they can be told apart; past that the line alone.
                item.setSymbol("o" if len(path) <= SYMBOLS_UP_TO else None)
                item.setData(shown[:, 0], shown[:, 1], connect=connect)
            out = np.concatenate(exits) if exits else np.zeros((0, 2))
            self.exits.setData(out[:, 0], out[:, 1])
            self._draw_step(snap, surface)
            self._draw_directions(snap, surface)
            if self.show_curvature.isChecked():
                self._draw_curvature(snap, surface)
        finally:
            self._placing = placing
        self.place_labels()

    def _draw_step(self, snap: object, surface: Surface) -> None:
        """The vectors of figure 3-13 for the first racer, as core computes them."""
        points = snap.points  # type: ignore[attr-defined]
        v = trace_step(snap.path(0), points[0].grad, snap.lr[0])  # type: ignore[attr-defined]
        sgd = snap.gradient_steps[0]  # type: ignore[attr-defined]  # AP = −α·grad J (3-12)
        with np.errstate(all="ignore"):
            minus_grad = -np.asarray(surface.gradient(v.OA), float)
        (x0, x1), (y0, y1) = surface.bounds
        span = max(x1 - x0, y1 - y0, abs(x0), abs(x1), abs(y0), abs(y1))
        far = max(v.OA_length, v.OP_length) > 10 * span  # a diverged step: no picture of it
        # A step too short to tell P from A (near a minimum, figure 3-15): OP lies on OA and
        # the labels of AP, OP and OQ would pile up at A; OA's label is enough there.
        short = v.AP_length < 0.03 * span
        for vector in (self.oq, self.oa, self.ap, self.op):
            vector.shown = self.show_step.isChecked() and not far
            vector.labelled = vector is self.oa or not short
        # An open lesson question's numbers are not drawn: the step that lands on an asked
        # point (at k = 0 the one about to be taken), −grad J where its gradient is asked.
        h, k = snap.hidden, snap.k  # type: ignore[attr-defined]
        at = k - 1 if k else 0  # where the step drawn starts
        if h.point(at + 1):
            self.ap.shown = self.op.shown = False
        if h.slopes(at):
            self.oq.shown = self.ap.shown = False
        q, r = minus_grad, reduced_direction(minus_grad)
        self.oq.set(np.zeros(2), q, f"OQ = −grad J = ({num(q[0])}, {num(q[1])})\n"
                    f"∥ ({num(r[0])}, {num(r[1])})")  # two lines: it fits a narrow plot
        self.oa.set(np.zeros(2), v.OA, f"OA, |OA| = {fmt(v.OA_length, 4)}")
        ap = (f"AP = −α·grad J\n|AP| = α·|grad J| = {fmt(v.AP_length, 4)}" if sgd
              else tr("AP (the optimizer's step)") + f"\n|AP| = {fmt(v.AP_length, 4)}")
        self.ap.set(v.OA, v.OA + v.AP, ap)
        self.op.set(np.zeros(2), v.OP, ("OP = OA − α·grad J" if sgd else "OP = OA + AP")
                    + f"\n|OP| = {fmt(v.OP_length, 4)}")
        self._shape()  # wide enough for the labels shown

    def _draw_directions(self, snap: object, surface: Surface) -> None:
        """V1, V2, l and −grad J at the current point as unit arrows (figure 3-10); their
        arrows built when first shown."""
        if not self.directions:
            if not self.show_directions.isChecked():
                return
            self.directions = {name: Vector(self.plot, color, name, at=1.0, anchor=(0.5, 0.5),
                                            width=2) for name, color in DIRECTION_COLORS.items()}
        w = snap.points[0].w  # type: ignore[attr-defined]
        d = directions_at(surface, w, self.angle, 0.5, samples=2)
        asked = snap.hidden.steers(snap.k)  # type: ignore[attr-defined]  # −grad J would tell
        for c in d.candidates:
            vector = self.directions[c.name]
            vector.shown = self.show_directions.isChecked() and not (asked and c.name == STEEPEST)
            vector.set(d.w, d.w + c.l)

    def _draw_curvature(self, snap: object, surface: Surface) -> None:
        """H's eigen-directions at the first racer's point, each as long as the local ellipse's
        half-axis along it (∝ 1/√λ), and the ellipse itself where H is positive definite; the
        arrows built when first drawn."""
        if not self.eigen:
            self.eigen = tuple(Vector(self.plot, color, "", at=1.0, anchor=(0.5, 0.5), width=2)
                               for color in EIGEN_COLORS)
        w = snap.points[0].w  # type: ignore[attr-defined]
        (x0, x1), (y0, y1) = surface.bounds
        size = ELLIPSE_SIZE * max(x1 - x0, y1 - y0)
        c = curvature_at(surface, w)
        hide = snap.hidden.curvature()  # type: ignore[attr-defined]  # λ asked: "λ₁ = ?"
        ellipse = local_ellipse(c, w, size) if np.all(np.isfinite(w)) else None
        if ellipse is None:
            self.ellipse.setData([], [])
        else:
            self.ellipse.setData(ellipse[:, 0], ellipse[:, 1])
        for i, vector in enumerate(self.eigen):
            lam = float(c.eigenvalues[i])
            ok = c.finite and np.all(np.isfinite(w))
            vector.shown = bool(ok) and self.show_curvature.isChecked()
            if not ok:
                vector.set(np.zeros(2), np.zeros(2))
                continue
            half = size * (np.sqrt(c.lmin / lam) if c.positive_definite else 1.0)
            cos, sin = c.eigenvectors[:, i]
            vector.anchor = (0.5 - 0.5 * cos, 0.5 + 0.5 * sin)  # its label beyond its head
            vector.set(np.asarray(w), np.asarray(w) + half * c.eigenvectors[:, i],
                       f"v{'₁₂'[i]}: λ{'₁₂'[i]} = {MASK if hide else num(lam)}")

    def _on_scene_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.surface is None:  # type: ignore
            return
        pos = self.plot.vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        (x0, x1), (y0, y1) = self.surface.bounds
        if x0 <= pos.x() <= x1 and y0 <= pos.y() <= y1:
            self.start_clicked.emit(float(pos.x()), float(pos.y()))


def num(value: float) -> str:
    """A number as the book prints it: 4, −8, 0.4472 (four digits, a true minus sign)."""
    return fmt(value, 4)


def overlays(view: ContourView) -> tuple[str, ...]:
    """What the view's `set_overlays` set, as a lesson page's `draws` names it (OVERLAYS)."""
    return tuple(name for name, box in (("vectors", view.show_step),
                                        ("directions", view.show_directions))
                 if box.isChecked())
