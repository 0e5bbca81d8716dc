"""The diagram redraws only what changed from one state to the next (colours, tick labels and
texts left alone when they read alike): after a run of states it must show exactly what a
diagram drawing that state afresh shows."""

import pytest

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario


def shown(diagram) -> dict:
    """Everything the diagram shows of a state: neurons' fill and text, the bias markers'
    fills, the edges' printed values, both colour bars' tick labels and titles, J."""
    return {
        "neurons": [b.color().name() for b in diagram.neurons.data["brush"]],
        "values": [label.toPlainText() for label in diagram.values],
        "deltas": [label.toPlainText() for label in diagram.seconds],
        "biases": [b.color().name() for b in diagram.bias_marks.data["brush"]],
        "edges": [label.toPlainText() for label in diagram.edge_labels],
        "ticks": [bar.ticks._tickLevels for bar in (diagram.neuron_bar, diagram.edge_bar)],
        "titles": [bar.label.text for bar in (diagram.neuron_bar, diagram.edge_bar)],
        "J": diagram.J_value.toPlainText(),
    }


@pytest.mark.parametrize("granularity", ["iteration", "layer"])
def test_a_diagram_drawn_state_after_state_shows_what_a_fresh_one_shows(show, granularity):
    from gdsim.ui.views.diagram import NetworkDiagramView

    run = Run(Scenario(mode="network"))
    playing = show(NetworkDiagramView(), (900, 560))
    for _ in range(40):  # as play draws them: one state after another
        snap = run.step(granularity)
        playing.render(snap)
    fresh = show(NetworkDiagramView(), (900, 560))
    fresh.render(snap)
    assert shown(playing) == shown(fresh)
    assert len(set(shown(fresh)["neurons"])) > 2  # coloured, not all grey or white
