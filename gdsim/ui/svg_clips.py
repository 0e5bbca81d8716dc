"""Where each plot of a picture clips its data, for the SVG export (`core/svg.py`).

Qt's SVG generator keeps no clipping of its own (its SVG 1.1 clip paths go stale from item to
item), so a line drawn past a plot's edge, as the contour's OQ, ran outside the plot in every
viewer. Each pyqtgraph ViewBox clips its data to its rectangle; here each one's data-to-picture
transform (the group Qt writes its data in) and its rectangle, in the picture's units.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from gdsim.core.svg import Clip, Matrix


def plot_clips(target: QWidget) -> list[Clip]:
    """Every visible ViewBox under `target`: its rectangle, with the data → picture matrix and
    that of every item drawn in it."""
    clips: list[Clip] = []
    views = target.findChildren(QGraphicsView)
    if isinstance(target, QGraphicsView):
        views.append(target)
    for view in views:
        scene = view.scene()
        if scene is None or not view.isVisibleTo(target):
            continue
        offset = QPointF(view.viewport().mapTo(target, QPoint(0, 0)))
        to_picture = view.viewportTransform()
        for box in scene.items():
            if not isinstance(box, pg.ViewBox) or not box.isVisible():
                continue
            rect = to_picture.mapRect(box.mapRectToScene(box.boundingRect()))
            rect.translate(offset)
            where = (rect.x(), rect.y(), rect.width(), rect.height())
            # the data's own group, and each item in it drawn in coordinates of its own
            # (an arrow's head, a label): Qt writes each with the transform it is painted in
            for item in (box.childGroup, *descendants(box.childGroup)):
                clips.append((_matrix(item, to_picture, offset), where))
    return clips


def descendants(item: QGraphicsItem) -> list[QGraphicsItem]:
    found: list[QGraphicsItem] = []
    for child in item.childItems():
        found += [child, *descendants(child)]
    return found


def _matrix(item: QGraphicsItem, to_picture: QTransform, offset: QPointF) -> Matrix:
    """The transform from the item's coordinates to the picture's, as SVG's six numbers (its
    device transform: an item that ignores the view's scaling, as an arrow's head, too)."""
    device = item.deviceTransform(to_picture)

    def picture(x: float, y: float) -> QPointF:
        return device.map(QPointF(x, y)) + offset

    o, ex, ey = picture(0, 0), picture(1, 0), picture(0, 1)
    return (ex.x() - o.x(), ex.y() - o.y(), ey.x() - o.x(), ey.y() - o.y(), o.x(), o.y())
