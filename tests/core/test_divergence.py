"""How a run ends is said when it happens: diverged as soon as the rule in the settings says so
(not only on overflow), converged only inside the surface's range, and the last state the
last finite one, labelled with its own k — in Run, `gdsim trace`, `gdsim train`, the α map and
an export's trace alike."""

import json

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core import settings as S
from gdsim.core.alpha_map import alpha_map
from gdsim.core.expr import surface_from_expression
from gdsim.core.lessons import load_lessons
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario, SurfaceSettings


def first_by_rule(J) -> int | None:
    """The divergence rule worked out by hand on a sequence of J: the first k at which J has
    grown DIVERGENCE_STEPS steps in a row to more than DIVERGENCE_FACTOR × max(J₀, 1)."""
    growing = 0
    for k in range(1, len(J)):
        growing = growing + 1 if J[k] > J[k - 1] else 0
        if (growing >= S.DIVERGENCE_STEPS.default
                and J[k] > S.DIVERGENCE_FACTOR.default * max(J[0], 1.0)):
            return k
    return None


def test_the_rule_has_settings_with_documented_defaults():
    assert S.DIVERGENCE_FACTOR.default == 1e6 and S.DIVERGENCE_STEPS.default == 5
    for setting in (S.DIVERGENCE_FACTOR, S.DIVERGENCE_STEPS):
        assert S.SETTINGS[setting.key] is setting and setting.help


def test_gdsim_trace_says_diverged_at_its_step_not_completed(capsys):
    assert main(["trace", "--lr", "5", "--steps", "50"]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == "diverged at step 5"  # not "completed 50 steps" (overflow: 78)
    assert out.split()[-1].startswith("P5:(") and len(out.split()) == 6
    # α = 5: w ← −9w about the bowl's bottom, so J = 4 + 20·81^k: past 2.4e7 first at k = 4,
    # after growing 5 steps in a row at k = 5
    assert first_by_rule([4 + 20 * 81**k for k in range(8)]) == 5
    assert main(["trace", "--lr", "5", "--steps", "50", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "diverged at step 5" and len(data["points"]) == 6
    assert first_by_rule(data["costs"]) == 5 and np.isfinite(data["costs"]).all()


@pytest.mark.parametrize("lr", [1.2, 1.5, 2.5, 5.0])
def test_run_and_alpha_map_stop_where_the_rule_says(lr):
    run = Run(Scenario(surface=SurfaceSettings(lr=lr), max_steps=1000))
    snap = run.seek(1000)
    J = list(snap.costs(0))
    assert snap.status.diverged and snap.status.at == first_by_rule(J) == run.k == snap.k
    assert snap.points[0].k == snap.k and np.isfinite(snap.rows).all()
    assert alpha_map(snap.surface, (-2, 3), [lr]).status(0) == f"diverged at step {run.k}"


def test_a_network_diverges_by_the_same_rule():
    s = Scenario(mode="network", network=NetworkSettings(activation="identity", lr=0.8,
                                                         data="xor", sizes=(2, 8, 1)),
                 max_steps=500)
    run = Run(s)
    snap = run.seek(500)
    assert snap.status.diverged and snap.status.at == run.k
    assert first_by_rule(list(snap.losses)) == run.k and np.isfinite(snap.losses).all()


def test_a_step_that_overflows_is_no_state_the_last_is_the_last_finite_one(capsys):
    """exp(w1²) from (3, 0) with α = 1: the first step lands at w1 ≈ −48600, where J is inf."""
    scenario = Scenario(surface=SurfaceSettings(expression="exp(w1^2)", start=(3.0, 0.0),
                                                lr=1.0), max_steps=10)
    run = Run(scenario)
    snap = run.seek(10)
    assert run.k == snap.k == snap.points[0].k == 0 and run.at_end
    assert str(snap.status) == "diverged at step 1" and str(run.status()) == str(snap.status)
    assert snap.rows.shape[0] == 1
    assert main(["trace", "--expr", "exp(w1^2)", "--start", "3,0", "--lr", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "P:(3,0)" and err.strip() == "diverged at step 1"


def test_the_diverging_example_ends_on_its_own_last_state(capsys, tmp_path):
    """The window's example: k and the point shown agree, and no trace row repeats another."""
    from gdsim.core.scenario_names import resolve_scenario

    scenario, _ = resolve_scenario("diverging-lr")
    run = Run(scenario)
    snap = run.seek(scenario.max_steps)
    assert snap.status.diverged and snap.k == snap.status.at == snap.points[0].k
    assert f"(step {snap.k})" in scenario.description  # the example says what happens
    out = tmp_path / "trace.csv"
    assert main(["export", "diverging-lr", "--steps", "0:200", "--format", "csv",
                 "--out", str(out)]) == 0
    rows = out.read_text().splitlines()[1:]
    assert [int(r.split(",")[0]) for r in rows] == list(range(snap.k + 1))
    assert len(set(r.split(",", 1)[1] for r in rows)) == len(rows)


def test_the_diverging_lesson_says_what_the_program_does():
    """Its sentence names the step core computes ({diverged}, core/lesson_numbers.py): the
    rule's step, not "overflow within a few dozen steps"."""
    lessons, errors = load_lessons()
    assert not errors
    page = next(p for lesson in lessons if lesson.id.startswith("alpha") for p in lesson.pages
                if p.title["en"] == "Diverging")
    run = Run(page.scenario)
    run.seek(page.scenario.max_steps)
    assert run.status().at == first_by_rule(list(run.snapshot().costs(0))) == 6
    for text in page.text.values():
        assert "{" not in text and " 6 " in text
    assert "overflow" not in page.text["en"]


def test_converged_only_inside_the_surfaces_range(capsys):
    """exp(exp(exp(w1))) from (1, 0): one step to w1 ≈ −1.57e7, where the gradient underflows
    to 0 on a plateau far outside the box. That is no minimum and is not called one."""
    assert main(["trace", "--expr", "exp(exp(exp(w1)))", "--start", "1,0"]) == 0
    out, err = capsys.readouterr()
    assert "converged" not in err
    assert err.startswith("left the range at step 1 (|grad J| = 0 at (-1.57124e+07, 0)")
    s = surface_from_expression("exp(exp(exp(w1)))", start=(1.0, 0.0))
    assert alpha_map(s, (1.0, 0.0), [0.1]).status(0) == "left the range at step 1"
    # a descent that settles a little outside the drawn box still converges
    run = Run(Scenario(surface=SurfaceSettings(expression="(w1 - 8)^2 + w2^2",
                                               start=(0.0, 0.0), lr=0.2), max_steps=500))
    assert run.seek(500).status.converged
