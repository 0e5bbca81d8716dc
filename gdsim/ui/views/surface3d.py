"""The 3-D view: J over (w1, w2) as a lit surface, its contours on the floor, and each racer's
path, current point, negative-gradient arrow and actual step arrow (figures 3-12, 3-14, 3-15);
at the first racer's point the directions V1, V2, l and −grad J of figure 3-10. A path that
leaves the surface's box is drawn up to its edge, with a marker where it leaves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from numpy.typing import NDArray
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QMatrix4x4, QMouseEvent, QWheelEvent
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from gdsim.core.hidden import NOTHING
from gdsim.core.isolines import isolines
from gdsim.core.naming import pretty_axis
from gdsim.core.surfaces import Surface
from gdsim.core.vectors import directions_at
from gdsim.ui.i18n import tr
from gdsim.ui.style import (
    DIRECTION_COLORS,
    HEIGHT_MAP,
    STEEPEST,
    clip_path,
    finite,
    racer_color,
    rgba,
    thinned,
)
from gdsim.ui.text import SHORT, fmt
from gdsim.ui.views import LazyRender, SurfaceLike
from gdsim.ui.views.axis_labels import Label, footprint, place, screen_points, text_rect
from gdsim.ui.views.camera_fit import FOV, ShiftedLens, fit_camera
from gdsim.ui.views.grid_mesh import grid_mesh
from gdsim.ui.views.height_bar import HeightBar
from gdsim.ui.views.heights import HeightScale
from gdsim.ui.views.racer_items import RacerItems, arrow, put
from gdsim.ui.views.text_batch import TextBatch

Array = NDArray[np.float64]
BOX = 10.0  # the (w1, w2) floor is drawn BOX × BOX
HEIGHT = 6.0  # and J from 0 to HEIGHT
GRID = 61
CONTOURS = 14
DOTS = 300  # the last points of a path drawn as dots too
UNIT_LOW, UNIT_HIGH = -0.05, 1.5  # the heights drawn, on J's 0 … 1 scale (HeightScale.unit)
TICKS = 3  # tick labels along each axis: its ends and its middle, where they fit


def drawn_box(lift: float = 0.0) -> tuple[tuple[float, float], ...]:
    """The drawn box in display coordinates: the floor, and the heights the surface takes."""
    return ((-BOX / 2, BOX / 2), (-BOX / 2, BOX / 2),
            (UNIT_LOW * HEIGHT + lift, UNIT_HIGH * HEIGHT + lift))


class GLViewWindow(ShiftedLens, GLViewMixin, QOpenGLWindow):
    """pyqtgraph's 3-D view as a native OpenGL window: it draws straight to the screen,
    so the rest of the main window need not be composited through OpenGL on every frame
    (with software OpenGL that composition costs more than drawing the surface)."""

    def devicePixelRatioF(self) -> float:  # noqa: N802  (what GLViewMixin asks for)
        return float(self.devicePixelRatio())

    def rect(self) -> QRect:  # what GLTextItem asks for
        return QRect(0, 0, self.width(), self.height())

    on_view_changed: Callable[[], None] | None = None  # size or camera changed: place labels
    resized = False  # since the view last heard of it

    def _changed(self) -> None:
        if self.on_view_changed is not None:
            self.on_view_changed()

    def resizeGL(self, w: int, h: int) -> None:  # noqa: N802
        self.resized = True
        self._changed()

    moved = False  # the user orbited, panned or zoomed: the camera is theirs, not fitted

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(ev)
        self.moved = self.moved or ev.buttons() != Qt.MouseButton.NoButton  # a drag

    def mouseReleaseEvent(self, ev: object) -> None:  # noqa: N802
        self._changed()

    def wheelEvent(self, ev: QWheelEvent) -> None:  # noqa: N802
        super().wheelEvent(ev)
        self.moved = True
        self._changed()


class Surface3DView(LazyRender, QWidget):
    """pyqtgraph's GLViewWidget with a colour bar; `render(snapshot)` draws a SurfaceSnapshot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.gl = GLViewWindow()
        self.gl.setBackgroundColor("w")
        self.container = QWidget.createWindowContainer(self.gl, self)
        self.container.setMinimumSize(260, 220)
        self.container.setToolTip(tr("Drag to orbit, wheel to zoom, Ctrl+drag to pan"))
        self.colorbar = HeightBar()  # compact, beside the 3-D view, at the height of its middle
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.colorbar, 2)
        bar.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.container, 1)
        layout.addLayout(bar)
        self.setStyleSheet("Surface3DView { background: white; }")  # one white, bar and view
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.labels: list[tuple[gl.GLTextItem, Label]] = []  # tick labels and axis titles
        self.label_font: QFont | None = None  # theirs (titles bold); None: the application's
        self.gl.on_view_changed = self.place_labels
        self.surface: Surface | None = None
        self.scale = HeightScale(0.0, 1.0, False)
        self.mesh: gl.GLMeshItem | None = None
        self.mesh_grid: tuple[Array, Array, Array] | None = None  # its xs, ys and heights
        self.static: list[gl.GLGraphicsItem.GLGraphicsItem] = []
        self.racers: list[RacerItems] = []
        # Figure 3-10 at the first racer's point, in the direction explorer's colours: built
        # when first shown (set_directions_shown).
        self.directions: dict[str, gl.GLLinePlotItem] = {}
        self.angle = -45.0  # the explorer's l, degrees from the w1 axis
        self.directions_shown = False  # drawn while the direction explorer is in view
        self._snap: SurfaceLike | None = None
        # the labels and each racer's "left the view", painted together
        self.text = TextBatch(lambda: [*(item for item, _ in self.labels),
                                       *(r.exit_label for r in self.racers)])
        self.gl.addItem(self.text)
        self.reset_camera()

    def set_directions_shown(self, shown: bool) -> None:
        """Draw figure 3-10's directions (while the direction explorer is in view) or not."""
        self.directions_shown = shown
        if shown and not self.directions:
            for name, color in DIRECTION_COLORS.items():
                item = gl.GLLinePlotItem(mode="lines", width=3, color=rgba(color),
                                         antialias=True)
                item.setGLOptions("translucent")
                item.setDepthValue(11)
                self.gl.addItem(item)
                self.directions[name] = item
        for item in self.directions.values():
            item.setVisible(shown)
        if shown and self._snap is not None:
            self.draw(self._snap)

    def set_angle(self, angle: float) -> None:
        """The direction explorer turned l to `angle` degrees: draw it there."""
        self.angle = float(angle)
        if self._snap is not None:
            self.draw(self._snap)

    def forget_drawn(self) -> None:
        """The next draw builds the surface again, and with it the tick labels and the axis
        titles (GL text, which no catalogue pass reaches), placed for their new widths."""
        self.surface = None

    # -- coordinates ----------------------------------------------------------------------------
    def to_display(self, w1: Array, w2: Array, J: Array, lift: float = 0.0,
                   clip: bool = True) -> Array:
        """(w1, w2, J) → display coordinates inside the BOX × BOX × HEIGHT box (clip=False:
        where they are, for `clip_path` to cut at the box's faces)."""
        assert self.surface is not None
        (x0, x1), (y0, y1) = self.surface.bounds
        x = (finite(w1) - (x0 + x1) / 2) / (x1 - x0) * BOX
        y = (finite(w2) - (y0 + y1) / 2) / (y1 - y0) * BOX
        z = self.scale.unit(J, clip) * HEIGHT + lift
        if clip:
            x, y = np.clip(x, -3 * BOX, 3 * BOX), np.clip(y, -3 * BOX, 3 * BOX)
        return np.column_stack([x, y, np.broadcast_to(z, np.shape(x))])

    def frame(self) -> QImage:
        """What the 3-D view shows now, drawn now: a repaint the view has only scheduled
        would otherwise be missing from the image (export's frames came in pairs)."""
        self.gl.makeCurrent()
        self.gl.paintGL()
        image = self.gl.grabFramebuffer()
        self.gl.doneCurrent()
        return image

    def reset_camera(self) -> None:
        """The camera from the side and above, the surface filling the view (fit_view);
        fitted again as the view's size changes, until the user moves it."""
        self.gl.setCameraPosition(pos=pg.Vector(0, 0, HEIGHT * 0.3), distance=19,
                                  elevation=32, azimuth=-55)
        self.gl.opts["fov"], self.gl.shift = FOV, (0.0, 0.0)
        self.gl.moved = False
        fit_view(self)

    # -- building, once per surface -------------------------------------------------------------
    def _build_surface(self, surface: Surface, grid: tuple | None = None) -> None:
        self.surface = surface
        for item in self.static:
            self.gl.removeItem(item)
        self.static = []
        w1, w2, J = grid if grid is not None else surface.grid(GRID)
        J = finite(J)
        self.scale = HeightScale.fit(J)
        unit = self.scale.unit(J)
        colors = HEIGHT_MAP.map(np.clip(unit, 0, 1).ravel(), mode="float").reshape(*J.shape, 4)
        xs = self.to_display(w1, np.full_like(w1, surface.bounds[1][0]), np.zeros_like(w1))[:, 0]
        ys = self.to_display(np.full_like(w2, surface.bounds[0][0]), w2, np.zeros_like(w2))[:, 1]
        self.mesh = grid_mesh(xs, ys, unit * HEIGHT, colors)
        self.mesh.setGLOptions("opaque")
        self.mesh_grid = (xs, ys, unit * HEIGHT)
        self.static.append(self.mesh)
        self.static.append(self._wireframe(xs, ys, unit * HEIGHT))
        self.static.append(self._floor_contours(xs, ys, unit))
        self.static += self._axes()
        if surface.minima:
            m = np.array(surface.minima)
            pos = self.to_display(m[:, 0], m[:, 1], surface.value(m[:, 0], m[:, 1]), lift=0.05)
            self.static.append(gl.GLScatterPlotItem(pos=pos, size=9, color=(1, 1, 1, 1)))
        for item in self.static:
            self.gl.addItem(item)
        self.colorbar.set_scale(self.scale)
        fit_view(self)
        self.place_labels()

    def _wireframe(self, xs: Array, ys: Array, z: Array) -> gl.GLLinePlotItem:
        """A light grid on the surface, every few grid lines, to show its shape."""
        step = max(1, len(xs) // 12)
        segments = []
        for i in range(0, len(xs), step):
            line = np.column_stack([np.full(len(ys), xs[i]), ys, z[i, :] + 0.01])
            segments.append(np.repeat(line, 2, axis=0)[1:-1])
        for j in range(0, len(ys), step):
            line = np.column_stack([xs, np.full(len(xs), ys[j]), z[:, j] + 0.01])
            segments.append(np.repeat(line, 2, axis=0)[1:-1])
        item = gl.GLLinePlotItem(pos=finite(np.concatenate(segments)), mode="lines",
                                 color=(1, 1, 1, 0.35), width=1, antialias=True)
        item.setGLOptions("translucent")
        return item

    def _floor_contours(self, xs: Array, ys: Array, unit: Array) -> gl.GLLinePlotItem:
        pts = isolines(unit, np.linspace(0.02, 0.98, CONTOURS)).reshape(-1, 2)
        # isolines works in grid indices: turn them into display coordinates.
        x = np.interp(pts[:, 0], np.arange(len(xs)), xs)
        y = np.interp(pts[:, 1], np.arange(len(ys)), ys)
        pos = np.column_stack([x, y, np.full_like(x, -0.02)])
        item = gl.GLLinePlotItem(pos=pos, mode="lines", color=(0.25, 0.25, 0.35, 0.7), width=1)
        item.setGLOptions("translucent")
        return item

    def _axes(self) -> list[gl.GLGraphicsItem.GLGraphicsItem]:
        """The floor's frame and J's axis; TICKS tick labels per axis and the axis titles
        (w¹₁₁, not w^1_11), each shown only where it overlaps neither another label nor the
        surface (place_labels, whenever the view changes)."""
        assert self.surface is not None
        h, H = BOX / 2, HEIGHT
        frame = np.array([[-h, -h, 0], [h, -h, 0], [h, -h, 0], [h, h, 0], [h, h, 0], [-h, h, 0],
                          [-h, h, 0], [-h, -h, 0], [-h, -h, 0], [-h, -h, H]])
        items: list[gl.GLGraphicsItem.GLGraphicsItem] = [
            gl.GLLinePlotItem(pos=frame, mode="lines", color=(0.3, 0.3, 0.3, 1), width=1)]
        font, bold = self.label_fonts()
        A = Qt.AlignmentFlag
        (x0, x1), (y0, y1) = self.surface.bounds
        name1, name2 = (pretty_axis(n) for n in self.surface.axes)
        # Label(places, text, font, alignment, rank): the lower the rank, the surer it shows.
        def out(x: float, y: float, z: float, dx: float, dy: float, dz: float,
                steps: tuple[float, ...]) -> tuple[tuple[float, float, float], ...]:
            return tuple((x + dx * t, y + dy * t, z + dz * t) for t in steps)

        near, far = (0.4, 0.9, 1.5), (1.5, 2.2, 3.0, 4.0)
        labels = [Label(out(0, -h, 0, 0, -1, 0, far), name1, bold, A.AlignHCenter | A.AlignTop, 0),
                  Label(out(h, 0, 0, 1, 0, 0, far), name2, bold, A.AlignLeft | A.AlignVCenter, 0),
                  Label(out(-h, -h, H, -1, -1, 1, (0.3, 0.8)), "J", bold,
                        A.AlignRight | A.AlignBottom, 0)]
        for n, v in enumerate(np.linspace(x0, x1, TICKS)):
            x = (n / (TICKS - 1) - 0.5) * BOX
            labels.append(Label(out(x, -h, 0, 0, -1, 0, near), fmt(v, SHORT), font,
                                A.AlignHCenter | A.AlignTop, 1 if n != TICKS // 2 else 2))
        for n, v in enumerate(np.linspace(y0, y1, TICKS)):
            y = (n / (TICKS - 1) - 0.5) * BOX
            labels.append(Label(out(h, y, 0, 1, 0, 0, near), fmt(v, SHORT), font,
                                A.AlignLeft | A.AlignVCenter, 1 if n != TICKS // 2 else 2))
        for n, (u, tick) in enumerate(self.scale.ticks(TICKS)):
            labels.append(Label(out(-h, -h, u * H, -1, -1, 0, (0.3, 0.7)), tick, font,
                                A.AlignRight | A.AlignVCenter, 1 if n else 3))
        dark = pg.mkColor(40, 40, 40)
        self.labels = []
        for label in labels:
            item = gl.GLTextItem(pos=label.places[0], text=label.text, color=dark,
                                 font=label.font, alignment=label.align)
            self.labels.append((item, label))
        return items

    def label_fonts(self) -> tuple[QFont, QFont]:
        """The tick labels' font and the axis titles' (bold)."""
        font = QFont(self.label_font or QApplication.font())
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def set_label_font(self, font: QFont | None) -> None:
        """Draw the tick labels in `font` and the axis titles in its bold (presentation mode:
        larger), these and those of every surface built later, and the colour bar's in `font`
        too (the view's style sheet keeps the application's font from reaching it); None: the
        application's font, as built. The labels are placed again for their new sizes."""
        self.label_font = QFont(font) if font is not None else None
        self.colorbar.setFont(QFont(font) if font is not None else QFont())
        plain, bold = self.label_fonts()
        self.labels = [(item, replace(label, font=QFont(bold if label.font.bold() else plain)))
                       for item, label in self.labels]
        for item, label in self.labels:
            item.setData(font=label.font)
        fit_view(self)  # the margin for them grows with them
        self.place_labels()

    def place_labels(self) -> None:
        """Show the labels that fit, each at the first of its places where it overlaps
        neither another label nor the surface's footprint on the screen — for a view of a new
        size, once the camera is fitted to it (unless the user moved it)."""
        if self.gl.resized:
            self.gl.resized = False
            fit_view(self)
        if not self.labels or self.mesh is None:
            return
        for (item, label), i in zip(self.labels, self.label_places()):
            item.setVisible(i >= 0)
            if i >= 0:
                item.setData(pos=label.places[i])
        self.gl.update()  # the labels are drawn by the view's TextBatch, not by themselves

    def _projection(self) -> tuple[QMatrix4x4, int, int]:
        w, h = max(self.gl.width(), 1), max(self.gl.height(), 1)
        return self.gl.projectionMatrix((0, 0, w, h), (0, 0, w, h)) * self.gl.viewMatrix(), w, h

    def label_places(self) -> list[int]:
        """Which place each label takes (-1: none) for the camera and size of now."""
        matrix, w, h = self._projection()
        outline = footprint(screen_points(matrix, self.mesh_points(), w, h))
        points = [screen_points(matrix, np.array(label.places), w, h)
                  for _, label in self.labels]
        return place([label for _, label in self.labels], points, outline,
                     QRectF(0, 0, w, h))

    def label_rects(self) -> list[tuple[str, QRectF]]:
        """The shown labels' text and the screen rectangle each covers."""
        matrix, w, h = self._projection()
        shown = []
        for item, label in self.labels:
            if item.visible():
                point = screen_points(matrix, np.array([item.pos]), w, h)[0]
                shown.append((label.text, text_rect(label, point)))
        return shown

    def mesh_points(self) -> Array:
        """The surface's points in display coordinates, every few grid lines (and its floor)."""
        assert self.mesh_grid is not None
        xs, ys, z = self.mesh_grid
        step = max(1, len(xs) // 15)
        X, Y = np.meshgrid(xs[::step], ys[::step], indexing="ij")
        Z = np.asarray(z)[::step, ::step]
        top = np.column_stack([X.ravel(), Y.ravel(), finite(Z).ravel()])
        floor = np.column_stack([X.ravel(), Y.ravel(), np.zeros(X.size)])
        return np.concatenate([top, floor])

    def _build_racers(self, count: int) -> None:
        for r in self.racers:
            r.remove(self.gl)
        self.racers = [RacerItems(self.gl, racer_color(i)) for i in range(count)]

    # -- drawing, every frame -------------------------------------------------------------------
    def draw(self, snap: SurfaceLike) -> None:
        self._snap = snap
        surface = snap.surface
        if surface is not self.surface:
            self._build_surface(surface, getattr(snap, "grid", None))  # a landscape's own grid
        if len(self.racers) != len(snap.points):
            self._build_racers(len(snap.points))
        (x0, x1), (y0, y1) = surface.bounds
        box = drawn_box(lift=0.04)
        none = np.zeros((0, 3))
        hidden, k = getattr(snap, "hidden", NOTHING), getattr(snap, "k", 0)  # a landscape: none
        for i, (items, p) in enumerate(zip(self.racers, snap.points)):
            path = snap.path(i)
            shown = thinned(len(path))
            heights = snap.heights(i, shown)
            pos = self.to_display(path[shown, 0], path[shown, 1], heights, lift=0.04,
                                  clip=False)
            # Each step a straight line from (P_k, J) to (P_k+1, J), cut where it leaves the
            # box (through a side or the top), with a marker there: never moved elsewhere.
            drawn, connect, out = clip_path(pos, box)
            keep = np.asarray(((pos >= [b[0] for b in box])
                               & (pos <= [b[1] for b in box])).all(axis=1), bool)
            if len(out) or not keep.all():
                pairs = np.flatnonzero(connect[:-1]) if len(connect) else np.zeros(0, int)
                segments = np.stack([drawn[pairs], drawn[pairs + 1]], axis=1).reshape(-1, 3)
                put(items.path, segments, mode="lines")
            else:
                put(items.path, pos, mode="line_strip")
            put(items.exits, out)
            items.exit_label.setData(pos=out[-1] if len(out) else (0.0, 0.0, 0.0),
                                     text=tr("left the view") if len(out) else "",
                                     font=self.label_fonts()[0])
            put(items.dots, pos[keep][-DOTS:])
            put(items.head, pos[-1:] if keep[-1] else none)
            put(items.step, arrow(pos[-2], pos[-1]) if len(pos) > 1 and keep[-2:].all() else none)
            g = p.grad
            norm = float(np.hypot(*g))
            if norm > 0 and np.isfinite(norm) and x0 <= p.w[0] <= x1 and y0 <= p.w[1] <= y1 \
                    and not hidden.steers(k, i):  # an open question's −grad J: not drawn
                tip = p.w - g / norm * (x1 - x0) * 0.15
                xs, ys = np.array([p.w[0], tip[0]]), np.array([p.w[1], tip[1]])
                zs = snap.height_at(xs, ys)
                zs[0] = p.J  # from the point itself, as the path's head
                ends = self.to_display(xs, ys, zs, lift=0.08)
                put(items.neg_grad, arrow(ends[0], ends[1]))
            else:
                put(items.neg_grad, none)
        self._draw_directions(snap, surface)

    def _draw_directions(self, snap: SurfaceLike, surface: Surface) -> None:
        """V1, V2, l and −grad J at the first racer's point, each a unit step on the surface."""
        if not self.directions_shown:  # hidden: nothing to compute (a network's J is costly)
            return
        w = snap.points[0].w
        d = directions_at(surface, w, self.angle, 0.5, samples=2)
        hidden, k = getattr(snap, "hidden", NOTHING), getattr(snap, "k", 0)
        inside = bool(np.all(np.isfinite(w))) and all(
            lo <= v <= hi for v, (lo, hi) in zip(w, surface.bounds))
        for c in d.candidates:
            if not inside or (c.name == STEEPEST and hidden.steers(k)):
                self.directions[c.name].setData(pos=np.zeros((0, 3)))
                continue
            s = np.linspace(0.0, 1.0, 9)
            ws = w[:, None] + c.l[:, None] * s  # A … A + l, along the surface
            with np.errstate(all="ignore"):
                z = surface.value(ws[0], ws[1])
            line = self.to_display(ws[0], ws[1], z, lift=0.1)
            shaft = np.repeat(line, 2, axis=0)[1:-1]
            self.directions[c.name].setData(pos=np.concatenate([shaft, arrow(line[-2],
                                                                             line[-1])[2:]]))


def box_points(view: Surface3DView) -> Array:
    """What the camera fits: the surface, its floor and the top of J's axis."""
    axis_top = np.array([[-BOX / 2, -BOX / 2, HEIGHT]])  # at the floor's corner
    return np.concatenate([view.mesh_points(), axis_top])


def fit_view(view: Surface3DView) -> None:
    """The surface's box as large as the view allows, in its middle, with a margin for the
    tick labels and axis titles (two of the labels' lines across, one and a half down); not
    once the user moved the camera."""
    if view.mesh_grid is None or view.gl.moved:
        return
    line = QFontMetrics(view.label_fonts()[0]).height()
    w, h = view.gl.width(), view.gl.height()
    fit_camera(view.gl, box_points(view), w, h,
               (max(2.0 * line, 0.05 * w), max(1.5 * line, 0.05 * h)))
