"""The history of a run within a memory budget: keyframes plus deterministic replay.

A model is anything with `initial() -> state`, `advance(state) -> state` (pure and
deterministic) and `row(state) -> 1-D float array` (the few numbers per iteration that the
trace table, the loss curve and the drawn path need). The timeline keeps

- every row, in one growing array: small, and enough to draw every path and curve;
- every state for the most recent iterations (fast Step back);
- keyframe states spaced out so that they fit the budget; the spacing doubles whenever
  they would not, and any state in between is rebuilt by replaying from the keyframe before it.

Nothing is silently truncated: every iteration stays reachable.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

S = TypeVar("S")


class Model(Protocol[S]):
    def initial(self) -> S: ...

    def advance(self, state: S) -> S: ...

    def row(self, state: S) -> NDArray[np.float64]: ...

    def state_nbytes(self) -> int: ...


class Timeline(Generic[S]):
    """States 0 … last of one model, each reachable by `get(k)`."""

    def __init__(self, model: Model[S], budget_bytes: int = 24_000_000, recent: int = 256):
        self.model = model
        self._per_state = max(1, model.state_nbytes())
        self._max_keyframes = max(16, budget_bytes // 2 // self._per_state)
        self._recent_size = max(2, min(recent, budget_bytes // 2 // self._per_state))
        self._interval = 1
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
        """The state after k iterations, replayed from a keyframe if it is not kept."""
        if not 0 <= k <= self.last:
            raise IndexError(f"iteration {k} is not in 0…{self.last}")
        if k in self._recent:
            self._recent.move_to_end(k)
            return self._recent[k]
        base = k - k % self._interval
        while base not in self._keyframes:  # keyframes are multiples of the interval
            base -= self._interval
        state = self._keyframes[base]
        for i in range(base + 1, k + 1):
            state = self.model.advance(state)
            self._remember(i, state)
        return state

    def extend(self) -> S:
        """Compute iteration last + 1 from the last state, record it and return it."""
        state = self.model.advance(self.get(self.last))
        k = self.last + 1
        if k >= len(self._rows):
            self._rows = np.concatenate([self._rows, np.empty_like(self._rows)])
        self._rows[k] = self.model.row(state)
        self.last = k
        if k % self._interval == 0:
            self._keyframes[k] = state
            if len(self._keyframes) > self._max_keyframes:
                self._interval *= 2
                self._keyframes = {i: s for i, s in self._keyframes.items()
                                   if i % self._interval == 0}
        self._remember(k, state)
        return state

    def truncate(self, k: int) -> None:
        """Forget everything after iteration k (the future of a state that has changed)."""
        self.last = min(self.last, k)
        self._keyframes = {i: s for i, s in self._keyframes.items() if i <= k}
        for i in [i for i in self._recent if i > k]:
            del self._recent[i]

    def _remember(self, k: int, state: Any) -> None:
        self._recent[k] = state
        self._recent.move_to_end(k)
        while len(self._recent) > self._recent_size:
            self._recent.popitem(last=False)

    def kept_states(self) -> int:
        """How many full states are held now (for the memory tests)."""
        return len(set(self._keyframes) | set(self._recent))
