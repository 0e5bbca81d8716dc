"""Surface mode as a timeline model: several optimizers racing on one surface (3.3.3).

Its state is one DescentPoint per racer; an iteration has no phases inside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.curvature import hessian
from gdsim.core.descent import Descent, DescentPoint
from gdsim.core.errors import Message
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.optimizers import OPTIMIZERS, Optimizer, make_optimizer
from gdsim.core.phases import Granularity
from gdsim.core.scenario import SurfaceSettings
from gdsim.core.status import State, Status
from gdsim.core.surfaces import Surface, get_surface
from gdsim.core.timeline import Timeline

Array = NDArray[np.float64]
Race = tuple[DescentPoint, ...]

ROW = 6  # per racer and iteration: w1, w2, J, |grad J|, ∂J/∂w1, ∂J/∂w2


def build_surface(settings: SurfaceSettings) -> Surface:
    if settings.expression is not None:  # an empty one is refused, not taken for none
        from gdsim.core.expr import surface_from_expression

        return surface_from_expression(settings.expression, start=settings.start)
    return get_surface(settings.surface)


@dataclass(frozen=True)
class SurfaceSnapshot:
    """Everything the surface views draw, after k iterations."""

    k: int
    surface: Surface
    labels: tuple[str, ...]
    points: Race  # each racer's P_k
    rows: Array = field(repr=False)  # (k+1, ROW·racers): every racer's trace up to k
    status: Status
    max_steps: int
    lr: tuple[float, ...]
    gradient_steps: tuple[bool, ...]  # each racer's step is −α·grad J (3-12): OP = OA − α·grad J
    optimizers: tuple[Optimizer, ...] = ()  # each racer's, with its hyper-parameters
    hidden: Hidden = NOTHING  # what an open lesson question asks: the views print "?" for it

    def path(self, racer: int) -> Array:
        """P_0 … P_k of one racer as a (k+1, 2) array."""
        return self.rows[:, ROW * racer: ROW * racer + 2]

    def costs(self, racer: int) -> Array:
        return self.rows[:, ROW * racer + 2]

    def heights(self, racer: int, shown: slice | NDArray[np.intp] = slice(None)) -> Array:
        """Where the 3-D view draws the path's points `shown`: on the surface, at J itself."""
        return self.costs(racer)[shown]

    def height_at(self, w1: Array, w2: Array) -> Array:
        """Where the 3-D view draws points (w1, w2) on the surface: J there."""
        return np.asarray(self.surface.value(w1, w2), float)


@dataclass(frozen=True)
class Racing:
    """The race as a timeline model: its state is one DescentPoint per racer."""

    surface: Surface
    descents: tuple[Descent, ...]
    labels: tuple[str, ...]

    phase_count = 1  # an iteration of the race is one step: nothing to walk inside it

    @classmethod
    def from_settings(cls, s: SurfaceSettings) -> Racing:
        surface = build_surface(s)
        start = s.start or surface.start
        descents, labels = [], []
        curvature = partial(hessian, surface)  # H(w), for a second-order racer (Newton's)
        for r in s.racers:
            kind = OPTIMIZERS.get(r.optimizer)  # unknown: make_optimizer names the choices
            lr = r.lr or (None if kind is not None and kind.second_order else s.lr or surface.lr)
            opt = make_optimizer(r.optimizer, **({"lr": lr} if lr else {}), **r.hyper)
            descents.append(Descent(surface, opt.with_curvature(curvature),
                                    start=r.start or start))
            where = f" from ({r.start[0]:g}, {r.start[1]:g})" if r.start else ""
            labels.append(f"{r.optimizer} α={opt.lr:g}{where}")
        return cls(surface, tuple(descents), tuple(labels))

    # -- the timeline model ---------------------------------------------------------------------
    def initial(self) -> Race:
        return tuple(d.initial() for d in self.descents)

    def advance(self, state: Race) -> Race:
        """Every racer one iteration on; where one's iteration overflows, the race stays at
        state k, saying so (`halted`): the last state is the last finite one for all."""
        after = tuple(d.advance(p) for d, p in zip(self.descents, state, strict=True))
        if any(p.halted for p in after):
            return tuple(q if q.halted else p for p, q in zip(state, after, strict=True))
        return after

    def halted(self, state: Race) -> bool:
        """Is this state k again, since iteration k → k+1 overflows (the timeline's halt)?"""
        return any(p.halted for p in state)

    def row(self, state: Race) -> Array:
        return np.concatenate([[p.w[0], p.w[1], p.J, p.grad_norm, p.grad[0], p.grad[1]]
                               for p in state])

    def state_nbytes(self) -> int:
        return 900 * len(self.descents)

    def status(self, state: Race, rows: Array | None = None) -> Status:
        """Diverged beats left the range beats converged beats running; converged at the first
        step where every racer's |grad J| was under its tolerance (rows: the trace up to this
        state; without them the step is not said)."""
        several = len(state) > 1
        for p, label in zip(state, self.labels, strict=True):
            if p.status.diverged:
                return Status(State.DIVERGED, p.status.at, label if several else "")
        if all(p.status.converged or p.status.left for p in state):
            for p, label in zip(state, self.labels, strict=True):
                if p.status.left:
                    detail = (Message("{label}: {detail}", label=label, detail=p.status.detail)
                              if several else p.status.detail)
                    return Status(State.LEFT, p.status.at, detail)
            if rows is None:
                return Status(State.CONVERGED)
            tol = max(d.tol for d in self.descents)
            first = int(np.argmax((rows[:, 3::ROW] < tol).all(axis=1)))
            return Status(State.CONVERGED, first, f"|grad J| < {tol:g}")
        return Status(detail=self.note(state))

    def note(self, state: Race) -> str:
        """What a running race should say besides: where Newton's step could not use H as it
        is (not positive definite), how often (the rule: `curvature.newton_direction`)."""
        for p, label in zip(state, self.labels, strict=True):
            modified = p.opt_state.get("modified", 0)
            if modified:
                return Message("{label}: H was not positive definite at {n} of {k} steps; "
                               "those steps used |H|", label=label, n=modified, k=p.k)
        return ""

    # -- inside an iteration: nothing -----------------------------------------------------------
    def next_phase(self, phase: int, granularity: Granularity) -> int:
        return self.phase_count

    def previous_phase(self, phase: int, granularity: Granularity) -> int:
        return 0

    def shows_next(self, phase: int) -> bool:
        return False

    def snapshot(self, k: int, phase: int, state: Race, timeline: Timeline[Any],
                 max_steps: int) -> SurfaceSnapshot:
        rows = timeline.rows[: k + 1]
        return SurfaceSnapshot(k, self.surface, self.labels, state, rows,
                               self.status(state, rows), max_steps,
                               tuple(d.optimizer.lr for d in self.descents),
                               tuple(d.optimizer.gradient_step for d in self.descents),
                               tuple(d.optimizer for d in self.descents))

    def trace_rows(self, k: int, timeline: Timeline[Any]) -> list[dict[str, Any]]:
        """State k's w1, w2, J and gradient, one row per racer (named when there are several),
        read from its recorded row."""
        data = timeline.rows[k]
        rows: list[dict[str, Any]] = []
        for r, label in enumerate(self.labels):
            w1, w2, J, _, g1, g2 = data[ROW * r: ROW * (r + 1)].tolist()
            row = {"k": k, "w1": w1, "w2": w2, "J": J, "dJ_dw1": g1, "dJ_dw2": g2}
            rows.append({"optimizer": label, **row} if len(self.labels) > 1 else row)
        return rows
