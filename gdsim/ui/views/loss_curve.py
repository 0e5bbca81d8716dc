"""The loss curve: J against k for every racer, log scale as an option, a marker at step k."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from gdsim.ui.style import finite, racer_color
from gdsim.ui.views import LazyRender


class LossCurveView(LazyRender, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLabel("bottom", "step k (iterations)")
        self.plot.setLabel("left", "J")
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.getViewBox().setLimits(xMin=0)
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", width=1,
                                                             style=pg.QtCore.Qt.DashLine))
        self.plot.addItem(self.marker)
        self.log = QCheckBox("Log scale")
        self.log.setToolTip("Show J on a logarithmic axis (only when every J is positive)")
        self.log.toggled.connect(self._on_log_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.log)
        self.curves: list[pg.PlotDataItem] = []
        self._last = None

    def _on_log_toggled(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        if self._last is not None:
            self.draw(self._last)

    def draw(self, snap: object) -> None:
        self._last = snap
        series = [snap.costs(i) for i in range(len(snap.points))]  # type: ignore[attr-defined]
        if len(self.curves) != len(series):
            for c in self.curves:
                self.plot.removeItem(c)
            self.curves = [self.plot.plot(pen=pg.mkPen(racer_color(i), width=2))
                           for i in range(len(series))]
        positive = all(bool((s > 0).all()) for s in series)
        self.log.setEnabled(positive or self.log.isChecked())
        for curve, J in zip(self.curves, series):
            J = finite(J)
            if self.log.isChecked():
                J = np.maximum(J, 1e-300)
            curve.setData(np.arange(len(J)), J)
        self.marker.setValue(snap.k)  # type: ignore[attr-defined]
