"""The contour view: J seen from above, each racer's path, and the vectors OA, AP, OP of the
current step (figure 3-13) as `gdsim.core.vectors.trace_step` gives them. A click sets the start."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt, Signal

from gdsim.core.surfaces import Surface
from gdsim.core.vectors import trace_step
from gdsim.ui.style import HEIGHT_MAP, cache_axes, finite, racer_color, thinned
from gdsim.ui.views import LazyRender
from gdsim.ui.views.heights import HeightScale

Array = NDArray[np.float64]
GRID = 160
CONTOURS = 16
SYMBOLS_UP_TO = 300


class Vector:
    """A labelled arrow in a PlotItem: one line, one head, one label; moved with set()."""

    def __init__(self, plot: pg.PlotItem, color: str, label: str, dashed: bool = False):
        pen = pg.mkPen(color, width=2.5, style=Qt.PenStyle.DashLine if dashed else
                       Qt.PenStyle.SolidLine)
        self.line = pg.PlotCurveItem(pen=pen)
        self.head = pg.ArrowItem(pen=pg.mkPen(color), brush=color, headLen=14, tailLen=0)
        self.text = pg.TextItem(label, color=color, anchor=(0, 1))
        for item in (self.line, self.head, self.text):
            plot.addItem(item)
            item.setZValue(20)

    def set(self, start: Array, end: Array, label: str | None = None) -> None:
        start, end = finite(start, 1e9), finite(end, 1e9)
        visible = bool(np.hypot(*(end - start)) > 0)
        for item in (self.line, self.head, self.text):
            item.setVisible(visible)
        if not visible:
            return
        self.line.setData([start[0], end[0]], [start[1], end[1]])
        angle = np.degrees(np.arctan2(end[1] - start[1], end[0] - start[0]))
        self.head.setStyle(angle=180 - angle)
        self.head.setPos(end[0], end[1])
        mid = (start + end) / 2
        self.text.setPos(mid[0], mid[1])
        if label is not None:
            self.text.setText(label)


class ContourView(LazyRender, pg.PlotWidget):
    """`render(snapshot)` draws a SurfaceSnapshot; `start_clicked(w1, w2)` asks for a new start."""

    start_clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setAspectLocked(False)
        self.plot = self.getPlotItem()
        self.plot.setLabel("bottom", "w1")
        self.plot.setLabel("left", "w2")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
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
        self.oa = Vector(self.plot, "#555555", "OA", dashed=True)
        self.op = Vector(self.plot, "#7b3294", "OP = OA − α·grad J", dashed=True)
        self.ap = Vector(self.plot, "#111111", "AP = −α·grad J")
        self.paths: list[pg.PlotDataItem] = []
        self.surface: Surface | None = None
        self.setToolTip("Click to start the descent from that point")
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def _build_surface(self, surface: Surface, grid: tuple | None = None) -> None:
        self.surface = surface
        self.plot.setLabel("bottom", surface.axes[0])
        self.plot.setLabel("left", surface.axes[1])
        (x0, x1), (y0, y1) = surface.bounds
        w1, w2, J = grid if grid is not None else surface.grid(GRID)
        J = finite(J)
        n = len(w1)
        scale = HeightScale.fit(J)
        unit = np.clip(scale.unit(J), 0, 1)
        self.image.setImage(unit, levels=(0, 1))
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        segments = []
        for level in np.linspace(0.02, 0.98, CONTOURS):
            for line in pg.functions.isocurve(unit, level, connected=False):
                segments.extend(line)
        pts = np.array(segments, float).reshape(-1, 2) if segments else np.zeros((0, 2))
        self.lines.setData(x0 + pts[:, 0] / (n - 1) * (x1 - x0),
                           y0 + pts[:, 1] / (n - 1) * (y1 - y0))
        m = np.array(surface.minima).reshape(-1, 2)
        self.minima.setData(m[:, 0], m[:, 1])
        self.plot.setXRange(x0, x1, padding=0.02)
        self.plot.setYRange(y0, y1, padding=0.02)

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
        surface = getattr(snap, "surface", None)
        if surface is None:
            return
        if surface is not self.surface:
            self._build_surface(surface, getattr(snap, "grid", None))
        points = snap.points  # type: ignore[attr-defined]
        if len(self.paths) != len(points):
            self._build_paths(len(points))
        for i, item in enumerate(self.paths):
            path = snap.path(i)  # type: ignore[attr-defined]
            path = finite(path[thinned(len(path))], 1e9)
            # A dot per point while they can be told apart; past that the line alone.
            item.setSymbol("o" if len(path) <= SYMBOLS_UP_TO else None)
            item.setData(path[:, 0], path[:, 1])
        # The vectors of figure 3-13 for the first racer, as core computes them.
        v = trace_step(snap.path(0), points[0].grad, snap.lr[0])  # type: ignore[attr-defined]
        sgd = snap.labels[0].startswith("sgd")  # type: ignore[attr-defined]
        self.oa.set(np.zeros(2), v.OA)
        self.ap.set(v.OA, v.OA + v.AP, "AP = −α·grad J" if sgd else "AP (the optimizer's step)")
        self.op.set(np.zeros(2), v.OP, "OP = OA − α·grad J" if sgd else "OP = OA + AP")

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.surface is None:
            return
        pos = self.plot.vb.mapSceneToView(event.scenePos())
        (x0, x1), (y0, y1) = self.surface.bounds
        if x0 <= pos.x() <= x1 and y0 <= pos.y() <= y1:
            self.start_clicked.emit(float(pos.x()), float(pos.y()))
