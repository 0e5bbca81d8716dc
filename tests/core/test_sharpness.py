"""Sharpness (λmax of the Hessian of J(θ)) by power iteration on Hessian-vector products of
backpropagation, against two independent computations: the full Hessian of a small net by
central differences of its gradient (no torch needed), and torch.autograd.functional.hessian
in float64 of the same network written in torch."""

import numpy as np
import pytest

from gdsim.core.architecture import Network
from gdsim.core.datasets import for_network
from gdsim.core.sharpness import gradient, hessian_vector, history, sharpness
from gdsim.core.sizes import layout

RTOL = 1e-5

# (sizes, activation, loss, data, seed); the first has λmin < −λmax (a ridge more than a
# valley), where power iteration alone would find λmin: the shifted run must find λmax.
CASES = [((2, 3, 1), "tanh", "mse", "xor", 5), ((2, 3, 2), "tanh", "mse", "moons", 0),
         ((2, 4, 2), "sigmoid", "cross_entropy", "moons", 1), ((3, 4, 2), "sigmoid", "mse",
                                                                 "one", 0)]


def case(sizes, activation, loss, data, seed):
    net = Network.from_sizes(sizes, activation, loss, seed)
    if data == "one":
        return net, np.array([[0.05, 0.10, 0.15]]), np.array([[0.01, 0.99]])
    X, Y = for_network(data, sizes, 4 if data == "xor" else 30, 0.0 if data == "xor" else 0.1,
                       seed)
    return net, X, Y


def full_hessian(net, X, Y, h=1e-5):
    """Every column H e_j by central differences of backpropagation's gradient."""
    n = net.n_params
    H = np.empty((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (gradient(net, X, Y, net.theta + e) - gradient(net, X, Y, net.theta - e)) / (
            2 * h)
    return (H + H.T) / 2


def converged(net, X, Y):
    return sharpness(net, X, Y, iterations=5000, tol=1e-14)


@pytest.mark.parametrize("c", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{c[3]}" for c in CASES])
def test_sharpness_is_the_largest_eigenvalue_of_the_finite_difference_hessian(c):
    net, X, Y = case(*c)
    eigenvalues = np.linalg.eigvalsh(full_hessian(net, X, Y))
    found = converged(net, X, Y)
    assert abs(found.value - eigenvalues[-1]) <= RTOL * abs(eigenvalues[-1]), (found, eigenvalues)
    if c is CASES[0]:
        assert -eigenvalues[0] > eigenvalues[-1]  # the case that needs the shifted run


def test_twenty_iterations_are_close_and_a_warm_start_is_closer():
    net, X, Y = case(*CASES[1])
    exact = converged(net, X, Y)
    cold = sharpness(net, X, Y)
    assert cold.products == 20 and abs(cold.value - exact.value) < 1e-3 * exact.value
    warm = sharpness(net, X, Y, start=exact.vector)
    assert abs(warm.value - exact.value) < 1e-9 * exact.value


def test_a_hessian_vector_product_is_h_times_v():
    net, X, Y = case(*CASES[2])
    H = full_hessian(net, X, Y)
    v = np.random.default_rng(3).standard_normal(net.n_params)
    v /= np.linalg.norm(v)
    np.testing.assert_allclose(hessian_vector(net, X, Y, v), H @ v, rtol=0,
                               atol=1e-6 * np.abs(H).max())


def test_history_warm_starts_each_step_from_the_last():
    net, X, Y = case(*CASES[1])
    nets = [net.with_theta(net.theta * s) for s in (1.0, 1.01, 1.02)]
    values = history(nets, X, Y, iterations=200)
    for value, n in zip(values, nets, strict=True):
        assert value == pytest.approx(converged(n, X, Y).value, rel=1e-6)


def torch_loss(torch, net, X, Y):
    """J(θ) for a flat θ, written in torch from the seed's layout (W^l rows: sources)."""
    acts = {"tanh": torch.tanh, "sigmoid": torch.sigmoid}
    tX, tY = torch.from_numpy(X), torch.from_numpy(Y)

    def J(theta):
        a = tX
        last = len(net.sizes) - 2
        for l, s in enumerate(layout(net.sizes)):
            z = a @ theta[s.W].reshape(s.shape) + theta[s.b]
            if l == last and net.loss == "cross_entropy":
                return torch.nn.functional.cross_entropy(z, tY)
            a = acts[net.activations[l]](z)
        return 0.5 * ((a - tY) ** 2).sum() / len(X)

    return J


@pytest.mark.parametrize("c", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{c[3]}" for c in CASES])
def test_sharpness_matches_torch_autograd_hessian(c):
    torch = pytest.importorskip("torch")
    net, X, Y = case(*c)
    J = torch_loss(torch, net, X, Y)
    theta = torch.from_numpy(np.array(net.theta))
    assert float(J(theta)) == pytest.approx(float(np.sum(net.J.total(
        *_last(net, X), Y))) / len(X), rel=1e-12)  # the same J
    H = torch.autograd.functional.hessian(J, theta).numpy()
    top = np.linalg.eigvalsh(H)[-1]
    found = converged(net, X, Y)
    assert abs(found.value - top) <= RTOL * abs(top), (found.value, top)


def _last(net, X):
    from gdsim.core.backprop import forward

    fwd = forward(net, X)
    return fwd.z[-1], fwd.a[-1]
