"""The chain rule along every path (3-20) against backpropagation, and what each one costs."""

# ruff: noqa: E741  (l is the seed's layer index)
import math

import numpy as np
import pytest

from gdsim.core.activations import ACTIVATIONS, LOSSES
from gdsim.core.architecture import Network
from gdsim.core.backprop import backward, forward
from gdsim.core.errors import GdsimError
from gdsim.core.paths import (
    MAX_PATHS,
    backprop_cost,
    numerical_gradient,
    path_count,
    path_factors,
    path_gradient,
    path_sum_cost,
)

X1, Y1 = [0.05, 0.10, 0.15], [0.01, 0.99]


def test_w1_11_of_figure_3_16_has_two_paths():
    """(3-20), first line: through a^3_1 and through a^3_2."""
    net = Network.from_sizes((3, 4, 2))
    ps = path_gradient(net, X1, Y1, l=1, i=1, j=1)
    assert ps.n_paths == 2
    assert [p[0] for p in ps.paths] == [(1, 1), (1, 2)]  # neurons in layers 2 and 3
    assert ps.multiplications == 2 * 4  # five factors per path
    bw = backward(net, forward(net, X1), Y1)
    assert ps.value == pytest.approx(bw.dW[0][0, 0], rel=1e-14)  # W^1[j=1, i=1]
    assert ps.value == pytest.approx(sum(p for _, p in ps.paths), rel=1e-15)


def test_w2_22_has_one_path_of_three_factors():
    """(3-20), last line: ∂J/∂a^3_2 · ∂a^3_2/∂z^3_2 · ∂z^3_2/∂w^2_22."""
    net = Network.from_sizes((3, 4, 2))
    ps = path_gradient(net, X1, Y1, 2, 2, 2)
    assert (ps.n_paths, ps.multiplications) == (1, 2)
    fwd = forward(net, X1)
    a3, a2 = fwd.a[2][0], fwd.a[1][0]
    assert ps.value == pytest.approx((a3[1] - Y1[1]) * a3[1] * (1 - a3[1]) * a2[1], rel=1e-14)


def test_path_factors_multiply_to_the_path():
    net = Network.from_sizes((3, 4, 3, 2), seed=1)
    ps = path_gradient(net, X1, Y1, 1, 2, 3)
    for neurons, product in ps.paths:
        factors = path_factors(net, X1, Y1, 1, 2, 3, neurons)
        assert len(factors) == 7  # 2(L − l) + 1
        assert math.prod(v for _, v in factors) == pytest.approx(product, rel=1e-13)
    names = [name for name, _ in path_factors(net, X1, Y1, 1, 2, 3, (2, 1, 2))]
    assert names == ["∂J/∂a^4_2", "∂a^4_2/∂z^4_2", "∂z^4_2/∂a^3_1", "∂a^3_1/∂z^3_1",
                     "∂z^3_1/∂a^2_2", "∂a^2_2/∂z^2_2", "∂z^2_2/∂w^1_23"]


@pytest.mark.parametrize("loss_name", LOSSES)
@pytest.mark.parametrize("activation", list(ACTIVATIONS))
@pytest.mark.parametrize("sizes, m", [((3, 4, 2), 1), ((2, 3, 4, 3), 3), ((3, 2, 2, 2, 2), 2)])
def test_path_sums_equal_backprop(sizes, m, activation, loss_name):
    rng = np.random.default_rng(sum(sizes) + m)
    net = Network.from_sizes(sizes, activation, loss_name, seed=m)
    X = rng.normal(size=(m, sizes[0]))
    Y = rng.dirichlet(np.ones(sizes[-1]), size=m)
    grad = backward(net, forward(net, X), Y).grad
    paths = [path_gradient(net, X, Y, *net.parameter_address(k)[1:]).value
             for k in range(net.n_params)]  # every weight and bias, as the views ask for one
    np.testing.assert_allclose(paths, grad, rtol=1e-12, atol=1e-16)


def test_numerical_gradient_of_chosen_parameters():
    net = Network.from_sizes((3, 4, 2), seed=2)
    full = numerical_gradient(net, X1, Y1)
    some = numerical_gradient(net, X1, Y1, indices=[0, 25, 7])
    np.testing.assert_array_equal(some, full[[0, 25, 7]])
    np.testing.assert_allclose(full, backward(net, forward(net, X1), Y1).grad, rtol=1e-6,
                               atol=1e-10)
    with pytest.raises(GdsimError):
        numerical_gradient(net, X1, Y1, indices=[26])


def test_costs_of_figure_3_16():
    # backprop: δ^3 ⊙ (2), δ^3 (W^2)^T (8) ⊙ f′ (4), (a^1)^T δ^2 (12), (a^2)^T δ^3 (8)
    assert backprop_cost((3, 4, 2)) == 2 + 8 + 4 + 12 + 8 == 34
    # paths: 12 w^1 × 2 paths × 4, 4 b^1 × 2 × 3, 8 w^2 × 1 × 2, 2 b^2 × 1 × 1
    assert path_sum_cost((3, 4, 2)) == 96 + 24 + 16 + 2 == 138


@pytest.mark.parametrize("sizes", [(3, 4, 2), (2, 3, 3, 2), (3, 2, 4, 2, 2)])
def test_path_sum_cost_counts_what_path_gradient_does(sizes):
    net = Network.from_sizes(sizes)
    x, y = np.full(sizes[0], 0.1), np.full(sizes[-1], 0.5)
    total = sum(path_gradient(net, x, y, *net.parameter_address(k)[1:]).multiplications
                for k in range(net.n_params))
    assert total == path_sum_cost(sizes)


def test_paths_grow_with_depth_and_backprop_does_not():
    shallow, deep = (8, 8, 8), (8, 8, 8, 8, 8, 8)
    assert path_count(deep, 1) == 8**4
    ratio_shallow = path_sum_cost(shallow) / backprop_cost(shallow)
    ratio_deep = path_sum_cost(deep) / backprop_cost(deep)
    assert ratio_deep > 100 * ratio_shallow


def test_too_many_paths_is_refused_politely():
    net = Network.from_sizes((2, 50, 50, 50, 50, 1))
    assert path_count(net.sizes, 1) > MAX_PATHS
    with pytest.raises(GdsimError, match="125,000 paths"):
        path_gradient(net, [0.1, 0.2], [0.5], 1, 1, 1)
    assert path_gradient(net, [0.1, 0.2], [0.5], 3, 1, 1).n_paths == 50


def test_bad_weight_names_are_refused():
    net = Network.from_sizes((3, 4, 2))
    for l, i, j in [(0, 1, 1), (3, 1, 1), (1, 5, 1), (1, 1, 4)]:
        with pytest.raises(GdsimError):
            path_gradient(net, X1, Y1, l, i, j)
    with pytest.raises(GdsimError, match="not a path"):
        path_factors(net, X1, Y1, 1, 1, 1, (2, 1))
