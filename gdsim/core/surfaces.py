"""Loss surfaces J(w1, w2): value, analytic gradient, bounds, known minima (sections 3.3.1-3.3.3).

A Surface works on scalars and on whole grids alike: `value(w1, w2)` broadcasts with numpy,
so the same function draws the 3-D surface and evaluates the current point. The directions
around a point and the vectors of one step are in `gdsim.core.vectors`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.errors import InputError

Array = NDArray[np.float64]
ValueFn = Callable[[Array, Array], Array]
GradientFn = Callable[[Array, Array], tuple[Array, Array]]
# (∂²J/∂w1², ∂²J/∂w1∂w2, ∂²J/∂w2²): the Hessian's three numbers (gdsim.core.curvature), each an
# array like the inputs or one number where it is constant
HessianFn = Callable[[Array, Array], tuple[Array | float, Array | float, Array | float]]


@dataclass(frozen=True)
class Surface:
    """A function J(w1, w2) with everything the views and the descent need to know about it."""

    name: str
    formula: str  # J as the seed writes it, e.g. "w1² + w2² + 2w2 + 5"
    gradient_formula: tuple[str, str]  # ∂J/∂w1 and ∂J/∂w2 as text
    value_fn: ValueFn = field(repr=False, compare=False)
    gradient_fn: GradientFn = field(repr=False, compare=False)
    bounds: tuple[tuple[float, float], tuple[float, float]]  # (w1 range, w2 range)
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...] = ()
    lr: float = 0.1  # a learning rate α that walks this surface sensibly with SGD
    expression: str | None = None  # the typed text, for surfaces a user wrote
    axes: tuple[str, str] = ("w1", "w2")  # what the two coordinates are called
    # The second derivatives, written by hand (built-in) or by sympy (typed); None: the Hessian
    # is taken by central differences of the gradient (`gdsim.core.curvature.hessian`).
    hessian_fn: HessianFn | None = field(default=None, repr=False, compare=False)

    def value(self, w1: ArrayLike, w2: ArrayLike) -> Array:
        """J(w1, w2) on scalars or grids."""
        return np.asarray(self.value_fn(np.asarray(w1, float), np.asarray(w2, float)), float)

    def gradient(self, w: ArrayLike) -> Array:
        """grad J = (∂J/∂w1, ∂J/∂w2) at the point w = (w1, w2)."""
        w = np.asarray(w, float)
        g1, g2 = self.gradient_fn(w[0], w[1])
        return np.array([g1, g2], dtype=float)

    def grid(self, n: int = 60) -> tuple[Array, Array, Array]:
        """(w1 values, w2 values, J on the n×n grid over the bounds), J[i, j] = J(w1[i], w2[j])."""
        (x0, x1), (y0, y1) = self.bounds
        w1 = np.linspace(x0, x1, n)
        w2 = np.linspace(y0, y1, n)
        with np.errstate(all="ignore"):
            J = self.value(w1[:, None], w2[None, :])
        J = np.broadcast_to(J, (n, n)).astype(float)
        return w1, w2, J


# ----------------------------------------------------------------------------------------------
# Built-in surfaces. Each gradient and Hessian is written by hand and checked against central
# differences (tests/core/test_surfaces.py, tests/core/test_curvature.py).


def _seed_bowl() -> Surface:
    return Surface(
        name="seed-bowl",
        formula="w1² + w2² + 2w2 + 5",
        gradient_formula=("2w1", "2w2 + 2"),
        value_fn=lambda x, y: x**2 + y**2 + 2 * y + 5,
        gradient_fn=lambda x, y: (2 * x, 2 * y + 2),
        hessian_fn=lambda x, y: (2.0, 0.0, 2.0),
        bounds=((-3.0, 3.0), (-4.0, 4.0)),
        start=(-2.0, 3.0),
        minima=((0.0, -1.0),),
        lr=0.1,
    )


def _seed_paraboloid() -> Surface:
    return Surface(
        name="seed-paraboloid",
        formula="w1² + w2² + 5",
        gradient_formula=("2w1", "2w2"),
        value_fn=lambda x, y: x**2 + y**2 + 5,
        gradient_fn=lambda x, y: (2 * x, 2 * y),
        hessian_fn=lambda x, y: (2.0, 0.0, 2.0),
        bounds=((-4.0, 4.0), (-4.0, 4.0)),
        start=(-3.0, 3.0),
        minima=((0.0, 0.0),),
        lr=0.1,
    )


def _rosenbrock() -> Surface:
    return Surface(
        name="rosenbrock",
        formula="(1 − w1)² + 100(w2 − w1²)²",
        gradient_formula=("−2(1 − w1) − 400w1(w2 − w1²)", "200(w2 − w1²)"),
        value_fn=lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
        gradient_fn=lambda x, y: (-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)),
        hessian_fn=lambda x, y: (2 - 400 * y + 1200 * x**2, -400 * x, 200.0),
        bounds=((-2.0, 2.0), (-1.0, 3.0)),
        start=(-1.5, 2.0),
        minima=((1.0, 1.0),),
        lr=0.001,
    )


def _himmelblau() -> Surface:
    return Surface(
        name="himmelblau",
        formula="(w1² + w2 − 11)² + (w1 + w2² − 7)²",
        gradient_formula=(
            "4w1(w1² + w2 − 11) + 2(w1 + w2² − 7)",
            "2(w1² + w2 − 11) + 4w2(w1 + w2² − 7)",
        ),
        value_fn=lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
        gradient_fn=lambda x, y: (
            4 * x * (x**2 + y - 11) + 2 * (x + y**2 - 7),
            2 * (x**2 + y - 11) + 4 * y * (x + y**2 - 7),
        ),
        hessian_fn=lambda x, y: (12 * x**2 + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y**2 - 26),
        bounds=((-5.0, 5.0), (-5.0, 5.0)),
        start=(0.0, 0.0),
        minima=(
            (3.0, 2.0),
            (-2.805118, 3.131312),
            (-3.779310, -3.283186),
            (3.584428, -1.848126),
        ),
        lr=0.01,
    )


def _beale() -> Surface:
    def value(x: Array, y: Array) -> Array:
        return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2

    def gradient(x: Array, y: Array) -> tuple[Array, Array]:
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y**2, 2.625 - x + x * y**3
        return (
            2 * a * (y - 1) + 2 * b * (y**2 - 1) + 2 * c * (y**3 - 1),
            2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y**2,
        )

    def hessian(x: Array, y: Array) -> tuple[Array, Array, Array]:
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y**2, 2.625 - x + x * y**3
        ax, bx, cx = y - 1, y**2 - 1, y**3 - 1  # ∂a/∂w1, …; ∂²a/∂w1² = 0
        ay, by, cy = x, 2 * x * y, 3 * x * y**2  # ∂a/∂w2, …
        return (2 * (ax**2 + bx**2 + cx**2),
                2 * (ax * ay + a) + 2 * (bx * by + 2 * b * y) + 2 * (cx * cy + 3 * c * y**2),
                2 * ay**2 + 2 * (by**2 + 2 * b * x) + 2 * (cy**2 + 6 * c * x * y))

    return Surface(
        name="beale",
        formula="(1.5 − w1 + w1w2)² + (2.25 − w1 + w1w2²)² + (2.625 − w1 + w1w2³)²",
        gradient_formula=(
            "2(1.5 − w1 + w1w2)(w2 − 1) + 2(2.25 − w1 + w1w2²)(w2² − 1)"
            " + 2(2.625 − w1 + w1w2³)(w2³ − 1)",
            "2(1.5 − w1 + w1w2)w1 + 4(2.25 − w1 + w1w2²)w1w2 + 6(2.625 − w1 + w1w2³)w1w2²",
        ),
        value_fn=value,
        gradient_fn=gradient,
        hessian_fn=hessian,
        bounds=((-4.5, 4.5), (-4.5, 4.5)),
        start=(1.0, 1.5),
        minima=((3.0, 0.5),),
        lr=0.001,
    )


def _booth() -> Surface:
    return Surface(
        name="booth",
        formula="(w1 + 2w2 − 7)² + (2w1 + w2 − 5)²",
        gradient_formula=("2(w1 + 2w2 − 7) + 4(2w1 + w2 − 5)", "4(w1 + 2w2 − 7) + 2(2w1 + w2 − 5)"),
        value_fn=lambda x, y: (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
        gradient_fn=lambda x, y: (
            2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5),
            4 * (x + 2 * y - 7) + 2 * (2 * x + y - 5),
        ),
        hessian_fn=lambda x, y: (10.0, 8.0, 10.0),
        bounds=((-10.0, 10.0), (-10.0, 10.0)),
        start=(-6.0, -6.0),
        minima=((1.0, 3.0),),
        lr=0.05,
    )


def _matyas() -> Surface:
    return Surface(
        name="matyas",
        formula="0.26(w1² + w2²) − 0.48w1w2",
        gradient_formula=("0.52w1 − 0.48w2", "0.52w2 − 0.48w1"),
        value_fn=lambda x, y: 0.26 * (x**2 + y**2) - 0.48 * x * y,
        gradient_fn=lambda x, y: (0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x),
        hessian_fn=lambda x, y: (0.52, -0.48, 0.52),
        bounds=((-10.0, 10.0), (-10.0, 10.0)),
        start=(-8.0, 5.0),
        minima=((0.0, 0.0),),
        lr=1.0,
    )


def _saddle() -> Surface:
    return Surface(
        name="saddle",
        formula="w1² − w2²",
        gradient_formula=("2w1", "−2w2"),
        value_fn=lambda x, y: x**2 - y**2,
        gradient_fn=lambda x, y: (2 * x, -2 * y),
        hessian_fn=lambda x, y: (2.0, 0.0, -2.0),
        bounds=((-2.0, 2.0), (-2.0, 2.0)),
        start=(-1.8, 0.05),
        minima=(),
        lr=0.1,
    )


def _six_hump_camel() -> Surface:
    return Surface(
        name="six-hump-camel",
        formula="(4 − 2.1w1² + w1⁴/3)w1² + w1w2 + (−4 + 4w2²)w2²",
        gradient_formula=("8w1 − 8.4w1³ + 2w1⁵ + w2", "w1 − 8w2 + 16w2³"),
        value_fn=lambda x, y: (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2,
        gradient_fn=lambda x, y: (8 * x - 8.4 * x**3 + 2 * x**5 + y, x - 8 * y + 16 * y**3),
        hessian_fn=lambda x, y: (8 - 25.2 * x**2 + 10 * x**4, 1.0, -8 + 48 * y**2),
        bounds=((-2.0, 2.0), (-1.0, 1.0)),
        start=(-1.5, 0.8),
        minima=((0.0898, -0.7126), (-0.0898, 0.7126)),
        lr=0.01,
    )


def _rastrigin() -> Surface:
    tau = 2 * np.pi
    return Surface(
        name="rastrigin",
        formula="20 + w1² − 10cos(2πw1) + w2² − 10cos(2πw2)",
        gradient_formula=("2w1 + 20π sin(2πw1)", "2w2 + 20π sin(2πw2)"),
        value_fn=lambda x, y: 20 + x**2 - 10 * np.cos(tau * x) + y**2 - 10 * np.cos(tau * y),
        gradient_fn=lambda x, y: (
            2 * x + 10 * tau * np.sin(tau * x),
            2 * y + 10 * tau * np.sin(tau * y),
        ),
        hessian_fn=lambda x, y: (2 + 10 * tau**2 * np.cos(tau * x), 0.0,
                                 2 + 10 * tau**2 * np.cos(tau * y)),
        bounds=((-5.12, 5.12), (-5.12, 5.12)),
        start=(-3.3, 2.7),
        minima=((0.0, 0.0),),
        lr=0.001,
    )


SURFACES: dict[str, Surface] = {
    s.name: s
    for s in (
        _seed_bowl(),
        _seed_paraboloid(),
        _rosenbrock(),
        _himmelblau(),
        _beale(),
        _booth(),
        _matyas(),
        _saddle(),
        _six_hump_camel(),
        _rastrigin(),
    )
}
DEFAULT_SURFACE = "seed-bowl"


def get_surface(name: str) -> Surface:
    """The built-in surface of that name, or an error listing the names there are."""
    try:
        return SURFACES[name]
    except KeyError:
        raise InputError("surface: unknown name {name!r}; choose one of {names}", name=name,
                         names=", ".join(SURFACES)) from None
