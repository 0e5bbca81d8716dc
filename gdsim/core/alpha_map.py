"""The α map: for one surface and one start, how many steps gradient descent takes to converge for
each of many learning rates α at once — and, with momentum, over a grid of (α, β).

Every value is its own descent, judged exactly as `Descent` judges one (converged at step k
where |grad J(P_k)| < TOL in the surface's range, left the range where it is that small beyond
it, diverged at step k where step k leaves the numbers a descent can go on from or the
divergence rule says so), but all of them advance together as numpy arrays: one gradient
evaluation of the whole grid per step, and a value that has finished drops out of the arrays.
On the seed's valley (H = 2I) the map shows what `gdsim.core.curvature` predicts: one step at α
= 0.5, then longer and longer oscillations up to α = 1 = 2/λmax, and no convergence from there
on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core import settings
from gdsim.core.descent import TOL, diverging, growth, in_range, within_range
from gdsim.core.errors import InputError
from gdsim.core.settings import Setting
from gdsim.core.status import State, Status
from gdsim.core.surfaces import Surface

Array = NDArray[np.float64]

STEP_LIMIT = "step limit"  # what a value that neither converged nor diverged says
# `AlphaMap.state` holds the index
CODES = (State.RUNNING, State.CONVERGED, State.DIVERGED, State.LEFT)


@dataclass(frozen=True)
class AlphaMap:
    """Steps to converge (or to diverge) for every α, or every (α, β) with momentum.

    `steps` and `state` have the shape (len(lr),) or (len(lr), len(momentum)): `state` holds
    the index in CODES (running: the step limit came first), `steps` the step it converged or
    diverged at (`max_steps` at the step limit)."""

    lr: Array
    momentum: Array | None
    steps: NDArray[np.int64]
    state: NDArray[np.int8]
    max_steps: int

    def status(self, index: tuple[int, ...] | int) -> str:
        """"converged at step k", "diverged at step k", "left the range at step k" or "step
        limit" for one value."""
        code = CODES[int(self.state[index])]
        return STEP_LIMIT if code is State.RUNNING else str(Status(code, int(self.steps[index])))

    @property
    def converged(self) -> NDArray[np.bool_]:
        return self.state == CODES.index(State.CONVERGED)

    def rows(self) -> list[dict[str, Any]]:
        """One row per value: lr (and momentum), steps, status."""
        out: list[dict[str, Any]] = []
        for index in np.ndindex(self.steps.shape):
            row: dict[str, Any] = {"lr": float(self.lr[index[0]])}
            if self.momentum is not None:
                row["momentum"] = float(self.momentum[index[1]])
            out.append({**row, "steps": int(self.steps[index]), "status": self.status(index)})
        return out

    def fastest(self) -> tuple[int, ...] | None:
        """The value that converged in the fewest steps (the first such), if any did."""
        if not self.converged.any():
            return None
        steps = np.where(self.converged, self.steps, np.iinfo(np.int64).max)
        return tuple(int(i) for i in np.unravel_index(int(np.argmin(steps)), steps.shape))


def alpha_map(surface: Surface, start: Sequence[float], lr: ArrayLike,
              momentum: ArrayLike | None = None,
              max_steps: int = settings.ALPHA_MAP_STEPS.default,
              tol: float = TOL) -> AlphaMap:
    """Gradient descent (3-12) from `start` for every α in `lr` — or, given `momentum`, torch's
    momentum (v ← βv + grad J, w ← w − αv) for every (α, β) — up to `max_steps` steps each."""
    lrs = np.asarray(lr, float).ravel()
    betas = None if momentum is None else np.asarray(momentum, float).ravel()
    shape = (len(lrs),) if betas is None else (len(lrs), len(betas))
    alpha = np.broadcast_to(lrs.reshape(-1, *([1] if betas is not None else [])), shape).ravel()
    beta = None if betas is None else np.broadcast_to(betas, shape).ravel()
    count = alpha.size
    steps = np.full(count, max_steps, dtype=np.int64)
    state = np.zeros(count, dtype=np.int8)
    w1 = np.full(count, float(start[0]))
    w2 = np.full(count, float(start[1]))
    with np.errstate(all="ignore"):
        g1, g2 = (np.broadcast_to(np.asarray(g, float), (count,)) for g in
                  surface.gradient_fn(w1, w2))
        J0 = surface.value(w1[:1], w2[:1])
    if not bool(within_range(J0).all() & within_range(g1[:1]).all() & within_range(g2[:1]).all()):
        raise InputError("start: J or its gradient is not finite at ({w1:g}, {w2:g})",
                         w1=start[0], w2=start[1])
    if float(np.hypot(g1[0], g2[0])) < tol:  # already at a minimum: every value, step 0
        return AlphaMap(lrs, betas, np.zeros(shape, np.int64),
                        np.full(shape, CODES.index(State.CONVERGED), np.int8), max_steps)
    live = np.arange(count)  # the values still running, and their arrays below
    a, b = alpha, beta
    v1 = v2 = np.zeros(count)
    first = float(J0[0])
    J_before, growing = np.full(count, first), np.zeros(count, np.int64)
    with np.errstate(all="ignore"):
        for k in range(1, max_steps + 1):
            if b is None:
                s1, s2 = g1, g2
            else:  # torch.optim.SGD(momentum): v = grad J at the first step, then βv + grad J
                v1, v2 = (g1, g2) if k == 1 else (b * v1 + g1, b * v2 + g2)
                s1, s2 = v1, v2
            w1, w2 = w1 - a * s1, w2 - a * s2
            J = surface.value_fn(w1, w2)
            g1, g2 = (np.broadcast_to(g, w1.shape) for g in surface.gradient_fn(w1, w2))
            J = np.broadcast_to(J, w1.shape)
            ok = (within_range(w1) & within_range(w2) & within_range(J) & within_range(g1)
                  & within_range(g2))
            growing = growth(J, J_before, growing)
            ok &= ~diverging(J, first, growing)
            small = np.hypot(g1, g2) < tol
            done = ~ok | small
            if not done.any():
                J_before = J
                continue
            finished = live[done]
            steps[finished] = k
            inside = in_range(surface, start, w1[done], w2[done])
            state[finished] = np.select(
                [~ok[done], inside], [CODES.index(State.DIVERGED), CODES.index(State.CONVERGED)],
                CODES.index(State.LEFT))
            keep = ~done
            live, w1, w2, g1, g2, a = live[keep], w1[keep], w2[keep], g1[keep], g2[keep], a[keep]
            J_before, growing = J[keep], growing[keep]
            if b is not None:
                b, v1, v2 = b[keep], v1[keep], v2[keep]
            if not live.size:
                break
    return AlphaMap(lrs, betas, steps.reshape(shape), state.reshape(shape), max_steps)


def value_range(text: str, where: str, setting: Setting) -> Array:
    """"A:B:N" → N values evenly from A to B (both included), as `--lr 0.01:1.5:150` says; A
    and B checked against `setting` (α's, or β's), N against ALPHA_MAP_VALUES."""
    parts = text.split(":")
    if len(parts) != 3:
        raise InputError("{where}: {text!r} needs the form A:B:N (from A to B, N values)",
                         where=where, text=text)
    lo = settings.parse(setting, parts[0], where)
    hi = settings.parse(setting, parts[1], where)
    n = settings.parse(settings.ALPHA_MAP_VALUES, parts[2], where)
    if lo > hi or (lo == hi and n > 1):
        raise InputError("{where}: {text!r} runs from A to B; A must be less than B (or equal, "
                         "with N = 1)", where=where, text=text)
    return np.linspace(lo, hi, n)
