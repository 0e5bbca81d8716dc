"""Sharpness: the largest eigenvalue λmax of the Hessian of J(θ) for a network, by power
iteration on Hessian-vector products — each the difference of two gradients that the one
backpropagation (`gdsim.core.backprop`) computes.

Gradient descent on J(θ) is stable near θ only while α < 2/λmax (`gdsim.core.curvature`), so
λmax over the steps of training, beside the line 2/α, shows whether a step size is about to be
too large for the valley the network has walked into. H itself (the square of θ's size) is
never formed: H·v ≈ (∇J(θ + εv) − ∇J(θ − εv)) / 2ε costs two backpropagations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from gdsim.core.architecture import Network
from gdsim.core.backprop import backward, forward

Array = NDArray[np.float64]

ITERATIONS = 20  # power iterations for one λmax
EPS = 1e-5  # the finite difference's step, relative to θ's size


def gradient(net: Network, X: Array, Y: Array, theta: Array) -> Array:
    """∂J/∂θ at θ on (X, Y): backpropagation's forward and backward passes (J itself is not
    needed)."""
    at = net.with_theta(theta)
    return backward(at, forward(at, X), Y).grad


def hessian_vector(net: Network, X: Array, Y: Array, v: Array, eps: float = EPS) -> Array:
    """H·v ≈ (∇J(θ + hv) − ∇J(θ − hv)) / 2h for a unit vector v, h = eps·max(1, |θ|∞)."""
    h = eps * max(1.0, float(np.abs(net.theta).max()))
    theta = net.theta
    return (gradient(net, X, Y, theta + h * v) - gradient(net, X, Y, theta - h * v)) / (2 * h)


@dataclass(frozen=True)
class Sharpness:
    """λmax of H at θ, the unit vector it was found along (a warm start for the next θ), and
    how many Hessian-vector products it took."""

    value: float
    vector: Array
    products: int


def _power(net: Network, X: Array, Y: Array, v: Array, iterations: int, shift: float,
           tol: float) -> tuple[float, Array, int]:
    """Power iteration on H − shift·I: its eigenvalue of largest magnitude (Rayleigh quotient)
    and unit eigenvector; stops early once the value changes by less than tol (relative)."""
    value, done = 0.0, 0
    for done in range(1, iterations + 1):
        Hv = hessian_vector(net, X, Y, v) - shift * v
        new = float(v @ Hv)
        norm = float(np.linalg.norm(Hv))
        if norm == 0.0 or not np.isfinite(norm):
            return new, v, done
        v = Hv / norm
        if done > 1 and abs(new - value) <= tol * abs(new):
            return new, v, done
        value = new
    return value, v, done


def sharpness(net: Network, X: Array, Y: Array, iterations: int = ITERATIONS,
              start: Array | None = None, tol: float = 0.0) -> Sharpness:
    """λmax of the Hessian of J(θ) on (X, Y): power iteration from `start` (default: a fixed
    random direction, so the same θ gives the same number).

    Power iteration finds the eigenvalue of largest magnitude. Should that one be negative
    (θ on a ridge more than in a valley), a second run on H − μI, whose eigenvalues λ − μ are
    all ≥ 0, finds λmax − μ. With `tol` > 0 each run stops as soon as its value settles."""
    v = _unit(_random(net) if start is None else np.asarray(start, float))
    mu, v, products = _power(net, X, Y, v, iterations, 0.0, tol)
    if mu >= 0:
        return Sharpness(mu, v, products)
    # Afresh: the eigenvector just found is the one H − μI sends to nothing.
    shifted, v, more = _power(net, X, Y, _unit(_random(net)), iterations, mu, tol)
    return Sharpness(shifted + mu, v, products + more)


def _random(net: Network) -> Array:
    return np.random.default_rng(0).standard_normal(net.n_params)


def _unit(v: Array) -> Array:
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else _random_unit(len(v))


def _random_unit(n: int) -> Array:
    v = np.random.default_rng(0).standard_normal(n)
    return v / float(np.linalg.norm(v))


def history(nets: Iterable[Network], X: Array, Y: Array,
            iterations: int = ITERATIONS) -> list[float]:
    """λmax at each θ in turn (θ_0, θ_1, … of a training), each power iteration started from
    the direction the one before found: neighbouring θs have nearly the same top direction."""
    values: list[float] = []
    start = None
    for net in nets:
        found = sharpness(net, X, Y, iterations, start)
        values.append(found.value)
        start = found.vector
    return values
