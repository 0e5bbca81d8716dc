"""Network mode in the Run: phases in an iteration, replay, divergence, landscape, traces."""

import json
from dataclasses import replace

import numpy as np
import pytest

from gdsim.core.architecture import Network
from gdsim.core.backprop import train_step
from gdsim.core.landscape import Landscape, landscape_surface
from gdsim.core.optimizers import SGD
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.core.traces import to_csv, to_json, trace_rows

NETWORK = Scenario(mode="network")


def test_layer_steps_walk_forward_right_then_backward_left_then_update():
    run = Run(NETWORK)
    labels, fronts = [], []
    for _ in range(6):
        snap = run.step("layer")
        labels.append(snap.phase_label)
        fronts.append((snap.revealed_forward, snap.revealed_backward))
    assert labels == ["Forward: layer 2", "Forward: layer 3", "Backward: δ³", "Backward: δ²",
                      "Update", "θₖ: the whole iteration shown (Next ▸ walks it)"]
    assert fronts == [(1, 0), (2, 0), (2, 1), (2, 2), (2, 2), (0, 0)]
    assert snap.k == 1


def test_update_phase_shows_the_step_the_iteration_takes():
    run = Run(NETWORK)
    before = run.snapshot()
    for _ in range(3):
        snap = run.step("phase")
    assert snap.phase_label == "Update"
    after = Run(NETWORK).seek(1)
    np.testing.assert_allclose(snap.step, after.net.theta - before.net.theta, atol=1e-15)
    # SGD: the step is −α ∂J/∂θ, the gradient of the backward pass (3-12).
    np.testing.assert_allclose(snap.step, -NETWORK.network.lr * before.bwd.grad, atol=1e-15)


def test_iterations_replay_train_step_exactly_and_back_works_at_every_granularity():
    run = Run(NETWORK)
    net = Network.from_sizes((3, 4, 2), "sigmoid", "mse", 0)
    x, y = np.array([[0.05, 0.10, 0.15]]), np.array([[0.01, 0.99]])
    state = SGD(lr=0.5).init_state(net.theta)
    for _ in range(5):
        net, state, _, _ = train_step(net, x, y, SGD(lr=0.5), state)
    np.testing.assert_array_equal(run.seek(5).net.theta, net.theta)
    run.step("layer")
    assert (run.k, run.phase) == (5, 1)
    run.back("layer")
    assert (run.k, run.phase) == (5, 0)
    run.back("layer")
    assert (run.k, run.phase) == (4, 5)
    run.back("phase")
    assert (run.k, run.phase) == (4, 4)
    run.back()
    assert (run.k, run.phase) == (4, 0)


def test_losses_fall_on_one_sample():
    snap = Run(NETWORK).seek(50)
    assert snap.losses[0] > snap.losses[25] > snap.losses[50]


def test_a_huge_learning_rate_diverges_and_keeps_finite_weights():
    s = Scenario(mode="network", network=NetworkSettings(lr=1e6, activation="identity",
                                                         sizes=(3, 8, 8, 2)), max_steps=5000)
    run = Run(s)
    snap = run.seek(5000)
    assert snap.status.diverged and str(snap.status) == f"diverged at step {snap.status.at}"
    assert np.isfinite(snap.net.theta).all() and np.isfinite(snap.J)
    assert run.at_end


def test_landscape_at_the_current_weights_equals_J_and_its_gradient_is_backprop():
    run = Run(NETWORK)
    snap = run.seek(3)
    view = Landscape().view(snap)
    w = view.points[0].w
    assert float(view.surface.value(w[0], w[1])) == pytest.approx(snap.J, rel=1e-12)
    X, Y = snap.data
    surface = landscape_surface(snap.net, X, Y, snap.axes)
    np.testing.assert_allclose(surface.gradient(w), snap.bwd.grad[list(snap.axes)], rtol=1e-12)
    assert view.grid[2].shape[0] >= 9 and np.isfinite(view.grid[2]).all()


def test_surface_trace_rows_equal_core_and_network_rows_name_every_parameter():
    run = Run(Scenario())
    rows = trace_rows(run, range(0, 21))
    assert len(rows) == 21 and rows[1]["w1"] == pytest.approx(-1.6) and rows[0]["J"] == 24
    csv_text = to_csv(rows)
    assert csv_text.splitlines()[0] == "k,w1,w2,J,dJ_dw1,dJ_dw2"
    assert len(csv_text.splitlines()) == 22
    net_run = Run(NETWORK)
    net_rows = trace_rows(net_run, [0, 2])
    assert "w^1_11" in net_rows[0] and "b^2_2" in net_rows[0]
    assert net_rows[1]["J"] == pytest.approx(net_run.seek(2).J)
    assert json.loads(to_json(net_rows, net_run))["states"][1]["k"] == 2


def test_the_drawn_path_lies_on_the_landscape_and_ends_at_J():
    snap = Run(NETWORK).seek(8)
    view = Landscape().view(snap)
    heights = view.heights()
    assert heights[-1] == snap.J
    w1, w2, J = view.grid
    # At a grid node the interpolation is the grid value itself.
    from gdsim.core.landscape import bilinear

    assert bilinear(w1, w2, J, [w1[3]], [w2[7]])[0] == pytest.approx(J[3, 7])
    assert np.isfinite(heights).all() and len(heights) == 9


def test_the_landscape_axes_are_the_two_steepest_weights_at_theta_0():
    from gdsim.core.scenario import load_scenario
    from gdsim.core.training import Training, chosen_axes
    from gdsim.examples import example_path

    for name in ("fig-3-16-network", "digits", "xor"):
        t = Training.from_settings(load_scenario(example_path(name)).network)
        sgd = SGD(lr=0.0)
        slope = np.abs(train_step(t.start, t.X, t.Y, sgd, sgd.init_state(t.start.theta))[3])
        weights = [k for k in range(t.start.n_params) if t.start.parameter_address(k)[0] == "w"]
        steepest = sorted(weights, key=lambda k: -slope[k])[:2]
        assert list(t.axes) == steepest, name
    digits = Training.from_settings(load_scenario(example_path("digits")).network)
    assert np.ptp(digits.X[:, 0]) == 0  # pixel 1 is 0 in every image: w¹₁ⱼ lies flat
    from_pixel_1 = [digits.start.weight_index(1, i, 1) for i in range(1, 33)]
    assert not set(digits.axes) & set(from_pixel_1)
    # One axis chosen: the other is the steepest weight that is not it.
    s = NETWORK.network
    a, b = chosen_axes(s, Training.from_settings(s).start)
    net = Training.from_settings(s).start
    assert chosen_axes(replace(s, axes=(b, -1)), net) == (b, a)
    assert chosen_axes(replace(s, axes=(-1, 3)), net) == (a, 3)
