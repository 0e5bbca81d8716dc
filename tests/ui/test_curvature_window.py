"""The curvature panel, the contour's eigen-directions and the α field's limit show what
gdsim.core.curvature computes at the current point."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from gdsim.core.alpha_map import alpha_map
from gdsim.core.curvature import curvature_at, local_ellipse, momentum_limit
from gdsim.core.scenario import Racer, Scenario
from gdsim.ui.alpha_limit import WARN_STYLE


def valley(lr: float = 0.09) -> Scenario:
    """J = w1² + 10·w2²: H = diag(2, 20), κ = 10, the limit 2/20 = 0.1."""
    s = Scenario()
    return replace(s, surface=replace(s.surface, expression="w1^2 + 10*w2^2", start=(-4.0, 1.0),
                                      lr=lr))


def set_alpha(w, text: str) -> None:
    w.panels.surface.lr.edit.setText(text)
    w.panels.surface.lr.edit.editingFinished.emit()


def test_the_curvature_panel_shows_cores_hessian_and_this_steps_factors(make_window, qtbot):
    w = make_window(valley())
    w.docks["curvature"].raise_()
    view = w.views.build("curvature")
    qtbot.mouseClick(w.run_bar.step_button, Qt.MouseButton.LeftButton)
    snap = w.controller.snapshot()
    core = curvature_at(snap.surface, snap.points[0].w)
    qtbot.waitUntil(lambda: view.curvature is not None and np.array_equal(
        view.curvature.hessian, core.hessian))
    np.testing.assert_allclose(core.eigenvalues, [2.0, 20.0], rtol=1e-9)
    text = view.toPlainText()
    assert "κ = λmax / λmin = 10" in text
    assert "2/λmax = 0.1" in text
    # this step's factors, α = 0.09: 1 − 0.09·2 = 0.82 (shrinks), 1 − 0.09·20 = −0.8 (zig-zag)
    assert "1 − αλ₁ = 1 − 0.09 × 2 = 0.82" in text
    assert "1 − αλ₂ = 1 − 0.09 × 20 = −0.8" in text
    assert "zig-zag" in text


def test_the_contour_draws_the_eigen_directions_while_the_curvature_panel_is_shown(
        make_window, qtbot):
    w = make_window(valley())
    contour = w.views.contour
    w.docks["curvature"].raise_()
    qtbot.waitUntil(lambda: contour.show_curvature.isChecked())
    qtbot.mouseClick(w.run_bar.step_button, Qt.MouseButton.LeftButton)
    snap = w.controller.snapshot()
    at = snap.points[0].w
    core = curvature_at(snap.surface, at)
    for i, vector in enumerate(contour.eigen):
        x, y = vector.line.getData()
        start, end = np.array([x[0], y[0]]), np.array([x[1], y[1]])
        np.testing.assert_array_equal(start, at)
        direction = (end - start) / np.linalg.norm(end - start)
        np.testing.assert_allclose(direction, core.eigenvectors[:, i], atol=1e-12)
    # along v₁ (λ = 2) the ellipse is √κ = √10 times as long as along v₂ (λ = 20)
    lengths = [np.hypot(*np.diff(np.array(v.line.getData()), axis=1).ravel())
               for v in contour.eigen]
    np.testing.assert_allclose(lengths[0] / lengths[1], np.sqrt(10), rtol=1e-9)
    x, y = contour.ellipse.getData()
    (x0, x1), (y0, y1) = snap.surface.bounds
    np.testing.assert_allclose(np.column_stack([x, y]), local_ellipse(
        core, at, 0.12 * max(x1 - x0, y1 - y0)))
    w.docks["loss"].raise_()  # the panel leaves sight: the eigen-directions go with it
    qtbot.waitUntil(lambda: not contour.show_curvature.isChecked())
    assert not contour.ellipse.isVisible()


def test_the_alpha_field_warns_past_two_over_lambda_max(make_window, qtbot):
    w = make_window(valley(0.09))
    panel = w.panels.surface
    assert panel.lr_limit.text() == "stable here for α < 2/λmax = 0.1"
    assert not panel.alpha_limit.warning
    assert panel.lr.edit.styleSheet() == ""
    set_alpha(w, "0.12")
    qtbot.waitUntil(lambda: panel.alpha_limit.warning)
    assert panel.lr.edit.styleSheet() == WARN_STYLE
    assert "α = 0.12 is not below 2/λmax = 0.1" in panel.lr.edit.toolTip()
    assert "1 − αλmax = −1.4" in panel.lr.edit.toolTip()
    assert panel.lr_limit.text() == "α ≥ 2/λmax = 0.1: too large here"
    set_alpha(w, "0.05")
    qtbot.waitUntil(lambda: not panel.alpha_limit.warning)
    assert panel.lr.edit.styleSheet() == ""
    assert "2/λmax" not in panel.lr.edit.toolTip()


def click_at(qtbot, view, x: float, y: float) -> None:
    """A real left click on the plot at data coordinates (x, y)."""
    scene = view.plot.vb.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(scene))


def test_the_alpha_map_shows_cores_map_with_its_lines_and_a_click_sets_alpha(make_window,
                                                                            qtbot):
    w = make_window(Scenario())  # the seed's valley: H = 2I, 1/λmax = 0.5, 2/λmax = 1
    w.docks["alpha_map"].raise_()
    view = w.views.build("alpha_map")
    qtbot.waitUntil(lambda: view.map is not None)
    m = view.map
    snap = w.controller.snapshot()
    core = alpha_map(snap.surface, tuple(snap.path(0)[0]), m.lr, max_steps=snap.max_steps)
    np.testing.assert_array_equal(m.steps, core.steps)
    np.testing.assert_array_equal(m.state, core.state)
    assert view.half.value() == pytest.approx(0.5) and view.limit.value() == pytest.approx(1.0)
    assert not m.converged[m.lr >= 1.0].any()  # 2/λmax: nothing converges from there on
    assert m.lr[m.fastest()[0]] == pytest.approx(0.5, abs=m.lr[1] - m.lr[0])  # 1/λmax: one step
    x, y = view.converged.getData()
    np.testing.assert_array_equal(x, m.lr)
    assert view.current.value() == pytest.approx(0.1)
    assert view.words[view.current].startswith("α = 0.1: converges in ")
    assert view.labels[view.current].toPlainText().replace("\n", " ") == view.words[view.current]
    click_at(qtbot, view, 0.5, 1.0)
    qtbot.waitUntil(lambda: w.controller.scenario.surface.lr is not None
                    and abs(w.controller.scenario.surface.lr - 0.5) < 0.02)
    assert w.panels.surface.lr.text() == f"{w.controller.scenario.surface.lr:g}"
    qtbot.waitUntil(lambda: abs(view.current.value() - w.controller.scenario.surface.lr) < 1e-12)
    # past 2/λmax: the α field warns
    click_at(qtbot, view, 1.1, 1.0)
    qtbot.waitUntil(lambda: w.panels.surface.alpha_limit.warning)


def test_with_momentum_the_alpha_map_is_a_heat_map_and_a_click_sets_alpha_and_beta(
        make_window, qtbot):
    s = Scenario()
    s = replace(s, surface=replace(s.surface, racers=(Racer("momentum"),)))
    w = make_window(s)
    w.docks["alpha_map"].raise_()
    view = w.views.build("alpha_map")
    qtbot.waitUntil(lambda: view.map is not None and view.map.momentum is not None)
    m = view.map
    snap = w.controller.snapshot()
    core = alpha_map(snap.surface, tuple(snap.path(0)[0]), m.lr, m.momentum,
                     max_steps=snap.max_steps)
    np.testing.assert_array_equal(m.steps, core.steps)
    assert view.image.isVisible() and not view.converged.isVisible()
    assert tuple(view.spot.data["y"]) == (0.9,)  # torch's default β
    # momentum's limit α = 2(1 + β)/λmax (λmax = 2): the slanted line, the map a little past it
    x, y = view.boundary.getData()
    np.testing.assert_allclose(y, [0, 0.99])
    np.testing.assert_allclose(x, momentum_limit(2.0, y))
    assert view.boundary.isVisible() and m.lr[-1] >= 1.99
    cell = m.lr[1] - m.lr[0]
    for j, beta in enumerate(m.momentum):
        assert not m.converged[m.lr > 1 + beta + cell, j].any()
        if beta <= 0.8:  # slower near β = 1 (|roots| = √β): past the 200 steps
            assert m.converged[(m.lr < 1 + beta - cell) & (m.lr > 0.2), j].all()
    click_at(qtbot, view, 0.3, 0.5)
    qtbot.waitUntil(lambda: w.controller.scenario.surface.racers[0].hyper.get("momentum")
                    is not None)
    first = w.controller.scenario.surface
    assert first.lr == pytest.approx(0.3, abs=0.02)
    assert first.racers[0].hyper["momentum"] == pytest.approx(0.5, abs=0.03)


def test_the_sharpness_curve_is_cores_lambda_max_at_each_step_with_the_2_over_alpha_line(
        make_window, qtbot):
    from gdsim.core.run import Run
    from gdsim.core.scenario_names import resolve_scenario
    from gdsim.core.sharpness import history
    from gdsim.ui.text import fmt

    scenario, _ = resolve_scenario("xor")
    w = make_window(replace(scenario, step=0, max_steps=40))
    w.docks["sharpness"].raise_()
    view = w.views.build("sharpness")
    for _ in range(6):
        qtbot.mouseClick(w.run_bar.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sorted(view.values) == list(range(7)), timeout=20000)
    run = Run(replace(scenario, step=0, max_steps=40))
    X, Y = run.snapshot().data
    expected = history((run.seek(k).net for k in range(7)), X, Y)  # independent: its own run
    np.testing.assert_allclose([view.values[k] for k in range(7)], expected, rtol=1e-12)
    x, y = view.curve.getData()
    np.testing.assert_array_equal(x, np.arange(7))
    lr = scenario.network.lr
    assert view.limit.value() == pytest.approx(2 / lr)
    assert view.limit_label.toPlainText() == f"2/α = {fmt(2 / lr)}"
    assert view.marker.value() == 6


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_alpha_maps_labels_stand_by_their_lines_and_cross_no_other(make_window, qtbot,
                                                                        size):
    """The narrow valley at α = 0.09 (lesson 'Choosing α', last page): 1/λmax = 0.05 and
    2/λmax = 0.1 close on either side of the current α; its verdict crossed the 0.05 line."""
    from tests.ui.legibility import ink_rect

    s = Scenario()
    s = replace(s, surface=replace(s.surface, expression="w1^2 + 10*w2^2", start=(-4.0, 1.0),
                                   lr=0.09))
    w = make_window(s)
    w.resize(*size)
    w.docks["alpha_map"].raise_()
    view = w.views.build("alpha_map")
    qtbot.waitUntil(lambda: view.map is not None and view.limit.isVisible())
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 100)
    view.place_labels()  # as a paint would find them
    lines = [view.half, view.limit, view.current]
    plot = view.plot.vb.sceneBoundingRect()
    for line in lines:
        box = ink_rect(view.labels[line])
        assert plot.adjusted(-1, -1, 1, 1).contains(box), (view.words[line], box, plot)
        x = view.plot.vb.mapViewToScene(QPointF(line.value(), 0)).x()
        assert box.left() - 8 <= x <= box.right() + 8  # beside its line (its margins apart)
        for other in lines:
            if other is not line:
                ox = view.plot.vb.mapViewToScene(QPointF(other.value(), 0)).x()
                assert not box.left() < ox < box.right(), (view.words[line], other.value())
