"""Issue 19: the diagram's edge values at 3-4-2 (figure 3-16) never stand on each other (two
crossing edges printed "−0.07‹0.0709"): one that would touch another is left to the hover."""

from __future__ import annotations

import pytest

from gdsim.core.run import Run
from gdsim.core.scenario import load_scenario
from gdsim.examples import example_path
from tests.ui.legibility import overlaps, text_rects


@pytest.mark.parametrize("size", [(760, 700), (1000, 900)])
def test_the_edge_values_of_3_4_2_keep_apart(show, qtbot, size):
    from gdsim.ui.views.diagram import NetworkDiagramView

    view = show(NetworkDiagramView(), size)
    run = Run(load_scenario(example_path("fig-3-16-network")))
    for k in (1, 2, 5):
        view.render(run.seek(k))
        qtbot.waitUntil(lambda: view.edge_labels[0].toPlainText() != "")
        drawn = [label for label in view.edge_labels if label.isVisible()]
        edges = {label.toPlainText() for label in drawn}
        pairs = [(a, b) for a, b in overlaps(text_rects(view.graphics))
                 if a[0] in edges or b[0] in edges]
        assert pairs == []
        assert len(drawn) >= len(view.edge_labels) // 2  # most printed, the rest on hover


@pytest.mark.parametrize("width, stacked", [(330, True), (420, True), (1000, False)])
def test_the_colour_legends_keep_every_tick_in_a_narrow_diagram(show, qtbot, width, stacked):
    """At 1366 × 768 a lesson's diagram is about 330 px wide: the two legends side by side
    had 50 px of bar each and dropped 0 and max. Narrow, they stand one under another."""
    from gdsim.ui.views.diagram import NetworkDiagramView
    from tests.ui.legibility import crowded_ticks, missing_ticks

    view = show(NetworkDiagramView(), (width, 700))
    view.render(Run(load_scenario(example_path("fig-3-16-network"))).seek(1))
    qtbot.waitUntil(lambda: view.legends.stacked is stacked)
    assert missing_ticks(view) == [] and crowded_ticks(view) == []
    assert all(bar.width() >= bar.least_width() - bar.title_width for bar in view.legends.bars)
