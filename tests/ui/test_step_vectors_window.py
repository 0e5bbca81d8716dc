"""The contour view and the direction explorer draw what core computes, and nothing else."""

import numpy as np
from PySide6.QtCore import Qt

from gdsim.core.vectors import directions_at, trace_step
from gdsim.ui.text import fmt


def show(w, name):
    """Raise the dock of a view and return the view (the window names them either way)."""
    docks = getattr(w, "docks", None)
    (docks[name] if docks else getattr(w, f"{name}_dock")).raise_()
    view = getattr(w, name, None)
    return view if view is not None else getattr(w.views, name)


def drawn(vector):
    """(start, end) of one drawn arrow: its line's two points."""
    x, y = vector.line.getData()
    return np.array([x[0], y[0]]), np.array([x[1], y[1]])


def test_the_contour_views_OA_AP_OP_are_cores_vectors(make_window, qtbot):
    w = make_window()
    view = show(w, "contour")
    for clicks in (0, 1, 4):  # before the first step (k = 0), then after steps k = 1 and 5
        for _ in range(clicks):
            qtbot.mouseClick(w.run_bar.step_button, Qt.MouseButton.LeftButton)
        snap = w.controller.snapshot()
        v = trace_step(snap.path(0), snap.points[0].grad, snap.lr[0])
        oa, ap, op = drawn(view.oa), drawn(view.ap), drawn(view.op)
        np.testing.assert_array_equal(oa[0], [0.0, 0.0])
        np.testing.assert_array_equal(oa[1], v.OA)
        np.testing.assert_array_equal(ap[0], v.OA)
        np.testing.assert_array_equal(ap[1], v.OA + v.AP)
        np.testing.assert_array_equal(op[0], [0.0, 0.0])
        np.testing.assert_array_equal(op[1], v.OP)
    # At k = 0 it is the seed's first step: A = (−2, 3), P1 = (−1.6, 2.2), AP = −α·grad J.
    w.controller.seek(0)
    a, p = drawn(view.ap)
    np.testing.assert_allclose(a, [-2.0, 3.0])
    np.testing.assert_allclose(p, [-1.6, 2.2], atol=1e-15)
    assert view.ap.text.toPlainText().startswith("AP = −α·grad J")


def test_the_direction_explorer_shows_cores_directions(make_window, qtbot):
    w = make_window()
    d = show(w, "directions")
    qtbot.mouseClick(w.run_bar.step_button, Qt.MouseButton.LeftButton)
    d.angle.setValue(200.0)
    snap = w.controller.snapshot()
    core = directions_at(snap.surface, snap.points[0].w, 200.0, d.step.value())
    for row, c in enumerate(core.candidates):
        assert d.table.item(row, 0).text() == c.name
        assert d.table.item(row, 2).text() == f"{fmt(c.slope)}"
        assert d.table.item(row, 3).text() == f"{fmt(c.change)}"
        assert d.marks[c.name].value() == c.angle
    x, y = d.curve.getData()
    np.testing.assert_array_equal(x, core.angles)
    np.testing.assert_array_equal(y, core.slopes)
    assert (d.maximum, d.minimum) == (core.grad_norm, -core.grad_norm)


def test_the_contour_says_op_is_oa_minus_alpha_grad_j_only_for_a_gradient_step(qtbot):
    """(3-11) holds for SGD's step alone: another optimizer's AP is its own step, and the
    contour says OP = OA + AP (3-10) for it, whatever its racer is called."""
    from dataclasses import replace

    from gdsim.core.run import Run
    from gdsim.core.scenario import Racer, Scenario
    from gdsim.ui.views.contour import ContourView

    view = ContourView()
    qtbot.addWidget(view)
    for optimizer, gradient_step in (("sgd", True), ("momentum", False), ("adam", False)):
        s = Scenario()
        s = replace(s, surface=replace(s.surface, racers=(Racer(optimizer=optimizer),)))
        snap = Run(s).step()
        assert snap.gradient_steps == (gradient_step,)
        view.draw(snap)
        op = view.op.text.toPlainText()
        assert op.startswith("OP = OA − α·grad J" if gradient_step else "OP = OA + AP"), op
    from gdsim.core.landscape import Landscape

    for optimizer, gradient_step in (("sgd", True), ("adam", False)):
        s = Scenario(mode="network")
        s = replace(s, network=replace(s.network, optimizer=optimizer))
        assert Landscape().view(Run(s).step()).gradient_steps == (gradient_step,)
