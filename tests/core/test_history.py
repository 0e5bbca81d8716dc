"""The history of a run (issue 12): keyframes plus replay give back, bit for bit, the state
recorded when it was played, within the memory budget, and seeking is a short replay."""

import tracemalloc

import numpy as np
import pytest

from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Racer, Scenario, SurfaceSettings
from gdsim.core.timeline import Timeline
from gdsim.core.training import Training


def same_state(a, b):
    assert a.k == b.k and a.J == b.J and a.status == b.status
    assert np.array_equal(a.net.theta, b.net.theta)
    assert a.opt_state.keys() == b.opt_state.keys()
    for key, value in a.opt_state.items():
        assert np.array_equal(np.asarray(value), np.asarray(b.opt_state[key])), key


@pytest.mark.parametrize("optimizer, batch", [("sgd", 0), ("adam", 7), ("momentum", 5)])
def test_replayed_states_equal_the_states_recorded_when_played(optimizer, batch):
    settings = NetworkSettings(sizes=(2, 5, 3, 2), data="moons", n=40, batch_size=batch,
                               optimizer=optimizer, lr=0.05)
    played = []
    timeline = Timeline(Training.from_settings(settings), budget_bytes=200_000, recent=4)
    for _ in range(3000):
        played.append(timeline.extend())
    assert timeline.interval > 1  # most states are not kept: they are replayed
    rng = np.random.default_rng(1)
    for k in [*rng.integers(0, 3001, 60), 3000, 1, 0, 2999]:
        k = int(k)
        same_state(timeline.get(k), played[k - 1] if k else timeline.model.initial())


@pytest.mark.parametrize("batch", [0, 2])
def test_a_divergence_replays_as_a_divergence(batch):
    """Replay takes J from the recorded row, up to the last finite state; the step that
    overflows is no state of the timeline (its halt repeats θ_k, and says so)."""
    s = Scenario(mode="network", network=NetworkSettings(activation="identity", lr=2.0,
                                                         data="xor", sizes=(2, 8, 1),
                                                         batch_size=batch), max_steps=50)
    run = Run(s)
    run.seek(50)
    assert run.diverged
    d = run.status().at
    run.compute(50)  # the run already stopped: computing on changes nothing
    timeline, model = run.timeline, run.timeline.model
    assert timeline.last == run.k == d - 1 and timeline.halt.status.at == d
    last = timeline.get(d - 1)
    assert timeline.halt.k == last.k and timeline.halt.J == last.J and last.status.running
    assert np.array_equal(timeline.halt.net.theta, last.net.theta)
    for k in range(1, timeline.last + 1):
        same_state(model.replay(timeline.get(k - 1), timeline.rows[k]), timeline.get(k))
        same_state(model.advance(timeline.get(k - 1)), timeline.get(k))


def test_the_memory_the_history_holds_stays_within_its_budget():
    """Measured by tracemalloc, not taken from the timeline's own estimate (which must bound
    it too)."""
    budget = 3_000_000
    s = Scenario(mode="network", network=NetworkSettings(sizes=(20, 30, 10),
                                                         x=tuple(np.linspace(0, 1, 20)),
                                                         y=tuple(np.linspace(0, 1, 10)),
                                                         optimizer="adam", lr=0.01),
                 max_steps=20_000)
    tracemalloc.start()
    run = Run(s, budget_bytes=budget)
    start, _ = tracemalloc.get_traced_memory()
    run.seek(20_000)
    used, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    estimate = run.timeline.nbytes()
    assert estimate <= budget
    assert used - start <= budget  # what is really held, the estimate's honest bound
    assert used - start <= 1.25 * estimate + 200_000


def test_seek_is_a_short_replay_from_a_keyframe():
    run = Run(Scenario(mode="network", max_steps=30_000))
    run.seek(30_000)
    model = run.timeline.model
    calls = []
    original = model.advance
    replay = getattr(model, "replay", None)
    object.__setattr__(model, "advance", lambda s: calls.append(1) or original(s))
    if replay is not None:
        object.__setattr__(model, "replay", lambda s, r: calls.append(1) or replay(s, r))
    for k in (12_345, 29_999, 777, 20_001):
        calls.clear()
        run.seek(k)
        assert len(calls) < run.timeline.interval <= 4096


def test_surface_history_replays_the_same_race():
    s = Scenario(surface=SurfaceSettings(lr=0.001, racers=(Racer("sgd"), Racer("adam"))),
                 max_steps=20_000)
    run = Run(s, budget_bytes=100_000)
    run.seek(20_000)
    rows = run.timeline.rows.copy()
    for k in (0, 5, 19_999, 12_000, 333):
        snap = run.seek(k)
        np.testing.assert_array_equal(snap.rows[-1], rows[k])
        np.testing.assert_array_equal(np.asarray(snap.points[0].w), rows[k][:2])
