"""Run and timeline: step, back, seek, and a history that stays within its budget."""

import numpy as np
import pytest

from gdsim.core.errors import GdsimError
from gdsim.core.run import Run
from gdsim.core.scenario import Racer, Scenario, SurfaceSettings
from gdsim.core.timeline import Timeline


def test_step_back_and_seek_on_the_seed_scenario():
    run = Run(Scenario())
    for _ in range(20):
        snap = run.step()
    assert snap.k == 20
    assert (round(snap.points[0].w[0], 3), round(snap.points[0].w[1], 3)) == (-0.023, -0.954)
    assert snap.path(0).shape == (21, 2)
    np.testing.assert_allclose(snap.path(0)[1], [-1.6, 2.2])
    assert run.back().k == 19
    assert run.seek(1).points[0].J == pytest.approx(16.8)
    assert run.seek(0).points[0].J == 24.0
    assert run.back().k == 0  # nothing before the start


def test_step_stops_at_max_steps():
    run = Run(Scenario(max_steps=3))
    for _ in range(10):
        run.step()
    assert run.k == 3 and run.at_end
    with pytest.raises(GdsimError):
        run.seek(4)


def test_race_moves_every_racer():
    s = Scenario(surface=SurfaceSettings(racers=(Racer("sgd"), Racer("adam", lr=0.5))))
    snap = Run(s).seek(5)
    assert len(snap.points) == 2
    assert not np.allclose(snap.path(0), snap.path(1))


def test_diverged_run_stops_and_keeps_the_last_finite_state():
    run = Run(Scenario(surface=SurfaceSettings(lr=5.0), max_steps=100_000))
    snap = run.seek(100_000)
    assert snap.status.diverged and str(snap.status) == f"diverged at step {snap.status.at}"
    assert run.at_end and snap.k < 1000
    assert np.isfinite(snap.rows).all()
    assert run.step().k == snap.k  # Step does nothing more


class Counter:
    """A tiny model: the state is k itself, so replay is easy to check."""

    def __init__(self):
        self.advances = 0

    def initial(self):
        return 0

    def advance(self, s):
        self.advances += 1
        return s + 1

    def row(self, s):
        return np.array([float(s)])

    def state_nbytes(self):
        return 1000


def test_timeline_keeps_every_state_reachable_within_its_budget():
    model = Counter()
    t = Timeline(model, budget_bytes=64_000, recent=8)
    for _ in range(10_000):
        t.extend()
    assert t.kept_states() <= 32 + 8
    assert t.rows.shape == (10_001, 1)
    for k in (0, 1, 777, 5000, 9999, 10_000):
        assert t.get(k) == k
    t.truncate(50)
    assert t.last == 50 and t.get(50) == 50


# -- typed edges: status, granularity, phases, one mode interface -------------------------------


def test_status_is_a_value_whose_text_is_what_users_always_read():
    from gdsim.core.status import State

    run = Run(Scenario(max_steps=200))
    snap = run.seek(200)
    assert snap.status == run.status() and snap.status.state is State.CONVERGED
    assert str(snap.status) == "converged at step 72 (|grad J| < 1e-06)"
    race = Run(Scenario(surface=SurfaceSettings(lr=5.0, racers=(Racer("sgd"), Racer("adam"))),
                        max_steps=1000))
    assert str(race.seek(1000).status) == "diverged at step 5 (sgd α=5)"  # J ≈ 7e10 > 10⁶·24
    assert race.diverged and race.status().at == 5
    assert str(Run(Scenario()).status()) == "running"


def test_granularity_is_an_enum_and_the_old_names_still_work():
    from gdsim.core.phases import Granularity
    from gdsim.core.run import ITERATION, LAYER, PHASE

    assert (ITERATION, PHASE, LAYER) == tuple(Granularity)
    assert LAYER == "layer" and Granularity.of("phase") is PHASE
    run = Run(Scenario(mode="network"))
    assert run.step(LAYER).phase == run.step("layer").phase - 1 == 1
    with pytest.raises(GdsimError, match="unknown granularity 'stage'"):
        run.step("stage")


def test_phases_say_their_stage_and_layer():
    from gdsim.core.phases import Stage

    run = Run(Scenario(mode="network"))  # 3-4-2: two weight layers
    seen = [(run.snapshot().stage, run.snapshot().stage_layer, run.snapshot().front)]
    for _ in range(5):
        snap = run.step("layer")
        seen.append((snap.stage, snap.stage_layer, snap.front))
    assert seen == [(Stage.READY, 0, (0, 0)), (Stage.FORWARD, 2, (1, 1)),
                    (Stage.FORWARD, 3, (2, 2)), (Stage.BACKWARD, 3, (2, 2)),
                    (Stage.BACKWARD, 2, (1, 1)), (Stage.UPDATE, 0, (0, 2))]


def test_both_modes_satisfy_the_one_mode_interface():
    from gdsim.core.modes import Mode
    from gdsim.core.run import MODELS, TimelineModel, model_of
    from gdsim.core.scenario import Scenario as S

    assert set(MODELS) == set(Mode)  # every mode has its timeline model
    for scenario in (S(), S(mode="network")):
        model = model_of(scenario)
        for name in TimelineModel.__dict__:
            if not name.startswith("_"):
                assert hasattr(model, name), (type(model).__name__, name)
    with pytest.raises(GdsimError, match="unknown mode 'table'"):
        model_of(S(mode="table"))


def test_a_mode_is_its_text_in_a_file_and_one_type_in_the_code(tmp_path):
    from gdsim.core.modes import Mode
    from gdsim.core.scenario import load_scenario, save_scenario

    s = Scenario(mode="network")
    assert s.mode is Mode.NETWORK and s.settings is s.network
    d = Scenario()
    assert d.mode is Mode.SURFACE and d.settings is d.surface
    save_scenario(s, tmp_path / "s.json")
    assert '"mode": "network"' in (tmp_path / "s.json").read_text()
    assert load_scenario(tmp_path / "s.json").mode is Mode.NETWORK
    assert f"{Mode.SURFACE} mode" == "surface mode"
