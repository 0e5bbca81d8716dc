"""The history of a run within a memory budget: keyframes plus deterministic replay.

A model is anything with `initial() -> state`, `advance(state) -> state` (pure and
deterministic), `row(state) -> 1-D float array` (the few numbers per iteration that the trace
table, the loss curve and the drawn path need) and `state_nbytes()` (what one kept state holds
in memory, Python's own objects included). It may also have `halted(state) -> bool`: true for
what `advance` returns when the iteration could not be taken (its numbers overflow) — the same
state again, saying so. That state is not a new iteration: the timeline keeps it as its `halt`
and goes no further, so its last iteration is the last finite one. And `replay(state, row)`:
the same iteration again when its row is already known, allowed to take from the row what
`advance` would compute only to record it (the network's J over the whole data set).

The timeline keeps

- every row, in one growing array: small, and enough to draw every path and curve;
- every state for the most recent iterations (fast Step back);
- keyframe states, every `interval`-th iteration, the interval a power of two. It grows while
  replaying that many iterations still takes less than `replay_seconds` (measured as the run
  goes: fewer states kept, the same seek time), and whenever the keyframes would not fit the
  budget. Any state in between is replayed from the nearest state kept before it.

Nothing is silently truncated: every iteration stays reachable, and a replayed state equals the
state computed when it was played, bit for bit.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

S = TypeVar("S")

# The memory a run's history may hold. Not a setting: it is the machine's, not the scenario's
# (a scenario file travels between machines), and the keyframes adapt to it, so a run of any
# length fits; tests and benchmarks give Run a budget of their own.
DEFAULT_BUDGET = 256_000_000
REPLAY_SECONDS = 0.05  # the longest replay a seek may need, as far as the budget allows
MEASURED = 64  # iterations timed before the interval may grow for speed
MAX_INTERVAL = 1 << 16  # keyframes at least this often, however quick a step is


class Model(Protocol[S]):
    def initial(self) -> S: ...

    def advance(self, state: S) -> S: ...

    def row(self, state: S) -> NDArray[np.float64]: ...

    def state_nbytes(self) -> int: ...


class Timeline(Generic[S]):
    """States 0 … last of one model, each reachable by `get(k)`."""

    def __init__(self, model: Model[S], budget_bytes: int = DEFAULT_BUDGET, recent: int = 256,
                 replay_seconds: float = REPLAY_SECONDS):
        self.model = model
        self.budget = int(budget_bytes)
        self.replay_seconds = replay_seconds
        self._per_state = max(1, model.state_nbytes())
        self._recent_size = max(2, min(recent, self.budget // 8 // self._per_state))
        self._replay = getattr(model, "replay", None)
        self._halted = getattr(model, "halted", None)
        self.halt: S | None = None  # state `last` again, where iteration last + 1 overflows
        self.interval = 1  # keyframes are the multiples of this power of two
        self._timed, self._seconds = 0, 0.0  # iterations advanced, and the time they took
        first = model.initial()
        self._keyframes: dict[int, S] = {0: first}
        self._recent: OrderedDict[int, S] = OrderedDict({0: first})
        row = model.row(first)
        self._rows = np.empty((64, row.size))
        self._rows[0] = row
        self.last = 0  # the furthest iteration computed so far

    @property
    def rows(self) -> NDArray[np.float64]:
        """One row per iteration 0 … last (a read-only view)."""
        view = self._rows[: self.last + 1]
        view.flags.writeable = False
        return view

    def get(self, k: int) -> S:
        """The state after k iterations, replayed from the nearest state kept before it."""
        if not 0 <= k <= self.last:
            raise IndexError(f"iteration {k} is not in 0…{self.last}")
        if k in self._recent:
            self._recent.move_to_end(k)
            return self._recent[k]
        base = k - k % self.interval
        while base not in self._keyframes:  # keyframes are multiples of the interval
            base -= self.interval
        base = max([base, *(i for i in self._recent if base < i < k)])
        state = self._recent[base] if base in self._recent else self._keyframes[base]
        for i in range(base + 1, k + 1):
            state = (self._replay(state, self._rows[i]) if self._replay is not None
                     else self.model.advance(state))
            self._remember(i, state)
        return state

    def extend(self) -> S:
        """Compute iteration last + 1 from the last state, record it and return it; where it
        cannot be taken, the halt (state `last` again, saying why), recorded as `halt`."""
        if self.halt is not None:
            return self.halt
        before = self.get(self.last)
        start = time.perf_counter()
        state = self.model.advance(before)
        self._timed += 1
        self._seconds += time.perf_counter() - start
        if self._halted is not None and self._halted(state):
            self.halt = state
            return state
        k = self.last + 1
        if k >= len(self._rows):
            self._rows = np.concatenate([self._rows, np.empty_like(self._rows)])
        self._rows[k] = self.model.row(state)
        self.last = k
        if k % self.interval == 0:
            self._keyframes[k] = state
            self._space_keyframes()
        self._remember(k, state)
        return state

    def truncate(self, k: int) -> None:
        """Forget everything after iteration k (the future of a state that has changed)."""
        if k < self.last:
            self.halt = None
        self.last = min(self.last, k)
        self._keyframes = {i: s for i, s in self._keyframes.items() if i <= k}
        for i in [i for i in self._recent if i > k]:
            del self._recent[i]

    def _space_keyframes(self) -> None:
        """Widen the interval while a replay of it stays quick, or when keyframes overflow."""
        interval = self.interval
        if self._timed >= MEASURED:
            per_step = self._seconds / self._timed
            while interval < MAX_INTERVAL and interval * 2 * per_step <= self.replay_seconds:
                interval *= 2
        if len(self._keyframes) > self._max_keyframes():
            while sum(i % interval == 0 for i in self._keyframes) > self._max_keyframes():
                interval *= 2
        if interval != self.interval:
            self.interval = interval
            self._keyframes = {i: s for i, s in self._keyframes.items() if i % interval == 0}

    def _max_keyframes(self) -> int:
        """How many keyframes fit in the budget beside the rows and the recent states."""
        free = self.budget - self._rows.nbytes - self._recent_size * self._per_state
        return max(16, free // self._per_state)

    def _remember(self, k: int, state: Any) -> None:
        self._recent[k] = state
        self._recent.move_to_end(k)
        while len(self._recent) > self._recent_size:
            self._recent.popitem(last=False)

    def kept_states(self) -> int:
        """How many full states are held now (for the memory tests)."""
        return len(set(self._keyframes) | set(self._recent))

    def nbytes(self) -> int:
        """What the history holds, as estimated: the kept states and every row."""
        return self.kept_states() * self._per_state + self._rows.nbytes
