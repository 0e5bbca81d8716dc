"""One backpropagation: the gradient on screen is the one that moved θ, for every activation and
loss, and it is torch autograd's gradient (float64)."""

# ruff: noqa: E741  (l is the seed's layer index)
import math

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


def by_hand(W, b, x, y, lr):
    """One iteration of a sigmoid network under ½-squared error, one number at a time: the
    seed's sums written out (3-18, 3-19, 3-37, 3-36, 3-34, 3-35, 3-12), mean over the rows of
    x. Lists of floats and math.exp only: nothing shared with gdsim.core.backprop."""
    m, L = len(x), len(W)
    J, gW = 0.0, [[[0.0] * len(Wl[0]) for _ in Wl] for Wl in W]
    gb = [[0.0] * len(bl) for bl in b]
    for xs, ys in zip(x, y):
        a = [list(xs)]
        for l in range(L):
            z = [sum(a[l][j] * W[l][j][i] for j in range(len(a[l]))) + b[l][i]
                 for i in range(len(b[l]))]
            a.append([1 / (1 + math.exp(-v)) for v in z])
        J += sum(0.5 * (o - t) ** 2 for o, t in zip(a[L], ys)) / m
        delta = [(o - t) * o * (1 - o) / m for o, t in zip(a[L], ys)]
        for l in range(L - 1, -1, -1):
            for j in range(len(a[l])):
                for i in range(len(delta)):
                    gW[l][j][i] += a[l][j] * delta[i]
            for i in range(len(delta)):
                gb[l][i] += delta[i]
            delta = [sum(delta[i] * W[l][j][i] for i in range(len(delta))) * a[l][j]
                     * (1 - a[l][j]) for j in range(len(a[l]))]
    new_W = [[[w - lr * g for w, g in zip(row, grow)] for row, grow in zip(Wl, gl)]
             for Wl, gl in zip(W, gW)]
    new_b = [[v - lr * g for v, g in zip(bl, gl)] for bl, gl in zip(b, gb)]
    return J, new_W, new_b


@pytest.mark.parametrize("data", ["one", "xor"])
def test_the_training_step_is_the_seed_s_sums_computed_by_hand(data):
    """train_step (forward, J, backward, update) against the same iteration written out
    number by number: the seed's sample on 3-4-2, and the 4 XOR corners on 2-5-3-2."""
    s = (NetworkSettings() if data == "one" else
         NetworkSettings(sizes=(2, 5, 3, 2), data="xor", seed=4))
    snap = Run(Scenario(mode="network", network=s)).snapshot()
    net, x, y = snap.net, snap.x, snap.y
    new, _, J, _ = train_step(net, x, y, SGD(lr=0.5), SGD(lr=0.5).init_state(net.theta))
    J_hand, W_hand, b_hand = by_hand([W.tolist() for W in net.W], [b.tolist() for b in net.b],
                                     x.tolist(), y.tolist(), 0.5)
    assert J == pytest.approx(J_hand, rel=1e-13)
    for l in range(len(net.W)):
        np.testing.assert_allclose(new.W[l], W_hand[l], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(new.b[l], b_hand[l], rtol=1e-13, atol=1e-15)
    assert not np.allclose(new.theta, net.theta)  # it moved
