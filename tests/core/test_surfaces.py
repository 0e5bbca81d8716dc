"""Surfaces: the seed's numbers, every gradient against central differences, the directions."""

import math

import numpy as np
import pytest

from gdsim.core.errors import GdsimError
from gdsim.core.surfaces import (
    SURFACES,
    directional_derivative,
    get_surface,
    steepest_descent_direction,
    unit_direction,
)


def test_seed_bowl_value_at_A_is_24():
    assert get_surface("seed-bowl").value(-2, 3) == 24.0


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


@pytest.mark.parametrize("name", list(SURFACES))
def test_gradient_matches_central_differences(name, rng):
    s = SURFACES[name]
    (x0, x1), (y0, y1) = s.bounds
    h = 1e-6
    for _ in range(20):
        w = np.array([rng.uniform(x0, x1), rng.uniform(y0, y1)])
        numeric = np.array([
            (s.value(w[0] + h, w[1]) - s.value(w[0] - h, w[1])) / (2 * h),
            (s.value(w[0], w[1] + h) - s.value(w[0], w[1] - h)) / (2 * h),
        ])
        scale = max(1.0, float(np.abs(numeric).max()))
        np.testing.assert_allclose(s.gradient(w), numeric, rtol=0, atol=1e-5 * scale)


@pytest.mark.parametrize("name", list(SURFACES))
def test_known_minima_are_stationary_and_inside_bounds(name):
    s = SURFACES[name]
    (x0, x1), (y0, y1) = s.bounds
    assert x0 <= s.start[0] <= x1 and y0 <= s.start[1] <= y1
    for m in s.minima:
        assert x0 <= m[0] <= x1 and y0 <= m[1] <= y1
        assert np.hypot(*s.gradient(m)) < 1e-2


@pytest.mark.parametrize("name", list(SURFACES))
def test_value_works_on_grids(name):
    w1, w2, J = SURFACES[name].grid(31)
    assert J.shape == (31, 31)
    assert np.isfinite(J).all()
    assert J[3, 7] == pytest.approx(float(SURFACES[name].value(w1[3], w2[7])))


def test_unknown_surface_names_the_choices():
    with pytest.raises(GdsimError, match="unknown name 'nope'.*seed-bowl"):
        get_surface("nope")
