"""Plot axes whose tick labels read: numbers as the window writes them (`text.fmt`, no SI
prefix folded into the axis title: "∂J/∂l (x0.001)" read as a cut title), never drawn on each
other (at 200 % the loss curve's 0.2, 0.4, 0.6, 0.8 ran together), never dropped for standing
at an end of the axis (a label there is moved inside it: a colour bar lost its −max and max),
and whole numbers only on an axis that counts (steps). A side axis' short title ("J", "β",
"x₂") stands upright: "J" on its side read as a dash."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

from gdsim.ui.text import fmt

GAP = 4  # pixels kept between two tick labels
OVERHANG = 120  # pixels a label may stand past the axis' end before it is moved back inside
UPRIGHT = 3  # a left or right axis' title of up to this many letters is not turned on its side


class NumberAxis(pg.AxisItem):
    """`whole`: ticks on whole numbers only (a step count)."""

    laying_out = False  # True while generateDrawSpecs runs (boundingRect)

    def __init__(self, orientation: str, whole: bool = False, **kwargs: Any):
        super().__init__(orientation, **kwargs)
        self.whole = whole
        self.enableAutoSIPrefix(False)

    def upright(self) -> bool:
        """Whether the axis' title stands upright: a side axis' title of a letter or three."""
        return (self.orientation in ("left", "right") and self.label is not None
                and 0 < len(self.label.toPlainText().strip()) <= UPRIGHT)

    def setLabel(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802  (pyqtgraph's name)
        super().setLabel(*args, **kwargs)
        self.resizeEvent()  # turned (or not) for its new text, though the axis keeps its size

    def resizeEvent(self, ev: Any = None) -> None:  # noqa: N802  (Qt's name)
        """pyqtgraph's title on its side along a side axis, or upright at its outer edge,
        half-way along."""
        super().resizeEvent(ev)
        if self.label is None or self.orientation not in ("left", "right"):
            return
        upright = self.upright()
        self.label.setRotation(0 if upright else -90)
        if upright:
            box = self.label.boundingRect()
            x = 0.0 if self.orientation == "left" else self.size().width() - box.width()
            self.label.setPos(QPointF(x, (self.size().height() - box.height()) / 2))

    def _updateWidth(self) -> None:  # noqa: N802  (pyqtgraph's name)
        """pyqtgraph's width, with room for an upright title's width instead of its height."""
        super()._updateWidth()
        if self.upright() and self.label.isVisible() and self.fixedWidth is None:
            box = self.label.boundingRect()
            width = self.maximumWidth() - 0.8 * box.height() + box.width()
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.whole:
            return levels
        return [(s, o) for s, o in levels if s >= 1] or [(1.0, 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [fmt(0.0 if abs(v) < 1e-9 * abs(spacing) else v * scale) for v in values]

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        """pyqtgraph's; while the ticks are laid out (generateDrawSpecs), OVERHANG longer at
        both ends: pyqtgraph drops a label reaching past it, and this axis moves such a label
        back inside instead. Only then: the axis is cached as a pixmap (style.cache_axes), and
        a cached item whose rectangle reaches past the view is repainted in part, stale."""
        rect = super().boundingRect()
        if not self.laying_out:
            return rect
        if self.orientation in ("top", "bottom"):
            return rect.adjusted(-OVERHANG, 0, OVERHANG, 0)
        return rect.adjusted(0, -OVERHANG, 0, OVERHANG)

    def generateDrawSpecs(self, p: Any) -> Any:  # noqa: N802  (pyqtgraph's name)
        """pyqtgraph's ticks, each label moved inside the axis' length, less any label that
        would then touch one kept before it: the coarser levels come first, so the major
        ticks' labels stay."""
        self.laying_out = True
        try:
            specs = super().generateDrawSpecs(p)
        finally:
            self.laying_out = False
        if specs is None:
            return None
        axis, ticks, texts = specs
        horizontal = self.orientation in ("top", "bottom")
        area = self.mapRectFromParent(self.geometry())
        inside = [(within(rect, area, horizontal), flags, text) for rect, flags, text in texts]
        return axis, ticks, apart(inside, horizontal)


def within(rect: QRectF, area: QRectF, horizontal: bool) -> QRectF:
    """The label's rectangle moved along the axis, as little as can be, to lie inside `area`."""
    moved = QRectF(rect)
    if horizontal:
        moved.moveLeft(min(max(rect.left(), area.left()), area.right() - rect.width()))
    else:
        moved.moveTop(min(max(rect.top(), area.top()), area.bottom() - rect.height()))
    return moved


def apart(texts: list[tuple[QRectF, Any, str]], horizontal: bool) -> list[tuple[QRectF, Any, str]]:
    """The labels (rect, flags, text) in order, each kept if it keeps GAP from those kept."""
    kept: list[tuple[QRectF, Any, str]] = []
    for spec in texts:
        rect = spec[0]
        grown = (rect.adjusted(-GAP, 0, GAP, 0) if horizontal else
                 rect.adjusted(0, -GAP / 2, 0, GAP / 2))
        if not any(grown.intersects(other[0]) for other in kept):
            kept.append(spec)
    return kept


def number_axes(bottom: bool = False) -> dict[str, NumberAxis]:
    """A plot's left and bottom axes (the ones it shows) as NumberAxis; `bottom=True` counts
    whole numbers along the bottom one (pyqtgraph shows every axis it is handed)."""
    return {"left": NumberAxis("left"), "bottom": NumberAxis("bottom", whole=bottom)}
