"""Where a run stands, as a value: running, converged at step k, diverged at step k, or left the
surface's range at step k (a gradient that vanished far from anything the surface holds, e.g.
underflowed after a huge step: no minimum, and not called one).

Code compares `status.state`; people read `str(status)`, which is the text the status bar, the
trace's "status" key and `gdsim train` have always printed ("converged at step 71 (|grad J| <
1e-06)", "diverged at step 12 (adam α=0.1)").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class State(enum.Enum):
    RUNNING = "running"
    CONVERGED = "converged"
    DIVERGED = "diverged"
    LEFT = "left the range"


@dataclass(frozen=True)
class Status:
    state: State = State.RUNNING
    at: int | None = None  # the step it converged, diverged or left the range at
    detail: str = ""  # what it concerns or why: a racer's label, the tolerance

    @property
    def running(self) -> bool:
        return self.state is State.RUNNING

    @property
    def converged(self) -> bool:
        return self.state is State.CONVERGED

    @property
    def diverged(self) -> bool:
        return self.state is State.DIVERGED

    @property
    def left(self) -> bool:
        return self.state is State.LEFT

    @property
    def stopped(self) -> bool:
        """Step cannot go on from here: diverged, or left the surface's range."""
        return self.state in (State.DIVERGED, State.LEFT)

    def __str__(self) -> str:
        text = self.state.value
        if self.at is not None:
            text += f" at step {self.at}"
        return f"{text} ({self.detail})" if self.detail else text


RUNNING = Status()
