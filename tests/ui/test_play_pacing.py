"""Play is paced by the display: one state per presented frame, none drawn that is not shown,
as many iterations a frame as the speed says, and it stops at the end or where the run
converged exactly as an unpaced play does. While playing the 2-D docks draw at most 25 times
a second. Time is a fake clock the tests move by hand (the `clock` fixture), so every rule is
checked exactly, however fast or busy the machine."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from PySide6.QtCore import QObject, Signal

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.ui.controller import FRAME_WAIT_MS, TICK_MS, WORK_SECONDS, SimController

LONG = Scenario(surface=SurfaceSettings(lr=1e-4), max_steps=10_000_000)  # walks for long
FRAME_WAIT = Fraction(FRAME_WAIT_MS, 1000)


class Screen(QObject):
    """Stands in for the 3-D window: says when a frame was presented."""

    frameSwapped = Signal()

    def __init__(self, clock):
        super().__init__()
        self.clock = clock

    def present(self) -> None:
        """A frame reached the screen; then the events it queued are handled."""
        self.frameSwapped.emit()
        self.clock.advance(0)


def paced(clock, scenario: Scenario = LONG, pace: bool = True):
    controller = SimController(scenario, clock=clock, timer=clock.timer)
    screen = Screen(clock)
    if pace:
        controller.pace_by(screen.frameSwapped)
    shown: list[int] = []  # the states handed out while playing
    controller.changed.connect(lambda snap: shown.append(snap.k) if controller.playing else None)
    return controller, screen, shown


def test_pausing_hands_the_views_the_state_where_play_stopped(clock):
    """While playing, views may skip states (2-D docks, the landscape); paused, they draw it."""
    controller, screen, _ = paced(clock)
    after: list[tuple[int, bool]] = []
    controller.changed.connect(lambda snap: after.append((snap.k, controller.playing)))
    controller.set_speed(1000)
    controller.play()
    for _ in range(3):
        clock.advance(Fraction(20, 1000))
        screen.present()
    controller.pause()
    assert len(after) == 5  # the first state, one a frame, and the one where it stopped
    assert after[-1] == (controller.run.k, False) and controller.run.k > 3
    assert [playing for _, playing in after].count(False) == 1


def test_one_state_per_presented_frame_moved_by_the_speed(clock):
    """A 64 Hz screen at 512 iterations a second: 8 iterations a frame, one state each."""
    controller, screen, shown = paced(clock)
    controller.set_speed(512)
    controller.play()
    assert shown == [1]  # the first step shows at once
    for frame in range(1, 8):
        clock.advance(Fraction(1, 64))
        assert len(shown) == frame  # the frame has not come: nothing more is drawn
        screen.present()
        assert len(shown) == frame + 1  # exactly one state for the frame presented
    assert shown == [1 + 8 * i for i in range(8)]
    controller.pause()
    for _ in range(10):
        clock.advance(Fraction(1, 64))
        screen.present()
    clock.advance(10)
    assert len(shown) == 8  # paused: frames presented and time passing move nothing


def test_a_frame_that_never_comes_is_waited_for_FRAME_WAIT(clock):
    """A hidden or minimised window presents nothing: play goes on at one state every
    FRAME_WAIT_MS, each moved by the speed."""
    controller, _, shown = paced(clock)
    controller.set_speed(500)
    controller.play()
    for i in range(1, 6):
        clock.advance(FRAME_WAIT - Fraction(1, 1000))
        assert len(shown) == i
        clock.advance(Fraction(1, 1000))
        assert len(shown) == i + 1
    steps = np.diff(shown)
    assert (np.abs(steps - 50) <= 1).all() and abs(shown[-1] - shown[0] - 250) <= 1
    controller.pause()


def test_slow_play_keeps_its_speed(clock):
    """At 20 iterations per second, each presented frame does not force a step: state k is
    shown when it is due ((k − 1) / 20 s after play began), no sooner, and at most a tick
    later, one state at a time."""
    controller, screen, shown = paced(clock)
    when: list[float] = []
    controller.changed.connect(lambda snap: when.append(clock()))
    controller.set_speed(20)
    controller.play()
    for _ in range(50):  # a fast screen presenting every 10 ms for half a second
        clock.advance(Fraction(10, 1000))
        screen.present()
    controller.pause()
    assert shown == list(range(1, len(shown) + 1))
    assert 10 <= len(shown) <= 11  # 20 a second for half a second, the first at once
    for k, t in zip(shown, when):
        due = (k - 1) / 20
        assert due - 1e-9 <= t <= due + TICK_MS / 1000


def run_to_stop(clock, scenario: Scenario, pace: bool) -> tuple[int, list[str]]:
    controller, screen, _ = paced(clock, scenario, pace)
    said: list[str] = []
    controller.message.connect(said.append)
    controller.set_speed(1000)
    controller.play()
    for _ in range(10_000):
        if not controller.playing:
            break
        clock.advance(Fraction(5, 1000))
        screen.present()
    assert not controller.playing
    return controller.run.k, said


def test_paced_play_stops_where_unpaced_play_stops(clock):
    """At the step limit, and at the step the run converged at, said once, as before."""
    for scenario, stop in ((Scenario(max_steps=40), 40), (Scenario(), 72)):  # converges at 72
        k_paced, said_paced = run_to_stop(clock, scenario, pace=True)
        k_ticked, said_ticked = run_to_stop(clock, scenario, pace=False)
        assert k_paced == k_ticked == stop
        assert said_paced == said_ticked and len(said_paced) == 1


def test_a_frame_computes_no_longer_than_its_budget(clock):
    """A large network at full speed (4 ms an iteration): each frame computes what fits in
    WORK_SECONDS (and the iteration that crosses it), and the steps not computed are not owed
    afterwards (no burst when iterations get cheap again)."""
    controller, screen, shown = paced(clock)
    timeline = controller.run.timeline
    extend, cost = timeline.extend, Fraction(4, 1000)

    def costly():
        clock.spend(cost)  # the thread is busy: no timer fires meanwhile
        return extend()

    timeline.extend = costly
    controller.set_speed(1000)
    controller.play()
    spent = []
    for _ in range(5):
        clock.advance(Fraction(30, 1000))  # 30 steps owed at 1000 a second
        start = clock.now
        screen.present()
        spent.append(clock.now - start)
    for seconds, moved in zip(spent, np.diff(shown)):
        assert WORK_SECONDS - cost < seconds <= WORK_SECONDS + cost
        assert moved == seconds / cost  # every iteration computed was shown
    timeline.extend = extend
    clock.advance(Fraction(30, 1000))
    screen.present()
    # only the time since the last frame began: its 30 ms and its computing
    assert shown[-1] - shown[-2] <= (Fraction(30, 1000) + spent[-1]) * 1000 + 1
    controller.pause()


def test_after_a_stall_play_catches_up_at_most_a_second(clock):
    """The thread was busy for 5 s (the window was being dragged): the next frame moves a
    second's worth of steps, not five, and play goes on at its speed."""
    controller, screen, shown = paced(clock)
    controller.set_speed(1000)
    controller.play()
    clock.spend(5)
    screen.present()
    assert shown == [1, 1001]
    clock.advance(Fraction(1, 64))
    screen.present()
    assert shown[-1] - 1001 in (15, 16)  # 1000 a second for 1/64 s
    controller.pause()


def test_while_playing_the_docks_draw_at_most_25_times_a_second(clock):
    """The 3-D view draws every state; the 2-D views at most every DOCKS_EVERY seconds while
    playing (as soon as that much time has passed), and every state when not playing."""
    from gdsim.ui.viewset import DOCKS_EVERY, ViewSet

    views = ViewSet(("surface", "loss"), clock=clock)
    drawn: dict[str, list[Fraction]] = {"surface": [], "loss": []}
    for name, times in drawn.items():
        views.views[name].render = lambda snap, times=times: times.append(clock.now)
    run = Run(LONG)
    for _ in range(10):  # ten states at once
        views.render(run.step(), playing=True)
    assert len(drawn["surface"]) == 10 and len(drawn["loss"]) == 1
    frame = Fraction(1, 60)
    for _ in range(120):  # a 60 Hz screen for two seconds
        clock.advance(frame)
        views.render(run.step(), playing=True)
    assert len(drawn["surface"]) == 130
    gaps = np.diff(drawn["loss"])
    assert (gaps >= DOCKS_EVERY).all() and (gaps < DOCKS_EVERY + frame).all()
    assert len(drawn["loss"]) <= 1 + 2 * 25
    views.render(run.step(), playing=False)
    views.render(run.step(), playing=False)
    assert len(drawn["loss"]) == len(gaps) + 3


def test_while_playing_the_text_views_draw_twice_a_second_and_the_state_when_paused(clock):
    """The formula (and the chain rule, the gradient check, the PyTorch code) draw at most every
    TEXT_EVERY seconds while playing, the diagram at the docks' pace; paused, the state shown."""
    from gdsim.ui.viewset import DOCKS_EVERY, TEXT_EVERY, ViewSet

    views = ViewSet(("surface", "diagram", "formula"), clock=clock)
    drawn: dict[str, list[Fraction]] = {"diagram": [], "formula": []}
    for name, times in drawn.items():
        views.views[name].render = lambda snap, times=times: times.append(clock.now)
    run = Run(Scenario(mode="network", max_steps=10_000_000))
    frame = Fraction(1, 60)
    for _ in range(180):  # a 60 Hz screen for three seconds
        clock.advance(frame)
        views.render(run.step(), playing=True)
    for name, every in (("diagram", DOCKS_EVERY), ("formula", TEXT_EVERY)):
        gaps = np.diff(drawn[name])
        assert (gaps >= every).all() and (gaps < every + frame).all()
    assert len(drawn["formula"]) <= 1 + 3 / TEXT_EVERY
    formula = views.built["formula"]
    del formula.render  # the real view again: paused, it shows the state where play stopped
    snap = run.step()
    views.render(snap, playing=False)
    assert formula.snapshot is snap


def test_while_playing_the_step_counter_and_status_line_change_ten_times_a_second(
        make_window, clock, monkeypatch):
    """Each new text in the run bar or the status line asked the whole window for a new
    layout: while playing they show the state at most every BARS_EVERY seconds; paused, the
    state where play stopped."""
    from gdsim.ui.viewset import BARS_EVERY

    w = make_window()
    w.views._clock, w.views._drawn = clock, {}  # its paces on the fake clock from now
    run = w.controller.run
    monkeypatch.setattr(SimController, "playing", property(lambda self: True))
    shown = []
    frame = Fraction(1, 60)
    for _ in range(60):  # a 60 Hz screen for a second
        clock.advance(frame)
        w._on_controller_changed(run.step())
        shown.append((w.run_bar.step_label.text(), w.status_line.k.text()))
    changes = sum(a != b for a, b in zip(shown, shown[1:]))
    assert 1 / BARS_EVERY - 2 <= changes <= 1 / BARS_EVERY
    monkeypatch.undo()  # paused
    w._on_controller_changed(run.step())
    assert w.run_bar.step_label.text().startswith(f" {run.k} /")
    assert w.status_line.k.text().endswith(f"= {run.k}")
