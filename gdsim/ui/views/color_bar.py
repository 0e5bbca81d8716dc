"""The diagram's colour scales: a diverging map centred on zero (orange negative, white zero,
blue positive) and a compact bar of it with numeric ticks and its quantity's name."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem

from gdsim.ui.style import DIVERGING_MAP, finite
from gdsim.ui.text import SHORT, fmt
from gdsim.ui.views.axes import GAP, NumberAxis
from gdsim.ui.views.diagram_texts import show_html

LUT = DIVERGING_MAP.getLookupTable(nPts=256, alpha=False)
WIDEST = -1.23456e-5  # the widest tick a scale may have: "−1.23e−05"
STOPS = (0, 0.5, 1)  # where a horizontal bar's ticks stand: −max, 0, max
MARGIN = 0.15  # of a horizontal bar's length, each side of its ramp


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


class KeptText(QGraphicsTextItem):
    """A text item whose rich text is shown through kept documents (`show_html`)."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.documents: dict[str, QTextDocument] = {}

    def setHtml(self, html: str) -> None:  # noqa: N802  (Qt's name)
        show_html(self, html, self.documents)


class Title(pg.LabelItem):
    """A colour bar's title, which changes with the quantity shown (a, δ; w, ∂J/∂w, Δw: most
    steps while playing): each text it has shown keeps its laid-out document."""

    def __init__(self, text: str, **args: Any) -> None:
        super().__init__(text, **args)
        made: QGraphicsTextItem = self.item  # pyqtgraph's text item, for one keeping documents
        made.setVisible(False)
        self.item: QGraphicsTextItem = KeptText(self)
        self.setText(text)


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
        self.label = Title("", color="k", justify="right" if horizontal else "center")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        ramp = np.linspace(0, 1, 256)
        self.image = pg.ImageItem(ramp[:, None] if horizontal else ramp[None, :])
        self.image.setLookupTable(LUT)
        self.image.setRect(0, 0, 1, 1)
        self.addItem(self.image)
        self.setXRange(-MARGIN if horizontal else 0, 1 + MARGIN if horizontal else 1, padding=0)
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
        stops = STOPS if self.horizontal else (0, 0.25, 0.5, 0.75, 1)
        labels = [(u, fmt((2 * u - 1) * vmax, SHORT)) for u in stops]
        if labels != self._labels:  # a new scale whose ticks read alike is not laid out again
            self._labels = labels
            self.ticks.setTicks([labels, []])

    def least_width(self) -> float:
        """A horizontal bar's width, title included, at which its widest ticks (−1.23e−05, 0,
        1.23e−05) all stand GAP apart: each end label where its tick is, or moved inside the
        bar, both ways clear of the 0 in the middle."""
        axis = self.ticks
        fm = QFontMetrics(axis.style.get("tickFont") or axis.font())
        end, middle = fm.horizontalAdvance(fmt(WIDEST, SHORT)), fm.horizontalAdvance("0")
        step = (STOPS[1] - STOPS[0]) / (1 + 2 * MARGIN)  # between two ticks, of the length
        moved = 2 * end + middle + 2 * GAP
        in_place = ((end + middle) / 2 + GAP) / step
        return self.title_width * self.size_scale + max(moved, in_place) + 2 * GAP


class Legends:
    """`n` horizontal colour bars with their titles (`height` and `title_width` as ColorBar's)
    under `view` in its pyqtgraph layout, bar i's title and bar in columns 2i and 2i + 1: side
    by side while each has its `least_width`, else one under another (a narrow diagram squeezed
    two until their ticks were dropped). They follow the view's width as it is resized."""

    def __init__(self, layout: pg.GraphicsLayout, view: pg.ViewBox, n: int, height: float,
                 title_width: float) -> None:
        self.layout = layout
        self.bars = [ColorBar(horizontal=True, height=height, title_width=title_width)
                     for _ in range(n)]
        self.row = layout.items[view][-1][0] + 1  # the rows under the view
        self.stacked: bool | None = None
        self.arrange(False)
        view.sigResized.connect(lambda: self.fit(view.width()))

    def fit(self, width: float) -> None:
        """Side by side or stacked, for a layout `width` pixels wide."""
        self.arrange(width < sum(bar.least_width() for bar in self.bars))

    def arrange(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        grid = self.layout.layout  # moved in Qt's grid (pyqtgraph's removeItem cannot find
        for i, bar in enumerate(self.bars):  # a label item, and takes it out of the scene)
            row, col = (self.row + i, 0) if stacked else (self.row, 2 * i)
            for item, at in ((bar.label, col), (bar, col + 1)):
                if self.stacked is None:
                    self.layout.addItem(item, row=row, col=at)
                else:
                    grid.removeItem(item)
                    grid.addItem(item, row, at)
            grid.setColumnStretchFactor(2 * i + 1, 0 if stacked and i else 1)
        self.stacked = stacked
