"""The decision region of a 2-input network: output neuron 1 (a^L_1) over the plane of the inputs,
with the data points coloured by their class: blue where neuron 1's target is high, else orange."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from gdsim.core.backprop import forward
from gdsim.core.datasets import DATASETS
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.style import DIVERGING_MAP, finite, racer_color
from gdsim.ui.views import LazyRender
from gdsim.ui.views.axes import number_axes

Array = NDArray[np.float64]
GRID = 60  # the image is GRID × GRID forward passes (one batch)
MESSAGE = tr_noop("decision region needs 2 inputs")


class DecisionRegionView(LazyRender, pg.PlotWidget):
    """`render(snapshot)`: a^L_1 over the data's bounding box, recomputed only when θ changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w", axisItems=number_axes())
        self.plot = self.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", "x<sub>1</sub>")
        self.plot.setLabel("left", "x<sub>2</sub>")
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setOpacity(0.85)
        self.points = pg.ScatterPlotItem(size=8, pen=pg.mkPen((40, 40, 40), width=1))
        self.setToolTip(tr("Colour: the network's output neuron 1 at each point of the plane. "
                           "Dots: the data, blue where neuron 1 should be high, orange "
                           "elsewhere. With more than two classes: the class the network "
                           "predicts at each point, and each sample in its true class's "
                           "colour."))
        self.points.setZValue(5)
        self.message = pg.TextItem(tr(MESSAGE), color=(80, 80, 80), anchor=(0.5, 0.5))
        for item in (self.image, self.points, self.message):
            self.plot.addItem(item)
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=DIVERGING_MAP, interactive=False,
                                   width=12,
                                   label="a<sup>L</sup><sub>1</sub>")
        self.bar.setImageItem(self.image, insert_in=self.plot)
        self.bar.axis.setWidth(QFontMetrics(self.font()).horizontalAdvance("0.88") + 8)
        self.classes: pg.ImageItem | None = None  # more than two classes: the predicted one
        self.net: Any = None  # the network the image was computed for
        self.values: Array | None = None

    def forget_drawn(self) -> None:
        self.net = None

    def draw(self, snap: Any) -> None:
        net = getattr(snap, "net", None)
        if net is None or net is self.net:
            return
        self.net = net
        two = net.sizes[0] == 2
        for item in (self.image, self.points, self.bar):
            item.setVisible(two)
        self.message.setVisible(not two)
        if self.classes is not None:
            self.classes.setVisible(False)
        if not two:
            self.plot.setTitle("")
            self.plot.setXRange(-1, 1)
            self.plot.setYRange(-1, 1)
            self.message.setPos(0, 0)
            return
        X, Y = snap.data
        if Y.shape[1] > 2:  # more than two classes: the class each point is given
            self._draw_classes(snap, X, Y)
            return
        lo, hi = X.min(axis=0), X.max(axis=0)
        pad = np.maximum((hi - lo) * 0.1, 0.5)
        lo, hi = lo - pad, hi + pad
        xs, ys = np.linspace(lo[0], hi[0], GRID), np.linspace(lo[1], hi[1], GRID)
        g1, g2 = np.meshgrid(xs, ys, indexing="ij")  # [x index, y index]: col-major
        with np.errstate(all="ignore"):
            out = forward(net, np.column_stack([g1.ravel(), g2.ravel()])).a[-1][:, 0]
        self.values = finite(out).reshape(GRID, GRID)
        if net.f[-1].probabilities:  # sigmoid or softmax: outputs in [0, 1]
            levels = (0.0, 1.0)
        else:
            top = float(max(np.abs(self.values).max(), np.abs(Y[:, 0]).max(), 1e-12))
            levels = (-top, top)
        self.bar.setLevels(levels)
        step = (hi - lo) / (GRID - 1)
        self.image.setImage(self.values, autoLevels=False, levels=levels,
                            rect=(lo[0] - step[0] / 2, lo[1] - step[1] / 2,
                                  hi[0] - lo[0] + step[0], hi[1] - lo[1] + step[1]))
        target = Y[:, 0]
        if np.unique(target).size == 2:  # two classes: the one neuron 1 answers for is blue
            unit = (target == target.max()).astype(float)
        else:
            unit = np.clip((target - levels[0]) / (levels[1] - levels[0]), 0, 1)
        self.points.setData(X[:, 0], X[:, 1], brush=DIVERGING_MAP.map(unit, mode="qcolor"))
        title = tr("a<sup>L</sup><sub>1</sub> (output neuron 1)")
        names = self._file_classes(snap, Y)
        if names is not None and len(names) == 2:  # a file's classes, by name: 0 is neuron 1's
            high, low = (DIVERGING_MAP.map(v, mode="qcolor").name() for v in (1.0, 0.0))
            title += (f": <span style='color:{high}'>●</span> {names[0]} "
                      f"<span style='color:{low}'>●</span> {names[1]}")
        self.plot.setTitle(title, color="k")

    @staticmethod
    def _file_classes(snap: Any, Y: Array) -> tuple[str, ...] | None:
        """A data file's class names (the built-in sets' 0 and 1 need no key)."""
        from gdsim.core.training import class_names

        settings = snap.settings
        return class_names(settings, Y.shape[1]) if DATASETS[settings.data].file else None

    def _draw_classes(self, snap: Any, X: Array, Y: Array) -> None:
        """k > 2 classes: the plane coloured by the predicted class (light), the samples by
        their true class, the classes named in the title in their colours."""
        from gdsim.core.training import class_names

        self.bar.setVisible(False)
        self.image.setVisible(False)
        if self.classes is None:  # an RGB picture of its own: the bar's colour map is a^L_1's
            self.classes = pg.ImageItem(axisOrder="col-major")
            self.classes.setOpacity(0.85)
            self.plot.addItem(self.classes)
        self.classes.setVisible(True)
        lo, hi = X.min(axis=0), X.max(axis=0)
        pad = np.maximum((hi - lo) * 0.1, 0.5)
        lo, hi = lo - pad, hi + pad
        xs, ys = np.linspace(lo[0], hi[0], GRID), np.linspace(lo[1], hi[1], GRID)
        g1, g2 = np.meshgrid(xs, ys, indexing="ij")
        with np.errstate(all="ignore"):
            out = forward(self.net, np.column_stack([g1.ravel(), g2.ravel()])).a[-1]
        colours = np.array([pg.mkColor(racer_color(c)).getRgb()[:3] for c in range(Y.shape[1])],
                           dtype=float)
        light = (255 - 0.45 * (255 - colours)).astype(np.uint8)  # the same hues, paler
        self.values = np.argmax(finite(out), axis=1).reshape(GRID, GRID).astype(float)
        step = (hi - lo) / (GRID - 1)
        self.classes.setImage(light[self.values.astype(int)], autoLevels=False, levels=(0, 255),
                              rect=(lo[0] - step[0] / 2, lo[1] - step[1] / 2,
                                          hi[0] - lo[0] + step[0], hi[1] - lo[1] + step[1]))
        truth = Y.argmax(axis=1)
        self.points.setData(X[:, 0], X[:, 1], brush=[pg.mkBrush(racer_color(int(c)))
                                                     for c in truth])
        names = class_names(snap.settings, Y.shape[1]) or ()
        key = " ".join(f"<span style='color:{racer_color(c)}'>●</span> {name}"
                       for c, name in enumerate(names))
        self.plot.setTitle(key, color="k")
