"""The diagram's neurons and bias markers: scatter marks recoloured at every step while playing.

pyqtgraph's ScatterPlotItem copies each mark from a pixmap atlas holding one picture per
(symbol, size, pen, brush) it has met; each new colour is rasterised into it (a 64-pixel circle
with its outline: ~0.3 M instructions) and the whole atlas made a pixmap again. A network
playing gives its neurons new colours at every step, so most frames paid for that. `Marks`
draws each mark's fill straight onto the view (a filled circle or square, no pen) under its
outline: one antialiased picture per size (the symbol's pen, no brush), the same for every
mark, that covers the fill's edge. Nothing is rasterised into a cache when a colour changes.

It is still a ScatterPlotItem (its data, sizes, pens, brushes and export as before): marks
of another symbol, of several sizes or pens, or painted for export (SVG, PDF, a picture of the
window) are drawn by pyqtgraph as vector shapes, one by one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPaintEngine, QPainter, QPen, QPixmap

SHAPES = ("o", "s")  # the symbols drawn here; others by pyqtgraph
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class Marks(pg.ScatterPlotItem):
    """A ScatterPlotItem in pixel mode whose marks, all of one symbol ("o" or "s"), size and
    pen, are painted without a symbol atlas (see the module's docstring)."""

    _maxSpotPxWidth: float  # pyqtgraph's: the widest mark in pixels, pen included

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, useCache=False, pxMode=True, **kwargs)
        self._outline: tuple[tuple, QPixmap] | None = None  # its key and the picture

    def paint(self, p: QPainter, option: Any, widget: Any = None) -> None:
        data = self.data
        symbol, size, pen = self.opts["symbol"], float(self.opts["size"]), self.opts["pen"]
        if (self._exportOpts is not False or p.paintEngine().type() != QPaintEngine.Type.Raster
                or symbol not in SHAPES or len(data) == 0 or np.any(data["size"] >= 0)
                or any(s is not None for s in data["symbol"])
                or any(q is not None for q in data["pen"])):
            super().paint(p, option, widget)
            return
        dpr = widget.devicePixelRatioF() if widget is not None else p.device().devicePixelRatioF()
        outline = self.outline(symbol, size, pen, dpr)
        half = outline.width() / dpr / 2  # the symbol's centre in its outline's picture
        t = p.transform()  # the marks' centres in device pixels, placed so that the outline
        x = t.m11() * data["x"] + t.m21() * data["y"] + t.dx() - half  # falls on whole pixels
        y = t.m12() * data["x"] + t.m22() * data["y"] + t.dy() - half
        x = np.floor(np.clip(x, -2**30, 2**30) * dpr + 0.5) / dpr + half  # (as Qt rounds)
        y = np.floor(np.clip(y, -2**30, 2**30) * dpr + 0.5) / dpr + half
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        default, s = self.opts["brush"], size / 2
        fill = p.drawEllipse if symbol == "o" else p.drawRect
        for cx, cy, brush in zip(x.tolist(), y.tolist(), data["brush"].tolist()):
            p.setBrush(default if brush is None else brush)
            fill(QRectF(cx - s, cy - s, size, size))
        for cx, cy in zip(x.tolist(), y.tolist()):
            p.drawPixmap(QPointF(cx - half, cy - half), outline)

    def updateSpots(self, dataSet: Any = None) -> None:  # noqa: N802  (pyqtgraph's name)
        """After new colours: the marks painted again. pyqtgraph would also measure every mark
        (in Python) for its largest size; all of one size and pen, that is the item's own."""
        data = self.data if dataSet is None else dataSet
        if (data is not self.data or np.any(data["size"] >= 0)
                or any(q is not None for q in data["pen"])):
            super().updateSpots(dataSet)
            return
        width = float(self.opts["size"]) + self.opts["pen"].widthF()
        if width > self._maxSpotPxWidth:
            self._maxSpotPxWidth, self.bounds = width, [None, None]
        self.invalidate()

    def outline(self, symbol: str, size: float, pen: QPen, dpr: float) -> QPixmap:
        """The symbol's outline alone, antialiased, as pyqtgraph's atlas would draw it: made
        once per symbol, size, pen and pixel ratio."""
        key = (symbol, size, pen.color().rgba(), pen.widthF(), pen.isCosmetic(), dpr)
        if self._outline is None or self._outline[0] != key:
            image: QImage = renderSymbol(symbol, size, pen, NO_BRUSH, dpr=dpr)
            self._outline = (key, QPixmap.fromImage(image))
        return self._outline[1]

