"""Texts that keep their documents (diagram_texts): a colour bar's title and a neuron's name
switch between texts they have shown without laying them out again, and still say what they
were last told to say, in the size they were last told."""

import pyqtgraph as pg

from gdsim.ui.views.color_bar import ColorBar
from gdsim.ui.views.diagram_texts import Printed


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


def test_a_name_and_a_value_say_their_last_text(qapp):
    printed, name, value = Printed(), pg.TextItem(anchor=(0.5, 1)), pg.TextItem(anchor=(0.5, 0.5))
    for q in ("a", "δ", "a", "δ"):
        printed.rich(("name", 0), name, f"{q}<sup>2</sup><sub>1</sub>")
        assert name.toPlainText() == f"{q}21"
    font = name.textItem.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    name.setFont(font)  # presentation mode, on δ's document: a's is given it when shown
    printed.rich(("name", 0), name, "a<sup>2</sup><sub>1</sub>")
    assert name.toPlainText() == "a21" and name.textItem.font().pointSizeF() == font.pointSizeF()
    for text in ("0.513", "−0.0712", ""):
        printed.text(0, value, text, "k")
        box = value.textItem.boundingRect()
        assert value.toPlainText() == text
        assert value.textItem.pos().x() == -box.width() / 2  # centred on its point
