"""The diagram's colour scales: a diverging map centred on zero (orange negative, white zero,
blue positive) and a vertical bar of it with numeric ticks."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from gdsim.ui.style import DIVERGING_MAP
from gdsim.ui.text import short

LUT = DIVERGING_MAP.getLookupTable(nPts=256, alpha=False)


def color_of(v: float, vmax: float) -> QColor:
    """The colour of v on the diverging scale −vmax … +vmax."""
    k = int(np.clip(round((v / vmax + 1) / 2 * 255), 0, 255))
    return QColor(*(int(c) for c in LUT[k]))


class ColorBar(pg.PlotItem):
    """A vertical colour scale with numeric ticks; its title (the quantity) sits in `label`,
    a cell of the outer layout as wide as the bar and its ticks together."""

    def __init__(self) -> None:
        super().__init__()
        self.label = pg.LabelItem("", color="k")
        self.hideAxis("bottom")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.image = pg.ImageItem(np.linspace(0, 1, 256)[None, :])
        self.image.setLookupTable(LUT)
        self.image.setRect(0, 0, 1, 1)
        self.addItem(self.image)
        self.setXRange(0, 1, padding=0)
        self.setYRange(0, 1, padding=0.01)
        self.getAxis("left").setTextPen("k")
        self.getAxis("left").setWidth(58)
        self._title, self._vmax = "", 0.0

    def set_scale(self, title: str, vmax: float) -> None:
        if self._title != title:
            self._title = title
            self.label.setText(title, color="k")
        if self._vmax != vmax:
            self._vmax = vmax
            self.getAxis("left").setTicks([[(u, short((2 * u - 1) * vmax))
                                            for u in (0, 0.25, 0.5, 0.75, 1)], []])
