"""The α map: every value judged as one Descent judges it (checked against Run itself), the
seed's valley's boundary at α = 1 = 2/λmax and its one-step point at α = 0.5."""

import numpy as np
import pytest

from gdsim.core import settings as S
from gdsim.core.alpha_map import STEP_LIMIT, alpha_map, value_range
from gdsim.core.curvature import curvature_at, momentum_limit
from gdsim.core.errors import InputError
from gdsim.core.expr import surface_from_expression
from gdsim.core.run import Run
from gdsim.core.scenario import Racer, Scenario, SurfaceSettings
from gdsim.core.surfaces import SURFACES, get_surface
from gdsim.core.traces import finished_status

BOWL = get_surface("seed-bowl")
LR = np.linspace(0.01, 1.5, 150)  # the SPEC's `--lr 0.01:1.5:150`


def test_the_seed_valleys_boundary_is_alpha_1_within_one_grid_cell():
    found = alpha_map(BOWL, BOWL.start, LR)
    cell = LR[1] - LR[0]
    converged = found.converged
    last, first_not = LR[converged].max(), LR[~converged].min()
    assert converged[LR < last].all() and not converged[LR > first_not].any()  # one boundary
    boundary = (last + first_not) / 2
    assert abs(boundary - 2 / curvature_at(BOWL, BOWL.start).lmax) <= cell
    assert abs(boundary - 1.0) <= cell


def test_with_momentum_the_seed_valleys_boundary_is_alpha_2_1_plus_beta_over_lambda():
    """Heavy-ball momentum converges exactly for α < 2(1 + β)/λmax (Polyak; the docstring of
    `momentum_limit` derives it): on the seed's valley (λ = 2) at α = 1 + β, within a cell."""
    betas = np.array([0.0, 0.3, 0.6, 0.9])
    lrs = np.linspace(0.01, 2.1, 210)
    found = alpha_map(BOWL, BOWL.start, lrs, betas)
    cell = lrs[1] - lrs[0]
    limits = momentum_limit(curvature_at(BOWL, BOWL.start).lmax, betas)
    np.testing.assert_allclose(limits, 1 + betas)
    for j, limit in enumerate(limits):
        converged = found.converged[:, j]
        assert converged[lrs < limit - cell].all() and not converged[lrs > limit + cell].any()
    assert momentum_limit(-1.0, 0.5) is None


def test_the_seed_valleys_one_step_point_is_alpha_half():
    found = alpha_map(BOWL, BOWL.start, LR)
    half = int(np.argmin(np.abs(LR - 0.5)))
    assert LR[half] == pytest.approx(0.5) and found.status(half) == "converged at step 1"
    assert found.fastest() == (half,)
    steps = np.where(found.converged, found.steps, 10**9)
    assert (steps[:half] > 1).all() and (steps[half + 1:] > 1).all()


@pytest.mark.parametrize("surface, start, rates", [
    ("seed-bowl", None, [0.01, 0.3, 0.5, 0.9, 0.999, 1.0, 1.2, 3.0]),
    ("rosenbrock", None, [1e-4, 5e-4, 1e-3, 2e-3, 4e-3]),
    ("himmelblau", (1.0, 1.0), [0.001, 0.01, 0.02, 0.05, 0.1]),
    ("w1^2 + 10 w2^2", (3.0, 2.0), [0.01, 0.05, 0.09, 0.1, 0.11]),
    ("sin(w1) + w2^2 + 0.1 w1^2", (1.0, 1.0), [0.1, 0.5, 1.0, 2.0]),
])
def test_every_value_is_the_run_of_its_own_descent(surface, start, rates):
    """The oracle: Run with one SGD racer per α, stepped to the end as `gdsim trace` steps."""
    typed = surface not in SURFACES
    s = surface_from_expression(surface, start=start) if typed else get_surface(surface)
    at = start or s.start
    found = alpha_map(s, at, rates, max_steps=400)
    for i, lr in enumerate(rates):
        settings = SurfaceSettings(surface="seed-bowl" if typed else surface,
                                   expression=surface if typed else None, start=at,
                                   racers=(Racer("sgd", lr=lr),))
        assert found.status(i) == outcome(Scenario(surface=settings, max_steps=400)), lr


def test_momentum_values_are_the_runs_of_their_own_descents():
    rates, betas = [0.05, 0.2, 0.6, 1.2], [0.0, 0.5, 0.9]
    found = alpha_map(BOWL, (-2, 3), rates, betas, max_steps=300)
    assert found.steps.shape == (4, 3)
    for i, lr in enumerate(rates):
        for j, beta in enumerate(betas):
            racer = Racer("momentum", lr=lr, hyper={"momentum": beta})
            expected = outcome(Scenario(surface=SurfaceSettings(racers=(racer,)), max_steps=300))
            assert found.status((i, j)) == expected, (lr, beta)
    plain = alpha_map(BOWL, (-2, 3), rates, max_steps=300)
    np.testing.assert_array_equal(found.steps[:, 0], plain.steps)  # β = 0 is (3-12)


def outcome(scenario: Scenario) -> str:
    run = Run(scenario)
    while run.status().running and not run.at_end:
        run.step()
    status = finished_status(run)
    return STEP_LIMIT if status.startswith("completed") else status


def test_rows_say_lr_momentum_steps_status():
    found = alpha_map(BOWL, BOWL.start, [0.5, 1.0], [0.0, 0.5], max_steps=50)
    rows = found.rows()
    assert [list(r) for r in rows] == [["lr", "momentum", "steps", "status"]] * 4
    assert rows[0] == {"lr": 0.5, "momentum": 0.0, "steps": 1, "status": "converged at step 1"}
    assert rows[2]["status"] == STEP_LIMIT and rows[2]["steps"] == 50
    assert list(alpha_map(BOWL, BOWL.start, [0.5]).rows()[0]) == ["lr", "steps", "status"]


def test_a_start_at_the_minimum_converges_at_step_0_and_a_bad_start_is_refused():
    found = alpha_map(BOWL, (0.0, -1.0), [0.1, 5.0])
    assert found.status(1) == "converged at step 0"
    with pytest.raises(InputError, match="start: J or its gradient is not finite"):
        alpha_map(surface_from_expression("log(w1)", start=(1.0, 1.0)), (-1.0, 0.0), [0.1])


def test_a_diverging_value_says_at_which_step():
    found = alpha_map(BOWL, BOWL.start, [1.5, 3.0])
    # α = 1.5: w1 → −2 w1 and w2 + 1 → −2 (w2 + 1), so J = 4 + 20·4^k grows at every step and
    # first passes 10⁶ × J₀ = 2.4e7 at k = 11 (the divergence rule, not an overflow at 247)
    assert found.status(0) == "diverged at step 11" and found.status(1).startswith("diverged")
    assert found.steps[1] < found.steps[0]


def test_value_ranges_are_read_and_checked():
    np.testing.assert_allclose(value_range("0.01:1.5:150", "--lr", S.LR), LR)
    np.testing.assert_allclose(value_range("0.5:0.5:1", "--lr", S.LR), [0.5])
    for text, words in [("0.1:1", "needs the form A:B:N"), ("0:1:3", "0 is out of range"),
                        ("1:0.5:3", "A must be less than B"), ("0.1:1:0", "out of range"),
                        ("0.1:x:3", "'x' is not a number"), ("0.1:1:2.5", "not a whole")]:
        with pytest.raises(InputError, match=words):
            value_range(text, "--lr", S.LR)
    with pytest.raises(InputError, match=r"\[0, 1\)"):
        value_range("0:1:3", "--momentum", S.HYPER["momentum"])
