"""The α map: how many steps gradient descent takes to converge from the start A, for every α
at once (`gdsim.core.alpha_map`) — or, when the first racer is momentum, a heat map over α and
β — with the lines α = 1/λmax and α = 2/λmax of H at A (`gdsim.core.curvature`) and a marker
where the first racer's α stands; on the heat map also momentum's own limit, the slanted line
α = 2(1 + β)/λmax (`curvature.momentum_limit`), which the heat map runs a little past. A click
sets α (and β) to where it falls.

On the seed's valley (H = 2I) the curve falls to one step at α = 0.5 = 1/λmax and rises to the
step limit at α = 1 = 2/λmax, past which every value diverges."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from gdsim.core.alpha_map import CODES, AlphaMap, alpha_map
from gdsim.core.curvature import curvature_at, momentum_limit
from gdsim.core.errors import GdsimError
from gdsim.core.optimizers import Momentum
from gdsim.core.racing import SurfaceSnapshot
from gdsim.core.status import State
from gdsim.ui.i18n import tr
from gdsim.ui.style import DIVERGED_COLOR, HEIGHT_MAP, cache_axes, racer_color
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender, SurfaceLike
from gdsim.ui.views.axes import NumberAxis

Array = NDArray[np.float64]
VALUES = 200  # α values of the curve
GRID = (60, 40)  # α × β values of the heat map
BETA_MAX = 0.99
REACH = 1.3  # the map runs to this many times 2/λmax (or the current α, if larger)
HEAT_REACH = 1.1  # the heat map, to this many times momentum's limit 2(1 + β)/λmax at BETA_MAX
NO_CONVERGENCE = (200, 200, 200)  # a heat-map cell that diverged or reached the step limit


def alpha_range(limit: float | None, lr: float, reach: float = REACH,
                values: int = VALUES) -> Array:
    """The α of the map: from near 0 to a little past the limit and past the current α."""
    top = reach * max(limit or 0.0, lr)
    return np.linspace(top / values, top, values)


def rounded(value: float, digits: int) -> float:
    """A clicked value to `digits` significant digits: what a person would have typed."""
    return round(value, digits - 1 - math.floor(math.log10(abs(value)))) if value else 0.0


class AlphaMapView(LazyRender, pg.PlotWidget):
    """`render(snapshot)` maps the first racer's start; `alpha_chosen(α, β or None)` asks for
    the α (and momentum's β) clicked."""

    alpha_chosen = Signal(float, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w", axisItems={
            "bottom": NumberAxis("bottom"), "left": NumberAxis("left")})
        self.plot = self.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.vb.setMouseEnabled(False, False)  # a click chooses α; the range is the map's
        cache_axes(self.plot)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        lut = HEIGHT_MAP.getLookupTable(nPts=256, alpha=False)
        self.image.setLookupTable(np.vstack([lut, [NO_CONVERGENCE]]))
        # The heat map's scale: log₁₀ of the steps to converge, with numeric ticks.
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=HEIGHT_MAP, interactive=False,
                                   width=14)
        self.plot.layout.addItem(self.bar, 2, 5)
        self.plot.layout.setColumnFixedWidth(4, 5)
        self.converged = pg.PlotDataItem(pen=pg.mkPen("#2166ac", width=2), symbol="o",
                                         symbolSize=4, symbolBrush="#2166ac", symbolPen=None)
        # At the top: × where a value diverged (red) or reached the step limit (grey).
        self.failed = pg.ScatterPlotItem(symbol="x", size=8, pen=pg.mkPen(DIVERGED_COLOR),
                                         brush=DIVERGED_COLOR)
        self.unfinished = pg.ScatterPlotItem(symbol="x", size=8, pen=pg.mkPen("#888888"),
                                             brush="#888888")
        # The lines α = 1/λmax, 2/λmax and the current α, each labelled at its height.
        self.half, self.limit, self.current = (
            pg.InfiniteLine(angle=90, pen=pg.mkPen(color, width=2, style=style))
            for color, style in (("#1b7837", Qt.PenStyle.DashLine),
                                 (DIVERGED_COLOR, Qt.PenStyle.DashLine),
                                 (racer_color(0), Qt.PenStyle.SolidLine)))
        self.labels = {line: pg.TextItem("", color=color, fill=(255, 255, 255, 210))
                       for line, color in ((self.half, "#1b7837"), (self.limit, DIVERGED_COLOR),
                                           (self.current, "k"))}
        self.heights = {self.half: 0.93, self.limit: 0.8, self.current: 0.08}
        self.words = dict.fromkeys(self.labels, "")  # each label's text on one line
        for label in self.labels.values():
            label.setZValue(12)
            self.plot.addItem(label)
        # The heat map's limit: momentum converges left of α = 2(1 + β)/λmax.
        self.boundary = pg.PlotCurveItem(pen=pg.mkPen(DIVERGED_COLOR, width=2,
                                                      style=Qt.PenStyle.DashDotLine))
        self.boundary_label = pg.TextItem("α = 2(1 + β)/λmax", color=DIVERGED_COLOR,
                                          fill=(255, 255, 255, 210), anchor=(1.0, 0.5))
        self.boundary_label.setZValue(12)
        self.plot.addItem(self.boundary_label)
        self.spot = pg.ScatterPlotItem(symbol="o", size=12, pen=pg.mkPen("w", width=2),
                                       brush=racer_color(0))
        for item in (self.converged, self.failed, self.unfinished, self.half, self.limit,
                     self.current, self.boundary, self.spot):
            item.setZValue(10)
            self.plot.addItem(item)
        self.map: AlphaMap | None = None
        self.key: tuple[object, ...] | None = None  # what the map was computed for
        self.lmax: float | None = None  # λmax of H at the start
        self.lr = 0.0  # the first racer's α (and β, with momentum)
        self.beta: float | None = None
        self.hiding = False  # an open lesson question asks for λ or the limit: no map, no lines
        self.retranslate_words()
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.vb.sigRangeChanged.connect(self.place_labels)
        self.plot.vb.sigResized.connect(self.place_labels)  # the labels' widths in α change

    def retranslate_words(self) -> None:
        self.plot.setTitle(tr("Steps to converge from A: drawn once the lesson's question is "
                              "answered") if self.hiding else tr("Steps to converge from A"))
        self.bar.axis.setLabel("log₁₀ " + tr("steps"))

    def forget_drawn(self) -> None:
        self.key = None  # the map's words (its tool tip, its axis) are drawn with it

    def draw(self, snap: SurfaceLike) -> None:
        if not isinstance(snap, SurfaceSnapshot):  # a network's landscape: no descent to map
            return
        opt = snap.optimizers[0] if snap.optimizers else None
        self.beta = opt.momentum if isinstance(opt, Momentum) else None
        self.lr = snap.lr[0]
        self.hiding = snap.hidden.curvature()
        start = snap.path(0)[0]
        key = (snap.surface, tuple(start), snap.max_steps, self.beta is not None, self.hiding,
               self.lr if self.map is None or self.lr > self.map.lr[-1] else self.map.lr[-1])
        if key != self.key:
            self.retranslate_words()
            self.key = key
            self._compute(snap, start)
        self._draw_marks()

    def _compute(self, snap: SurfaceSnapshot, start: Array) -> None:
        c = curvature_at(snap.surface, start)
        self.lmax = c.lmax if c.finite and c.lmax > 0 else None
        if self.hiding:  # where the descents stop converging, and the range itself, would tell
            self.map = None
            self._draw_map()
            self._steps_axis(snap.max_steps)  # an empty map's range read −0.003 … −0.0015
            self.plot.setYRange(0, np.log10(max(snap.max_steps, 10)), padding=0.05)
            self.plot.setLabel("bottom", "α")
            self.plot.setXRange(0, 2 * self.lr, padding=0.02)
            return
        betas = np.linspace(0.0, BETA_MAX, GRID[1]) if self.beta is not None else None
        if betas is None:
            lrs = alpha_range(c.alpha_limit if c.finite else None, self.lr)
        else:
            top = momentum_limit(self.lmax, BETA_MAX) if self.lmax is not None else None
            lrs = alpha_range(None if top is None else float(top), self.lr, HEAT_REACH, GRID[0])
        try:
            self.map = alpha_map(snap.surface, (float(start[0]), float(start[1])), lrs, betas,
                                 max_steps=snap.max_steps)
        except GdsimError:  # no finite J or gradient at the start: nothing to map
            self.map = None
        self._draw_map()

    def _draw_map(self) -> None:
        m = self.map
        heat = m is not None and m.momentum is not None
        self.image.setVisible(heat)
        self.bar.setVisible(heat)
        self.converged.setVisible(not heat)
        self.failed.setVisible(not heat)
        self.unfinished.setVisible(not heat)
        if m is None:
            self.converged.setData([], [])
            self.failed.setData([], [])
            self.unfinished.setData([], [])
            return
        if heat:
            assert m.momentum is not None
            self.setToolTip(tr("Steps to converge from A with momentum, for each α and β "
                               "(grey: no convergence). Click to set α and β to that value."))
            self.plot.setLabel("left", "β")
            self.plot.setLogMode(False, False)
            self.plot.getAxis("left").setTicks(None)
            top = np.log10(max(m.max_steps, 2))
            self.bar.setLevels((0.0, float(top)))
            levels = np.clip(np.log10(np.maximum(m.steps, 1)) / top * 255, 0, 255)
            cells = np.where(m.converged, np.round(levels), 256)
            self.image.setImage(cells, levels=(0, 256), autoLevels=False)
            da, db = m.lr[1] - m.lr[0], m.momentum[1] - m.momentum[0]
            self.image.setRect(m.lr[0] - da / 2, m.momentum[0] - db / 2,
                               len(m.lr) * da, len(m.momentum) * db)
            self.plot.setYRange(0, BETA_MAX, padding=0.02)
        else:
            self.setToolTip(tr("Steps to converge from A with gradient descent (3-12), for "
                               "each α (×: diverged in red, the step limit in grey). Click to "
                               "set α to that value."))
            self._steps_axis(m.max_steps)
            ok = m.converged
            self.converged.setData(m.lr, np.where(ok, np.maximum(m.steps, 1), np.nan),
                                   connect="finite")
            top = np.log10(m.max_steps)
            for item, code in ((self.failed, State.DIVERGED), (self.unfinished, State.RUNNING)):
                which = m.state == CODES.index(code)
                item.setData(m.lr[which], np.full(int(which.sum()), top))
            self.plot.setYRange(0, np.log10(max(m.max_steps, 10)), padding=0.05)
        self.plot.setLabel("bottom", "α")
        self.plot.setXRange(0, float(m.lr[-1]), padding=0.02)

    def _steps_axis(self, max_steps: int) -> None:
        """Gradient descent's left axis: steps on a log scale, 1, 10, 100, … up to the step
        limit (over a hidden map too: the limit tells nothing)."""
        self.plot.setLabel("left", tr("steps"))
        self.plot.setLogMode(False, True)
        decades = range(int(np.log10(max(max_steps, 10))) + 1)
        self.plot.getAxis("left").setTicks([[(d, fmt(10 ** d)) for d in decades], []])

    def _draw_marks(self) -> None:
        for line, factor, name in ((self.half, 1.0, "1/λmax"), (self.limit, 2.0, "2/λmax")):
            shown = self.lmax is not None and not self.hiding
            line.setVisible(shown)
            if shown and self.lmax is not None:
                line.setValue(factor / self.lmax)
                self.words[line] = f"α = {name} = {fmt(factor / self.lmax)}"
        heat = self.map is not None and self.map.momentum is not None
        slanted = heat and not self.hiding
        self.boundary.setVisible(slanted and self.lmax is not None)
        if slanted and self.lmax is not None:
            betas = np.array([0.0, BETA_MAX])
            limits = momentum_limit(self.lmax, betas)
            assert limits is not None
            self.boundary.setData(limits, betas)
        self.current.setValue(self.lr)
        said = self.status_at(self.lr, self.beta)
        self.words[self.current] = f"α = {fmt(self.lr)}" + (f": {said}" if said else "")
        self.place_labels()

    def place_labels(self, *_: object) -> None:
        """Each line's label at its height beside its line, right of it or else left, in the
        room up to the next line or the plot's edge, its words broken onto up to three lines
        if they must (at α = 0.09 in the narrow valley, on a laptop, the current α's verdict
        crossed 1/λmax = 0.05); with room on neither side, on one line, shifted as far as it
        must be to stay in the plot."""
        vb = self.plot.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        px = (x1 - x0) / max(vb.width(), 1.0)  # viewPixelSize may be a resize behind
        py = (y1 - y0) / max(vb.height(), 1.0)
        shown = [float(line.value()) for line in self.labels if line.isVisible()]
        for line, label in self.labels.items():
            label.setVisible(line.isVisible())
            x = float(line.value())
            right = min([o for o in shown if o > x] + [x1])
            left = max([o for o in shown if o < x] + [x0])
            fm = QFontMetrics(label.textItem.font())
            margin = 2 * label.textItem.document().documentMargin() + 4
            for side, room in ((0.0, right - x), (1.0, x - left)):
                text = wrapped(self.words[line], fm, room / px - margin)
                if text is not None:
                    label.setText(text)
                    start = x - side * label.boundingRect().width() * px
                    break
            else:
                label.setText(self.words[line])
                width = label.boundingRect().width() * px
                start = (x if x + width <= x1 else x - width if x - width >= x0
                         else max(x0, x1 - width))
            half = label.boundingRect().height() * py / 2
            y = y0 + self.heights[line] * (y1 - y0)
            label.setAnchor((0.0, 0.5))
            label.setPos(start, min(max(y, y0 + half), y1 - half))
        self.boundary_label.setVisible(self.boundary.isVisible())
        if self.lmax is not None:  # on its line, half-way up, to its left (the grey is right)
            beta = y0 + 0.5 * (y1 - y0)
            limit = momentum_limit(self.lmax, beta)
            assert limit is not None
            self.boundary_label.setPos(float(limit), beta)
        self.spot.setData([self.lr], [self.beta] if self.beta is not None else [])
        self.spot.setVisible(self.beta is not None)

    def status_at(self, lr: float, beta: float | None = None) -> str:
        """What the map says of the value nearest (α, β): its status, in the window's language."""
        m = self.map
        if m is None:
            return ""
        i = int(np.argmin(np.abs(m.lr - lr)))
        index: tuple[int, ...] = (i,)
        if m.momentum is not None and beta is not None:
            index = (i, int(np.argmin(np.abs(m.momentum - beta))))
        code, k = CODES[int(m.state[index])], int(m.steps[index])
        if code is State.CONVERGED:
            return tr("converges in {k} steps").format(k=k)
        if code is State.DIVERGED:
            return tr("diverges at step {k}").format(k=k)
        return tr("not converged in {k} steps").format(k=k)

    def _on_scene_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.map is None:  # type: ignore
            return
        pos = self.plot.vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        lr = float(np.clip(pos.x(), self.map.lr[0], self.map.lr[-1]))
        beta = None if self.map.momentum is None else float(np.clip(pos.y(), 0.0, BETA_MAX))
        self.alpha_chosen.emit(rounded(lr, 3), None if beta is None else rounded(beta, 2))


def wrapped(text: str, fm: QFontMetrics, room: float, most: int = 3) -> str | None:
    """The text broken at its spaces into at most `most` lines, each within `room` pixels
    in the font of `fm`; None if it cannot be."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    fits = len(lines) <= most and all(fm.horizontalAdvance(line) <= room for line in lines)
    return "\n".join(lines) if fits else None
