"""Network mode as the place to learn backpropagation (issue 11) and the biases (issue 14):
paused on iteration k the views show the complete state of θ_k; the formula dock follows the
phase with nothing selected; the diagram is the largest view; a neuron's tooltip gives b, z, a."""

import numpy as np
import pytest

from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.ui.style import DIVERGING_MAP


def rgb(color) -> np.ndarray:
    return np.array([color.red(), color.green(), color.blue()])


def expected(v: float, vmax: float) -> np.ndarray:
    return np.array(DIVERGING_MAP.map((v / vmax + 1) / 2, mode="byte")[:3], int)


@pytest.fixture
def diagram(qtbot):
    from gdsim.ui.views.diagram import NetworkDiagramView

    view = NetworkDiagramView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_ready_snapshot_carries_the_step_the_update_is_about_to_take():
    run = Run(Scenario(mode="network"))
    snap = run.seek(7)
    after = Run(Scenario(mode="network")).seek(8)
    assert snap.phase == 0 and snap.step is not None
    np.testing.assert_array_equal(snap.step, after.net.theta - snap.net.theta)


def test_after_a_seek_the_diagram_shows_a_delta_and_gradients_of_theta_k(diagram):
    from gdsim.ui.text import SHORT, fmt

    run = Run(Scenario(mode="network"))
    snap = run.seek(12)
    diagram.render(snap)
    a = snap.fwd.a
    vmax = max(np.abs(layer[0]).max() for layer in a)
    for l in (1, 2, 3):  # every a of every layer, printed and coloured
        for i, v in enumerate(a[l - 1][0], start=1):
            text, color = diagram.pointer.shown_neuron(l, i)
            assert text == fmt(v, SHORT)
            assert np.abs(rgb(color) - expected(v, vmax)).max() <= 2
    for k, (t, i) in enumerate(zip(diagram.spot_t, diagram.spot_i)):  # every δ, printed beside
        want = "" if t == 0 else f"δ {fmt(snap.bwd.delta[t][0][i], SHORT)}"
        assert diagram.seconds[k].toPlainText() == want
    assert diagram.J_value.toPlainText() == f"J = {fmt(snap.J)}"
    # The edges show ∂J/∂w of θ_k, printed along them; the bias markers ∂J/∂b on that scale.
    assert diagram.edge_quantity(snap) == "∂J/∂w"
    dW = np.concatenate([m.ravel() for m in snap.bwd.dW])
    assert [label.toPlainText() for label in diagram.edge_labels] == [fmt(v, SHORT) for v in dW]
    db = np.concatenate(snap.bwd.db)
    evmax = max(np.abs(dW).max(), np.abs(db).max())
    brushes = diagram.bias_marks.data["brush"]
    for k, v in enumerate(db):
        assert np.abs(rgb(brushes[k].color()) - expected(v, evmax)).max() <= 2
    # Neurons coloured by δ on request: core's δ of θ_k.
    diagram.neuron_mode.setCurrentIndex(3)
    d = snap.bwd.delta
    dmax = max(np.abs(d[t][0]).max() for t in (1, 2))
    for i, v in enumerate(d[2][0], start=1):
        text, color = diagram.pointer.shown_neuron(3, i)
        assert text == fmt(v, SHORT) and np.abs(rgb(color) - expected(v, dmax)).max() <= 2
    # Walking the iteration reveals the numbers in order: first the forward pass only.
    walk = run.step("layer")
    diagram.neuron_mode.setCurrentIndex(0)
    diagram.render(walk)
    assert diagram.pointer.shown_neuron(3, 1)[0] == "" and diagram.J_value.toPlainText() == "J = ?"


def test_values_printed_inside_fit_their_circles(diagram):
    from PySide6.QtGui import QFontMetrics

    diagram.render(Run(Scenario(mode="network")).seek(3))
    assert diagram.inside
    for label in diagram.values:
        width = QFontMetrics(label.textItem.font()).horizontalAdvance(label.toPlainText())
        assert width <= 2 * diagram.radius


def test_bias_tooltip_gives_core_b_z_and_a(diagram):
    from gdsim.ui.text import fmt

    snap = Run(Scenario(mode="network")).seek(4)
    diagram.render(snap)
    tip = diagram.pointer.hover_text(diagram.pointer.neuron_scene_pos(2, 3))
    assert f"b = b¹₃ = {fmt(snap.net.b[0][2])}" in tip
    assert f"z = {fmt(snap.fwd.z[1][0][2])}" in tip
    assert f"a = {fmt(snap.fwd.a[1][0][2])}" in tip
    assert f"∂J/∂b¹₃ = δ = {fmt(snap.bwd.db[0][2])}" in tip


def test_formula_follows_the_phase_with_nothing_selected(qtbot):
    from gdsim.ui.text import fmt
    from gdsim.ui.views.formula import FormulaPanel, caption_text

    panel = FormulaPanel()
    qtbot.addWidget(panel)
    run = Run(Scenario(mode="network"))
    snap = run.seek(3)  # the complete state: a²₁ forward, δ³₁ backward, w²₁₁ update
    panel.render(snap)
    text = panel.plain_text()
    assert fmt(snap.fwd.z[1][0][0]) in text and "3×4" in text  # z²₁ and W¹'s shape
    assert fmt(snap.bwd.delta[2][0][0]) in text and "3-37" in text
    k = snap.net.weight_index(2, 1, 1)
    assert fmt(snap.net.theta[k] + snap.step[k]) in text and "3-12" in text
    assert "click another" in text
    forward = run.step("layer")  # forward, layer 2: a²₁
    panel.render(forward)
    assert fmt(forward.fwd.a[1][0][0]) in panel.plain_text() and "3-18" in panel.plain_text()
    run.step("layer")
    run.step("layer")
    hidden = run.step("layer")  # backward, δ²: δ²₁ in the hidden layer and ∂J/∂b¹₁
    panel.render(hidden)
    text = panel.plain_text()
    assert "3-36" in text and fmt(hidden.bwd.delta[1][0][0]) in text
    assert fmt(hidden.bwd.db[0][0]) in text and "3-35" in text
    update = run.step("layer")
    panel.render(update)
    assert "3-12" in panel.plain_text()
    assert fmt(update.net.theta[k] + update.step[k]) in panel.plain_text()
    assert fmt(update.net.theta[k] + update.step[k]) in caption_text(update)
    panel.set_selection(("neuron", 3, 2))  # a click picks another: b²₂'s update
    b = update.net.bias_index(2, 2)
    assert fmt(update.net.theta[b] + update.step[b]) in panel.plain_text()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_diagram_is_the_largest_view(make_window, qtbot, size, screen_of):
    screen_of(size)
    window = make_window(Scenario(mode="network", network=NetworkSettings(
        sizes=(2, 4, 2), data="xor")))
    window.resize(*size)
    qtbot.waitUntil(lambda: laid_out(window, size))
    area = size[0] * size[1]
    share = window.views.diagram.width() * window.views.diagram.height() / area
    assert share >= 0.4, share
    for label in window.views.diagram.values:  # printed inside: no wider than the circle
        assert label.boundingRect().width() - 4 <= 2 * window.views.diagram.radius


def laid_out(window, size: tuple[int, int]) -> bool:
    """Whether the window has this size and its docks are laid out for it (and shared out
    for it: Qt gives a window's new room to the centre until then)."""
    layout = window.docking.layout
    return (window.size().toTuple() == size and layout is not None
            and layout.for_size(*size) is layout and window.docking.shared_for == window.size())


def in_sight(widget) -> bool:
    """Whether some of the widget is on screen: its own region or, where opaque children
    cover it all, a child's (a view inside a tab behind another is not visible at all)."""
    from PySide6.QtWidgets import QWidget

    return widget.isVisible() and any(
        not w.visibleRegion().isEmpty() and w.width() >= 100 and w.height() >= 100
        for w in (widget, *widget.findChildren(QWidget)) if w.isVisible())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_landscape_formula_loss_and_decision_are_visible(make_window, qtbot, size, screen_of):
    screen_of(size)
    window = make_window(Scenario(mode="network", network=NetworkSettings(
        sizes=(2, 4, 2), data="xor")))
    window.resize(*size)
    qtbot.waitUntil(lambda: laid_out(window, size))
    views = [window.views.surface3d, window.views.formula, window.views.loss,
             window.views.views["decision"]]
    if size[0] >= 1900:  # everything at once, no tabs
        hidden = [v for v in views if not in_sight(v)]
        assert not hidden
    else:  # the decision region shares a tab with the loss curve, in front with a data set
        assert in_sight(window.views.views["decision"]) and not in_sight(window.views.loss)
        assert in_sight(window.views.formula) and in_sight(window.views.surface3d)
    share = window.views.diagram.width() * window.views.diagram.height() / (size[0] * size[1])
    assert share >= 0.4, share  # and the diagram is still the largest view


def test_digits_open_on_the_digits_not_the_loss_curve(make_window, qtbot):
    from gdsim.core.scenario import load_scenario
    from gdsim.examples import example_path

    window = make_window(load_scenario(example_path("digits")))
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: laid_out(window, (1366, 768)))
    assert in_sight(window.views.views["decision"].digits)
    window.controller.set_scenario(Scenario(mode="network"))  # one sample: the loss curve
    qtbot.waitUntil(lambda: in_sight(window.views.loss))


@pytest.mark.parametrize("screen, opens", [
    ((1366, 768), (1366, 768, True)),  # a class's projector: all of it, maximized
    ((1920, 1080), (1920, 1080, True)),
    ((2400, 1400), (2400, 1400, True)),  # the largest a window opens at, just filled
    ((3840, 2160), (2400, 1400, False)),  # a 4K screen: 2400×1400, not stretched over it all
    ((2560, 1080), (2400, 1080, False)),  # an ultra-wide one: its height, not its width
    ((1200, 1920), (1200, 1400, False)),  # a screen turned upright
])
def test_the_window_opens_using_the_screen(screen, opens):
    from gdsim.ui.window_state import opening_size

    assert opening_size(*screen) == opens


def test_a_new_window_fills_the_screen_and_a_restored_one_keeps_its_size(qapp, qtbot):
    from PySide6.QtCore import QSettings, Qt

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    qapp.setOrganizationName("gdsim-tests")
    QSettings().clear()
    window = MainWindow(Scenario(mode="network"))
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.width() <= 2400 and area.height() <= 1400  # the test screen: filled
    assert window.width() >= area.width() - 1 and window.height() >= area.height() - 1
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1200, 700)
    window.close()  # saves the geometry
    again = MainWindow(Scenario(mode="network"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1200, 700)
    QSettings().clear()
