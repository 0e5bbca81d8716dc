"""SimController: owns the Run and the play timer; the only thing in the window that moves it.

Widgets ask (step, back, play, seek, new settings); the controller decides, moves the Run and
emits `changed(snapshot)`. Views only ever draw the snapshot they are handed.

What the user should read comes in two kinds: `message` says how the run stands (it converged,
it reached its limit: for the status bar), `refused` says why an input was not taken (for the
status bar and the settings panel's error label).

A scenario that stands far from step 0 (a file saved at step 100,000) is computed in parts on
this thread, with a progress dialog whose Cancel leaves the current run exactly as it was: the
new Run is built aside and only replaces the current one when it is complete.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gdsim.core.errors import GdsimError
from gdsim.core.run import ITERATION, Run
from gdsim.core.scenario import Scenario
from gdsim.ui.i18n import tr

FAR = 5_000  # opening at more steps than this shows progress with Cancel
PART_SECONDS = 0.04  # computed between two looks at the progress dialog


class SimController(QObject):
    changed = Signal(object)  # the new snapshot
    scenario_changed = Signal(object)  # a new Scenario (settings, surface or mode changed)
    playing_changed = Signal(bool)
    message = Signal(str)  # how the run stands: why play stopped (status, at its step)
    refused = Signal(str)  # why an input was not taken (bad settings, a scenario that fails)

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.run = Run(scenario or Scenario())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._speed = 10.0  # iterations per second
        self._last_tick = 0.0
        self._owed = 0.0  # fractional steps carried between ticks
        self.refusal: str | None = None  # why the last set_scenario failed; None: cancelled

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
        """Replace the settings, going to the scenario's own step and phase (with progress
        and Cancel when that is far); on refusal or Cancel keep the current run as it was."""
        self.refusal = None
        try:
            run = self._open(scenario)
        except GdsimError as exc:
            self.refusal = str(exc)
            self.refused.emit(self.refusal)
            return False
        if run is None:
            self.message.emit(tr("Opening cancelled; the run is as it was"))
            return False
        self.pause()
        self.run = run
        self.scenario_changed.emit(run.scenario)
        self._emit(run.snapshot())
        return True

    def _open(self, scenario: Scenario) -> Run | None:
        """The scenario's Run at its step and phase, computed in parts with a progress dialog
        when it is far; None when the user cancels."""
        run = Run(scenario, place=False)
        target = min(scenario.step, scenario.max_steps)
        if target > FAR:
            playing = self.playing
            self._timer.stop()  # the current run stays still while the dialog is up
            try:
                if not self._compute_with_progress(run, target):
                    return None
            finally:
                if playing:
                    self._last_tick = time.perf_counter()
                    self._timer.start()
        run.place(target, scenario.phase)
        return run

    def _compute_with_progress(self, run: Run, target: int) -> bool:
        parent = self.parent()
        dialog = QProgressDialog(tr("Computing the steps up to where the file stands…"),
                                 tr("Cancel"), 0, target,
                                 parent if isinstance(parent, QWidget) else None)
        dialog.setWindowTitle(tr("Opening"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(200)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        part = 256
        try:
            while run.timeline.last < target:
                start = time.perf_counter()
                goal = min(target, run.timeline.last + part)
                if run.compute(goal) < goal:
                    break  # diverged on the way: it stands at the last finite state
                seconds = time.perf_counter() - start
                part = max(16, min(part * 2, int(part * PART_SECONDS / max(seconds, 1e-6))))
                dialog.setLabelText(f"{tr('Computing the steps up to where the file stands…')}"
                                    f"\n{run.timeline.last:,} / {target:,}")
                dialog.setValue(run.timeline.last)
                QCoreApplication.processEvents()
                if dialog.wasCanceled():
                    return False
            return True
        finally:
            dialog.close()
            dialog.deleteLater()

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
        # Compute all the iterations this tick owes, then build one snapshot for the views;
        # a run that converges on the way stops at the step it converged at.
        converged = self.run.status().converged
        snap = self.run.seek(min(self.run.k + n, self.run.scenario.max_steps))
        at = snap.status.at
        if snap.status.converged and not converged and at is not None and at < snap.k:
            snap = self.run.seek(at)
        self._emit(snap)
        if self.run.at_end or (snap.status.converged and not converged):
            self.pause()
            self.message.emit(self._end_reason())

    def _end_reason(self) -> str:
        status = self.run.status()
        if not status.running:
            return str(status)
        return f"reached the step limit of {self.run.scenario.max_steps}"

    def _emit(self, snapshot: Any) -> None:
        self.changed.emit(snapshot)
