"""A WholeCombo keeps its measured size hint, and measures again when what it measures changes."""

from PySide6.QtGui import QFont

from gdsim.ui.fields import WholeCombo


def test_the_hint_follows_the_items_and_the_font(qtbot):
    combo = WholeCombo(["a", "bb"])
    qtbot.addWidget(combo)
    narrow = combo.sizeHint().width()
    assert combo.sizeHint().width() == narrow  # kept
    combo.addItem("a much longer item than the others")
    wider = combo.sizeHint().width()
    assert wider > narrow
    combo.setItemText(2, "c")  # retranslated, say
    assert combo.sizeHint().width() < wider
    combo.removeItem(2)
    assert combo.sizeHint().width() == narrow
    font = QFont(combo.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    combo.setFont(font)  # presentation mode
    assert combo.sizeHint().width() > narrow
