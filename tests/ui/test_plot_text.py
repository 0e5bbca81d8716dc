"""A plot's ticks and titles read whole at any font size: no ticks on each other ("0.20.40.60.8"
at 200 %), no SI prefix turning a title into "∂J/∂l (x0.0…", no colour bar losing the labels
at its ends."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.ui.text import fmt
from gdsim.ui.views.color_bar import ColorBar
from tests.ui import legibility


def doubled(axis: pg.AxisItem) -> None:
    """The axis' ticks in twice the application's font, as presentation mode at 200 %."""
    font = QFont(axis.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    axis.setStyle(tickFont=font)


def test_the_loss_curve_ticks_are_whole_steps_and_never_run_together(show, qtbot):
    from gdsim.ui.views.loss_curve import LossCurveView

    view = show(LossCurveView(), (190, 300))
    view.render(Run(Scenario()).snapshot())  # k = 0: the axis runs 0 … 1
    for axis in ("bottom", "left"):
        doubled(view.plot.getAxis(axis))
    qtbot.waitUntil(lambda: bool(legibility.tick_texts(view.plot.getAxis("bottom"))))
    assert legibility.crowded_ticks(view) == []
    steps = [text for text, _ in legibility.tick_texts(view.plot.getAxis("bottom"))]
    assert steps and all(text.lstrip("−").isdigit() for text in steps)


def test_the_directions_plot_writes_its_ticks_and_keeps_its_title(show, qtbot):
    from gdsim.ui.views.directions import DirectionExplorer

    view = show(DirectionExplorer(), (420, 520))
    run = Run(Scenario())
    snap = run.seek(40)  # near the minimum: slopes of a few thousandths
    view.render(snap)
    axis = view.plot.getPlotItem().getAxis("left")
    values = view.curve.getData()[1]
    assert np.abs(values).max() < 0.05
    qtbot.waitUntil(lambda: axis.range[1] - axis.range[0] < 0.2)  # fitted to the curve
    assert axis.labelString().endswith("∂J/∂l </span>")  # no "(x0.001)" folded in
    texts = [text for text, _ in legibility.tick_texts(axis)]
    assert texts and all(t == fmt(float(t.replace("−", "-"))) for t in texts)


def test_a_colour_bar_keeps_its_end_labels_at_any_font(show, qtbot):
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    bar = ColorBar(horizontal=True, height=40, title_width=60)
    widget.addItem(bar.label, row=0, col=0)
    widget.addItem(bar, row=0, col=1)
    show(widget, (260, 70))
    bar.set_scale("neurons: a", 0.657)
    assert legibility.missing_ticks(widget) == []
    widget.resize(520, 140)  # presentation at 200 %: twice the room, twice the font
    bar.set_size_scale(2)
    doubled(bar.ticks)
    qtbot.waitUntil(lambda: legibility.missing_ticks(widget) == [])  # once laid out again
    bar.set_scale("neurons: a", -1.23456e-7)  # a wider label at both ends
    qtbot.waitUntil(lambda: legibility.missing_ticks(widget) == [])
    assert legibility.crowded_ticks(widget) == []
