"""The chain rule along every path (3-20), what it costs, and central differences.

Section 3.3.5 computes ∂J/∂w^l_{ij} as a sum over every path from the weight to J, each path a
product of local derivatives: ∂J/∂a^L · ∂a^L/∂z^L · ∂z^L/∂a^{L−1} · … · ∂a^{l+1}/∂z^{l+1} ·
∂z^{l+1}/∂w^l_{ij}. The same products are computed again and again; backpropagation (3-34 …
3-37) shares them. Here every path is enumerated and multiplied out on its own, so the window
can show how many there are and what they cost.

Weights are named in the seed's numbering: l, i, j all start at 1; w^l_{ij} joins neuron j of
layer l to neuron i of layer l+1; j = None names the bias b^l_i instead.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core import settings
from gdsim.core.activations import LOSSES
from gdsim.core.architecture import Network, as_batch
from gdsim.core.backprop import cost, forward
from gdsim.core.errors import InputError
from gdsim.core.naming import parameter_plain
from gdsim.core.sizes import check_sizes

Array = NDArray[np.float64]

LOSS = settings.LOSS.default
MAX_PATHS = 100_000  # paths from one weight to J
MAX_WORK = 10_000_000  # paths × samples for one weight, or for all weights together


@dataclass(frozen=True)
class PathSum:
    """∂J/∂w^l_{ij} = Σ over paths of the chain-rule product   (3-20)"""

    value: float
    neurons: NDArray[np.int64]  # (n_paths, L − l): each path's neuron in layers l+1 … L, 1-based
    products: Array  # (n_paths,): each path's product, summed over the samples
    n_paths: int
    multiplications: int  # all products of all paths for all samples

    @property
    def paths(self) -> list[tuple[tuple[int, ...], float]]:
        """Each path as (neurons in layers l+1 … L, its product)."""
        return [(tuple(int(n) for n in row), float(p))
                for row, p in zip(self.neurons, self.products, strict=True)]


def path_count(sizes: Sequence[int], l: int) -> int:
    """Paths from one weight of layer l to J: one neuron from each of layers l+2 … L."""
    return math.prod(sizes[l + 1:])


def factors_per_path(L: int, l: int, loss_name: str = LOSS, bias: bool = False) -> int:
    """The loss's factors at the output (∂J/∂a^L and ∂a^L/∂z^L), then ∂z/∂a and ∂a/∂z per
    layer back to l+1, then ∂z^{l+1}/∂w = a^l_j.

    Under cross-entropy ∂J/∂z^L is one factor (softmax ties the outputs together); a bias has
    no a^l_j factor (∂z^{l+1}_i/∂b^l_i = 1).
    """
    return len(LOSSES[loss_name].factor_names) + 2 * (L - l - 1) + 1 - bias


def backprop_cost(sizes: Sequence[int], loss_name: str = LOSS) -> int:
    """Multiplications of backpropagation for every ∂J/∂w and ∂J/∂b, one sample (3-34 … 3-37).

    Counted like the paths: f′(z) and a^L − y are taken as computed by the forward pass.
    """
    s = check_sizes(tuple(sizes))
    L = len(s)
    delta_L = s[-1] * (len(LOSSES[loss_name].factor_names) - 1)  # (3-37): (a^L − y) ⊙ f′(z^L)
    hidden = sum(s[k + 1] * s[k] + s[k] for k in range(1, L - 1))  # (3-36)
    weights = sum(s[k] * s[k + 1] for k in range(L - 1))  # (3-34); (3-35) multiplies nothing
    return delta_L + hidden + weights


def path_sum_cost(sizes: Sequence[int], loss_name: str = LOSS) -> int:
    """Multiplications of (3-20) for every weight and bias, each path multiplied out, one sample."""
    s = check_sizes(tuple(sizes))
    L = len(s)
    total = 0
    for l in range(1, L):  # seed numbering: weight layer l joins layer l to l+1
        n = path_count(s, l)
        total += s[l - 1] * s[l] * n * (factors_per_path(L, l, loss_name) - 1)
        total += s[l] * n * (factors_per_path(L, l, loss_name, bias=True) - 1)
    return total


class _Chain:
    """The local derivatives every path multiplies, from one forward pass (per sample)."""

    def __init__(self, net: Network, x: ArrayLike, y: ArrayLike):
        X, Y = as_batch(net, x, y)
        assert Y is not None
        fwd = forward(net, X)
        self.net, self.m = net, X.shape[0]
        self.a = fwd.a  # a[k] is the seed's a^{k+1}
        # fprime[k] = f′(z^{k+1}) in seed numbering, for the hidden layers k = 1 … L−2
        self.fprime: list[Array | None] = [None]
        for k in range(1, net.L - 1):
            self.fprime.append(net.f[k - 1].prime(fwd.z[k], fwd.a[k]))
        # The loss's factors at the output, per sample and output neuron: ∂J/∂a^L and
        # ∂a^L/∂z^L, or under cross-entropy the one ∂J/∂z^L (the loss record's, 1/m included).
        self.out = net.J.factors(fwd.z[-1], fwd.a[-1], Y, net.f[-1])  # type: ignore[arg-type]

    def check(self, l: int, i: int, j: int | None) -> None:
        net = self.net
        if j is None:
            net.bias_index(l, i)
        else:
            net.weight_index(l, i, j)
        n = path_count(net.sizes, l)
        name = _name(l, i, j)
        if n > MAX_PATHS:
            raise InputError("{name}: {n:,} paths lead from it to J, more than the "
                             "{most:,} shown one by one; backpropagation needs no paths at "
                             "all", name=name, n=n, most=MAX_PATHS)
        if n * self.m > MAX_WORK:
            raise InputError("{name}: {n:,} paths × {m} samples is more than {most:,} "
                             "products; use fewer samples", name=name, n=n, m=self.m,
                             most=MAX_WORK)

    def path_sum(self, l: int, i: int, j: int | None) -> PathSum:
        self.check(l, i, j)
        net, L = self.net, self.net.L
        free = net.sizes[l + 1:]  # layers l+2 … L (0-based sizes index = seed layer − 1)
        grids = np.indices(free, dtype=np.int64).reshape(len(free), -1).T if free else \
            np.zeros((1, 0), dtype=np.int64)
        neurons = np.hstack([np.full((grids.shape[0], 1), i - 1, dtype=np.int64), grids])
        n_paths = neurons.shape[0]
        products = np.zeros(n_paths)
        for s in range(self.m):
            last = neurons[:, -1]
            p = self.out[0][s, last].copy()  # ∂J/∂a^L_k (∂J/∂z^L_k under cross-entropy)
            for factor in self.out[1:]:
                p *= factor[s, last]  # ∂a^L_k/∂z^L_k
            for col in range(L - l - 1, 0, -1):  # back through layers L … l+2
                k = l + 1 + col  # the seed's layer of this column
                # ∂z^k_{n_k}/∂a^{k−1}_{n_{k−1}} = w^{k−1}_{n_k n_{k−1}}, then ∂a/∂z of layer k−1
                p *= net.W[k - 2][neurons[:, col - 1], neurons[:, col]]
                p *= self.fprime[k - 2][s, neurons[:, col - 1]]  # type: ignore[index]
            if j is not None:
                p *= self.a[l - 1][s, j - 1]  # ∂z^{l+1}_i/∂w^l_{ij} = a^l_j
            products += p
        mults = n_paths * (factors_per_path(L, l, net.loss, j is None) - 1) * self.m
        return PathSum(float(products.sum()), neurons + 1, products, n_paths, mults)


def _name(l: int, i: int, j: int | None) -> str:
    return parameter_plain(("b" if j is None else "w", l, i, j))


def path_gradient(net: Network, x: ArrayLike, y: ArrayLike, l: int, i: int,
                  j: int | None = None) -> PathSum:
    """∂J/∂w^l_{ij} (or ∂J/∂b^l_i when j is None) as the sum over every path to J   (3-20)

    One sample gives the seed's sum; a batch sums every path's product over the samples.
    """
    return _Chain(net, x, y).path_sum(l, i, j)


def path_factors(net: Network, x: ArrayLike, y: ArrayLike, l: int, i: int, j: int | None,
                 neurons: Sequence[int], sample: int = 0) -> list[tuple[str, float]]:
    """One path's factors in the order of (3-20), named and valued, for one sample.

    neurons: the path's neuron in layers l+1 … L (1-based), as in PathSum.neurons.
    """
    chain = _Chain(net, x, y)
    chain.check(l, i, j)
    L = net.L
    n = [int(v) for v in neurons]
    if len(n) != L - l or n[0] != i or not all(
            1 <= v <= net.sizes[l + c] for c, v in enumerate(n)):
        raise InputError("path: {neurons!r} is not a path from {name} to J", neurons=neurons,
                         name=_name(l, i, j))
    if not 0 <= sample < chain.m:
        raise InputError("path: sample {sample} is outside 1…{m}", sample=sample + 1, m=chain.m)
    out: list[tuple[str, float]] = []
    last = n[-1]
    for name, factor in zip(net.J.factor_names, chain.out, strict=True):
        out.append((name.format(L=L, k=last), float(factor[sample, last - 1])))
    for col in range(L - l - 1, 0, -1):
        k, nk, prev = l + 1 + col, n[col], n[col - 1]
        out.append((f"∂z^{k}_{nk}/∂a^{k - 1}_{prev}", float(net.W[k - 2][prev - 1, nk - 1])))
        fp = chain.fprime[k - 2][sample, prev - 1]  # type: ignore[index]
        out.append((f"∂a^{k - 1}_{prev}/∂z^{k - 1}_{prev}", float(fp)))
    if j is not None:
        out.append((f"∂z^{l + 1}_{i}/∂w^{l}_{i}{j}", float(chain.a[l - 1][sample, j - 1])))
    return out


def numerical_gradient(net: Network, x: ArrayLike, y: ArrayLike, eps: float = 1e-6,
                       indices: Sequence[int] | None = None) -> Array:
    """∂J/∂θ_k ≈ (J(θ + ε e_k) − J(θ − ε e_k)) / 2ε, for every k (or only `indices`)."""
    X, Y = as_batch(net, x, y)
    assert Y is not None
    if not (isinstance(eps, (int, float)) and 0 < eps < 1):
        raise InputError("eps: {eps!r} must lie in (0, 1)", eps=eps)
    ks = range(net.n_params) if indices is None else [int(k) for k in indices]
    theta = net.theta.copy()
    out = np.empty(len(ks))

    def J(t: Array) -> float:
        return cost(net.with_theta(t), X, Y)

    for n, k in enumerate(ks):
        if not 0 <= k < net.n_params:
            raise InputError("parameter: {k} is outside 0…{last}", k=k, last=net.n_params - 1)
        old = theta[k]
        theta[k] = old + eps
        plus = J(theta)
        theta[k] = old - eps
        minus = J(theta)
        theta[k] = old
        out[n] = (plus - minus) / (2 * eps)
    return out
