"""One optimizer on one surface, one iteration at a time (section 3.3.3).

`Descent.advance(point)` is pure: it takes an immutable `DescentPoint` and returns the next,
so a run can keep, drop and replay points at will and Step back is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.errors import InputError
from gdsim.core.optimizers import SGD, Optimizer, State
from gdsim.core.status import State as RunState
from gdsim.core.status import Status
from gdsim.core.surfaces import Surface

Array = NDArray[np.float64]

RUNNING, CONVERGED, DIVERGED = RunState.RUNNING, RunState.CONVERGED, RunState.DIVERGED
# Values past this are treated as an overflow: squaring them would already give inf.
OVERFLOW = 1e150
TOL = 1e-6  # a descent has converged where |grad J| < TOL


@dataclass(frozen=True)
class DescentPoint:
    """Where one descent stands after k iterations: the point P_k, J(P_k), grad J and the step."""

    k: int
    w: Array  # (w1, w2)
    J: float
    grad: Array  # grad J at w
    step: Array  # w_k − w_{k−1}: the actual step (zero at k = 0)
    opt_state: State = field(repr=False)
    status: Status = Status()  # converged at k, or diverged at the iteration that overflowed

    @property
    def diverged_at(self) -> int | None:
        return self.status.at if self.status.diverged else None

    @property
    def grad_norm(self) -> float:
        return float(np.hypot(*self.grad))


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
                            self._status(grad, 0))

    def advance(self, p: DescentPoint) -> DescentPoint:
        """P_{k+1} from P_k by the optimizer's rule (SGD: OP = OA − α·grad J, see `vectors`)."""
        if p.status.diverged:
            return p
        with np.errstate(all="ignore"):
            w, state = self.optimizer.step(p.w, p.grad, p.opt_state)
            J = float(self.surface.value(w[0], w[1]))
            grad = self.surface.gradient(w)
        if not _finite(w, J, grad):
            # Keep the last finite point on screen; say where it broke.
            return DescentPoint(p.k, p.w, p.J, p.grad, p.step, p.opt_state,
                                Status(DIVERGED, p.k + 1))
        return DescentPoint(p.k + 1, w, J, grad, w - p.w, state, self._status(grad, p.k + 1))

    def _status(self, grad: Array, k: int) -> Status:
        return Status(CONVERGED, k) if float(np.hypot(*grad)) < self.tol else Status()


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
