"""Play is paced by the display: one state per presented frame, none drawn that is not shown,
and it stops at the end or where the run converged exactly as an unpaced play does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

import gdsim.ui.controller as controller_module
from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.ui.controller import FRAME_WAIT_MS, SimController

LONG = Scenario(surface=SurfaceSettings(lr=1e-4), max_steps=10_000_000)  # walks for long


class Screen(QObject):
    """Stands in for the 3-D window: says when a frame was presented."""

    frameSwapped = Signal()


def paced(scenario: Scenario) -> tuple[SimController, Screen, list[int]]:
    controller = SimController(scenario)
    screen = Screen()
    controller.pace_by(screen.frameSwapped)
    shown: list[int] = []  # the states handed out while playing
    controller.changed.connect(lambda snap: shown.append(snap.k) if controller.playing else None)
    return controller, screen, shown


def test_pausing_hands_the_views_the_state_where_play_stopped(qtbot):
    """While playing, views may skip states (2-D docks, the landscape); paused, they draw it."""
    controller, screen, _ = paced(LONG)
    after: list[tuple[int, bool]] = []
    controller.changed.connect(lambda snap: after.append((snap.k, controller.playing)))
    controller.set_speed(1000)
    controller.play()
    for _ in range(3):
        qtbot.wait(20)
        screen.frameSwapped.emit()
    controller.pause()
    assert after[-1] == (controller.run.k, False)
    assert [playing for _, playing in after].count(False) == 1


def test_one_state_per_presented_frame_at_high_speed(qtbot, monkeypatch):
    monkeypatch.setattr(controller_module, "FRAME_WAIT_MS", 3000)  # a slow machine's pauses
    controller, screen, shown = paced(LONG)
    controller.set_speed(1000)
    controller.play()
    assert len(shown) == 1  # the first step shows at once
    qtbot.wait(300)  # the frame has not come: nothing more is drawn
    assert len(shown) == 1
    for frame in range(2, 8):
        qtbot.wait(20)
        screen.frameSwapped.emit()
        qtbot.waitUntil(lambda: len(shown) == frame, timeout=1000)  # noqa: B023
        qtbot.wait(5)
        assert len(shown) == frame  # exactly one state for the frame presented
    assert shown == sorted(shown) and shown[-1] > shown[0] + 6  # fast: several steps a frame
    controller.pause()
    screen.frameSwapped.emit()
    qtbot.wait(300)
    assert len(shown) == 7  # paused: frames presented move nothing


def test_a_frame_that_never_comes_is_not_waited_for_long(qtbot):
    """A hidden or minimised window presents nothing: play goes on at FRAME_WAIT_MS a state."""
    controller, _, shown = paced(LONG)
    controller.set_speed(1000)
    controller.play()
    qtbot.wait(FRAME_WAIT_MS * 5)
    assert 3 <= len(shown) <= 7
    controller.pause()


def test_slow_play_keeps_its_speed(qtbot):
    """At 20 iterations per second, each presented frame does not force a step."""
    controller, screen, shown = paced(LONG)
    controller.set_speed(20)
    controller.play()
    for _ in range(50):  # a fast screen presenting every 10 ms for half a second
        qtbot.wait(10)
        screen.frameSwapped.emit()
    controller.pause()
    assert 6 <= controller.run.k <= 16  # about 10 steps, one at a time
    assert shown == list(range(1, len(shown) + 1))


def run_to_stop(qtbot, scenario: Scenario, pace: bool) -> tuple[int, list[str]]:
    controller, screen, _ = paced(scenario) if pace else (SimController(scenario), None, [])
    said: list[str] = []
    controller.message.connect(said.append)
    controller.set_speed(1000)
    controller.play()
    while controller.playing:
        qtbot.wait(5)
        if screen is not None:
            screen.frameSwapped.emit()
    return controller.run.k, said


def test_paced_play_stops_where_unpaced_play_stops(qtbot):
    """At the step limit, and at the step the run converged at, said once, as before."""
    for scenario in (Scenario(max_steps=40), Scenario()):  # the default converges at 72
        k_paced, said_paced = run_to_stop(qtbot, scenario, pace=True)
        k_ticked, said_ticked = run_to_stop(qtbot, scenario, pace=False)
        assert k_paced == k_ticked
        assert said_paced == said_ticked and len(said_paced) == 1
    assert run_to_stop(qtbot, Scenario(max_steps=40), pace=True)[0] == 40
    assert run_to_stop(qtbot, Scenario(), pace=True)[0] == 72


def test_a_frame_computes_no_longer_than_its_budget(qtbot, monkeypatch):
    """A large network at full speed: each frame computes what fits in WORK_SECONDS (here
    nothing but the one iteration every frame moves), and the steps not computed are not
    owed afterwards (no burst when the machine catches up)."""
    monkeypatch.setattr(controller_module, "WORK_SECONDS", 0.0)
    monkeypatch.setattr(controller_module, "FRAME_WAIT_MS", 3000)
    controller, screen, shown = paced(LONG)
    controller.set_speed(1000)
    controller.play()
    for _ in range(5):
        qtbot.wait(30)  # 30 steps owed at 1000 a second
        screen.frameSwapped.emit()
        count = len(shown)
        qtbot.waitUntil(lambda: len(shown) == count + 1, timeout=1000)  # noqa: B023
    controller.pause()
    assert shown == [1, 2, 3, 4, 5, 6]  # one iteration a frame
    assert controller._owed < 1


def test_while_playing_the_docks_draw_at_most_25_times_a_second(qtbot):
    """The 3-D view draws every state; the 2-D views at most every DOCKS_EVERY seconds while
    playing, and every state when not playing."""
    from gdsim.ui.viewset import DOCKS_EVERY, ViewSet

    views = ViewSet(("surface", "loss"))
    drawn = {"surface": 0, "loss": 0}
    for name in drawn:
        original = views.views[name].render  # type: ignore[attr-defined]

        def counting(snap, name=name, original=original):
            drawn[name] += 1
            return original(snap)

        views.views[name].render = counting  # type: ignore[attr-defined]
    controller = SimController(LONG)
    for _ in range(10):  # ten states in well under DOCKS_EVERY
        views.render(controller.run.step(), playing=True)
    assert drawn["surface"] == 10 and drawn["loss"] == 1
    qtbot.wait(int(DOCKS_EVERY * 1000) + 10)
    views.render(controller.run.step(), playing=True)
    assert drawn["loss"] == 2
    views.render(controller.run.step(), playing=False)
    views.render(controller.run.step(), playing=False)
    assert drawn["loss"] == 4
