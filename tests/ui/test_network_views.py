"""The network views (3.3.4-3.3.6): what they show is read back from their items and compared
with core's numbers."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.ui.style import DIVERGING_MAP


def default_run() -> Run:
    return Run(Scenario(mode="network"))


def wide_run() -> Run:
    rng = np.random.default_rng(0)
    y = np.zeros(10)
    y[3] = 1.0
    return Run(Scenario(mode="network", network=NetworkSettings(
        sizes=(784, 128, 10), x=tuple(rng.uniform(0, 1, 784)), y=tuple(y))))


@pytest.fixture
def diagram(show):
    from gdsim.ui.views.diagram import NetworkDiagramView

    return show(NetworkDiagramView(), (900, 560))


def expected_color(v: float, vmax: float) -> np.ndarray:
    return np.array(DIVERGING_MAP.map((v / vmax + 1) / 2, mode="byte")[:3], int)


def rgb(color) -> np.ndarray:
    return np.array([color.red(), color.green(), color.blue()])


def test_after_one_forward_layer_layer_2_shows_a(diagram):
    from gdsim.ui.text import SHORT, fmt

    snap = default_run().step("layer")
    assert snap.phase_label == "Forward: layer 2"
    diagram.render(snap)
    a1, a2 = snap.fwd.a[0][0], snap.fwd.a[1][0]
    vmax = max(np.abs(a1).max(), np.abs(a2).max())  # the layers shown so far
    for i in range(1, 5):
        text, color = diagram.pointer.shown_neuron(2, i)
        assert text == fmt(a2[i - 1], SHORT)
        assert np.abs(rgb(color) - expected_color(a2[i - 1], vmax)).max() <= 2
    for i in (1, 2):  # the output layer: not computed yet, grey and empty
        text, color = diagram.pointer.shown_neuron(3, i)
        assert text == "" and rgb(color).tolist() == [222, 222, 222]
    assert "Forward: layer 2" in diagram.phase.text()


def test_after_the_backward_phase_neurons_show_delta_and_edges_the_gradient(diagram, qtbot):
    from gdsim.ui.text import SHORT, fmt

    run = default_run()
    run.step("phase")
    snap = run.step("phase")
    assert snap.phase_label.startswith("Backward") and snap.revealed_backward == 2
    diagram.render(snap)
    d2, d3 = snap.bwd.delta[1][0], snap.bwd.delta[2][0]
    vmax = max(np.abs(d2).max(), np.abs(d3).max())
    for l, delta in ((2, d2), (3, d3)):
        for i, v in enumerate(delta, start=1):
            text, color = diagram.pointer.shown_neuron(l, i)
            assert text == fmt(v, SHORT)
            assert np.abs(rgb(color) - expected_color(v, vmax)).max() <= 2
    assert diagram.pointer.shown_neuron(1, 1)[0] == fmt(snap.x[0][0], SHORT)  # no δ: x
    # Hovering the edge w^1_11 tells core's ∂J/∂w^1_11.
    tip = diagram.pointer.hover_text(diagram.pointer.edge_scene_pos(1, 1, 1, at=0.4))
    assert tip.startswith("w¹₁₁")
    assert f"∂J/∂w = {fmt(snap.bwd.dW[0][0, 0])}" in tip
    assert f"w = {fmt(snap.net.W[0][0, 0])}" in tip
    # A click on it selects it, in the seed's numbering.
    pos = diagram.graphics.mapFromScene(diagram.pointer.edge_scene_pos(1, 1, 1, at=0.4))
    with qtbot.waitSignal(diagram.selected) as signal:
        qtbot.mouseClick(diagram.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [("edge", 1, 1, 1)]
    pos = diagram.graphics.mapFromScene(diagram.pointer.neuron_scene_pos(3, 2))
    with qtbot.waitSignal(diagram.selected) as signal:
        qtbot.mouseClick(diagram.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [("neuron", 3, 2)]
    assert "δ = " + fmt(d3[1]) in diagram.pointer.hover_text(diagram.pointer.neuron_scene_pos(3, 2))


def test_update_phase_shows_delta_w_and_falls_back_to_w_before(diagram):
    run = default_run()
    diagram.edge_mode.setCurrentIndex(3)  # Δw
    snap = run.step("layer")  # walking the forward pass: no update to show yet
    diagram.render(snap)
    assert diagram.edge_quantity(snap) == "w" and "showing w" in diagram.note.text()
    for _ in range(3):
        snap = run.step("phase")
    assert snap.phase_label == "Update" and snap.step is not None
    diagram.render(snap)
    assert diagram.edge_quantity(snap) == "Δw"
    from gdsim.ui.views.diagram_values import edge_tooltip

    assert "Δw = " in edge_tooltip(diagram.snapshot, 2, 1, 1)


def test_chain_rule_view_counts_the_paths_of_w111(qtbot):
    from gdsim.ui.views.paths_view import ChainRuleView

    view = ChainRuleView()
    qtbot.addWidget(view)
    snap = default_run().step("layer")
    view.render(snap)
    with qtbot.waitSignal(view.paths_changed) as signal:
        view.set_selection(("edge", 1, 1, 1))
    ps = view.path_sum
    assert ps is not None and ps.n_paths == 2 and view.table.rowCount() == 2
    k = snap.net.weight_index(1, 1, 1)
    assert abs(ps.value - snap.bwd.grad[k]) <= 1e-12
    assert signal.args == [[[1, 1, 1], [1, 1, 2]]]
    assert "2 paths" in view.title.text()
    assert view.table.item(0, 0).text() == "w¹₁₁ → a²₁ → a³₁ → J"


def test_chain_rule_view_refuses_too_many_paths_politely(qtbot):
    from gdsim.ui.views.paths_view import ChainRuleView

    view = ChainRuleView()
    qtbot.addWidget(view)
    snap = Run(Scenario(mode="network", network=NetworkSettings(
        sizes=(2, 50, 50, 50, 50, 2), x=(0.1, 0.2), y=(0.0, 1.0)))).snapshot()
    view.render(snap)
    view.set_selection(("edge", 1, 1, 1))
    assert view.path_sum is None and "Not listed" in view.result.text()


def test_gradient_check_agrees_on_the_default_network(qtbot):
    from gdsim.ui.views.gradcheck import GradientCheckView

    view = GradientCheckView()
    qtbot.addWidget(view)
    view.render(default_run().snapshot())
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert view.largest is not None and view.largest < 1e-6
    assert view.table.rowCount() == 26  # 3·4 + 4 + 4·2 + 2 parameters
    assert "backprop agrees" in view.summary.text()


def test_gradient_check_samples_a_big_network(qtbot):
    from gdsim.ui.views.gradcheck import SAMPLE, GradientCheckView

    view = GradientCheckView()
    qtbot.addWidget(view)
    view.render(wide_run().snapshot())
    assert view.check(view.snapshot) < 1e-5
    assert view.table.rowCount() == SAMPLE and "drawn at random" in view.summary.text()


def test_formula_panel_shows_delta_of_output_neuron_1(qtbot):
    from gdsim.ui.text import fmt
    from gdsim.ui.views.formula import FormulaPanel

    panel = FormulaPanel()
    qtbot.addWidget(panel)
    assert "Click a neuron or an edge" in panel.plain_text()
    run = default_run()
    run.step("phase")
    snap = run.step("phase")
    panel.render(snap)
    panel.set_selection(("neuron", 3, 1))
    text = panel.plain_text()
    assert fmt(snap.bwd.delta[2][0][0]) in text and "3-33" in text
    panel.set_selection(("edge", 1, 1, 1))
    assert fmt(snap.bwd.dW[0][0, 0]) in panel.plain_text()
    panel.set_selection(("neuron", 2, 1))  # a hidden δ: the sum over k written out
    assert "3-36" in panel.plain_text() and fmt(snap.bwd.delta[1][0][0]) in panel.plain_text()
    forward = default_run().step("layer")
    panel.render(forward)
    assert fmt(forward.fwd.z[1][0][0]) in panel.plain_text()  # z²₁ = Σ a w + b
    assert "1×3" in panel.plain_text() and "3×4" in panel.plain_text()


def test_784_128_10_draws_with_the_band(diagram):
    from gdsim.ui.views.diagram_layout import STRONGEST

    run = wide_run()
    for _ in range(4):
        snap = run.step("layer")
        diagram.render(snap)
    band = diagram.bands[0]
    assert band.isVisible() and band.image.shape == (128, 784)
    lines = sum(len(item.xData) for item in diagram.bins) // 2
    assert lines == STRONGEST + 128 * 10
    assert len(diagram.spot_t) == 60 + 60 + 10
    x, y, w, h = diagram.geom.band_rect(0)
    corner = diagram.vb.mapViewToScene(pg_point(x + w * 0.002, y + h * 0.9995))
    tip = diagram.pointer.hover_text(corner)
    assert tip.startswith("w¹₁₁ ")  # the top-left cell: i = 1, j = 1
    diagram.show_all.setChecked(True)
    assert not band.isVisible()
    assert sum(len(item.xData) for item in diagram.bins) // 2 == 784 * 128 + 128 * 10


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_highlight_paths_draws_segments(diagram):
    diagram.render(default_run().snapshot())
    diagram.highlight_paths([[1, 1, 1], [1, 1, 2]])
    xs, _ = diagram.path_item.getData()
    assert len(xs) == 2 * 5  # a¹₁→a²₁, a²₁→a³₁, a²₁→a³₂, and both outputs → J
    diagram.highlight_paths([])
    assert len(diagram.path_item.getData()[0]) == 0


def test_decision_region(qtbot):
    from gdsim.ui.views.decision import GRID, DecisionRegionView

    view = DecisionRegionView()
    qtbot.addWidget(view)
    view.render(default_run().snapshot())
    assert view.message.isVisible()
    run = Run(Scenario(mode="network", network=NetworkSettings(sizes=(2, 4, 2), data="xor")))
    snap = run.snapshot()
    view.render(snap)
    assert not view.message.isVisible() and view.values.shape == (GRID, GRID)
    first = view.values
    view.render(run.step("layer"))  # the same θ: not recomputed
    assert view.values is first
    view.render(run.step("iteration"))
    assert view.values is not first


def test_a_large_network_is_drawn_in_batches_made_once(diagram):
    """What keeps the redraw of 784-128-10 fast (timed in benchmarks/diagram.py, not here: a
    test must not fail because the machine is busy): its 100,000 edges and 922 neurons are a
    few batched items, created for the shape and only updated for each new state."""
    run = wide_run()
    diagram.render(run.step("layer"))
    items = set(diagram.graphics.scene().items())
    assert len(items) < 200
    for _ in range(5):
        diagram.render(run.step("layer"))
    assert set(diagram.graphics.scene().items()) == items


def test_the_bias_markers_keep_their_colours_when_the_view_is_resized(diagram, qtbot):
    """Placing the markers for a new size (setData) kept their places and lost their colours:
    the window's first layout turned every ∂J/∂b marker grey until the next state."""
    diagram.render(default_run().seek(0))  # θ_0 complete: the markers show ∂J/∂b
    colours = [brush.color().name() for brush in diagram.bias_marks.data["brush"]]
    assert len(set(colours)) > 2  # blue, orange, pale: not one grey
    diagram.resize(700, 420)
    qtbot.waitUntil(lambda: diagram.width() == 700)
    assert [brush.color().name() for brush in diagram.bias_marks.data["brush"]] == colours


def test_each_neuron_shows_what_its_name_says_and_the_inputs_show_x(diagram):
    from gdsim.ui.text import SHORT, fmt

    def names():
        return {(t + 1, i + 1): name.toPlainText()
                for name, t, i in zip(diagram.names, diagram.spot_t, diagram.spot_i)}

    run = default_run()
    for _ in range(3):
        snap = run.step("phase")  # forward, backward, then the update
    assert snap.phase_label == "Update"
    diagram.render(snap)
    x, delta = snap.fwd.a[0][0], snap.bwd.delta
    for i, v in enumerate(x, start=1):  # the input: a¹ᵢ = xᵢ, printed, on no δ scale (white)
        text, color = diagram.pointer.shown_neuron(1, i)
        assert names()[(1, i)] == f"a1{i}" and text == fmt(v, SHORT)
        assert rgb(color).tolist() == [255, 255, 255]
        k = int(np.flatnonzero((diagram.spot_t == 0) & (diagram.spot_i == i - 1))[0])
        assert diagram.values[k].textItem.defaultTextColor().lightness() < 100  # dark on white
    for l in (2, 3):  # the others show δ, and are named δ
        for i, v in enumerate(delta[l - 1][0], start=1):
            assert names()[(l, i)] == f"δ{l}{i}"
            assert diagram.pointer.shown_neuron(l, i)[0] == fmt(v, SHORT)
    diagram.neuron_mode.setCurrentIndex(1)  # a, chosen: named a again, showing a
    assert names()[(2, 1)] == "a21"
    assert diagram.pointer.shown_neuron(2, 1)[0] == fmt(snap.fwd.a[1][0][0], SHORT)
    text, color = diagram.pointer.shown_neuron(1, 1)
    assert text == fmt(x[0], SHORT) and rgb(color).tolist() != [255, 255, 255]  # x on a's scale
