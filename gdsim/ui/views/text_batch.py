"""The 3-D view's text labels drawn with one QPainter a frame, not one each.

pyqtgraph's GLTextItem opens a QPainter on the OpenGL window for its own text on every frame;
with the 3-D view's twelve tick labels and axis titles and its "left the view" that was a
sixth of a network frame's CPU (software OpenGL). The labels stay GLTextItems — their text,
place, font, alignment and visibility are set as before — but they are not in the view: one
TextBatch in their stead paints every visible one, each exactly where and as its GLTextItem
would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph.opengl as gl
from PySide6.QtCore import QRectF
from PySide6.QtGui import QMatrix4x4, QPainter, QVector3D


class TextBatch(gl.GLGraphicsItem.GLGraphicsItem):
    """Paints the GLTextItems `labels()` gives (kept out of the view) in one pass, the
    visible ones."""

    def __init__(self, labels: Callable[[], Sequence[gl.GLTextItem]]):
        super().__init__()
        self.labels = labels
        self.setGLOptions("additive")  # GLTextItem's
        self.setDepthValue(20)  # after every other item: text over the drawing

    def paint(self) -> None:
        shown = [label for label in self.labels() if label.visible() and label.text]
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
            painter.drawText(label.align_text(point), label.text)
        painter.end()
