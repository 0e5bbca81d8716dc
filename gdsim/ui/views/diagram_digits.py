"""The diagram when the network reads images: the input layer drawn as the image of the sample
the neurons show (each pixel the input neuron's colour, on the neurons' scale), and an output
layer of classes as labelled bars (0 … 9 for the digits: the bar's length a^L_i, the predicted
class's bar coloured right or wrong, the true class's label marked)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QColor, QFontMetricsF

from gdsim.core.datasets import DATASETS
from gdsim.ui.i18n import tr
from gdsim.ui.views.color_bar import LUT
from gdsim.ui.views.diagram_layout import Geometry

Array = NDArray[np.float64]
RIGHT, WRONG, OTHER = QColor(30, 130, 50), QColor(200, 40, 40), QColor(150, 160, 175)


def image_side(snap: Any) -> int:
    """The side of the square images the network reads (8 for the digits), or 0: an input
    layer of s² neurons whose data set is of images s pixels wide."""
    data = DATASETS.get(str(getattr(getattr(snap, "settings", None), "data", "")))
    side = data.image_side if data is not None else 0
    return side if side and snap.net.sizes[0] == side * side else 0


def classes_out(snap: Any) -> bool:
    """Whether the output layer is one neuron per class of an image data set (bars then)."""
    return image_side(snap) > 0 and snap.net.sizes[-1] <= 20


class DigitsDecor:
    """The image and the bars; `add` puts an item in the diagram's view box."""

    def __init__(self, add: Any, geom: Geometry):
        self.geom = geom
        self.picture = add(pg.ImageItem(axisOrder="row-major"), 9)
        self.frame = add(pg.PlotCurveItem(pen=pg.mkPen((90, 90, 90), width=1)), 9.5)
        self.caption = add(pg.TextItem("", color=(60, 60, 60), anchor=(0.5, 0)), 12)
        self.bars = add(pg.BarGraphItem(x0=[], y=[], width=[], height=[]), 9)
        n = geom.sizes[-1]
        self.digits = [add(pg.TextItem(str(i), color=(40, 40, 40), anchor=(0, 0.5)), 12)
                       for i in range(n)]
        self.side = 0
        self.bars_on = False
        self.set_visible(0, False)
        self.place = (0.0, 0.0, 0.0, 0.0)  # the image's x, y, width, height
        self.bar_len = 0.0  # a^L_i = 1 as a length in the diagram's x units
        self.bar_x = self.bar_height = 0.0

    def set_visible(self, side: int, bars: bool) -> None:
        self.side, self.bars_on = side, bars
        for item in (self.picture, self.frame, self.caption):
            item.setVisible(side > 0)
        self.bars.setVisible(bars)
        for label in self.digits:
            label.setVisible(bars)

    def left_px(self, h_px: float, w_px: float) -> float:
        """Room the image needs left of the input column, in pixels."""
        return self.image_px(h_px, w_px) + 14 if self.side else 0.0

    @staticmethod
    def image_px(h_px: float, w_px: float) -> float:
        return float(np.clip(min(0.45 * h_px, 0.22 * w_px), 48, 240))

    def fit(self, r: float, ux: float, uy: float, h_px: float, w_px: float) -> None:
        """Place the image left of the input column and the bars right of the output layer."""
        g = self.geom
        if self.side:
            px = self.image_px(h_px, w_px)
            w, h = px * ux, px * uy
            x = g.x[0] - (r + 8) * ux - w
            y = -h / 2
            self.place = (x, y, w, h)
            self.picture.setRect(x, y, w, h)
            self.frame.setData([x, x + w, x + w, x, x], [y, y, y + h, y + h, y])
            self.caption.setPos(x + w / 2, y - 4 * uy)
        if self.bars_on:
            label_px = QFontMetricsF(self.digits[0].textItem.font()).horizontalAdvance("y = 0")
            start_px = r + 4 + label_px + 4
            room = (g.x_J - g.x[-1]) / ux - start_px - 20  # pixels up to J's node
            self.bar_len = max(room, 12.0) * ux
            self.bar_x = g.x[-1] + start_px * ux
            for i, label in enumerate(self.digits):
                label.setPos(g.x[-1] + (r + 4) * ux, g.y[-1][i])
            gap = float(np.min(np.abs(np.diff(g.y[-1])))) if len(g.y[-1]) > 1 else 1.0
            self.bar_height = 0.55 * gap

    def draw(self, snap: Any, pixels: Array | None, vmax: float | None) -> None:
        """pixels: the input neurons' values (None: not known, grey), coloured on the neurons'
        scale ±vmax, or on their own (None: the neurons show δ or z)."""
        g = self.geom
        if self.side:
            s = self.side
            if pixels is None:
                colours = np.full((s * s, 3), 222, np.uint8)
            else:
                top = vmax if vmax is not None else float(np.abs(pixels).max()) or 1.0
                colours = LUT[np.clip(np.round((pixels / top + 1) * 127.5), 0, 255).astype(int)]
            self.picture.setImage(colours.reshape(s, s, 3)[::-1], levels=(0, 255))
            self.caption.setText(tr("sample 1 as an {s}×{s} image").format(s=s))
        if self.bars_on:
            a = np.asarray(snap.fwd.a[-1][0], float)
            y = np.asarray(snap.y[0], float)
            guess, true = int(np.argmax(a)), int(np.argmax(y))
            brushes = [pg.mkBrush(RIGHT if i == guess == true else WRONG if i == guess
                                  else OTHER) for i in range(len(a))]
            widths = np.clip(np.nan_to_num(a), 0, 1) * self.bar_len
            self.bars.setOpts(x0=np.full(len(a), self.bar_x), y=g.y[-1],
                              width=widths, height=np.full(len(a), self.bar_height),
                              brushes=brushes, pens=[pg.mkPen(None)] * len(a))
            for i, label in enumerate(self.digits):
                text = f"y = {i}" if i == true else str(i)
                label.setText(text, color=RIGHT if i == true else (40, 40, 40))
