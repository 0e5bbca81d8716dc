"""The vectors of 3.3.1-3.3.3: ∂J/∂l (3-9) and one step OA, AP, OP (3-10, 3-11)."""

import math

import numpy as np
import pytest

from gdsim.core.descent import Descent
from gdsim.core.errors import GdsimError
from gdsim.core.optimizers import SGD
from gdsim.core.run import Run
from gdsim.core.scenario import Racer, Scenario, SurfaceSettings
from gdsim.core.surfaces import SURFACES, get_surface
from gdsim.core.vectors import (
    directional_derivative,
    directions_at,
    steepest_descent_direction,
    step_vectors,
    trace_step,
    unit_direction,
)

# ---------------------------------------------------------------------------------------------
# Directions around a point (3-9), figures 3-10 and 3-11.


def test_seed_paraboloid_at_A_gradient_and_steepest_direction():
    z = get_surface("seed-paraboloid")
    assert z.value(-3, 3) == 23.0  # A = (−3, 3, 23)
    np.testing.assert_array_equal(z.gradient([-3, 3]), [-6.0, 6.0])
    np.testing.assert_allclose(steepest_descent_direction(z, [-3, 3]),
                               [math.sqrt(2) / 2, -math.sqrt(2) / 2], rtol=0, atol=1e-15)


def test_directional_derivative_is_grad_dot_l_and_peaks_along_gradient():
    z = get_surface("seed-paraboloid")
    angles = np.arange(0, 360, 0.5)
    values = np.array([directional_derivative(z, [-3, 3], unit_direction(a)) for a in angles])
    assert values.max() == pytest.approx(6 * math.sqrt(2))
    assert values.min() == pytest.approx(-6 * math.sqrt(2))
    assert angles[values.argmax()] == pytest.approx(135.0)  # the direction of (−6, 6)
    assert angles[values.argmin()] == pytest.approx(315.0)  # (√2/2, −√2/2)
    # Along w2 (V1) and along w1 (V2), as in figure 3-10.
    assert directional_derivative(z, [-3, 3], [0, 1]) == pytest.approx(6)
    assert directional_derivative(z, [-3, 3], [1, 0]) == pytest.approx(-6)
    # Only the direction counts, not its length.
    assert directional_derivative(z, [-3, 3], [10, -10]) == pytest.approx(-6 * math.sqrt(2))


def test_zero_direction_is_refused():
    with pytest.raises(GdsimError, match="direction"):
        directional_derivative(get_surface("seed-bowl"), [0, 0], [0, 0])


def test_directions_at_A_on_the_paraboloid_are_the_seeds():
    d = directions_at(get_surface("seed-paraboloid"), [-3, 3], angle=90.0, h=0.5)
    np.testing.assert_array_equal(d.grad, [-6.0, 6.0])
    assert d.grad_norm == pytest.approx(6 * math.sqrt(2))
    np.testing.assert_allclose(d.steepest, [math.sqrt(2) / 2, -math.sqrt(2) / 2], atol=1e-15)
    by_name = {c.name: c for c in d.candidates}
    assert list(by_name) == ["V1", "V2", "−grad J", "l"]
    # Figure 3-10: V1 along the y axis and V2 along the x axis, both towards the valley.
    np.testing.assert_array_equal(by_name["V1"].l, [0.0, -1.0])  # cos 270° as 0, not −2e-16
    np.testing.assert_array_equal(by_name["V2"].l, [1.0, 0.0])
    assert by_name["V1"].slope == pytest.approx(-6) and by_name["V2"].slope == pytest.approx(-6)
    assert by_name["−grad J"].angle == pytest.approx(315.0)
    assert by_name["−grad J"].slope == pytest.approx(-6 * math.sqrt(2))
    assert by_name["l"].slope == pytest.approx(6)  # the user's l at 90°: up the y axis
    # ΔJ over h = 0.5: J(−3, 2.5) − J(−3, 3) = 6.25 − 9 along V1, the same along V2.
    assert by_name["V1"].change == pytest.approx(-2.75)
    assert by_name["−grad J"].change < by_name["V2"].change < 0 < by_name["l"].change
    # Over all angles the largest ∂J/∂l is |grad J| along grad J, the least along −grad J.
    assert d.up == pytest.approx(135.0) and d.down == pytest.approx(315.0)
    assert d.slopes.max() == pytest.approx(d.grad_norm, rel=1e-4)
    assert d.angles[d.slopes.argmax()] == pytest.approx(d.up)
    assert d.angles[d.slopes.argmin()] == pytest.approx(d.down)


@pytest.mark.parametrize(("w", "v1", "v2"), [((-3, 3), (0, -1), (1, 0)), ((2, -1), (0, 1), (-1, 0)),
                                            ((1, 2), (0, -1), (-1, 0))])
def test_v1_and_v2_run_along_the_axes_the_way_down(w, v1, v2):
    by_name = {c.name: c for c in directions_at(get_surface("seed-paraboloid"), w, 0, 0.1)
               .candidates}
    np.testing.assert_array_equal(by_name["V1"].l, v1)
    np.testing.assert_array_equal(by_name["V2"].l, v2)
    assert by_name["V1"].slope < 0 and by_name["V2"].slope < 0


def test_a_slope_along_a_contour_is_zero_not_rounding():
    z = get_surface("seed-paraboloid")
    assert float(np.array([-6.0, 6.0]) @ unit_direction(45)) != 0  # what the dot product gives
    assert directional_derivative(z, [-3, 3], unit_direction(45)) == 0.0
    slopes = directional_derivative(z, [-3, 3], unit_direction(np.array([45.0, 225.0, 10.0])))
    assert slopes[0] == slopes[1] == 0.0 and slopes[2] != 0


def test_directions_at_a_minimum_have_no_steepest_direction():
    d = directions_at(get_surface("seed-bowl"), [0, -1], angle=30.0, h=0.1)
    assert d.grad_norm == 0.0 and not d.steepest.any() and not d.slopes.any()
    assert all(c.change > 0 for c in d.candidates)  # every way is up from the bottom


# ---------------------------------------------------------------------------------------------
# One step, figure 3-13: OP = OA − α·grad J.


def test_the_seeds_first_step_from_A():
    """A = (−2, 3) on J = w1² + w2² + 2w2 + 5, α = 0.1: P1 = (−1.6, 2.2), as the seed prints."""
    J = get_surface("seed-bowl")
    grad = J.gradient([-2, 3])
    np.testing.assert_array_equal(grad, [-4.0, 8.0])
    v = step_vectors([-2, 3], grad, 0.1)
    np.testing.assert_array_equal(v.OA, [-2.0, 3.0])
    np.testing.assert_allclose(v.AP, [0.4, -0.8], rtol=0, atol=1e-15)
    np.testing.assert_allclose(v.OP, [-1.6, 2.2], rtol=0, atol=1e-15)
    assert v.OA_length == np.hypot(-2.0, 3.0)
    assert v.AP_length == pytest.approx(0.1 * np.hypot(-4.0, 8.0), rel=1e-15)  # α·|grad J|
    assert v.OP_length == np.hypot(v.OP[0], v.OP[1])
    assert v.OP_length == pytest.approx(np.hypot(-1.6, 2.2), rel=1e-15)


@pytest.mark.parametrize("name", list(SURFACES))
def test_OP_is_the_point_plain_gradient_descent_moves_to(name):
    """(3-11) here and the optimizer's update (3-12) give the same P, bit for bit."""
    s = SURFACES[name]
    descent = Descent(s, SGD(lr=s.lr))
    A = descent.initial()
    P = descent.advance(A)
    v = step_vectors(A.w, A.grad, s.lr)
    np.testing.assert_array_equal(v.OP, P.w)
    np.testing.assert_array_equal(v.OA + v.AP, v.OP)


def points(racer: Racer, steps: int) -> list:
    """P_0 … P_steps of one racer on the seed's bowl, as Run computes them."""
    run = Run(Scenario(surface=SurfaceSettings(racers=(racer,)), max_steps=steps))
    return [run.seek(k).points[0] for k in range(steps + 1)]


def test_an_optimizers_own_step_keeps_3_10_only():
    A, P = points(Racer("momentum", lr=0.1), 3)[-2:]
    v = step_vectors(A.w, P=P.w)
    np.testing.assert_array_equal(v.OP, P.w)
    np.testing.assert_allclose(v.OA + v.AP, v.OP, rtol=0, atol=1e-15)  # OP = OA + AP (3-10)
    assert not np.allclose(v.AP, -0.1 * A.grad)  # momentum is not −α·grad J (3-11)


def test_a_step_needs_the_gradient_or_where_it_landed():
    with pytest.raises(GdsimError, match="step vectors"):
        step_vectors([1.0, 2.0])


def test_the_step_of_a_trace_is_the_last_one_taken_or_the_next():
    taken = points(Racer("sgd", lr=0.1), 2)
    path = np.array([p.w for p in taken])
    before = trace_step(path[:1], taken[0].grad, 0.1)  # k = 0: the step about to be taken
    np.testing.assert_array_equal(before.OA, path[0])
    np.testing.assert_array_equal(before.OP, path[1])
    after = trace_step(path, taken[-1].grad, 0.1)  # k = 2: P1 → P2
    np.testing.assert_array_equal(after.OA, path[1])
    np.testing.assert_array_equal(after.OP, path[2])
    np.testing.assert_allclose(after.AP, -0.1 * taken[1].grad, rtol=0, atol=1e-15)


def test_the_reduced_direction_is_the_seeds_1_minus_2():
    """3.3.3: −grad J at A = (−2, 3) is (4, −8), "即 (1, −2) 这个方向"."""
    from gdsim.core.vectors import reduced_direction

    np.testing.assert_array_equal(reduced_direction([4.0, -8.0]), [1.0, -2.0])
    np.testing.assert_array_equal(reduced_direction([-6.0, 6.0]), [-1.0, 1.0])  # figure 3-10
    np.testing.assert_array_equal(reduced_direction([0.0, 3.0]), [0.0, 1.0])
    np.testing.assert_array_equal(reduced_direction([0.0, 0.0]), [0.0, 0.0])
    r = reduced_direction([0.3, 0.7])  # not whole numbers: still the same direction
    assert r[0] * 0.7 == pytest.approx(r[1] * 0.3)
