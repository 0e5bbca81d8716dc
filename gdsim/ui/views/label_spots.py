"""A plot's labels placed apart (the contour view's OA, AP, OP, OQ and the directions of figure
3-10): each in turn at the first of its spots where it lies wholly inside the plot and touches
no label placed before it and no marker (the minimum's star, O); a label with no such spot is
not drawn, and its words are its arrow's tooltip. Their font is one size: presentation mode
scales them alike (a label is left out rather than shrunk). `apart` keeps labels that have
one place each (the diagram's edge values) off each other."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QRectF

Anchor = tuple[float, float]
Spot = tuple[NDArray[np.float64], Anchor]  # a point in the view's coordinates, the anchor there
ANCHORS: tuple[Anchor, ...] = ((0, 1), (1, 1), (0, 0), (1, 0), (0.5, 1), (0.5, 0), (0, 0.5),
                               (1, 0.5),  # beside the point, then a line's height off it
                               (0, 1.8), (1, 1.8), (0, -0.8), (1, -0.8), (0.5, 1.8),
                               (0.5, -0.8))
ALONG = (0.5, 0.3, 0.7, 0.15, 0.85, 1.0, 0.0)  # fractions of an arrow, from its start
GAP = 2.0  # pixels kept between two labels, and between a label and a marker


def spots(start: NDArray[np.float64], end: NDArray[np.float64], at: float,
          anchor: Anchor) -> list[Spot]:
    """Where a label of the arrow start → end may stand: its own spot first (`at` along it, on
    its `anchor` side), then the others along the arrow on every side."""
    fractions, anchors = _order(at, tuple(anchor))
    points = start + fractions * (np.asarray(end, float) - start)  # one array, not one a spot
    return list(zip(points, anchors))


@functools.cache
def _order(at: float, anchor: Anchor) -> tuple[NDArray[np.float64], tuple[Anchor, ...]]:
    """The spots of `spots` as fractions along the arrow (a column) and anchors, in order."""
    order = dict.fromkeys((f, a) for f in (at, *ALONG) for a in (anchor, *ANCHORS))
    return np.array([f for f, _ in order], float)[:, None], tuple(a for _, a in order)


def scene_rect(text: pg.TextItem) -> QRectF:
    """The label's box (its fill included) in scene pixels, its transform brought up to date
    (pyqtgraph does so when it paints; it costs nothing when its view's scale has not changed)."""
    text.updateTransform()
    return text.mapRectToScene(text.boundingRect())


def place(labels: Sequence[tuple[pg.TextItem, list[Spot]]], box: QRectF,
          taken: Sequence[QRectF]) -> list[pg.TextItem]:
    """Each label at its first spot inside `box` and clear of `taken` and the labels placed
    before it; those with none are hidden and returned."""
    kept, hidden = list(taken), []
    for text, candidates in labels:
        for point, anchor in candidates:
            text.setPos(float(point[0]), float(point[1]))
            text.setAnchor(anchor)
            rect = scene_rect(text)
            if box.contains(rect) and not any(
                    rect.adjusted(-GAP, -GAP, GAP, GAP).intersects(other) for other in kept):
                kept.append(rect)
                break
        else:
            text.setVisible(False)
            hidden.append(text)
    return hidden


def apart(labels: Sequence[pg.TextItem], shown: bool) -> None:
    """Labels at places of their own (the diagram's edge values): each drawn, if `shown` and
    not empty, unless it would touch one drawn before it — its value is then on hover (two
    crossing edges of 3-4-2 printed "−0.07‹0.0709")."""
    view = labels[0].getViewBox() if labels else None
    if isinstance(view, pg.ViewBox):
        view.prepareForPaint()  # its range as it will be painted (not the whole scene's items)
    kept: list[QRectF] = []
    for label in labels:
        drawn = shown and bool(label.toPlainText())
        if drawn:
            rect = standing_rect(label)
            wide = rect.adjusted(-GAP, -GAP, GAP, GAP)
            drawn = not any(wide.intersects(other) for other in kept)
            if drawn:
                kept.append(rect)
        if drawn != label.isVisible():
            label.setVisible(drawn)


def standing_rect(text: pg.TextItem) -> QRectF:
    """The label's box in scene pixels, drawn or not (`scene_rect` needs it drawn): its text's
    box beside its point as its anchor puts it, unscaled as a TextItem is drawn."""
    return text.boundingRect().translated(text.scenePos())
