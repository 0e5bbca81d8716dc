"""The legibility helper (tests/ui/legibility.py) finds what it says it finds: each check is
tried on a widget cut on purpose and on the same widget given its room."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from tests.ui import legibility as L


def texts(cuts):
    return [c.text for c in cuts]


def test_a_tab_narrower_than_its_title_is_cut_and_one_with_room_is_not(show):
    tabs = QTabWidget()
    for title in ("Formula", "Gradient check"):
        tabs.addTab(QWidget(), title)
    bar = tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideRight)
    show(tabs, (120, 80))
    assert "Gradient check" in texts(L.elided_texts(tabs))
    tabs.resize(600, 80)
    assert L.elided_texts(tabs) == []


def test_a_combo_is_cut_when_any_of_its_items_is(show):
    box = QWidget()
    combo = QComboBox()
    combo.addItems(["a", "follow the phase (a, then δ)"])
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    layout = QHBoxLayout(box)
    layout.addWidget(combo)
    layout.addStretch(1)
    show(box, (400, 60))
    assert texts(L.elided_texts(box)) == ["follow the phase (a, then δ)"]
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(0)
    combo.adjustSize()
    layout.invalidate()
    show(box)
    assert L.elided_texts(box) == []


def test_labels_buttons_and_table_cells(show, qtbot):
    box = QWidget()
    label, ellipsis, button = QLabel("a label with many words"), QLabel("Gradient c…"), \
        QPushButton("Check gradients")
    table = QTableWidget(1, 2)
    table.setItem(0, 0, QTableWidgetItem("1.41e+73"))
    table.setItem(0, 1, QTableWidgetItem("k"))
    table.setHorizontalHeaderLabels(["w1", "a header far too long"])
    for w in (label, ellipsis, button, table):
        w.setParent(box)
    label.setGeometry(0, 0, 40, 20)
    ellipsis.setGeometry(0, 20, 200, 20)
    button.setGeometry(0, 40, 40, 30)
    table.setGeometry(0, 80, 300, 100)
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 40)
    show(box, (320, 200))
    found = texts(L.elided_texts(box))
    for text in ("a label with many words", "Gradient c…", "Check gradients", "1.41e+73",
                 "a header far too long"):
        assert text in found
    assert "k" not in found and "w1" not in found
    label.resize(label.sizeHint())
    button.resize(button.sizeHint())
    table.resizeColumnsToContents()
    found = texts(L.elided_texts(box))
    assert found == ["Gradient c…"]  # a text cut before it was set stays cut


def test_a_dock_title_with_no_room_is_cut(show, qtbot):
    from PySide6.QtWidgets import QDockWidget

    window = QMainWindow()
    window.setCentralWidget(QWidget())
    dock = QDockWidget("A dock title that is long", window)
    dock.setWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    show(window, (700, 300))
    window.resizeDocks([dock], [60], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 100)
    assert "A dock title that is long" in texts(L.elided_texts(window))
    window.resizeDocks([dock], [400], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() > 300)
    assert L.elided_texts(window) == []


def test_overlaps_and_outside():
    a, b, c = ("a", QRectF(0, 0, 10, 10)), ("b", QRectF(5, 5, 10, 10)), ("c", QRectF(20, 0, 5, 5))
    touching = ("d", QRectF(10, 0, 5, 5))  # shares an edge with a: no overlap
    assert L.overlaps([a, b, c, touching]) == [(a, b)]
    assert L.overlaps([c], [a, b]) == []
    assert L.outside([a, b, c], QRectF(0, 0, 16, 16)) == [c]


@pytest.fixture
def plot(show):
    widget = pg.PlotWidget(background="w")
    return show(widget, (300, 200))


def test_text_items_overlapping_in_a_scene_are_found(plot, qtbot):
    plot.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    one, two = pg.TextItem("OA, |OA| = 3.606"), pg.TextItem("AP = −α·grad J")
    for item in (one, two):
        plot.addItem(item)
    one.setPos(2, 5)
    two.setPos(2.5, 5)
    rects = L.text_rects(plot)
    assert sorted(t for t, _ in rects) == ["AP = −α·grad J", "OA, |OA| = 3.606"]
    assert len(L.overlaps(rects)) == 1
    two.setPos(2, 1)
    assert L.overlaps(L.text_rects(plot)) == []
    star = pg.ScatterPlotItem([2.2], [1.0], size=14)
    plot.addItem(star)
    assert len(L.overlaps(L.text_rects(plot), L.marker_rects(star))) == 1


def test_crowded_and_missing_ticks_are_found(plot, qtbot):
    axis = plot.getPlotItem().getAxis("bottom")
    plot.setXRange(0, 1, padding=0)
    axis.setTicks([[(u, f"{u:.10f}") for u in (0.0, 0.1, 0.2, 0.3)]])
    plot.repaint()
    assert L.crowded_ticks(plot)
    axis.setTicks([[(0.0, "−0.657"), (0.5, "0"), (1.0, "0.657")]])
    assert L.crowded_ticks(plot) == []
    assert L.missing_ticks(plot) == ["bottom axis of PlotWidget: '−0.657'",
                                     "bottom axis of PlotWidget: '0.657'"]


def test_an_axis_title_longer_than_its_axis_is_cut(plot, qtbot):
    plot.resize(300, 80)
    plot.setLabel("left", "∂J/∂l, the slope along l, per unit of length")
    qtbot.waitUntil(lambda: plot.height() == 80)
    cuts = L.elided_texts(plot)
    assert [c.where.split(" ")[0] for c in cuts] == ["left"]
    plot.setLabel("left", "∂J/∂l")
    assert L.elided_texts(plot) == []
