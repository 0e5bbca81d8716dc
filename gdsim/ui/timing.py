"""The timing seam: whatever the window paces by wall time reads an injected clock and
schedules through an injected timer factory (as ndv's `call_later`), so that tests drive
pacing with a fake clock they move by hand, never with sleeps.

- a `Clock` is a callable returning seconds (monotonic; only differences matter);
- a `TimerFactory` makes, for an owner and a callback, a single-shot `Timer`: `start(ms)`
  (re)starts it, `stop()` cancels it.

The real ones are `time.perf_counter` and a single-shot QTimer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

Clock = Callable[[], float]


class Timer(Protocol):
    def start(self, ms: int, /) -> None: ...

    def stop(self) -> None: ...


TimerFactory = Callable[[QObject, Callable[[], None]], Timer]

real_clock: Clock = time.perf_counter


def qt_timer(owner: QObject, callback: Callable[[], None]) -> Timer:
    """A single-shot QTimer owned by `owner` that calls `callback` when it fires."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(callback)
    return timer
