"""One backpropagation: the gradient on screen is the one that moved θ, for every activation and
loss, and it is torch autograd's gradient (float64)."""

# ruff: noqa: E741  (l is the seed's layer index)
import numpy as np
import pytest

from gdsim.core.activations import ACTIVATIONS, LOSSES
from gdsim.core.backprop import backpropagate, train_step
from gdsim.core.optimizers import SGD
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario

CASES = [(a, loss) for a in ACTIVATIONS for loss in LOSSES]


def scenario(activation: str, loss: str, **settings) -> Scenario:
    # A batch of several samples (xor: 4 of them), so the 1/m and the sums over it count too.
    s = NetworkSettings(sizes=(2, 5, 3, 2), activation=activation, loss=loss, data="xor",
                        lr=0.3, seed=4, **settings)
    return Scenario(mode="network", network=s, max_steps=50)


@pytest.mark.parametrize(("activation", "loss"), CASES)
def test_the_snapshot_shows_the_gradient_that_moved_theta(activation, loss):
    run = Run(scenario(activation, loss))
    snaps = [run.seek(k) for k in range(6)]
    for before, after in zip(snaps, snaps[1:]):
        g = before.bwd.grad
        # θ_{k+1} = θ_k − α·g_k   (3-12), bit for bit with the g_k the window shows
        np.testing.assert_array_equal(after.net.theta, before.net.theta - 0.3 * g)
        # and g_k is what the training step computes at θ_k on that batch
        _, _, J, applied = train_step(before.net, before.x, before.y, SGD(lr=0.3),
                                      SGD(lr=0.3).init_state(before.net.theta))
        np.testing.assert_array_equal(applied, g)
        # the per-layer views are that same vector
        W, b = before.net.split(g)
        for l in range(3):
            assert np.shares_memory(before.bwd.dW[l], g) and np.shares_memory(before.bwd.db[l], g)
            np.testing.assert_array_equal(before.bwd.dW[l], W[l])
            np.testing.assert_array_equal(before.bwd.db[l], b[l])


def test_the_snapshot_holds_the_very_pass_the_iteration_computed():
    run = Run(scenario("tanh", "mse"))
    run.seek(3)
    kept = run.model.passes[2]  # computed while stepping from θ_2 to θ_3
    assert run.seek(2).bwd.grad is kept.bwd.grad


@pytest.mark.parametrize(("activation", "loss"), CASES)
def test_the_gradient_is_torch_autograd_in_float64(activation, loss):
    torch = pytest.importorskip("torch")
    snap = Run(scenario(activation, loss)).seek(2)
    net, x, y = snap.net, snap.x, snap.y
    if activation in ("relu", "leaky_relu"):  # keep away from the kink, where f′ is a choice
        assert min(float(np.abs(z).min()) for z in snap.fwd.z[1:]) > 1e-9
    modules = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU,
               "leaky_relu": lambda: torch.nn.LeakyReLU(0.01), "identity": torch.nn.Identity}
    params = [torch.tensor(v, dtype=torch.float64, requires_grad=True)
              for W, b in zip(net.W, net.b, strict=True) for v in (W, b)]
    a = torch.from_numpy(x)
    for l in range(len(net.W)):
        a = a @ params[2 * l] + params[2 * l + 1]
        if l < len(net.W) - 1 or loss == "mse":
            a = modules[activation]()(a)
    t_y = torch.from_numpy(y)
    if loss == "mse":
        J = 0.5 * ((a - t_y) ** 2).sum() / len(x)
    else:
        J = torch.nn.functional.cross_entropy(a, t_y)
    J.backward()
    expected = np.concatenate([p.grad.numpy().ravel() for p in params])
    np.testing.assert_allclose(snap.bwd.grad, expected, rtol=1e-12, atol=1e-15)
    assert backpropagate(net, x, y).J == pytest.approx(J.item(), rel=1e-13)


def test_the_training_step_calls_update_and_the_named_functions(monkeypatch):
    """train_step is built from the per-equation functions: replacing one changes it."""
    import gdsim.core.backprop as bp

    calls = []
    for name in ("forward_layer", "loss", "output_delta", "hidden_delta", "weight_gradient",
                 "bias_gradient", "update"):
        original = getattr(bp, name)

        def spy(*args, _f=original, _name=name, **kwargs):
            calls.append(_name)
            return _f(*args, **kwargs)

        monkeypatch.setattr(bp, name, spy)
    snap = Run(scenario("sigmoid", "mse")).snapshot()
    calls.clear()
    bp.train_step(snap.net, snap.x, snap.y, SGD(lr=0.3), SGD(lr=0.3).init_state(snap.net.theta))
    assert calls == ["forward_layer"] * 3 + ["loss", "output_delta"] + [
        "weight_gradient", "bias_gradient", "hidden_delta"] * 2 + [
        "weight_gradient", "bias_gradient", "update"]
