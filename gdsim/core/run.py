"""Run: a scenario and its timeline. Step, step back and seek; every result is a Snapshot.

The window, the command line and the tests all move a simulation through this one class.
"Step" always means one whole iteration; a finer cursor (`phase`) walks the steps inside an
iteration where the mode has any (network mode: forward layer by layer, backward layer by
layer, update). Run knows a mode only through its timeline model (`TimelineModel`), which
`MODELS` makes from the scenario's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

import numpy as np
from numpy.typing import NDArray

from gdsim.core.errors import InputError
from gdsim.core.modes import Mode
from gdsim.core.phases import Granularity
from gdsim.core.racing import ROW, Racing, SurfaceSnapshot, build_surface
from gdsim.core.scenario import Scenario
from gdsim.core.status import Status
from gdsim.core.timeline import DEFAULT_BUDGET, Timeline

if TYPE_CHECKING:  # imported when a network first runs: see MODELS
    from gdsim.core.training import NetworkSnapshot

Array = NDArray[np.float64]

Snapshot: TypeAlias = "SurfaceSnapshot | NetworkSnapshot"

ITERATION, PHASE, LAYER = Granularity.ITERATION, Granularity.PHASE, Granularity.LAYER

__all__ = ["ITERATION", "LAYER", "MODELS", "PHASE", "ROW", "Run", "Snapshot", "SurfaceSnapshot",
           "TimelineModel", "build_surface", "model_of"]


class TimelineModel(Protocol):
    """What Run needs of a mode's model: a timeline model, its status, the phases inside an
    iteration, the snapshot of a state and its trace rows. Implemented by Racing (surface) and
    Training (network)."""

    @property
    def phase_count(self) -> int: ...  # 1: no phases inside an iteration

    def initial(self) -> Any: ...

    def advance(self, state: Any) -> Any: ...

    def row(self, state: Any) -> Array: ...

    def halted(self, state: Any) -> bool: ...  # state k again: iteration k → k+1 overflows

    def state_nbytes(self) -> int: ...

    def status(self, state: Any, rows: Array | None = None) -> Status: ...

    def next_phase(self, phase: int, granularity: Granularity) -> int: ...

    def previous_phase(self, phase: int, granularity: Granularity) -> int: ...

    def shows_next(self, phase: int) -> bool: ...  # does this phase show iteration k+1?

    def snapshot(self, k: int, phase: int, state: Any, timeline: Timeline[Any],
                 max_steps: int) -> Snapshot: ...

    def trace_rows(self, k: int, timeline: Timeline[Any]) -> list[dict[str, Any]]:
        ...  # the rows of `gdsim trace`, CSV and JSON for state k


def _training(settings: Any) -> TimelineModel:
    """Network mode's model. Its modules — the training, its data sets, backpropagation, and
    in the window the loss landscape (gdsim.ui.viewset) — are imported here, when a network
    first runs, not when gdsim starts: the window opens in surface mode, its first frame
    needs none of them, and importing them cost its launch about 2 % (issue 24). Code that
    runs in both modes tells their snapshots apart as `isinstance(snap, SurfaceSnapshot)`,
    which needs none of them; tests/ui/test_first_frame.py fails if the surface window
    imports them."""
    from gdsim.core.training import Training

    return Training.from_settings(settings)


# Each mode's timeline model, made from the scenario's settings of that mode.
MODELS: dict[Mode, Callable[[Any], TimelineModel]] = {
    Mode.SURFACE: Racing.from_settings,
    Mode.NETWORK: _training,
}


def model_of(scenario: Scenario) -> TimelineModel:
    """The scenario's mode as a timeline model."""
    return MODELS[scenario.mode](scenario.settings)


class Run:
    """A scenario and where it stands. The one thing that moves a simulation."""

    def __init__(self, scenario: Scenario, budget_bytes: int = DEFAULT_BUDGET,
                 place: bool = True):
        """The scenario's run, standing where the scenario says (its step and phase); with
        place=False at step 0, for a caller that computes the way there in parts (`compute`)
        and then calls `place`."""
        self.scenario = scenario
        self.model: TimelineModel = model_of(scenario)
        self.timeline: Timeline[Any] = Timeline(self.model, budget_bytes)
        self.k = 0
        self.phase = 0  # how far into iteration k → k+1 (0 = not started)
        self._check_phase(scenario.phase, scenario.step)
        if place:
            self.place(min(scenario.step, scenario.max_steps), scenario.phase)

    # -- where it stands ------------------------------------------------------------------------
    @property
    def at_end(self) -> bool:
        """True when Step cannot go on: the step limit, or a run that has diverged or left the
        surface's range."""
        return self.k >= self.scenario.max_steps or self.status().stopped

    @property
    def diverged(self) -> bool:
        return self.status().diverged

    def status(self) -> Status:
        return self.model.status(self.state(self.k), self.timeline.rows[: self.k + 1])

    def snapshot(self) -> Snapshot:
        return self.model.snapshot(self.k, self.phase, self.state(self.k), self.timeline,
                                   self.scenario.max_steps)

    def state(self, k: int) -> Any:
        """The model's state after k iterations; the last one says so where the next
        iteration overflows (the timeline's halt)."""
        halt = self.timeline.halt
        return halt if halt is not None and k == self.timeline.last else self.timeline.get(k)

    # -- moving ---------------------------------------------------------------------------------
    def step(self, granularity: Granularity | str = ITERATION) -> Snapshot:
        """One iteration forward (or one phase or layer of it, where the mode has phases)."""
        g = Granularity.of(granularity)
        if self.at_end:
            return self.snapshot()
        self.phase = (self.model.phase_count if g is ITERATION
                      else self.model.next_phase(self.phase, g))
        if self.phase >= self.model.phase_count:
            self._goto(self.k + 1)
            self.phase = 0
        elif self.model.shows_next(self.phase) and self.timeline.last <= self.k:
            self.timeline.extend()  # the update phase shows θ_{k+1} − θ_k
        return self.snapshot()

    def back(self, granularity: Granularity | str = ITERATION) -> Snapshot:
        """One iteration (or phase, or layer) back; at 0 nothing happens."""
        g = Granularity.of(granularity)
        if g is ITERATION:
            if self.phase > 0:
                self.phase = 0
            elif self.k > 0:
                self.k -= 1
        elif self.phase > 0 or self.k > 0:
            if self.phase == 0:
                self.k -= 1
                self.phase = self.model.phase_count
            self.phase = self.model.previous_phase(self.phase, g)
        return self.snapshot()

    def seek(self, k: int) -> Snapshot:
        """Go to the state after k iterations (computing up to it if needed)."""
        if not 0 <= k <= self.scenario.max_steps:
            raise InputError("step: {k} is outside 0…{max_steps}", k=k,
                             max_steps=self.scenario.max_steps)
        self._goto(k)
        self.phase = 0
        return self.snapshot()

    def place(self, k: int, phase: int = 0) -> Snapshot:
        """Go to `phase` of iteration k (where a saved scenario stood)."""
        self._check_phase(phase, k)
        self.seek(k)
        if self.k == k and phase:
            self.phase = phase
            if self.model.shows_next(phase) and self.timeline.last <= k:
                self.timeline.extend()  # the update phase shows θ_{k+1} − θ_k
        return self.snapshot()

    def _check_phase(self, phase: int, k: int) -> None:
        last = self.model.phase_count - 1
        if not 0 <= phase <= last:
            if last:
                raise InputError("phase: {phase} is outside 0…{last}", phase=phase, last=last)
            raise InputError("phase: {phase} is outside 0…0 (this mode has no phases inside an "
                             "iteration)", phase=phase)
        if phase and k >= self.scenario.max_steps:
            raise InputError("phase: step {k} is the step limit; there is no iteration to be "
                             "inside", k=k)

    def reset(self) -> Snapshot:
        return self.seek(0)

    def compute(self, k: int) -> int:
        """Compute iterations up to k (stopping where the run diverges or leaves the surface's
        range); the last one reachable."""
        state = self.state(self.timeline.last)
        while self.timeline.last < k and not self.model.status(state).stopped:
            state = self.timeline.extend()
        return min(k, self.timeline.last)

    def _goto(self, k: int) -> None:
        self.k = self.compute(k)
