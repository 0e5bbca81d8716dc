"""The diagram's printed texts (the neurons' values and names, the δ under them, the edges'
values): each set only when it changes, and as cheaply as Qt allows when it does.

A pyqtgraph TextItem shows a QTextDocument, laid out again at every change. Setting plain text
clears the whole document first (~0.10 M instructions, 3-4-2 changes ~20 texts a step); replacing
its text through a cursor keeps the document (~0.07 M). A neuron's name is rich text (a²₁, δ²₁)
and costs ~0.22 M each time it is set, and the names change with the quantity the neurons show
(a, then δ, every iteration while playing): each name keeps one document per text it has shown
and is handed the one it needs (~0.04 M).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem


class Printed:
    """What the diagram's labels say, keyed by the caller ((kind, index)): `text` and `rich`
    touch a label only when what it says changes; `forget` when the labels are made anew."""

    def __init__(self) -> None:
        self.shown: dict[Any, tuple[str, Any]] = {}  # a label's text and colour
        self._cursors: dict[Any, QTextCursor] = {}
        self._documents: dict[Any, dict[str, QTextDocument]] = {}  # a name's, by its text

    def forget(self) -> None:
        self.shown, self._cursors, self._documents = {}, {}, {}

    def text(self, key: Any, label: pg.TextItem, text: str, color: Any) -> None:
        """Print plain `text` in `color` on the label."""
        old = self.shown.get(key)
        if old == (text, color):
            return
        self.shown[key] = (text, color)
        if old is None or old[1] != color:
            label.setColor(color)
        cursor = self._cursors.get(key)
        if cursor is None or cursor.document() is not label.textItem.document():
            document = label.textItem.document()
            document.setUndoRedoEnabled(False)  # (a cursor's edits would pile up to be undone)
            cursor = self._cursors[key] = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        place(label)

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
