"""The sharpness curve: λmax of the Hessian of J(θ) at θ_0 … θ_k of the network's training
(`gdsim.core.sharpness`, on the whole data set), beside the line 2/α — gradient descent is
stable near θ only while λmax < 2/α, so the curve climbing to the line says α has become too
large for the valley the network walked into.

The view replays the training with a run of its own (the same scenario: the same θ_k) and
computes one λmax per event-loop turn, each power iteration started from the direction the one
before found, only while the view is in sight. Past POINTS steps it takes every n-th step."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from gdsim.core.modes import Mode
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.core.sharpness import sharpness
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.i18n import tr
from gdsim.ui.style import DIVERGED_COLOR, cache_axes
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.axes import NumberAxis

POINTS = 200  # at most this many λmax over a run's step limit


class SharpnessView(LazyRender, pg.PlotWidget):
    """`render(snapshot)`: λmax over the steps up to k, computed a step at a time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w", axisItems={
            "bottom": NumberAxis("bottom", whole=True), "left": NumberAxis("left")})
        self.plot = self.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        cache_axes(self.plot)
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#2166ac", width=2), symbol="o",
                                     symbolSize=4, symbolBrush="#2166ac", symbolPen=None)
        self.limit = pg.InfiniteLine(angle=0, pen=pg.mkPen(DIVERGED_COLOR, width=2,
                                                           style=Qt.PenStyle.DashLine))
        self.limit_label = pg.TextItem("", color=DIVERGED_COLOR, anchor=(1, 0),
                                       fill=(255, 255, 255, 210))
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", width=1,
                                                             style=Qt.PenStyle.DashLine))
        for item in (self.curve, self.limit, self.limit_label, self.marker):
            self.plot.addItem(item)
        self.retranslate_words()
        self.values: dict[int, float] = {}  # step → λmax(θ_step)
        self._vector: np.ndarray | None = None  # where the last power iteration ended
        self._run: Run | None = None
        self._key: object = None  # the training the values belong to
        self._snap: NetworkSnapshot | None = None
        self._scheduled = False  # a computation is scheduled

    def retranslate_words(self) -> None:
        self.plot.setLabel("left", "λmax")
        self.setToolTip(tr("Sharpness: λmax of the Hessian of J(θ_k) on the whole data set at "
                           "each step, beside 2/α: gradient descent is stable only while λmax "
                           "< 2/α"))
        self.plot.setLabel("bottom", tr("step k (iterations)"))

    def steps(self, k: int, max_steps: int) -> list[int]:
        """The steps whose λmax the curve shows up to k: every n-th, n = ⌈max_steps/POINTS⌉."""
        every = max(1, math.ceil(max_steps / POINTS))
        return sorted({*range(0, k + 1, every), k})

    def draw(self, snap: NetworkSnapshot) -> None:
        key = (snap.settings, snap.max_steps)
        if key != self._key:  # another training: the values start again
            self._key, self.values, self._vector = key, {}, None
            self._run = Run(Scenario(mode=Mode.NETWORK, network=snap.settings,
                                     max_steps=snap.max_steps))
        self._snap = snap
        limit = 2 / snap.lr if snap.lr > 0 else None
        self.limit.setVisible(limit is not None)
        self.limit_label.setVisible(limit is not None)
        if limit is not None:
            self.limit.setValue(limit)
            self.limit_label.setText(f"2/α = {fmt(limit)}")
        self.marker.setValue(snap.k)
        self._show()
        self._schedule()

    def _missing(self) -> list[int]:
        snap = self._snap
        if snap is None:
            return []
        return [k for k in self.steps(snap.k, snap.max_steps) if k not in self.values]

    def _schedule(self) -> None:
        if self._missing() and not self._scheduled and self._shown:
            self._scheduled = True
            QTimer.singleShot(0, self, self._compute_one)

    def _compute_one(self) -> None:
        """λmax at the first step still missing, warm-started; then the next, a turn later."""
        self._scheduled = False
        missing = self._missing()
        if not missing or self._run is None or self._snap is None or not self._shown:
            return
        k = missing[0]
        X, Y = self._snap.data
        state = self._run.seek(k)
        if self._run.k == k and isinstance(state, NetworkSnapshot):
            found = sharpness(state.net, X, Y, start=self._vector)
            self.values[k], self._vector = found.value, found.vector
        else:  # the run stops before k (it diverged): nothing to compute there
            self.values[k] = math.nan
        self._show()
        self._schedule()

    def _show(self) -> None:
        snap = self._snap
        if snap is None:
            return
        ks = np.array(sorted(k for k in self.values if k <= snap.k), dtype=float)
        lam = np.array([self.values[int(k)] for k in ks])
        self.curve.setData(ks, lam, connect="finite")
        top = max([v for v in lam if np.isfinite(v)] + [2 / snap.lr if snap.lr > 0 else 0.0,
                                                        1e-12])
        bottom = min([v for v in lam if np.isfinite(v)] + [0.0])
        self.plot.setXRange(0, max(snap.k, 1), padding=0.02)
        self.plot.setYRange(bottom, 1.1 * top, padding=0.02)
        if snap.lr > 0:
            self.limit_label.setPos(max(snap.k, 1), 2 / snap.lr)

    def set_shown(self, shown: bool) -> None:
        super().set_shown(shown)
        self._schedule()
