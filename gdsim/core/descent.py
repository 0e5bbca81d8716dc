"""One optimizer on one surface, one iteration at a time (section 3.3.3).

`Descent.advance(point)` is pure: it takes an immutable `DescentPoint` and returns the next,
so a run can keep, drop and replay points at will and Step back is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core import settings as S
from gdsim.core.errors import InputError, Message
from gdsim.core.optimizers import SGD, Optimizer, State
from gdsim.core.status import State as RunState
from gdsim.core.status import Status
from gdsim.core.surfaces import Surface

Array = NDArray[np.float64]

RUNNING, CONVERGED, DIVERGED = RunState.RUNNING, RunState.CONVERGED, RunState.DIVERGED
LEFT = RunState.LEFT
# Values past this are treated as an overflow: squaring them would already give inf.
OVERFLOW = 1e150
TOL = 1e-6  # a descent has converged where |grad J| < TOL (inside the surface's range)
# The surface's range: its drawn box (the start included) grown RANGE times about its centre.
# A vanishing gradient beyond it is no minimum (exp(exp(exp(w1))) far left of its box).
RANGE = 10.0


@dataclass(frozen=True)
class DescentPoint:
    """Where one descent stands after k iterations: the point P_k, J(P_k), grad J and the step."""

    k: int
    w: Array  # (w1, w2)
    J: float
    grad: Array  # grad J at w
    step: Array  # w_k − w_{k−1}: the actual step (zero at k = 0)
    opt_state: State = field(repr=False)
    status: Status = Status()  # converged, left the range or diverged (by the rule) at k;
    # diverged at k + 1: the iteration from here overflows, and this is the last finite point
    J0: float = 0.0  # J at the start, which the divergence rule measures J against
    growing: int = 0  # how many iterations in a row J has grown up to here

    @property
    def diverged_at(self) -> int | None:
        return self.status.at if self.status.diverged else None

    @property
    def grad_norm(self) -> float:
        return float(np.hypot(*self.grad))

    @property
    def halted(self) -> bool:
        """The iteration from here cannot be taken (its numbers overflow): P_k is the last."""
        return self.status.diverged and self.status.at == self.k + 1


def growth(J: ArrayLike, before: ArrayLike, growing: ArrayLike) -> NDArray[np.int64]:
    """How many iterations in a row J has grown, after one from `before` to J (elementwise)."""
    return np.where(np.asarray(J) > np.asarray(before), np.asarray(growing) + 1, 0)


def diverging(J: ArrayLike, J0: ArrayLike, growing: ArrayLike,
              factor: float = S.DIVERGENCE_FACTOR.default,
              steps: int = S.DIVERGENCE_STEPS.default) -> NDArray[np.bool_]:
    """The divergence rule: J has grown `steps` iterations in a row to more than `factor` ×
    max(J₀, 1) (elementwise; a J that is not finite is caught before, by `within_range`)."""
    return (np.asarray(growing) >= steps) & (np.asarray(J) > factor * np.maximum(J0, 1.0))


def in_range(surface: Surface, start: ArrayLike, w1: ArrayLike, w2: ArrayLike
             ) -> NDArray[np.bool_]:
    """Which points lie in the surface's range: its box with the start in it, grown RANGE
    times about its centre (elementwise)."""
    start = np.asarray(start, float)
    inside = np.ones(np.broadcast(np.asarray(w1), np.asarray(w2)).shape, bool)
    for (lo, hi), s, w in zip(surface.bounds, start, (w1, w2), strict=True):
        lo, hi = min(lo, s), max(hi, s)
        centre, half = (lo + hi) / 2, (hi - lo) / 2
        inside &= np.abs(np.asarray(w, float) - centre) <= RANGE * half
    return inside


def within_range(values: ArrayLike) -> NDArray[np.bool_]:
    """Which values a descent can go on from: finite and short of OVERFLOW (elementwise; the α
    map judges many descents at once by the same rule)."""
    return np.abs(np.asarray(values)) < OVERFLOW  # False for inf and NaN too


def _finite(*values: ArrayLike) -> bool:
    return all(bool(np.all(within_range(v))) for v in values)


@dataclass(frozen=True)
class Descent:
    """Gradient descent of `optimizer` on `surface` from `start`, stopping under `tol`."""

    surface: Surface
    optimizer: Optimizer = field(default_factory=SGD)
    start: tuple[float, float] | None = None
    tol: float = TOL  # converged when |grad J| < tol

    def initial(self) -> DescentPoint:
        """P_0 = A, the start, with J(A) and grad J(A)."""
        w = np.array(self.start if self.start is not None else self.surface.start, dtype=float)
        with np.errstate(all="ignore"):
            J = float(self.surface.value(w[0], w[1]))
            grad = self.surface.gradient(w)
        if not _finite(w, J, grad):
            raise InputError("start: J or its gradient is not finite at ({w1:g}, {w2:g})",
                             w1=w[0], w2=w[1])
        return DescentPoint(0, w, J, grad, np.zeros(2), self.optimizer.init_state(w),
                            self._status(w, J, grad, 0, J, 0), J0=J)

    def advance(self, p: DescentPoint) -> DescentPoint:
        """P_{k+1} from P_k by the optimizer's rule (SGD: OP = OA − α·grad J, see `vectors`)."""
        if p.status.diverged:
            return p
        with np.errstate(all="ignore"):
            w, state = self.optimizer.step(p.w, p.grad, p.opt_state)
            J = float(self.surface.value(w[0], w[1]))
            grad = self.surface.gradient(w)
        if not _finite(w, J, grad):
            # P_k is the last finite point: it stays, saying the next iteration broke.
            return replace(p, status=Status(DIVERGED, p.k + 1))
        growing = int(growth(J, p.J, p.growing))
        return DescentPoint(p.k + 1, w, J, grad, w - p.w, state,
                            self._status(w, J, grad, p.k + 1, p.J0, growing), p.J0, growing)

    def _status(self, w: Array, J: float, grad: Array, k: int, J0: float,
                growing: int) -> Status:
        """Diverged by the rule, converged (a small gradient in the surface's range), left the
        range (a small gradient beyond it), or running."""
        if diverging(J, J0, growing):
            return Status(DIVERGED, k)
        norm = float(np.hypot(*grad))
        if norm >= self.tol:
            return Status()
        start = self.start if self.start is not None else self.surface.start
        if in_range(self.surface, start, w[0], w[1]):
            return Status(CONVERGED, k)
        return Status(LEFT, k, Message("|grad J| = {norm:.3g} at ({w1:.6g}, {w2:.6g}), far "
                                       "outside the surface's range", norm=norm, w1=w[0],
                                       w2=w[1]))


def written(value: float) -> str:
    """A number as the seed writes it: -2 rather than -2.0, 0 rather than -0.0."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def printed_trace(path: ArrayLike) -> str:
    """`P:(-2,3) P1:(-1.6,2.2) …` as the seed prints it: the start as written, then round(v, 3),
    whole numbers without ".0" throughout (P1:(0,-1), not P1:(0.0,-1.0))."""
    path = np.asarray(path, float)
    parts = [f"P:({written(path[0, 0])},{written(path[0, 1])})"]
    parts += [f"P{k}:({written(round(float(w1), 3))},{written(round(float(w2), 3))})"
              for k, (w1, w2) in enumerate(path[1:], start=1)]
    return " ".join(parts)
