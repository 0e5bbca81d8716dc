"""Run: a scenario and its timeline. Step, step back and seek; every result is a Snapshot.

The window, the command line and the tests all move a simulation through this one class.
"Step" always means one whole iteration; in network mode a finer cursor walks the phases
(forward layer by layer, backward layer by layer, update) of the iteration in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.descent import CONVERGED, DIVERGED, Descent, DescentPoint
from gdsim.core.errors import InputError
from gdsim.core.optimizers import make_optimizer
from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.core.surfaces import Surface, get_surface
from gdsim.core.timeline import Timeline

Array = NDArray[np.float64]

ITERATION, PHASE, LAYER = "iteration", "phase", "layer"
GRANULARITIES = (ITERATION, PHASE, LAYER)


def build_surface(settings: SurfaceSettings) -> Surface:
    if settings.expression:
        from gdsim.core.expr import surface_from_expression

        return surface_from_expression(settings.expression, start=settings.start)
    return get_surface(settings.surface)


# ----------------------------------------------------------------------------------------------
# Surface mode: several optimizers racing on one surface.

ROW = 6  # per racer and iteration: w1, w2, J, |grad J|, ∂J/∂w1, ∂J/∂w2


@dataclass(frozen=True)
class Racing:
    """The race as a timeline model: its state is one DescentPoint per racer."""

    surface: Surface
    descents: tuple[Descent, ...]
    labels: tuple[str, ...]

    @classmethod
    def from_settings(cls, s: SurfaceSettings) -> Racing:
        surface = build_surface(s)
        start = s.start or surface.start
        descents, labels = [], []
        for r in s.racers:
            lr = r.lr or s.lr or surface.lr
            opt = make_optimizer(r.optimizer, lr=lr, **r.hyper)
            descents.append(Descent(surface, opt, start=r.start or start))
            where = f" from ({r.start[0]:g}, {r.start[1]:g})" if r.start else ""
            labels.append(f"{r.optimizer} α={lr:g}{where}")
        return cls(surface, tuple(descents), tuple(labels))

    def initial(self) -> tuple[DescentPoint, ...]:
        return tuple(d.initial() for d in self.descents)

    def advance(self, state: tuple[DescentPoint, ...]) -> tuple[DescentPoint, ...]:
        return tuple(d.advance(p) for d, p in zip(self.descents, state))

    def row(self, state: tuple[DescentPoint, ...]) -> Array:
        return np.concatenate([[p.w[0], p.w[1], p.J, p.grad_norm, p.grad[0], p.grad[1]]
                               for p in state])

    def state_nbytes(self) -> int:
        return 900 * len(self.descents)


@dataclass(frozen=True)
class SurfaceSnapshot:
    """Everything the surface views draw, after k iterations."""

    k: int
    surface: Surface
    labels: tuple[str, ...]
    points: tuple[DescentPoint, ...]  # each racer's P_k
    rows: Array = field(repr=False)  # (k+1, ROW·racers): every racer's trace up to k
    status: str
    max_steps: int
    lr: tuple[float, ...]

    def path(self, racer: int) -> Array:
        """P_0 … P_k of one racer as a (k+1, 2) array."""
        return self.rows[:, ROW * racer: ROW * racer + 2]

    def costs(self, racer: int) -> Array:
        return self.rows[:, ROW * racer + 2]

    def heights(self, racer: int) -> Array:
        """Where the 3-D view draws the path: on the surface, at J itself."""
        return self.costs(racer)


def race_status(points: tuple[DescentPoint, ...], labels: tuple[str, ...]) -> str:
    """One line for the status bar: diverged beats converged beats running."""
    for p, label in zip(points, labels):
        if p.status == DIVERGED:
            return f"diverged at step {p.diverged_at}" + (f" ({label})" if len(points) > 1 else "")
    if all(p.status == CONVERGED for p in points):
        return "converged"
    return "running"


# ----------------------------------------------------------------------------------------------


class Run:
    """A scenario and where it stands. The one thing that moves a simulation."""

    def __init__(self, scenario: Scenario, budget_bytes: int = 24_000_000):
        self.scenario = scenario
        if scenario.mode == "network":
            from gdsim.core.training import Training

            self.model: Any = Training.from_settings(scenario.network)
        else:
            self.model = Racing.from_settings(scenario.surface)
        self.timeline: Timeline[Any] = Timeline(self.model, budget_bytes)
        self.k = 0
        self.phase = 0  # network mode: how far into iteration k → k+1 (0 = not started)
        self.seek(min(scenario.step, scenario.max_steps))

    # -- where it stands ------------------------------------------------------------------------
    @property
    def at_end(self) -> bool:
        """True when Step cannot go on: the step limit, or a run that has diverged."""
        return self.k >= self.scenario.max_steps or self.diverged

    @property
    def diverged(self) -> bool:
        return self.status().startswith("diverged")

    def status(self) -> str:
        if self.scenario.mode == "network":
            return self.model.status(self.timeline.get(self.k))
        status = race_status(self.timeline.get(self.k), self.model.labels)
        if status == "converged":  # say when: the first step where every |grad J| < tol
            tol = max(d.tol for d in self.model.descents)
            norms = self.timeline.rows[: self.k + 1, 3::ROW]
            first = int(np.argmax((norms < tol).all(axis=1)))
            return f"converged at step {first} (|grad J| < {tol:g})"
        return status

    def snapshot(self) -> Any:
        state = self.timeline.get(self.k)
        if self.scenario.mode == "network":
            return self.model.snapshot(self.k, self.phase, state, self.timeline,
                                       self.scenario.max_steps)
        m: Racing = self.model
        return SurfaceSnapshot(self.k, m.surface, m.labels, state, self.timeline.rows[: self.k + 1],
                               self.status(), self.scenario.max_steps,
                               tuple(d.optimizer.lr for d in m.descents))

    # -- moving ---------------------------------------------------------------------------------
    def step(self, granularity: str = ITERATION) -> Any:
        """One iteration forward (or one phase or layer of it, in network mode)."""
        if granularity not in GRANULARITIES:
            raise InputError(f"step: unknown granularity {granularity!r}")
        if self.at_end:
            return self.snapshot()
        if granularity == ITERATION or self.scenario.mode != "network":
            self._goto(self.k + 1)
            self.phase = 0
        else:
            self.phase = self.model.next_phase(self.phase, granularity)
            if self.phase >= self.model.phase_count:
                self._goto(self.k + 1)
                self.phase = 0
            elif self.phase == self.model.phase_count - 1 and self.timeline.last <= self.k:
                self.timeline.extend()  # the update phase shows θ_{k+1} − θ_k
        return self.snapshot()

    def back(self, granularity: str = ITERATION) -> Any:
        """One iteration (or phase, or layer) back; at 0 nothing happens."""
        if granularity != ITERATION and self.scenario.mode == "network" and (
                self.phase > 0 or self.k > 0):
            if self.phase == 0:
                self.k -= 1
                self.phase = self.model.phase_count
            self.phase = self.model.previous_phase(self.phase, granularity)
        elif self.phase > 0:
            self.phase = 0
        elif self.k > 0:
            self.k -= 1
        return self.snapshot()

    def seek(self, k: int) -> Any:
        """Go to the state after k iterations (computing up to it if needed)."""
        if not 0 <= k <= self.scenario.max_steps:
            raise InputError(f"step: {k} is outside 0…{self.scenario.max_steps}")
        self._goto(k)
        self.phase = 0
        return self.snapshot()

    def reset(self) -> Any:
        return self.seek(0)

    def compute(self, k: int) -> int:
        """Compute iterations up to k (stopping at a divergence); the last one reachable."""
        while self.timeline.last < k:
            state = self.timeline.extend()
            if self._state_diverged(state):
                break
        return min(k, self.timeline.last)

    def _goto(self, k: int) -> None:
        self.k = self.compute(k)

    def _state_diverged(self, state: Any) -> bool:
        if self.scenario.mode == "network":
            return self.model.status(state).startswith("diverged")
        return any(p.status == DIVERGED for p in state)
