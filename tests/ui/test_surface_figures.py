"""Issue 14, the surface half: figures 3-10 … 3-15 drawn as the book draws them, in the window."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.core.vectors import directions_at, step_vectors
from gdsim.examples import example_path
from gdsim.ui.text import fmt


def click(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ends(vector):
    """(start, end) of one drawn arrow: its line's two points."""
    x, y = vector.line.getData()
    return np.array([x[0], y[0]]), np.array([x[-1], y[-1]])


def test_figure_3_10_directions_are_arrows_at_A_that_follow_the_dial(make_window, qtbot):
    w = make_window(Scenario(surface=SurfaceSettings(surface="seed-paraboloid")))
    w.docks["contour"].raise_()
    w.docks["directions"].raise_()
    explorer = w.views.directions
    for angle in (-45.0, 200.0):
        explorer.angle.setValue(angle)
        snap = w.controller.snapshot()
        core = directions_at(snap.surface, snap.points[0].w, angle, explorer.step.value())
        for c in core.candidates:
            assert w.views.contour.directions[c.name].line.isVisible()  # the explorer is in view
            start, end = ends(w.views.contour.directions[c.name])
            np.testing.assert_array_equal(start, core.w)
            np.testing.assert_allclose(end, core.w + c.l, atol=1e-12)
            # The 3-D view draws the same directions from the same point.
            shaft = w.views.surface3d.directions[c.name].pos
            assert shaft is not None and len(shaft) >= 2
    # the colours are the explorer's
    from gdsim.ui.style import DIRECTION_COLORS

    pen = w.views.contour.directions["V1"].line.opts["pen"]
    assert pen.color().name() == DIRECTION_COLORS["V1"]


def test_explorer_labels_do_not_overlap_and_overshoot_is_explained(make_window, qtbot):
    w = make_window(Scenario(surface=SurfaceSettings(surface="seed-paraboloid",
                                                     start=(0.1, -0.1))))
    w.docks["directions"].raise_()
    d = w.views.directions

    def drawn_and_laid_out():
        rows = {d.table.item(r, 0).text(): r for r in range(d.table.rowCount())}
        steepest = rows["−grad J"]
        change = float(d.table.item(steepest, 3).text())
        assert change > 0  # h = 0.5 steps right over the minimum 0.14 away
        assert "overshoot" in d.table.item(steepest, 3).toolTip()
        # the extremes' words are shown whole, apart from each other and from the plot's marks
        assert d.min_label.text().startswith("min −|grad J| = ")
        for label in (d.min_label, d.max_label):
            assert label.isVisible() and label.width() >= label.sizeHint().width()
        assert not d.min_label.geometry().intersects(d.max_label.geometry())
        assert not d.min_label.geometry().intersects(d.plot.geometry())

    qtbot.waitUntil(drawn_and_laid_out)


def test_figure_3_13_labels_carry_cores_numbers_and_OQ_is_drawn(make_window, qtbot):
    w = make_window()  # the seed's J from A = (−2, 3), α = 0.1
    w.docks["contour"].raise_()
    view = w.views.contour
    assert view.oq.line.isVisible() and view.ap.text.isVisible()
    snap = w.controller.snapshot()
    v = step_vectors(snap.points[0].w, snap.points[0].grad, snap.lr[0])
    oq = ends(view.oq)
    np.testing.assert_array_equal(oq[0], [0, 0])
    np.testing.assert_allclose(oq[1], [4, -8])
    assert "−grad J = (4, −8)\n∥ (1, −2)" in view.oq.text.toPlainText()
    assert f"|AP| = α·|grad J| = {fmt(v.AP_length, 4)}" in view.ap.text.toPlainText()
    assert f"|OA| = {fmt(v.OA_length, 4)}" in view.oa.text.toPlainText()
    assert f"|OP| = {fmt(v.OP_length, 4)}" in view.op.text.toPlainText()
    # after a step the labels follow
    click(qtbot, w.run_bar.step_button)
    snap = w.controller.snapshot()
    v = step_vectors(snap.path(0)[-2], P=snap.path(0)[-1])
    assert f"|OP| = {fmt(v.OP_length, 4)}" in view.op.text.toPlainText()


def test_contour_keeps_equal_scales_with_a_toggle(make_window, qtbot):
    w = make_window()
    view = w.views.contour
    assert view.plot.vb.state["aspectLocked"] == 1
    view.equal_scales.trigger()
    assert not view.plot.vb.state["aspectLocked"]
    view.equal_scales.trigger()
    assert view.plot.vb.state["aspectLocked"] == 1


def test_trace_table_has_the_gradient_columns(make_window, qtbot):
    w = make_window()
    w.docks["trace"].raise_()
    click(qtbot, w.run_bar.step_button, 3)
    model = w.views.trace.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-2:] == ["∂J/∂w1", "∂J/∂w2"]
    snap = w.controller.snapshot()
    for k in range(4):
        from gdsim.core.descent import Descent  # noqa: F401  (core's gradient is the surface's)

        g = snap.surface.gradient(snap.path(0)[k])
        assert float(model.data(model.index(k, 5), Qt.ItemDataRole.ToolTipRole)) == \
            pytest.approx(g[0], abs=1e-15)
        assert float(model.data(model.index(k, 6), Qt.ItemDataRole.ToolTipRole)) == \
            pytest.approx(g[1], abs=1e-15)


@pytest.mark.parametrize("name, view", [("fig-3-13-step-vectors", "contour"),
                                        ("fig-3-15-descent-contour", "contour")])
def test_figures_3_13_and_3_15_have_their_own_examples(make_window, qtbot, name, view):
    from gdsim.core.scenario import load_scenario

    scenario = load_scenario(example_path(name))
    assert scenario.view == view
    w = make_window(scenario)
    qtbot.waitUntil(lambda: not w.docks[view].visibleRegion().isEmpty())


def test_bug1_divergence_is_drawn_honestly(make_window, qtbot):
    from gdsim.core.scenario import load_scenario

    w = make_window(load_scenario(example_path("diverging-lr")))
    w.docks["loss"].raise_()
    w.docks["contour"].raise_()
    w.controller.seek(w.controller.scenario.max_steps)
    snap = w.controller.snapshot()
    last = float(snap.costs(0)[-1])
    assert snap.status.diverged and snap.k == snap.status.at  # by the rule, J > 10⁶ × J₀
    assert last > 1e6 * float(snap.costs(0)[0])
    loss = w.views.loss
    x, y = loss.curves[0].getData()
    assert loss.log.isChecked()  # J spans far more than six decades
    top = float(np.nanmax(y))
    assert top == pytest.approx(math.log10(last)) or top == pytest.approx(last)
    # contour: nothing drawn outside the surface's box, and a marker where the path leaves it
    (x0, x1), (y0, y1) = snap.surface.bounds
    px, py = w.views.contour.paths[0].getData()
    assert px.min() >= x0 - 1e-9 and px.max() <= x1 + 1e-9
    assert py.min() >= y0 - 1e-9 and py.max() <= y1 + 1e-9
    ex, ey = w.views.contour.exits.getData()
    assert len(ex) >= 1
    # 3-D: the path stays in the box, with its exit marker
    from gdsim.ui.views.surface3d import BOX

    pos = w.views.surface3d.racers[0].path.pos
    assert np.abs(pos[:, :2]).max() <= BOX / 2 + 1e-6
    assert len(w.views.surface3d.racers[0].exits.pos) >= 1


def test_bug2_ticking_momentum_keeps_the_four_starts(make_window, qtbot):
    from gdsim.core.scenario import load_scenario

    w = make_window(load_scenario(example_path("himmelblau-starts")))
    panel = w.panels.surface
    assert len(panel.rows) == 4
    assert [r.start.text() for r in panel.rows] == ["1, 1", "-1, 1", "-1, -1", "1, -1"]
    click(qtbot, panel.checks["momentum"])
    racers = w.controller.scenario.surface.racers
    assert [r.optimizer for r in racers] == ["sgd"] * 4 + ["momentum"]
    assert [r.start for r in racers[:4]] == [(1, 1), (-1, 1), (-1, -1), (1, -1)]
    snap = w.controller.snapshot()
    assert len({tuple(p.w) for p in snap.points[:4]}) == 4
    # a row's own start is edited in its row and checked by the settings schema
    row = panel.rows[1]
    row.start.edit.setText("2, 2")
    row.start.edit.editingFinished.emit()
    assert w.controller.scenario.surface.racers[1].start == (2, 2)
    row.start.edit.setText("1e9, 0")
    row.start.edit.editingFinished.emit()
    assert "[-1e+06, 1e+06]" in row.start.message
    # remove and add
    click(qtbot, panel.rows[0].remove)
    assert len(w.controller.scenario.surface.racers) == 4
    click(qtbot, panel.add)
    assert len(w.controller.scenario.surface.racers) == 5


def test_bug4_the_explorers_angle_round_trips(make_window, qtbot, tmp_path):
    from gdsim.core.scenario import load_scenario

    w = make_window(Scenario(surface=SurfaceSettings(angle=30.0)))
    d = w.views.directions
    assert d.angle.value() == pytest.approx(30.0)
    d.angle.setValue(100.0)
    click(qtbot, w.run_bar.step_button)  # stepping keeps the chosen angle
    assert d.angle.value() == pytest.approx(100.0)
    path = tmp_path / "angle.json"
    assert w.file_menu.save_to(path)
    assert load_scenario(path).surface.angle == pytest.approx(100.0)


def test_bug7_fields_that_do_not_apply_are_disabled_with_a_reason(make_window, qtbot):
    from dataclasses import replace

    from gdsim.core.scenario import NetworkSettings
    from gdsim.ui.network_panel import NetworkPanel

    panel = NetworkPanel()
    qtbot.addWidget(panel)
    xor = Scenario(mode="network", network=NetworkSettings(data="xor", sizes=(2, 3, 2)))
    panel.show_scenario(xor)
    assert not panel.n.edit.isEnabled()
    assert "XOR" in panel.n.edit.toolTip()
    assert panel.noise.edit.isEnabled()  # XOR's corners do take noise
    assert not panel.hyper.edit.isEnabled()  # sgd has none besides α
    assert "no hyper-parameters" in panel.hyper.edit.toolTip()
    panel.show_scenario(replace(xor, network=replace(xor.network, data="moons",
                                                     optimizer="adam")))
    assert panel.n.edit.isEnabled() and panel.hyper.edit.isEnabled()
    assert "beta1=0.9" in panel.hyper.edit.placeholderText()
    # another optimizer's hyper-parameter is refused at the field
    ok, _ = (panel.hyper.edit.setText("momentum=0.5"), panel.hyper.validate())[1]
    assert not ok and "adam has no 'momentum'" in panel.hyper.message
    # the surface panel: a racer's hyper-parameters are its own optimizer's only
    w = make_window()
    row = w.panels.surface.rows[0]
    assert not row.hyper.edit.isEnabled() and "sgd" in row.hyper.edit.toolTip()
    row.optimizer.setCurrentText("momentum")
    assert row.hyper.edit.isEnabled()
    assert w.controller.scenario.surface.racers[0].optimizer == "momentum"
