"""The steps inside one network iteration, and how far one press of Step goes.

An iteration θ_k → θ_{k+1} is walked as: ready (nothing computed), the forward pass one
weight layer at a time (a^2, a^3, …, a^L), the backward pass one δ at a time (δ^L, δ^{L−1},
…, δ^2), the update. `Phase` is one of those steps: its `index` is the cursor the run keeps
(0 … count − 1), its `stage` says which part of the iteration it is, its `layer` which layer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from gdsim.core.errors import InputError
from gdsim.core.naming import superscript


class Granularity(str, enum.Enum):
    """How far Step goes: a whole iteration, a stage of it, or one layer of a pass."""

    ITERATION = "iteration"
    PHASE = "phase"  # forward, backward, update: one stage at a time
    LAYER = "layer"  # one layer of the forward or backward pass at a time

    @classmethod
    def of(cls, value: Granularity | str) -> Granularity:
        try:
            return cls(value)
        except ValueError:
            raise InputError("step: unknown granularity {value!r}; choose one of {names}",
                             value=value, names=", ".join(g.value for g in cls)) from None


class Stage(enum.Enum):
    READY = "ready"  # θ_k, nothing computed yet
    FORWARD = "forward"
    BACKWARD = "backward"
    UPDATE = "update"


@dataclass(frozen=True)
class Phase:
    """One step inside an iteration of a network with `layers` weight layers."""

    index: int  # 0 … 2·layers + 1
    stage: Stage
    layer: int  # the seed's layer just computed: a^layer forward, δ^layer backward; else 0

    @classmethod
    def at(cls, index: int, layers: int) -> Phase:
        """Phase `index` of an iteration: 0 ready, 1 … n forward, n+1 … 2n backward, 2n+1 update."""
        n = layers
        if index == 0:
            return cls(0, Stage.READY, 0)
        if index <= n:
            return cls(index, Stage.FORWARD, index + 1)
        if index <= 2 * n:
            return cls(index, Stage.BACKWARD, n + 1 - (index - n) + 1)
        if index == 2 * n + 1:
            return cls(index, Stage.UPDATE, 0)
        raise InputError("phase: {index} is outside 0…{last}", index=index, last=2 * n + 1)

    @property
    def label(self) -> str:
        if self.stage is Stage.READY:
            return "θₖ: the whole iteration shown (Next ▸ walks it)"
        if self.stage is Stage.FORWARD:
            return f"Forward: layer {self.layer}"
        if self.stage is Stage.BACKWARD:
            return f"Backward: δ{superscript(self.layer)}"
        return "Update"


def phase_count(layers: int) -> int:
    """Ready, one forward phase per weight layer, one backward per δ, the update."""
    return 2 * layers + 2


def next_phase(index: int, layers: int, granularity: Granularity) -> int:
    """Where Step goes from phase `index`; phase_count(layers) means the next iteration."""
    n = layers
    if granularity is Granularity.LAYER:
        return index + 1
    if granularity is Granularity.ITERATION:
        return phase_count(n)
    for end in (n, 2 * n, 2 * n + 1, 2 * n + 2):  # end of forward, backward, update
        if index < end:
            return end
    return phase_count(n)


def previous_phase(index: int, layers: int, granularity: Granularity) -> int:
    """Where Step back goes from phase `index` (phase_count(layers): from the next iteration)."""
    n = layers
    if granularity is Granularity.LAYER:
        return max(0, index - 1)
    if granularity is Granularity.ITERATION:
        return 0
    for start in (2 * n + 1, 2 * n, n, 0):
        if index > start:
            return start
    return 0
