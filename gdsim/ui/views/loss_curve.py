"""The loss curve: J against k for every racer, a marker at step k. Log scale as an option, and
by default once J spans more than six decades; a diverging J is drawn as it is, up to its last
finite value (no ceiling that would flatten it). A J an open lesson question asks about is not
drawn until it is answered."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from gdsim.core.run import SurfaceSnapshot
from gdsim.ui.i18n import tr
from gdsim.ui.style import cache_axes, nice_ceiling, racer_color
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender, SurfaceLike
from gdsim.ui.views.axes import number_axes

DECADES = 6  # J spanning more than this many powers of ten turns the log scale on
TEST_PEN = pg.mkPen("#6a3d9a", width=2, style=pg.QtCore.Qt.DashLine)  # J on the test set


def drawable(J: np.ndarray) -> np.ndarray:
    """J up to its last finite value: a run that overflowed stops there, nothing is clipped."""
    J = np.asarray(J, float)
    bad = np.flatnonzero(~np.isfinite(J))
    return J[: bad[0]] if len(bad) else J


class LossCurveView(LazyRender, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w", axisItems=number_axes(bottom=True))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLabel("bottom", tr("step k (iterations)"))
        self.plot.setLabel("left", "J")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.getViewBox().setLimits(xMin=-1)
        self.plot.disableAutoRange()
        cache_axes(self.plot)
        self._range: tuple[float, float, float] | None = None  # x end, y low, y high shown
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", width=1,
                                                             style=pg.QtCore.Qt.DashLine))
        self.plot.addItem(self.marker)
        self.start = pg.TextItem(color="k", anchor=(0, 1.2))  # J₀ at step 0: one point
        self.plot.addItem(self.start)
        self.log = QCheckBox(tr("Log scale"))
        self.log.setToolTip(tr("Show J on a logarithmic axis (only when every J is positive)"))
        self.log.toggled.connect(self._on_log_toggled)
        self.log.clicked.connect(self._on_log_clicked)
        self._log_chosen = False  # the user ticked or unticked it: no automatic choice then
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.log)
        self.curves: list[pg.PlotDataItem] = []
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="k")
        self._labels: tuple[str, ...] = ()
        self._last: SurfaceLike | None = None

    def _on_log_clicked(self, _on: bool) -> None:
        self._log_chosen = True

    def _on_log_toggled(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        self._range = None
        if self._last is not None:
            self.draw(self._last)

    def draw(self, snap: SurfaceLike) -> None:
        self._last = snap
        h = snap.hidden  # an open lesson question's J_k: the curve stops before it
        series = [drawable(snap.costs(i))[: h.k if h.cost(h.k, i) else None]
                  for i in range(len(snap.points))]
        labels = tuple(snap.labels)
        test = None if isinstance(snap, SurfaceSnapshot) else snap.test_costs
        if test is not None:  # a held-out test set: its J beside the training J
            series.append(drawable(test))
            labels = (tr("training J"), tr("test J"))
        if self._labels != labels:
            for c in self.curves:
                self.plot.removeItem(c)
            self.legend.clear()
            pens = [pg.mkPen(racer_color(i), width=2) for i in range(len(labels))]
            if test is not None:
                pens[-1] = TEST_PEN
            self.curves = [self.plot.plot(pen=pen, name=label)
                           for pen, label in zip(pens, labels, strict=True)]
            for c in self.curves:  # peak-downsampled to 2 points a pixel column (the same
                c.opts["autoDownsampleFactor"] = 1.0  # outline; a third of the paint time)
            self.legend.setVisible(len(labels) > 1)  # a race, or a test set: which is which
            self._labels = labels
        positive = all(bool((s > 0).all()) for s in series)
        self.log.setEnabled(positive or self.log.isChecked())
        if positive and not self._log_chosen:
            values = np.concatenate(series)
            wide = bool(values.size and values.max() > 10.0**DECADES * values.min())
            if wide != self.log.isChecked():
                self.log.setChecked(wide)  # draws again through _on_log_toggled
                return
        low, high = np.inf, -np.inf
        for curve, J in zip(self.curves, series):
            if len(J) == 0:
                curve.setData([], [])
                continue
            if self.log.isChecked():  # pyqtgraph takes the log; its range is in log10 units
                J = np.maximum(J, 1e-300)
            one = len(J) == 1  # step 0: J₀ alone, a point a line cannot draw
            curve.setData(np.arange(len(J)), J, symbol="o" if one else None, symbolSize=9,
                          symbolBrush=curve.opts["pen"].color(), symbolPen=None)
            shown = np.log10(J) if self.log.isChecked() else J
            low, high = min(low, float(shown.min())), max(high, float(shown.max()))
        if np.isfinite(low) and np.isfinite(high):
            self._fit_range(len(series[0]) - 1, low, high)
        self._show_start(series)
        self.marker.setValue(snap.k)

    def _show_start(self, series: list[np.ndarray]) -> None:
        """At step 0 the curve is the point J₀: its value beside it."""
        alone = len(series) == 1 and len(series[0]) == 1
        self.start.setVisible(alone)
        if alone:
            J0 = float(series[0][0])
            self.start.setText(f"J₀ = {fmt(J0)}")
            self.start.setPos(0.04, np.log10(max(J0, 1e-300)) if self.log.isChecked() else J0)

    def _fit_range(self, k: int, low: float, high: float) -> None:
        """Move the axes only when the curve leaves them, or fills a small part of them: the
        axes are then redrawn now and then, not on every step."""
        x_end = nice_ceiling(max(k, 1))
        shown = self._range
        pad = 0.05 * (high - low) or 0.5 * abs(high) or 1.0
        if shown is not None:
            _, y0, y1 = shown
            inside = y0 <= low and high <= y1
            snug = (high - low) > 0.5 * (y1 - y0)
            if shown[0] == x_end and inside and snug:
                return
        self._range = (x_end, low - pad, high + pad)
        self.plot.setXRange(-0.03 * x_end, x_end, padding=0)  # room for the point at k = 0
        self.plot.setYRange(low - pad, high + pad, padding=0)

    def picture(self) -> QWidget:
        """The plot without the log-scale box: what an exported figure shows."""
        return self.plot_widget
