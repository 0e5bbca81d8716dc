"""The network against hand-computed numbers, central differences and PyTorch (float64)."""

# ruff: noqa: E741  (l is the seed's layer index)
import math

import numpy as np
import pytest

from gdsim.core.activations import ACTIVATIONS, LOSSES
from gdsim.core.architecture import Network
from gdsim.core.backprop import (
    backward,
    bias_gradient,
    cost,
    forward,
    forward_layer,
    hidden_delta,
    loss,
    output_delta,
    train_step,
    update,
    weight_gradient,
)
from gdsim.core.datasets import xor
from gdsim.core.errors import GdsimError, InputError, NetworkError
from gdsim.core.optimizers import FIRST_ORDER, SGD, make_optimizer
from gdsim.core.paths import numerical_gradient
from gdsim.core.sizes import parse_sizes

SHAPES = [(3, 4, 2), (2, 5, 3), (4, 3, 5, 3)]
SPEC_FILE = {"sizes": [2, 3, 1], "activation": ["tanh", "sigmoid"], "loss": "mse",
             "weights": [[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], [[0.7], [-0.8], [0.9]]],
             "biases": [[0.0, 0.1, -0.1], [0.2]]}


def sig(v: float) -> float:
    return 1 / (1 + math.exp(-v))


def random_case(sizes, activation, loss_name, m, seed):
    """A network and a batch where no hidden z lies near the kink of (leaky) ReLU."""
    for attempt in range(100):
        rng = np.random.default_rng(1000 * seed + attempt)
        net = Network.from_sizes(sizes, activation, loss_name, seed=1000 * seed + attempt)
        net = net.with_theta(net.theta + rng.uniform(-0.3, 0.3, net.n_params))
        X = rng.normal(size=(m, sizes[0]))
        Y = rng.dirichlet(np.ones(sizes[-1]), size=m) if loss_name == "cross_entropy" else \
            rng.uniform(0, 1, (m, sizes[-1]))
        zs = forward(net, X).z[1:]
        if min(float(np.abs(z).min()) for z in zs) > 1e-3:
            return net, X, Y
    raise AssertionError("no well-conditioned case found")


def rel_err(a, b):
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-300))


# -- the seed's notation, by hand -------------------------------------------------------------


def test_shapes_of_figure_3_16():
    net = Network.from_sizes((3, 4, 2))
    assert [W.shape for W in net.W] == [(3, 4), (4, 2)]
    assert [b.shape for b in net.b] == [(4,), (2,)]
    assert net.n_params == 3 * 4 + 4 + 4 * 2 + 2 == 26
    assert net.L == 3 and net.activations == ("sigmoid", "sigmoid")
    fwd = forward(net, [0.05, 0.10, 0.15])
    assert [a.shape for a in fwd.a] == [(1, 3), (1, 4), (1, 2)]
    assert fwd.z[0] is None and [z.shape for z in fwd.z[1:]] == [(1, 4), (1, 2)]


def test_W_l_j_i_is_w_l_ij_by_hand():
    """A 2-2-2 network with known numbers: z^2_i = Σ_j a^1_j w^1_{ij} + b^1_i (3-14)."""
    w1 = {(1, 1): 0.1, (1, 2): 0.2, (2, 1): -0.3, (2, 2): 0.4}  # w^1_{ij}: j → i
    w2 = {(1, 1): 0.5, (1, 2): -0.6, (2, 1): 0.7, (2, 2): 0.8}
    b1, b2 = [0.01, -0.02], [0.03, 0.04]
    d = {"sizes": [2, 2, 2], "activation": "sigmoid",
         "weights": [[[w1[1, 1], w1[2, 1]], [w1[1, 2], w1[2, 2]]],  # weights[0][j][i]
                     [[w2[1, 1], w2[2, 1]], [w2[1, 2], w2[2, 2]]]],
         "biases": [b1, b2]}
    net = Network.from_dict(d)
    for (i, j), v in w1.items():
        assert net.W[0][j - 1, i - 1] == v == net.theta[net.weight_index(1, i, j)]
    x, y = [0.05, 0.10], [0.01, 0.99]
    z2 = [x[0] * w1[i, 1] + x[1] * w1[i, 2] + b1[i - 1] for i in (1, 2)]
    a2 = [sig(v) for v in z2]
    z3 = [a2[0] * w2[i, 1] + a2[1] * w2[i, 2] + b2[i - 1] for i in (1, 2)]
    a3 = [sig(v) for v in z3]
    fwd = forward(net, x)
    np.testing.assert_allclose(fwd.z[1][0], z2, rtol=1e-14)
    np.testing.assert_allclose(fwd.a[2][0], a3, rtol=1e-14)
    J = 0.5 * sum((a - t) ** 2 for a, t in zip(a3, y, strict=True))  # (3-19)
    assert loss(net, fwd.z[-1], fwd.a[-1], np.array([y])) == pytest.approx(J, rel=1e-14)
    # (3-33), (3-27), (3-30), (3-31) one number at a time
    d3 = [(a3[i] - y[i]) * a3[i] * (1 - a3[i]) for i in (0, 1)]
    d2 = [sum(d3[k] * w2[k + 1, i + 1] for k in (0, 1)) * a2[i] * (1 - a2[i]) for i in (0, 1)]
    bw = backward(net, fwd, [y])
    grad = bw.grad
    for i in (1, 2):
        for j in (1, 2):
            w2_ij, w1_ij = net.weight_index(2, i, j), net.weight_index(1, i, j)
            assert grad[w2_ij] == pytest.approx(d3[i - 1] * a2[j - 1], rel=1e-13)  # (3-30)
            assert grad[w1_ij] == pytest.approx(d2[i - 1] * x[j - 1], rel=1e-13)
        assert grad[net.bias_index(2, i)] == pytest.approx(d3[i - 1], rel=1e-13)
        assert grad[net.bias_index(1, i)] == pytest.approx(d2[i - 1], rel=1e-13)
    assert net.parameter_name(net.weight_index(1, 2, 1)) == "w^1_21"
    assert net.parameter_address(net.bias_index(2, 2)) == ("b", 2, 2, None)


def test_spec_network_file_by_hand():
    net = Network.from_dict(SPEC_FILE)
    x = [1.0, 2.0]
    z2 = [0.1 + 2 * 0.4 + 0.0, -0.2 + 2 * 0.5 + 0.1, 0.3 - 2 * 0.6 - 0.1]
    a3 = sig(0.7 * math.tanh(z2[0]) - 0.8 * math.tanh(z2[1]) + 0.9 * math.tanh(z2[2]) + 0.2)
    fwd = forward(net, x)
    np.testing.assert_allclose(fwd.z[1][0], z2, rtol=1e-14)
    assert fwd.a[-1][0, 0] == pytest.approx(a3, rel=1e-14)
    assert net.to_dict() == SPEC_FILE


def test_layer_by_layer_equals_whole_forward(rng):
    net = Network.from_sizes((4, 6, 5, 3), ["tanh", "relu", "sigmoid"], seed=3)
    X = rng.normal(size=(7, 4))
    fwd = forward(net, X)
    a = X
    for l in range(len(net.W)):
        z, a = forward_layer(net, l, a)
        np.testing.assert_array_equal(z, fwd.z[l + 1])
        np.testing.assert_array_equal(a, fwd.a[l + 1])


def test_phases_one_at_a_time_equal_backward(rng):
    net, X, Y = random_case((3, 5, 4, 2), "tanh", "mse", 4, 7)
    fwd = forward(net, X)
    bw = backward(net, fwd, Y)
    d = output_delta(net, fwd.z[3], fwd.a[3], Y)
    for l in (2, 1, 0):
        np.testing.assert_array_equal(d, bw.delta[l + 1])
        np.testing.assert_array_equal(weight_gradient(fwd.a[l], d), bw.dW[l])
        np.testing.assert_array_equal(bias_gradient(d), bw.db[l])
        if l:
            d = hidden_delta(net, l, d, fwd.z[l])
    W, b = net.split(bw.grad)
    for l in range(3):
        np.testing.assert_array_equal(W[l], bw.dW[l])
        np.testing.assert_array_equal(b[l], bw.db[l])


# -- gradients against central differences -----------------------------------------------------


@pytest.mark.parametrize("loss_name", LOSSES)
@pytest.mark.parametrize("activation", list(ACTIVATIONS))
@pytest.mark.parametrize("sizes", SHAPES)
def test_backprop_equals_central_differences(sizes, activation, loss_name):
    for m in (1, 5):
        net, X, Y = random_case(sizes, activation, loss_name, m, seed=len(sizes) + m)
        grad = backward(net, forward(net, X), Y).grad
        num = numerical_gradient(net, X, Y, eps=1e-6)
        assert rel_err(grad, num) < 1e-6
        np.testing.assert_allclose(grad, num, rtol=1e-5, atol=1e-8)


def test_mixed_activations_and_batch_mean(rng):
    net, X, Y = random_case((3, 4, 4, 2), ["leaky_relu", "tanh", "identity"], "mse", 6, 2)
    grad = backward(net, forward(net, X), Y).grad
    assert rel_err(grad, numerical_gradient(net, X, Y)) < 1e-6
    # the mean over samples: the gradient of the batch is the mean of the samples' gradients
    each = [backward(net, forward(net, X[k]), Y[k]).grad for k in range(6)]
    np.testing.assert_allclose(grad, np.mean(each, axis=0), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("loss_name", LOSSES)
@pytest.mark.parametrize("m", [1, 4])
def test_train_step_equals_the_phases(loss_name, m):
    net, X, Y = random_case((3, 4, 3), "sigmoid", loss_name, m, 5)
    fwd = forward(net, X)
    bw = backward(net, fwd, Y)
    opt = SGD(lr=0.3)
    new, state, J, grad = train_step(net, X, Y, opt, opt.init_state(net.theta))
    assert J == pytest.approx(loss(net, fwd.z[-1], fwd.a[-1], Y), rel=1e-14)
    assert cost(net, X, Y) == pytest.approx(J, rel=1e-14)
    np.testing.assert_allclose(grad, bw.grad, rtol=1e-13, atol=1e-16)
    stepped, _ = update(net, bw.grad, opt, opt.init_state(net.theta))
    np.testing.assert_allclose(new.theta, net.theta - 0.3 * bw.grad, rtol=1e-14)  # (3-12)
    np.testing.assert_allclose(stepped.theta, new.theta, rtol=1e-14)
    assert state["t"] == 1
    assert not new.theta.flags.writeable and not new.W[0].flags.writeable


def test_train_step_accepts_lists_and_checks_shapes():
    net = Network.from_sizes((3, 4, 2))
    opt = SGD(lr=0.5)
    _, _, J, _ = train_step(net, [0.05, 0.1, 0.15], [0.01, 0.99], opt, opt.init_state(net.theta))
    assert J == pytest.approx(train_step(net, np.array([[0.05, 0.1, 0.15]]),
                                         np.array([[0.01, 0.99]]), opt,
                                         opt.init_state(net.theta))[2])
    with pytest.raises(InputError, match="input layer has 3"):
        train_step(net, [[0.1, 0.2]], [[0.0, 1.0]], opt, opt.init_state(net.theta))
    with pytest.raises(InputError, match="output layer has 2"):
        train_step(net, [[0.1, 0.2, 0.3]], [[0.0]], opt, opt.init_state(net.theta))


def test_xor_2_4_1_learns():
    """2-4-1, tanh then sigmoid, seed 0, SGD α = 2: J < 0.05 within 200 iterations."""
    X, Y = xor(targets="binary")
    net = Network.from_sizes((2, 4, 1), ["tanh", "sigmoid"], seed=0)
    opt = SGD(lr=2.0)
    state = opt.init_state(net.theta)
    losses = []
    for _ in range(200):
        net, state, J, _ = train_step(net, X, Y, opt, state)
        losses.append(J)
    fwd = forward(net, X)
    assert loss(net, fwd.z[-1], fwd.a[-1], Y) < 0.05
    np.testing.assert_array_equal(fwd.a[-1] > 0.5, Y > 0.5)


# -- files, sizes and their errors -------------------------------------------------------------


def test_round_trip_and_seeded_init():
    a = Network.from_sizes((3, 4, 2), ["relu", "tanh"], "cross_entropy", seed=4)
    b = Network.from_dict(a.to_dict())
    np.testing.assert_array_equal(a.theta, b.theta)
    assert (b.sizes, b.activations, b.loss) == ((3, 4, 2), ("relu", "tanh"), "cross_entropy")
    np.testing.assert_array_equal(a.theta, Network.from_sizes((3, 4, 2), ["relu", "tanh"],
                                                              "cross_entropy", seed=4).theta)
    assert not np.array_equal(a.theta, Network.from_sizes((3, 4, 2), seed=5).theta)
    assert Network.from_dict({"sizes": [3, 4, 2], "seed": 4, "activation": "Leaky-ReLU"})\
        .activations == ("leaky_relu", "leaky_relu")


@pytest.mark.parametrize("text, message", [
    ("3,,4", "layer sizes: '3,,4' — empty size at position 2"),
    ("0", "size 0 at position 1 must be at least 1"),
    ("3,-2", "size -2 at position 2 must be at least 1"),
    ("abc", "'abc' at position 1 is not a whole number"),
    ("3,4.5,2", "'4.5' at position 2 is not a whole number"),
    ("100000", "size 100000 at position 1 is more than 4096"),
    ("3", "need at least 2 layers"),
    ("4096,4096,4096", "is more than the limit of 5,000,000"),
    ("", "empty size at position 1"),
])
def test_parse_sizes_refuses(text, message):
    with pytest.raises(NetworkError) as info:
        parse_sizes(text)
    assert message in str(info.value)
    assert isinstance(info.value, GdsimError)


def test_parse_sizes_accepts():
    assert parse_sizes("3,4,2") == (3, 4, 2)
    assert parse_sizes(" 784, 128 ,10 ") == (784, 128, 10)


def bad(**change):
    d = {**SPEC_FILE, **change}
    return {k: v for k, v in d.items() if v is not None}


@pytest.mark.parametrize("d, message", [
    (bad(weights=[[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], [[0.7, 0.1], [-0.8, 0.1], [0.9, 0.1]]]),
     "weights[1]: shape (3, 2) but sizes 2,3,1 need (3, 1)"),
    (bad(weights=[[[0.1, -0.2, 0.3], [0.4, 0.5]], [[0.7], [-0.8], [0.9]]]), "weights[0][1]"),
    (bad(weights=[[[0.1, "x", 0.3], [0.4, 0.5, -0.6]], [[0.7], [-0.8], [0.9]]]),
     "weights[0][0][1]: 'x' is not a number"),
    (bad(weights=[[[0.1, -0.2, 0.3], [0.4, 0.5, float("inf")]], [[0.7], [-0.8], [0.9]]]),
     "weights[0][1][2]: inf is not a finite number"),
    (bad(weights=[[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]]), "weights: expected 2 entries"),
    (bad(biases=[[0.0, 0.1], [0.2]]), "biases[0]: shape (2,) but sizes 2,3,1 need (3,)"),
    (bad(activation="swish"), "unknown activation 'swish'"),
    (bad(activation=["tanh"]), "activation: 1 names but the network has 2 weight layers"),
    (bad(loss="hinge"), "unknown loss 'hinge'"),
    (bad(sizes=[2, 0, 1]), "size 0 at position 2 must be at least 1"),
    (bad(sizes=[2, "3", 1]), "sizes[1]: '3' is not a whole number"),
    (bad(sizes=[2, 5000, 1]), "more than 4096"),
    (bad(sizes=None), "missing 'sizes'"),
    (bad(weigths=[]), "unknown key 'weigths'"),
    ([1, 2], "expected a JSON object"),
])
def test_from_dict_refuses(d, message):
    with pytest.raises(NetworkError) as info:
        Network.from_dict(d)
    assert message in str(info.value)


def test_constructor_refuses():
    with pytest.raises(NetworkError, match="theta: shape"):
        Network((3, 4, 2), ("sigmoid", "sigmoid"), "mse", np.zeros(25))
    with pytest.raises(NetworkError, match="not finite"):
        Network((3, 4, 2), ("sigmoid", "sigmoid"), "mse", np.full(26, np.nan))
    with pytest.raises(NetworkError, match="seed"):
        Network.from_sizes((3, 4, 2), seed=-1)
    ce = Network.from_sizes((2, 2), loss="cross_entropy")
    with pytest.raises(InputError, match="sample 1 sums to 1.2"):
        backward(ce, forward(ce, [1, 2]), [0.5, 0.7])


# -- PyTorch, float64 ---------------------------------------------------------------------------

def test_every_optimizer_has_a_torch_twin():
    torch = pytest.importorskip("torch")
    for cls in FIRST_ORDER.values():
        assert issubclass(getattr(torch.optim, cls.torch_class), torch.optim.Optimizer)


@pytest.mark.parametrize("loss_name", LOSSES)
@pytest.mark.parametrize("name", list(FIRST_ORDER))
def test_fifty_iterations_match_pytorch(name, loss_name):
    torch = pytest.importorskip("torch")
    sizes, acts = (3, 5, 4, 2), ["tanh", "leaky_relu", "sigmoid"]
    net, X, Y = random_case(sizes, acts, loss_name, 6, 11)
    opt = make_optimizer(name, lr={"sgd": 0.5, "momentum": 0.1, "nesterov": 0.1}.get(name, 0.01))
    modules = {"tanh": torch.nn.Tanh, "leaky_relu": lambda: torch.nn.LeakyReLU(0.01),
               "sigmoid": torch.nn.Sigmoid}
    layers = []
    for l, act in enumerate(acts):
        lin = torch.nn.Linear(sizes[l], sizes[l + 1]).double()
        with torch.no_grad():
            lin.weight.copy_(torch.from_numpy(net.W[l].T.copy()))  # torch: (out, in) = W^T
            lin.bias.copy_(torch.from_numpy(net.b[l].copy()))
        layers.append(lin)
        if not (loss_name == "cross_entropy" and l == len(acts) - 1):
            layers.append(modules[act]())
    model = torch.nn.Sequential(*layers)
    t_opt = getattr(torch.optim, opt.torch_class)(model.parameters(), **opt.torch_arguments())
    tX, tY = torch.from_numpy(X), torch.from_numpy(Y)

    def t_loss():
        out = model(tX)
        if loss_name == "cross_entropy":
            return torch.nn.functional.cross_entropy(out, tY)
        return 0.5 * ((out - tY) ** 2).sum() / len(X)

    state = opt.init_state(net.theta)
    for _ in range(50):
        net, state, J, _ = train_step(net, X, Y, opt, state)
        t_opt.zero_grad()
        tJ = t_loss()
        tJ.backward()
        t_opt.step()
        assert J == pytest.approx(tJ.item(), rel=1e-10, abs=1e-12)
    linears = [layer for layer in layers if isinstance(layer, torch.nn.Linear)]
    for l, lin in enumerate(linears):
        np.testing.assert_allclose(lin.weight.detach().numpy().T, net.W[l], rtol=1e-10,
                                   atol=1e-12)
        np.testing.assert_allclose(lin.bias.detach().numpy(), net.b[l], rtol=1e-10, atol=1e-12)
