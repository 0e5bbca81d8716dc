"""The diagram's colour scales: a diverging map centred on zero (orange negative, white zero,
blue positive) and a compact bar of it with numeric ticks and its quantity's name."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QBrush, QColor

from gdsim.ui.style import DIVERGING_MAP, finite
from gdsim.ui.text import SHORT, fmt
from gdsim.ui.views.axes import NumberAxis

LUT = DIVERGING_MAP.getLookupTable(nPts=256, alpha=False)


def color_of(v: float, vmax: float) -> QColor:
    """The colour of v on the diverging scale −vmax … +vmax."""
    k = int(np.clip(round((v / vmax + 1) / 2 * 255), 0, 255))
    return QColor(*(int(c) for c in LUT[k]))


def scale_brushes(layers: list[NDArray[Any] | None], shown: list[NDArray[Any]], vmax: float,
                  brushes: list[QBrush], grey: QBrush) -> list[QBrush]:
    """The brush of each value shown (layers[t][shown[t]]) on the scale −vmax … +vmax, one of
    `brushes` (one per entry of LUT); `grey` for the whole of a layer not known yet (None)."""
    out: list[QBrush] = []
    for values, which in zip(layers, shown):
        if values is None:
            out += [grey] * len(which)
            continue
        u = np.clip(np.round((finite(values[which]) / vmax + 1) * 127.5), 0, 255)
        out += [brushes[k] for k in u.astype(np.int64).tolist()]
    return out


def recolour(item: pg.ScatterPlotItem, brushes: list[QBrush]) -> None:
    """`item.setBrush(brushes)` unless every spot has its brush already (most frames of a run
    keep every colour of the scale): pyqtgraph restyles each spot on every call."""
    current = item.data["brush"]
    if len(current) != len(brushes) or any(a is not b for a, b in zip(current, brushes)):
        item.setBrush(brushes)


class ColorBar(pg.PlotItem):
    """A colour scale with numeric ticks; its title (the quantity) sits in `label`, a cell of
    the outer layout beside the bar. Vertical (ticks on the left) or horizontal (ticks below,
    a legend a few lines high to sit under a view). `height` (horizontal) and `title_width`
    (when not 0) are fixed, in pixels, and grow with `set_size_scale` (presentation mode). Its
    ticks are a NumberAxis': the labels at the ends (−max, max) are kept inside the bar's
    room, never dropped, whatever their font."""

    def __init__(self, horizontal: bool = False, height: float = 40.0,
                 title_width: float = 0.0) -> None:
        super().__init__(axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.horizontal = horizontal
        self.height_px, self.title_width = height, title_width
        self.label = pg.LabelItem("", color="k", justify="right" if horizontal else "center")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        ramp = np.linspace(0, 1, 256)
        self.image = pg.ImageItem(ramp[:, None] if horizontal else ramp[None, :])
        self.image.setLookupTable(LUT)
        self.image.setRect(0, 0, 1, 1)
        self.addItem(self.image)
        self.setXRange(-0.15, 1.15, padding=0) if horizontal else self.setXRange(0, 1, padding=0)
        self.setYRange(0, 1, padding=0 if horizontal else 0.01)
        self.ticks = self.getAxis("bottom" if horizontal else "left")
        self.hideAxis("left" if horizontal else "bottom")
        self.ticks.setTextPen("k")
        if not horizontal:
            self.ticks.setWidth(58)
        self.size_scale = 1.0
        self.set_size_scale(1.0)
        self._title = ""
        self._labels: list[tuple[float, str]] | None = None  # the ticks laid out

    def set_size_scale(self, scale: float) -> None:
        """The bar's fixed height and its title's room times `scale` (its text grows by it in
        presentation mode; 1 puts them back)."""
        self.size_scale = scale
        if self.horizontal:
            height = self.height_px * scale
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)
            self.label.setMaximumHeight(height)
        if self.title_width:
            self.label.setMinimumWidth(self.title_width * scale)
            self.label.setMaximumWidth(self.title_width * scale)

    def set_scale(self, title: str, vmax: float) -> None:
        if self._title != title:
            self._title = title
            self.label.setText(title, color="k")
        stops = (0, 0.5, 1) if self.horizontal else (0, 0.25, 0.5, 0.75, 1)
        labels = [(u, fmt((2 * u - 1) * vmax, SHORT)) for u in stops]
        if labels != self._labels:  # a new scale whose ticks read alike is not laid out again
            self._labels = labels
            self.ticks.setTicks([labels, []])
