"""Where a run stands, as a value: running, converged at step k, or diverged at step k.

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


@dataclass(frozen=True)
class Status:
    state: State = State.RUNNING
    at: int | None = None  # the step it converged or diverged at
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

    def __str__(self) -> str:
        text = self.state.value
        if self.at is not None:
            text += f" at step {self.at}"
        return f"{text} ({self.detail})" if self.detail else text


RUNNING = Status()
