"""SimController: owns the Run and the play timer; the only thing in the window that moves it.

Widgets ask (step, back, play, seek, new settings); the controller decides, moves the Run and
emits `changed(snapshot)`. Views only ever draw the snapshot they are handed.

What the user should read comes in two kinds: `message` says how the run stands (it converged,
it reached its limit: for the status bar), `refused` says why an input was not taken (for the
status bar and the settings panel's error label).

A scenario that stands far from step 0 (a file saved at step 100,000) is computed in parts on
this thread, with a progress dialog whose Cancel leaves the current run exactly as it was: the
new Run is built aside and only replaces the current one when it is complete.

Play is paced by the display (`pace_by(frameSwapped)` of the 3-D window): the next state is
computed when the window has presented the last one, so the views draw each state once, no
state is drawn that is never shown, and play is capped only by how fast the window presents.
How many iterations a frame moves follows the speed (iterations per second of wall time). A
frame that does not come (the window hidden or minimised) is waited for at most FRAME_WAIT;
without a frame source play ticks at 60 Hz. Wall time is read from an injected clock and
the ticks scheduled by an injected timer factory (gdsim.ui.timing), so tests pace play by hand.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gdsim.core.errors import GdsimError
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.run import ITERATION, Run
from gdsim.core.scenario import Scenario
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.steps import outcome_text
from gdsim.ui.timing import Clock, TimerFactory, qt_timer, real_clock

FAR = 5_000  # opening at more steps than this shows progress with Cancel
PART_SECONDS = 0.04  # computed between two looks at the progress dialog
TICK_MS = 1000 // 60  # play's tick without a frame source
FRAME_WAIT_MS = 100  # the longest play waits for a frame to be presented
WORK_SECONDS = 0.015  # the most play computes for one frame (one iteration at least)


class SimController(QObject):
    changed = Signal(object)  # the new snapshot
    scenario_changed = Signal(object)  # a new Scenario (settings, surface or mode changed)
    playing_changed = Signal(bool)
    message = Signal(str)  # how the run stands: why play stopped (status, at its step)
    refused = Signal(str)  # why an input was not taken (bad settings, a scenario that fails)

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None, *,
                 clock: Clock = real_clock, timer: TimerFactory = qt_timer):
        """`clock` and `timer` pace play (gdsim.ui.timing): the real ones unless a test
        drives the time."""
        super().__init__(parent)
        self.run = Run(scenario or Scenario())
        self._clock = clock
        # the next tick: a step that is due, or a frame not come
        self._timer = timer(self, self._on_timer_timeout)
        self._playing = False
        self._paced = False  # a frame source is connected (pace_by)
        self._waiting = False  # a state was handed to the views and is not yet presented
        self._speed = 10.0  # iterations per second
        self._last_tick = 0.0
        self._owed = 0.0  # fractional steps carried between ticks
        self.refusal: str | None = None  # why the last set_scenario failed; None: cancelled
        self.hidden: Hidden = NOTHING  # stamped on every snapshot: what the views print as "?"

    # -- state ----------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.run.scenario

    @property
    def playing(self) -> bool:
        return self._playing

    def snapshot(self) -> Any:
        return self._stamped(self.run.snapshot())

    def hide(self, hidden: Hidden) -> None:
        """What the views must not show from now on (an open lesson question's quantities; NOTHING
        shows all again); the current state is handed to them again, stamped."""
        if hidden != self.hidden:
            self.hidden = hidden
            self._emit(self.run.snapshot())

    def _stamped(self, snapshot: Any) -> Any:
        return replace(snapshot, hidden=self.hidden) if self.hidden else snapshot

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
        self._last_tick = self._clock()
        self._owed = 1.0  # the first step shows at once
        self._playing = True
        self.playing_changed.emit(True)
        self._on_timer_timeout()

    def pause(self) -> None:
        if self.playing:
            self._playing = self._waiting = False
            self._timer.stop()
            self.playing_changed.emit(False)
            # While playing, the views may skip states (the 2-D docks, the landscape): paused,
            # every view shows the state where play stopped.
            self._emit(self.run.snapshot())

    def pace_by(self, presented: Any) -> None:
        """Advance play when `presented` (a signal: the 3-D window's frameSwapped) says the
        last state reached the screen."""
        presented.connect(self.on_presented)
        self._paced = True

    def on_presented(self) -> None:
        """A frame reached the screen: compute the next state now, if play waits for it."""
        if self._playing and self._waiting:
            self._waiting = False
            self._timer.start(0)  # after the events already queued (input, the 2-D docks)

    def set_scenario(self, scenario: Scenario) -> bool:
        """Replace the settings, going to the scenario's own step and phase (with progress
        and Cancel when that is far); on refusal or Cancel keep the current run as it was."""
        self.refusal = None
        try:
            run = self._open(scenario)
        except GdsimError as exc:
            self.refusal = error_text(exc)
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
            self._playing = False  # the current run stays still while the dialog is up
            self._timer.stop()
            try:
                if not self._compute_with_progress(run, target):
                    return None
            finally:
                if playing:
                    self._playing, self._waiting = True, False
                    self._last_tick = self._clock()
                    self._timer.start(0)
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
                start = self._clock()
                goal = min(target, run.timeline.last + part)
                if run.compute(goal) < goal:
                    break  # diverged on the way: it stands at the last finite state
                seconds = self._clock() - start
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
        if not self._playing:
            return
        self._waiting = False
        now = self._clock()
        self._owed += (now - self._last_tick) * self._speed
        self._last_tick = now
        n = int(self._owed)
        if n <= 0:  # the next step is not due yet: tick when it is
            self._timer.start(max(1, min(TICK_MS, int(1000 * (1 - self._owed) / self._speed))))
            return
        self._owed -= n
        n = min(n, 1000)  # after a stall, catch up at most a second's worth, not a burst
        # Compute the iterations this tick owes (at most WORK_SECONDS of them: a large network
        # plays as fast as it can without freezing the window), then build one snapshot for
        # the views; a run that converges on the way stops at the step it converged at.
        converged = self.run.status().converged
        snap = self.run.seek(self._reachable(min(self.run.k + n, self.run.scenario.max_steps)))
        at = snap.status.at
        if snap.status.converged and not converged and at is not None and at < snap.k:
            snap = self.run.seek(at)
        self._emit(snap)
        if self.run.at_end or (snap.status.converged and not converged):
            self.pause()
            self.message.emit(self._end_reason())
        elif self._playing:  # the next state when this one is on screen, or the tick
            self._waiting = self._paced
            self._timer.start(FRAME_WAIT_MS if self._paced else TICK_MS)

    def _reachable(self, target: int) -> int:
        """The step up to `target` computed within WORK_SECONDS (at least one); when time
        runs out, the steps still owed are forgiven."""
        deadline = self._clock() + WORK_SECONDS
        goal = self.run.k
        while goal < target:
            goal += 1
            if self.run.compute(goal) < goal:  # diverged: it stands at the last finite state
                return self.run.timeline.last
            if self._clock() > deadline and goal < target:
                self._owed = 0.0
                break
        return goal

    def _end_reason(self) -> str:
        """Why play stopped, as the status bar says it (gdsim.ui.steps)."""
        return outcome_text(self.run.status(), self.run.k >= self.run.scenario.max_steps)

    def _emit(self, snapshot: Any) -> None:
        self.changed.emit(self._stamped(snapshot))
