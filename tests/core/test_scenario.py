"""Scenario files: round trips, examples, and any mutated file either loads or says what's wrong."""

import json
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdsim.core.errors import GdsimError, ScenarioError
from gdsim.core.run import Run
from gdsim.core.scenario import (
    Racer,
    Scenario,
    SurfaceSettings,
    load_scenario,
    save_scenario,
    scenario_from_dict,
)
from gdsim.examples import example_names, example_path


def test_save_then_open_gives_equal_snapshots_at_every_step(tmp_path):
    scenario = Scenario(surface=SurfaceSettings(surface="himmelblau", racers=(
        Racer("sgd", lr=0.01), Racer("adam", lr=0.1, hyper={"beta1": 0.8}))), max_steps=40)
    run = Run(scenario)
    run.seek(17)
    path = tmp_path / "race.json"
    save_scenario(run.scenario.with_step(run.k), path)
    loaded = load_scenario(path)
    assert loaded == scenario.with_step(17)
    again = Run(loaded)
    assert again.k == 17
    for k in range(0, 41):
        a, b = run.seek(k), again.seek(k)
        np.testing.assert_array_equal(a.rows, b.rows)


def test_network_scenario_round_trip(tmp_path):
    scenario = Scenario(mode="network", step=3)
    path = tmp_path / "net.json"
    save_scenario(scenario, path)
    a, b = Run(scenario).snapshot(), Run(load_scenario(path)).snapshot()
    assert b.k == 3
    np.testing.assert_array_equal(a.net.theta, b.net.theta)


def test_a_saved_file_is_small_and_versioned(tmp_path):
    path = tmp_path / "s.json"
    save_scenario(Scenario(step=150), path)
    data = json.loads(path.read_text())
    assert data["gdsim_scenario"] == 1 and data["step"] == 150
    assert path.stat().st_size < 4000  # the history is replayed, not stored


def test_an_interrupted_save_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    save_scenario(Scenario(title="old"), path)
    before = path.read_text()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        save_scenario(Scenario(title="new"), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary left behind


@pytest.mark.parametrize("name", example_names())
def test_every_example_opens_and_runs(name):
    scenario = load_scenario(example_path(name))
    run = Run(scenario)
    run.seek(min(scenario.max_steps, 30))
    assert run.status()


@pytest.mark.parametrize("text, words", [
    ("", "the file is empty"),
    ("{", "not valid JSON (line 1"),
    ("[]", "expected a JSON object"),
    ("{}", "not a gdsim scenario file"),
    ('{"gdsim_scenario": 99}', "version 99"),
    ('{"gdsim_scenario": 1, "mode": "quantum"}', "mode"),
    ('{"gdsim_scenario": 1, "max_steps": 0}', "max_steps"),
    ('{"gdsim_scenario": 1, "surface": {"lr": -1}}', "surface.lr"),
    ('{"gdsim_scenario": 1, "surface": {"lr": NaN}}', "NaN"),
    ('{"gdsim_scenario": 1, "surface": {"start": [1]}}', "surface.start"),
    ('{"gdsim_scenario": 1, "surface": {"surface": "nope"}}', "unknown name 'nope'"),
    ('{"gdsim_scenario": 1, "surface": {"racers": [{"optimizer": "lbfgs"}]}}', "racers[0]"),
    ('{"gdsim_scenario": 1, "network": {"sizes": [3, 0, 2]}}', "network.sizes[1]"),
    ('{"gdsim_scenario": 1, "bogus": 1}', "unknown key 'bogus'"),
    ('{"gdsim_scenario": 1, "network": {"data": "rings"}}',
     "network.data: unknown 'rings'; choose one of one, xor, moons, circles, spirals, blobs, "
     "digits"),
    ('{"gdsim_scenario": 1, "view": "table"}', "view: unknown 'table'; choose one of surface, "),
    ('{"gdsim_scenario": 1, "view": "diagram"}', "view: diagram exists in network mode only"),
    ('{"gdsim_scenario": 1, "mode": "network", "view": "trace"}',
     "view: trace exists in surface mode only"),
    ("[" * 100000 + "]" * 100000, "not valid JSON"),
])
def test_broken_files_get_a_message_naming_the_problem(tmp_path, text, words):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert words in str(info.value)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(ScenarioError, match="cannot be read"):
        load_scenario(tmp_path / "missing.json")
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ScenarioError, match="UTF-8"):
        load_scenario(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=True)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(
        st.sampled_from(["mode", "surface", "network", "lr", "start", "racers", "sizes",
                         "activation", "x", "y", "step", "max_steps", "optimizer", "hyper",
                         "weights", "axes", "data", "seed", "expression"]) | st.text(max_size=8),
        children, max_size=5),
    max_leaves=30)

KEYS = ["mode", "title", "surface", "network", "max_steps", "step", "gdsim_scenario"]
FIELDS = ["surface", "expression", "start", "lr", "racers", "angle", "sizes", "activation",
          "loss", "seed", "data", "x", "y", "n", "noise", "batch_size", "optimizer", "hyper",
          "axes", "weights"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(example_names()),
       key_path=st.lists(st.sampled_from(KEYS + FIELDS) | st.text(max_size=6), min_size=1,
                         max_size=3),
       value=json_values)
def test_mutated_scenarios_load_or_raise_gdsim_error(base, key_path, value):
    data = json.loads(example_path(base).read_text())
    target = data
    for key in key_path[:-1]:
        nxt = target.get(key) if isinstance(target, dict) else None
        if not isinstance(nxt, dict):
            break
        target = nxt
    else:
        if key_path and isinstance(target, dict):
            target[key_path[-1]] = value
    for top in KEYS:
        if top in key_path[:1]:
            data[top] = value
    try:
        scenario = scenario_from_dict(data)
        Run(scenario.with_step(min(scenario.step, 5)))
    except GdsimError:
        pass


def test_where_the_run_stands_inside_an_iteration_round_trips(tmp_path):
    """Issue 14, bug 6: a network saved at "Backward: δ²" opens at "Backward: δ²"."""
    run = Run(Scenario(mode="network"))
    run.seek(3)
    for _ in range(4):
        run.step("layer")
    assert run.snapshot().phase_label == "Backward: δ²"
    path = tmp_path / "inside.json"
    save_scenario(run.scenario.at(run.k, run.phase), path)
    assert json.loads(path.read_text())["phase"] == 4
    opened = Run(load_scenario(path))
    assert (opened.k, opened.phase, opened.snapshot().phase_label) == (3, 4, "Backward: δ²")
    update = Run(Scenario(mode="network", step=2, phase=5))  # the update shows θ_3 − θ_2
    assert update.snapshot().step is not None
    old = json.loads(path.read_text())
    del old["phase"]  # a file from before the phase was saved opens at Ready
    assert scenario_from_dict(old).phase == 0
    for bad, words in ((-1, "phase: -1 is out of range"), ("2", "phase: expected a whole"),
                       (6, "phase: 6 is outside 0…5")):
        with pytest.raises(GdsimError, match=words):
            Run(scenario_from_dict({**old, "phase": bad}))
    with pytest.raises(GdsimError, match="phase"):  # surface mode has no phases
        Run(scenario_from_dict({"gdsim_scenario": 1, "phase": 1}))
