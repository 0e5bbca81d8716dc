"""The vectors of sections 3.3.1-3.3.3: directions around a point, and the step that is taken.

At a point of J, each unit direction l has a directional derivative (3-9); the steepest
descent is along −grad J. One step of gradient descent moves A to P, and the picture of
figure 3-13 is three vectors from the origin O: OA, AP and OP (3-10, 3-11). The contour view
and the direction explorer draw what these functions return; they compute nothing of their
own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.errors import InputError
from gdsim.core.surfaces import Surface

Array = NDArray[np.float64]
ROUNDING = 8 * np.finfo(float).eps  # a dot product's rounding, relative to |grad J|


def unit_direction(angle_degrees: ArrayLike) -> Array:
    """The unit vector l = (cos α, cos β) at an angle from the w1 axis (shape (2,) or (2, n))."""
    t = np.radians(angle_degrees)
    return np.array([np.cos(t), np.sin(t)])


def directional_derivative(surface: Surface, point: ArrayLike, direction: ArrayLike) -> Any:
    """∂f/∂l = grad f · l = |grad f| |l| cos θ   (3-9), with l scaled to unit length.

    `direction` is one vector (2,) or many as columns (2, n); the answer is a float or (n,).
    A slope that is zero but for rounding (grad J ⟂ l: (−6, 6)·(cos 45°, sin 45°) is
    −8.9e-16 in floating point) is 0: within a few ulps of |grad J|, no slope can be told from
    zero.
    """
    direction = np.asarray(direction, float)
    norm = np.hypot(direction[0], direction[1])
    if np.any(norm == 0.0) or not np.all(np.isfinite(norm)):
        raise InputError("direction: must be a non-zero finite vector")
    grad = surface.gradient(point)
    value = np.asarray(grad @ (direction / norm))
    value = np.where(np.abs(value) <= ROUNDING * np.hypot(*grad), 0.0, value)
    return float(value) if np.ndim(value) == 0 else value


def steepest_descent_direction(surface: Surface, point: ArrayLike) -> Array:
    """−grad J / |grad J|: the unit direction of the largest decrease (3.3.2)."""
    g = surface.gradient(point)
    norm = float(np.hypot(*g))
    return -g / norm if norm > 0 else np.zeros(2)


def reduced_direction(v: ArrayLike, digits: int = 6) -> Array:
    """The direction of v in small numbers, as the seed writes −grad J = (4, −8) as (1, −2).

    v divided by its smallest non-zero |component|; when that gives whole numbers (to `digits`
    significant digits) they are divided by their greatest common divisor too. (0, 0) stays.
    """
    v = np.asarray(v, float)
    nonzero = np.abs(v[np.abs(v) > 0])
    if nonzero.size == 0 or not np.all(np.isfinite(v)):
        return v.copy()
    r = v / nonzero.min()
    rounded = np.round(r)
    if np.allclose(r, rounded, rtol=10.0**-digits, atol=10.0**-digits) and np.all(
            np.abs(rounded) < 1e9):
        g = np.gcd.reduce(np.abs(rounded).astype(np.int64))
        return rounded / max(int(g), 1)
    return r


# ----------------------------------------------------------------------------------------------
# The direction explorer: every candidate direction at one point, and all angles at once.


@dataclass(frozen=True)
class Direction:
    """One direction l at the point: its angle, l itself, ∂J/∂l and the change of J over h."""

    name: str
    angle: float  # degrees from the w1 axis, counter-clockwise, in [0, 360)
    l: Array  # (cos α, cos β), |l| = 1
    slope: float  # ∂J/∂l = grad J · l
    change: float  # ΔJ = J(w + h·l) − J(w)


@dataclass(frozen=True)
class DirectionsAt:
    """Everything the direction explorer shows at the point w (figures 3-10 and 3-11)."""

    w: Array
    grad: Array  # grad J at w
    grad_norm: float  # |grad J|: the largest ∂J/∂l, along grad J
    steepest: Array  # −grad J/|grad J|, or (0, 0) where grad J = 0
    candidates: tuple[Direction, ...]  # V1 (along w2), V2 (along w1) downhill, −grad J, l
    angles: Array  # 0 … 360 degrees
    slopes: Array  # ∂J/∂l at each of those angles
    up: float  # the angle of grad J, where ∂J/∂l = |grad J|
    down: float  # the angle of −grad J, where ∂J/∂l = −|grad J|


def directions_at(
    surface: Surface, w: ArrayLike, angle: float, h: float, samples: int = 721
) -> DirectionsAt:
    """∂J/∂l at w for the seed's candidate directions, the user's `angle`, and all angles.

    V1 runs along the w2 (y) axis and V2 along the w1 (x) axis, each the way that goes down,
    as figure 3-10 draws them from A = (−3, 3): V1 = (0, −1), V2 = (1, 0). Each ∂J/∂l is
    `directional_derivative`; ΔJ is the change of J for the same step length h along each
    direction, to compare with it.
    """
    w = np.asarray(w, float)
    with np.errstate(all="ignore"):
        J = float(surface.value(w[0], w[1]))
        g = surface.gradient(w)
        norm = float(np.hypot(*g))
        steepest = steepest_descent_direction(surface, w)
        down = float(np.degrees(np.arctan2(-g[1], -g[0]))) % 360 if np.any(g) else 0.0
        wanted = {"V1": 90.0 if g[1] < 0 else 270.0, "V2": 180.0 if g[0] > 0 else 0.0,
                  "−grad J": down, "l": angle % 360}
        candidates = []
        for name, a in wanted.items():
            l = unit_direction(a)
            l[np.abs(l) < 1e-12] = 0.0  # cos 90° is 6e-17 in floating point
            change = float(surface.value(*(w + h * l)) - J)
            candidates.append(Direction(name, a, l, directional_derivative(surface, w, l), change))
        angles = np.linspace(0, 360, samples)
        slopes = directional_derivative(surface, w, unit_direction(angles))
    up = (down + 180) % 360
    return DirectionsAt(w, g, norm, steepest, tuple(candidates), angles, slopes, up,
                        (up + 180) % 360)  # fmt: skip


# ----------------------------------------------------------------------------------------------
# One step, figure 3-13.


@dataclass(frozen=True)
class StepVectors:
    """O the origin, A where the step starts, P where it lands; each vector and its length."""

    OA: Array
    AP: Array
    OP: Array
    OA_length: float
    AP_length: float  # α·|grad J| for a step of plain gradient descent
    OP_length: float


def step_vectors(
    A: ArrayLike,
    grad: ArrayLike | None = None,
    lr: float | None = None,
    *,
    P: ArrayLike | None = None,
) -> StepVectors:
    """OP = OA − PA = OA − α·grad J   (3-10, 3-11): the vectors OA, AP, OP of one step.

    A is where the step starts. Given grad = grad J at A and the step size lr = α, the step
    is gradient descent's, AP = −α·grad J. Given instead P, where the step did land (an
    optimizer with momentum or Adam, or a step already in a trace), AP = P − A: (3-10)
    holds, (3-11) need not.
    """
    OA = np.asarray(A, float).copy()
    if P is not None:
        OP = np.asarray(P, float).copy()
        AP = OP - OA
    elif grad is not None and lr is not None:
        AP = -lr * np.asarray(grad, float)
        OP = OA + AP
    else:
        raise InputError("step vectors: give grad J at A and the step size α, or P")
    return StepVectors(OA, AP, OP, float(np.hypot(*OA)), float(np.hypot(*AP)),
                       float(np.hypot(*OP)))  # fmt: skip


def trace_step(path: ArrayLike, grad: ArrayLike, lr: float) -> StepVectors:
    """The step figure 3-13 shows at P_k of a trace P_0 … P_k.

    After the first step it is the one just taken, A = P_{k−1} and P = P_k. Before it
    (k = 0), it is the one about to be taken from A = P_0: `grad` is grad J at P_k and `lr`
    the step size α, used only then.
    """
    path = np.asarray(path, float).reshape(-1, 2)
    if len(path) > 1:
        return step_vectors(path[-2], P=path[-1])
    return step_vectors(path[-1], grad, lr)
