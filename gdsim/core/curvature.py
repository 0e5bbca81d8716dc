"""How J curves at a point, and what that says about α: the Hessian H, its eigenvalues and
eigen-directions, the condition number κ, gradient descent's stability limit and Newton's step.

Near a point w₀, J(w) ≈ J(w₀) + grad J·(w − w₀) + ½ (w − w₀)ᵀ H (w − w₀): a quadratic whose
level sets are ellipses with axes along H's eigenvectors, half-lengths ∝ 1/√λᵢ. One step of
(3-12) on that quadratic multiplies the distance to its bottom along eigen-direction i by
1 − αλᵢ, so it shrinks along every direction only while α < 2/λmax. On the seed's valley
J = w1² + w2² + 2w2 + 5, H = 2I everywhere: α = 0.5 lands on the minimum in one step, α = 1
bounces between two points for ever, and α > 1 diverges.

The Hessian is the surface's own where it has one (written by hand for the built-in surfaces,
by sympy for a typed J), else central differences of its gradient — also the tests' oracle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.errors import GdsimError
from gdsim.core.surfaces import Surface

Array = NDArray[np.float64]
GradientAt = Callable[[Array], Array]

# Newton's step where H is not positive definite, or nearly singular (λmin ≤ FLOOR·max|λ|):
# each eigenvalue λ is taken as max(|λ|, FLOOR·max|λ|) (see `newton_direction`).
FLOOR = 1e-6


def central_hessian(gradient: GradientAt, w: ArrayLike, h: float = 1e-5) -> Array:
    """H_ij ≈ (∂J/∂w_i(w + h_j e_j) − ∂J/∂w_i(w − h_j e_j)) / 2h_j, made symmetric.

    Central differences of the gradient, h_j = h·max(1, |w_j|): the fallback for a surface
    without second derivatives of its own, and the tests' independent oracle."""
    w = np.asarray(w, float)
    n = len(w)
    H = np.empty((n, n))
    for j in range(n):
        step = h * max(1.0, abs(float(w[j])))
        e = np.zeros(n)
        e[j] = step
        H[:, j] = (np.asarray(gradient(w + e), float) - np.asarray(gradient(w - e), float)) / (
            2 * step)
    return (H + H.T) / 2


def hessian(surface: Surface, w: ArrayLike) -> Array:
    """H = [[∂²J/∂w1², ∂²J/∂w1∂w2], [∂²J/∂w2∂w1, ∂²J/∂w2²]] at w: the surface's own second
    derivatives, or central differences of its gradient where it has none."""
    w = np.asarray(w, float)
    if surface.hessian_fn is not None:
        try:
            with np.errstate(all="ignore"):
                h11, h12, h22 = (float(v) for v in surface.hessian_fn(w[0], w[1]))
            return np.array([[h11, h12], [h12, h22]])
        except GdsimError:  # a typed J whose second derivatives sympy could not form
            pass
    return central_hessian(surface.gradient, w)


@dataclass(frozen=True)
class Curvature:
    """H at a point and what follows from it: eigenvalues λ₁ ≤ λ₂ (ascending), unit
    eigenvectors (columns of `eigenvectors`, λᵢ's in column i), κ and the limit 2/λmax."""

    hessian: Array
    eigenvalues: Array
    eigenvectors: Array

    @property
    def finite(self) -> bool:
        return bool(np.all(np.isfinite(self.hessian)))

    @property
    def lmax(self) -> float:
        return float(self.eigenvalues[-1])

    @property
    def lmin(self) -> float:
        return float(self.eigenvalues[0])

    @property
    def positive_definite(self) -> bool:
        """Every λ > 0: the point is in a bowl, and Newton's step is H⁻¹ grad J itself."""
        return self.finite and self.lmin > 0

    @property
    def condition(self) -> float | None:
        """κ = λmax / λmin; None where H is not positive definite (no bowl to be narrow)."""
        return self.lmax / self.lmin if self.positive_definite else None

    @property
    def alpha_limit(self) -> float | None:
        """The largest α for which gradient descent still shrinks every direction of the local
        quadratic: α < 2/λmax; None where λmax ≤ 0 (no direction curves up)."""
        return stability_limit(self.lmax) if self.finite else None

    def contraction(self, lr: float) -> Array:
        """1 − αλᵢ for each eigenvalue: what one step of (3-12) multiplies the distance to the
        local quadratic's bottom by, along each eigen-direction."""
        return contraction_factors(self.eigenvalues, lr)


def stability_limit(lmax: float) -> float | None:
    """α < 2/λmax: gradient descent on a quadratic converges exactly for these α."""
    return 2.0 / lmax if lmax > 0 else None


def momentum_limit(lmax: float, momentum: ArrayLike) -> Array | None:
    """α < 2(1 + β)/λmax: momentum (v ← βv + grad J, w ← w − αv) on a quadratic converges
    exactly for these α, 0 ≤ β < 1; None where λmax ≤ 0.

    Along an eigen-direction with eigenvalue λ the two updates make one recurrence,
    x_{k+1} = (1 + β − αλ) x_k − β x_{k−1} (the heavy ball of Polyak, "Some methods of speeding
    up the convergence of iteration methods", USSR Comput. Math. Math. Phys. 4(5), 1964), whose
    characteristic polynomial is z² − (1 + β − αλ) z + β. Both roots lie inside the unit circle
    iff |β| < 1 and |1 + β − αλ| < 1 + β (the Schur–Cohn–Jury test for z² + a₁z + a₀:
    |a₀| < 1, |a₁| < 1 + a₀), that is 0 < αλ < 2(1 + β); every direction needs it, the most
    curved one last (G. Goh, "Why momentum really works", Distill, 2017, works it the same way).
    At β = 0 it is gradient descent's 2/λmax."""
    return 2.0 * (1.0 + np.asarray(momentum, float)) / lmax if lmax > 0 else None


def contraction_factors(eigenvalues: ArrayLike, lr: float) -> Array:
    """1 − αλᵢ: one step of w ← w − α grad J on a quadratic, along eigen-direction i."""
    return 1.0 - lr * np.asarray(eigenvalues, float)


class Behaviour(Enum):
    """What one step does to the distance along an eigen-direction, by its factor f = 1 − αλ."""

    SHRINKS = "shrinks"  # 0 ≤ f < 1: closer, from the same side
    OVERSHOOTS = "overshoots"  # −1 < f < 0: closer, from the other side (the zig-zag)
    BOUNCES = "bounces"  # f = −1: as far, on the other side, for ever
    GROWS = "grows"  # |f| > 1, or f = 1 (no curvature): never closer


def behaviour(factor: float) -> Behaviour:
    """How a factor 1 − αλ moves a descent along its direction (see `Behaviour`)."""
    if -1.0 < factor < 0.0:
        return Behaviour.OVERSHOOTS
    if 0.0 <= factor < 1.0:
        return Behaviour.SHRINKS
    return Behaviour.BOUNCES if factor == -1.0 else Behaviour.GROWS


def local_ellipse(c: Curvature, center: ArrayLike, size: float, n: int = 73) -> Array | None:
    """A level set of the local quadratic ½ dᵀHd around `center`, (n, 2) points: the ellipse
    whose half-axis along vᵢ is ∝ 1/√λᵢ, scaled so that the longest (along λmin) is `size`.
    Its shape is what a contour line near `center` looks like (√κ times as long as wide);
    None where H is not positive definite (the level sets are not ellipses)."""
    if not c.positive_definite:
        return None
    t = np.linspace(0.0, 2.0 * np.pi, n)
    half = size * np.sqrt(c.lmin / c.eigenvalues)
    return np.asarray(center, float) + (np.column_stack([np.cos(t), np.sin(t)]) * half) @ (
        c.eigenvectors.T)


def eigen(H: ArrayLike) -> Curvature:
    """H's eigenvalues (ascending) and unit eigenvectors, each pointing the same way every time
    (its largest component positive), so a drawing does not flip between frames."""
    H = np.asarray(H, float)
    if not np.all(np.isfinite(H)):
        nan = np.full(len(H), np.nan)
        return Curvature(H, nan, np.full_like(H, np.nan))
    values, vectors = np.linalg.eigh(H)
    biggest = np.argmax(np.abs(vectors), axis=0)
    signs = np.where(vectors[biggest, np.arange(len(values))] < 0, -1.0, 1.0)
    return Curvature(H, values, vectors * signs)


def curvature_at(surface: Surface, w: ArrayLike) -> Curvature:
    """The Hessian of J at w with its eigen-decomposition."""
    return eigen(hessian(surface, w))


def newton_direction(H: ArrayLike, grad: ArrayLike) -> tuple[Array, bool]:
    """H⁻¹ grad J — Newton's step is w ← w − α·H⁻¹ grad J, α = 1 its full step.

    Where H is not positive definite the step would climb (λ < 0) or be unbounded (λ = 0), so
    there (and where λmin ≤ FLOOR·max|λ|, nearly singular) H is replaced by |H| with a floor:
    the same eigenvectors, each eigenvalue λ taken as max(|λ|, FLOOR·max|λ|) (the
    "saddle-free" rule): it steps downhill along every direction and leaves a saddle rather
    than jumping onto it. Returns the direction and whether the rule changed H."""
    c = eigen(H)
    g = np.asarray(grad, float)
    if not c.finite:
        return np.full_like(g, np.nan), False
    if c.lmin > FLOOR * max(c.lmax, -c.lmin):
        return np.linalg.solve(c.hessian, g), False
    scale = float(np.max(np.abs(c.eigenvalues)))
    if scale == 0.0:  # flat in every direction: no curvature to divide by
        return np.zeros_like(g), True
    floored = np.maximum(np.abs(c.eigenvalues), FLOOR * scale)
    Q = c.eigenvectors
    return Q @ ((Q.T @ g) / floored), True
