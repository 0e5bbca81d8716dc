"""The 3-D view's text labels drawn with one QPainter a frame, not one each.

pyqtgraph's GLTextItem opens a QPainter on the OpenGL window for its own text on every frame;
with the 3-D view's twelve tick labels and axis titles and its "left the view" that was a
sixth of a network frame's CPU (software OpenGL). The labels stay GLTextItems — their text,
place, font, alignment and visibility are set as before — but they are not in the view: one
TextBatch in their stead paints every visible one, each where and as its GLTextItem would —
moved in by the least it takes when it would stand partly outside the view (a path that leaves
through the top has its "left the view" at the top edge: GLTextItem wrote it above, unseen).
A label beside a marker (BesideMarker) starts right of the marker, not on it and its line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph.opengl as gl
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QMatrix4x4, QPainter, QVector3D

GAP = 4  # pixels between a marker's edge and the label beside it


class BesideMarker(gl.GLTextItem):
    """A label of a marker `size` pixels across: it starts GAP pixels right of the marker's
    edge, centred on it in height (at the marker's point it covered the marker and the line
    that ends there: "left the view" read "eft the view")."""

    def __init__(self, size: float, **kwargs: object):
        super().__init__(alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         **kwargs)
        self.offset = QPointF(size / 2 + GAP, 0.0)

    def align_text(self, pos: QPointF) -> QPointF:
        """GLTextItem's place for the text at `pos`, moved off the marker."""
        return super().align_text(pos) + self.offset


class TextBatch(gl.GLGraphicsItem.GLGraphicsItem):
    """Paints the GLTextItems `labels()` gives (kept out of the view) in one pass, the
    visible ones."""

    def __init__(self, labels: Callable[[], Sequence[gl.GLTextItem]]):
        super().__init__()
        self.labels = labels
        self.setGLOptions("additive")  # GLTextItem's
        self.setDepthValue(20)  # after every other item: text over the drawing
        # the last frame's texts, their boxes and the points they were placed at
        self.painted: list[tuple[str, QRectF, QPointF]] = []

    def paint(self) -> None:
        shown = [label for label in self.labels() if label.visible() and label.text]
        self.painted = []
        if not shown:
            return
        self.setupGLState()
        # screen point of a position, as GLTextItem.compute_projection maps it
        rect = QRectF(self.view().rect())
        to_screen = QMatrix4x4()
        to_screen.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        project = to_screen * self.mvpMatrix()
        painter = QPainter(self.view())
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        for label in shown:
            painter.setPen(label.color)
            painter.setFont(label.font)
            point = project.map(QVector3D(*label.pos)).toPointF()
            at = label.align_text(QPointF(point))  # (it moves the point it is handed)
            box = QFontMetricsF(label.font).boundingRect(label.text).translated(at)
            shift = inside(box, rect)
            painter.drawText(at + shift, label.text)
            self.painted.append((label.text, box.translated(shift), point))
        painter.end()


def inside(box: QRectF, rect: QRectF) -> QPointF:
    """The least move that brings `box` inside `rect` (its top left first if it is larger)."""
    dx = min(0.0, rect.right() - box.right())
    dy = min(0.0, rect.bottom() - box.bottom())
    return QPointF(dx + max(0.0, rect.left() - (box.left() + dx)),
                   dy + max(0.0, rect.top() - (box.top() + dy)))
