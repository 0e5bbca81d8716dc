"""SimController: owns the Run and the play timer; the only thing in the window that moves it.

Widgets ask (step, back, play, seek, new settings); the controller decides, moves the Run and
emits `changed(snapshot)`. Views only ever draw the snapshot they are handed.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gdsim.core.errors import GdsimError
from gdsim.core.run import ITERATION, Run
from gdsim.core.scenario import Scenario


class SimController(QObject):
    changed = Signal(object)  # the new snapshot
    scenario_changed = Signal(object)  # a new Scenario (settings, surface or mode changed)
    playing_changed = Signal(bool)
    message = Signal(str)  # something the user should read (a refusal, a stop reason)

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.run = Run(scenario or Scenario())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._speed = 10.0  # iterations per second
        self._last_tick = 0.0
        self._owed = 0.0  # fractional steps carried between ticks

    # -- state ----------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.run.scenario

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def snapshot(self) -> Any:
        return self.run.snapshot()

    # -- actions the widgets ask for ------------------------------------------------------------
    def step(self, granularity: str = ITERATION) -> None:
        """One iteration (Step), or in network mode one phase or layer of it."""
        self._emit(self.run.step(granularity))
        if self.run.at_end:
            self.message.emit(self._end_reason())

    def back(self, granularity: str = ITERATION) -> None:
        self.pause()
        self._emit(self.run.back(granularity))

    def seek(self, k: int) -> None:
        if k != self.run.k or self.run.phase:
            self._emit(self.run.seek(max(0, min(k, self.run.scenario.max_steps))))

    def reset(self) -> None:
        self.pause()
        self._emit(self.run.reset())

    def set_speed(self, steps_per_second: float) -> None:
        self._speed = max(0.1, min(float(steps_per_second), 1000.0))

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def play(self) -> None:
        if self.playing:
            return
        if self.run.at_end:
            self.message.emit(self._end_reason())
            return
        self._last_tick = time.perf_counter()
        self._owed = 1.0  # the first step shows at once
        self._timer.start(1000 // 60)
        self.playing_changed.emit(True)
        self._on_timer_timeout()

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playing_changed.emit(False)

    def set_scenario(self, scenario: Scenario) -> bool:
        """Replace the settings, going to the scenario's own step; on refusal keep the current
        run and say why."""
        try:
            run = Run(scenario)
        except GdsimError as exc:
            self.message.emit(str(exc))
            return False
        self.pause()
        self.run = run
        self.scenario_changed.emit(run.scenario)
        self._emit(run.snapshot())
        return True

    # -- internals ------------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self._owed += (now - self._last_tick) * self._speed
        self._last_tick = now
        n = int(self._owed)
        if n <= 0:
            return
        self._owed -= n
        n = min(n, 1000)  # after a stall, catch up at most a second's worth, not a burst
        # Compute all the iterations this tick owes, then build one snapshot for the views.
        snap = self.run.seek(min(self.run.k + n, self.run.scenario.max_steps))
        self._emit(snap)
        if self.run.at_end or snap.status.converged:
            self.pause()
            self.message.emit(self._end_reason())

    def _end_reason(self) -> str:
        status = self.run.status()
        if not status.running:
            return str(status)
        return f"reached the step limit of {self.run.scenario.max_steps}"

    def _emit(self, snapshot: Any) -> None:
        self.changed.emit(snapshot)
