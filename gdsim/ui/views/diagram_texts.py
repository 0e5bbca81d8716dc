"""The diagram's printed texts (the neurons' values and names, the δ under them, the edges'
values): each set only when it changes, and as cheaply as Qt allows when it does.

A pyqtgraph TextItem shows a QTextDocument, laid out again at every change (~45 µs; 3-4-2
changes ~20 values a step, most of a redraw). The values are plain words in one colour, so they
are `PlainLabel`s: TextItems whose words are a QGraphicsSimpleTextItem (~8 µs a change), in the
same box as a document's (its 4-pixel margin kept), so they stand, fill and print as before.
A neuron's name is rich text (a²₁, δ²₁) and costs ~0.22 M instructions each time it is set; the
names change with the quantity the neurons show (a, then δ, every iteration while playing), so
each name keeps one document per text it has shown and is handed the one it needs (~0.04 M).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

MARGIN = 4.0  # a QTextDocument's margin around its words: the box a label fills


class Words(QGraphicsSimpleTextItem):
    """A PlainLabel's words, answering to the QGraphicsTextItem calls a TextItem makes."""

    def toPlainText(self) -> str:  # noqa: N802  (Qt's names)
        return self.text()

    def setPlainText(self, text: str) -> None:  # noqa: N802
        self.setText(text)

    def setDefaultTextColor(self, color: QColor) -> None:  # noqa: N802
        self.setBrush(QBrush(color))

    def defaultTextColor(self) -> QColor:  # noqa: N802
        return self.brush().color()


class PlainLabel(pg.TextItem):
    """A pyqtgraph TextItem of plain words in one colour, without a QTextDocument: its box is
    its words' with a document's margin around them, anchored, filled and bordered as a
    TextItem's is. `label.textItem` is its `Words`."""

    _lastScene: Any  # pyqtgraph's: the scene whose paints it follows

    def __init__(self, text: str = "", color: Any = "k", anchor: tuple[float, float] = (0, 0),
                 fill: Any = None) -> None:
        super().__init__("", color, anchor=anchor, fill=fill)
        self.textItem.setParentItem(None)  # type: ignore[arg-type]  # pyqtgraph's: let go
        self.textItem: Words = Words(self)  # type: ignore[assignment]
        self.textItem.setPen(Qt.PenStyle.NoPen)
        self.setColor(color)
        self.setText(text)
        self.updateTextPos()  # (an empty text changed nothing above: placed here)

    def setPlainText(self, text: str) -> None:  # noqa: N802  (pyqtgraph's names)
        if text != self.textItem.toPlainText():
            self.textItem.setPlainText(text)
            self.updateTextPos()

    def updateTextPos(self) -> None:  # noqa: N802
        """The words where the anchor puts the box around them (after any change of them)."""
        self.prepareGeometryChange()
        r = self.textItem.boundingRect()
        ax, ay = self.anchor[0], self.anchor[1]
        self.textItem.setPos(MARGIN - (r.width() + 2 * MARGIN) * ax,
                             MARGIN - (r.height() + 2 * MARGIN) * ay)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.textItem.mapRectToParent(self.textItem.boundingRect()).adjusted(
            -MARGIN, -MARGIN, MARGIN, MARGIN)

    def paint(self, p: QPainter, *args: Any) -> None:
        scene = self.scene()
        if scene is not self._lastScene:  # as TextItem.paint: follow the view's scale
            if self._lastScene is not None:
                self._lastScene.sigPrepareForPaint.disconnect(self.updateTransform)
            self._lastScene = scene
            if scene is not None:
                scene.sigPrepareForPaint.connect(self.updateTransform)
            self.updateTransform()
            p.setTransform(self.sceneTransform())
        if self.border.style() != Qt.PenStyle.NoPen or self.fill.style() != Qt.BrushStyle.NoBrush:
            p.setPen(self.border)
            p.setBrush(self.fill)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.drawRect(self.boundingRect())


class Printed:
    """What the diagram's labels say, keyed by the caller ((kind, index)): `text` and `rich`
    touch a label only when what it says changes; `forget` when the labels are made anew."""

    def __init__(self) -> None:
        self.shown: dict[Any, tuple[str, Any]] = {}  # a label's text and colour
        self._documents: dict[Any, dict[str, QTextDocument]] = {}  # a name's, by its text

    def forget(self) -> None:
        self.shown, self._documents = {}, {}

    def text(self, key: Any, label: PlainLabel, text: str, color: Any) -> bool:
        """Print plain `text` in `color` on the label; whether that changed what it says."""
        old = self.shown.get(key)
        if old == (text, color):
            return False
        self.shown[key] = (text, color)
        if old is None or old[1] != color:
            label.setColor(color)
        label.setPlainText(text)
        return True

    def rich(self, key: Any, label: pg.TextItem, html: str) -> None:
        """Show rich text (`html`) on the label, from a document kept for it and that text."""
        if self.shown.get(key) == (html, None):
            return
        self.shown[key] = (html, None)
        show_html(label.textItem, html, self._documents.setdefault(key, {}))
        place(label)


def place(label: pg.TextItem) -> None:
    """The label's text at its anchor (TextItem.updateTextPos, without its point arithmetic)."""
    box = label.textItem.boundingRect()
    label.textItem.setPos(-box.width() * label.anchor[0], -box.height() * label.anchor[1])


def show_html(item: QGraphicsTextItem, html: str, documents: dict[str, QTextDocument]) -> None:
    """Hand the item the document of `html` kept in `documents` (made the first time, a child
    of the item), in the item's font: a fifth of the cost of setting the text again."""
    document = documents.get(html)
    font = item.font()
    if document is None:
        document = documents[html] = QTextDocument(item)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(font)
        document.setHtml(html)
    elif document.defaultFont() != font:  # the item's font changed meanwhile
        document.setDefaultFont(font)
    if item.document() is not document:
        item.setDocument(document)
