"""Where the 3-D view's tick labels and axis titles go: each label has a few places to stand
(further and further from the surface); `place` keeps, in order of rank, the first place of
each label whose text on the screen overlaps neither a label already placed nor the surface's
footprint, and drops the label where none fits. Qt-free geometry but for the text's size."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QMatrix4x4, QPolygonF

Array = NDArray[np.float64]
GAP = 2.0  # pixels kept free around each label


@dataclass(frozen=True)
class Label:
    places: tuple[tuple[float, float, float], ...]  # where it may stand, best first (3-D)
    text: str
    font: QFont
    align: Qt.AlignmentFlag  # how the text stands to its point, as GLTextItem draws it
    rank: int  # placed in order of rank: 0 first


def screen_points(matrix: QMatrix4x4, points: Array, width: int, height: int) -> Array:
    """3-D display coordinates → pixels in a view of width × height (y down), through the
    view's projection × view matrix, as GLTextItem projects its position."""
    m = np.array(matrix.data(), float).reshape(4, 4).T  # Qt's data() is column-major
    p = np.column_stack([np.asarray(points, float).reshape(-1, 3), np.ones(len(points))])
    clip = p @ m.T
    w = np.where(np.abs(clip[:, 3]) < 1e-12, 1e-12, clip[:, 3])
    x, y = clip[:, 0] / w, clip[:, 1] / w
    return np.column_stack([(x + 1) / 2 * width, height - (y + 1) / 2 * height])


def _inside(xy: Array, quad: Array) -> NDArray[np.bool_]:
    """Which points lie strictly inside the convex quadrilateral `quad` (its corners in turn)."""
    a, b = quad, np.roll(quad, -1, axis=0)
    cross = ((b[:, 0] - a[:, 0])[None, :] * (xy[:, 1, None] - a[None, :, 1])
             - (b[:, 1] - a[:, 1])[None, :] * (xy[:, 0, None] - a[None, :, 0]))
    return np.asarray((cross > 0).all(axis=1) | (cross < 0).all(axis=1))


def footprint(points: Array) -> QPolygonF:
    """The convex hull of the points on the screen (Andrew's monotone chain)."""
    xy = np.asarray(points, float).reshape(-1, 2)
    xy = np.round(xy[np.isfinite(xy).all(axis=1)], 2)
    if len(xy) > 8:  # those strictly inside the extremes' quadrilateral are not on the hull
        xy = xy[~_inside(xy, xy[[xy[:, 0].argmin(), xy[:, 1].argmin(), xy[:, 0].argmax(),
                                 xy[:, 1].argmax()]])]
    pts = sorted(set(map(tuple, xy.tolist())))
    if len(pts) < 3:
        return QPolygonF([QPointF(x, y) for x, y in pts])

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return QPolygonF([QPointF(x, y) for x, y in lower[:-1] + upper[:-1]])


def text_rect(label: Label, point: Array) -> QRectF:
    """The rectangle the label's text covers when drawn at the screen point (GLTextItem's
    alignment: the tight box's width and height shift the baseline's start)."""
    metrics = QFontMetricsF(label.font)
    tight = metrics.tightBoundingRect(label.text)
    dx = dy = 0.0
    A = Qt.AlignmentFlag
    if label.align & A.AlignRight:
        dx = tight.width()
    if label.align & A.AlignHCenter:
        dx = tight.width() / 2
    if label.align & A.AlignTop:
        dy = tight.height()
    if label.align & A.AlignVCenter:
        dy = tight.height() / 2
    return tight.translated(float(point[0]) - dx, float(point[1]) + dy)


def place(labels: list[Label], points: list[Array], outline: QPolygonF,
          bounds: QRectF | None = None) -> list[int]:
    """For each label the index of the place it stands at (points[n][i] on the screen), or -1:
    in order of rank, the first place whose text rectangle (with GAP around) meets no label
    placed before, not the outline and stays inside `bounds`."""
    chosen = [-1] * len(labels)
    taken: list[QRectF] = []
    for n in sorted(range(len(labels)), key=lambda n: labels[n].rank):
        for i, point in enumerate(points[n]):
            if not np.all(np.isfinite(point)):
                continue
            rect = text_rect(labels[n], point).adjusted(-GAP, -GAP, GAP, GAP)
            if bounds is not None and not bounds.contains(rect):
                continue
            if any(rect.intersects(other) for other in taken):
                continue
            if outline.size() >= 3 and QPolygonF(rect).intersects(outline):
                continue
            chosen[n] = i
            taken.append(rect)
            break
    return chosen
