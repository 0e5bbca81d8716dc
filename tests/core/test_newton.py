"""Newton's method in a race: the minimum of any positive-definite quadratic in one step
(hypothesis, each quadratic typed as an expression), its own α, and what a run says where H is
not positive definite. Hypothesis tests have a module of their own: skipped without it."""

import numpy as np
import pytest

from gdsim.core.errors import ScenarioError
from gdsim.core.run import Run
from gdsim.core.scenario import (
    NetworkSettings,
    Racer,
    Scenario,
    SurfaceSettings,
    scenario_from_dict,
)
from gdsim.core.traces import finished_status

hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")

coefficient = st.integers(-400, 400).map(lambda n: n / 20)  # −20 … 20 in steps of 0.05
start = st.tuples(st.integers(-80, 80).map(lambda n: n / 20), st.integers(-80, 80).map(
    lambda n: n / 20))


@hypothesis.settings(max_examples=40, deadline=None)
@hypothesis.given(a=st.integers(1, 200).map(lambda n: n / 20),
                  c=st.integers(1, 200).map(lambda n: n / 20), b=coefficient, d=coefficient,
                  e=coefficient, f=coefficient, w0=start)
def test_newton_reaches_the_minimum_of_any_quadratic_in_one_step(a, b, c, d, e, f, w0):
    """J = a·w1² + b·w1w2 + c·w2² + d·w1 + e·w2 + f with 4ac > b²: H = [[2a, b], [b, 2c]] is
    positive definite and the minimum is H⁻¹(−d, −e)."""
    hypothesis.assume(4 * a * c - b * b > 0.05)
    text = f"{a} w1^2 + {b} w1 w2 + {c} w2^2 + {d} w1 + {e} w2 + {f}"
    H = np.array([[2 * a, b], [b, 2 * c]])
    minimum = np.linalg.solve(H, [-d, -e])
    run = Run(Scenario(surface=SurfaceSettings(expression=text, start=w0,
                                               racers=(Racer("newton"),)), max_steps=5))
    snap = run.step()
    scale = 1 + float(np.abs(minimum).max()) + float(np.abs(w0).max())
    np.testing.assert_allclose(snap.points[0].w, minimum, rtol=0, atol=1e-9 * scale)
    assert snap.points[0].opt_state["modified"] == 0


def test_newton_takes_its_own_alpha_in_a_race():
    """The race's common α suits (3-12); Newton's full step is α = 1 unless its racer says."""
    s = SurfaceSettings(surface="seed-bowl", lr=0.1,
                        racers=(Racer("sgd"), Racer("newton"), Racer("newton", lr=0.5)))
    snap = Run(Scenario(surface=s, max_steps=3)).step()
    assert snap.labels == ("sgd α=0.1", "newton α=1", "newton α=0.5")
    np.testing.assert_allclose(snap.points[1].w, [0, -1])
    np.testing.assert_allclose(snap.points[2].w, [-1, 1])  # half of the way


def test_a_run_says_where_newton_could_not_use_h():
    run = Run(Scenario(surface=SurfaceSettings(surface="saddle", racers=(Racer("newton"),)),
                       max_steps=3))
    run.seek(3)
    assert run.status().running
    assert "H was not positive definite at 3 of 3 steps" in str(run.status())
    assert finished_status(run).startswith("completed 3 steps (newton α=1: H was not")
    np.testing.assert_allclose(run.snapshot().points[0].w, [0.0, 0.05 * 8])  # away, doubling


def test_a_network_refuses_newton_in_a_file_and_in_code():
    with pytest.raises(ScenarioError, match="network: optimizer: newton needs the Hessian"):
        scenario_from_dict({"gdsim_scenario": 1, "mode": "network",
                            "network": {"optimizer": "newton"}})
    with pytest.raises(Exception, match="newton needs the Hessian"):
        Run(Scenario(mode="network", network=NetworkSettings(optimizer="newton")))
