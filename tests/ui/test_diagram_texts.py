"""The diagram's texts (diagram_texts): a colour bar's title and a neuron's name switch between
documents they keep, and still say what they were last told to say, in the size they were last
told; the values are PlainLabels that stand and print as a TextItem would."""

import numpy as np
import pyqtgraph as pg

from gdsim.ui.views.color_bar import ColorBar
from gdsim.ui.views.diagram_texts import PlainLabel, Printed


def test_a_colour_bars_title_switches_between_kept_documents(qapp):
    bar = ColorBar(horizontal=True)
    for title in ("neurons: a", "neurons: δ", "neurons: a", "neurons: δ"):
        bar.set_scale(title, 1.0)
        assert bar.label.item.toPlainText() == bar.label.text == title
    assert len(bar.label.item.documents) == 3  # one a text ("", its first), made once
    first = bar.label.item.document()
    bar.label.setText("neurons: δ", size="20pt")  # presentation mode: another HTML, its own
    assert "20pt" in bar.label.item.toHtml() and bar.label.item.document() is not first
    bar.label.opts.pop("size")  # and back, as presentation mode puts it back
    bar.label.setText("neurons: δ")
    assert "20pt" not in bar.label.item.toHtml() and bar.label.item.document() is first


def test_a_name_says_its_last_text(qapp):
    printed, name = Printed(), pg.TextItem(anchor=(0.5, 1))
    for q in ("a", "δ", "a", "δ"):
        printed.rich(("name", 0), name, f"{q}<sup>2</sup><sub>1</sub>")
        assert name.toPlainText() == f"{q}21"
    font = name.textItem.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    name.setFont(font)  # presentation mode, on δ's document: a's is given it when shown
    printed.rich(("name", 0), name, "a<sup>2</sup><sub>1</sub>")
    assert name.toPlainText() == "a21" and name.textItem.font().pointSizeF() == font.pointSizeF()


def ink_box(label: pg.TextItem) -> tuple[int, int, int, int]:
    """Where the label's words put ink, drawn alone at (100, 50) in a white picture."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    scene = pg.GraphicsScene()
    scene.addItem(label)
    label.setPos(100, 50)
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(image.rect()))
    painter.end()
    scene.removeItem(label)
    ink = np.argwhere(pg.imageToArray(image, copy=True)[:, :, :3].min(axis=2).T < 128)
    return (*ink.min(axis=0), *ink.max(axis=0)) if len(ink) else (0, 0, 0, 0)


def test_a_plain_label_stands_and_prints_where_a_text_item_would(qapp):
    """The diagram's values are PlainLabels: the same box (a document's margin around the
    words), anchored alike, and the same ink in the same place within a pixel."""
    for anchor in ((0.5, 0.5), (0, 0.5), (0.5, 0), (1, 1)):
        for text in ("0.513", "−0.0712", "J = 1.234", "δ 2.5e−05"):
            document, plain = (cls(text, color="k", anchor=anchor)
                               for cls in (pg.TextItem, PlainLabel))
            a, b = document.boundingRect(), plain.boundingRect()
            assert max(abs(a.left() - b.left()), abs(a.top() - b.top()),
                       abs(a.width() - b.width()), abs(a.height() - b.height())) <= 1, (text, a, b)
            ink_a, ink_b = ink_box(document), ink_box(plain)
            assert ink_a != (0, 0, 0, 0)
            assert max(abs(x - y) for x, y in zip(ink_a, ink_b)) <= 1, (text, ink_a, ink_b)


def test_a_plain_label_follows_its_text_colour_and_font(qapp):
    for anchor in ((0, 0), (0, 0.5), (1, 1)):  # empty: a document's margins, anchored
        box = PlainLabel(anchor=anchor).boundingRect()
        assert (box.width(), box.height()) == (8, 8)
        assert (box.left(), box.top()) == (-8 * anchor[0], -8 * anchor[1])
    printed, value = Printed(), PlainLabel(anchor=(0.5, 0.5))
    assert printed.text(0, value, "0.513", "k") and not printed.text(0, value, "0.513", "k")
    for text in ("0.513", "−0.0712", ""):
        printed.text(0, value, text, "w")
        box = value.boundingRect()
        assert value.toPlainText() == text and value.textItem.defaultTextColor().lightness() == 255
        assert box.center().x() == 0 and box.center().y() == 0  # centred on its point
    printed.text(0, value, "0.513", "k")
    narrow = value.boundingRect().width()
    font = value.textItem.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    value.setFont(font)  # presentation mode
    assert value.boundingRect().width() > 1.5 * narrow and value.boundingRect().center().x() == 0
