"""Surfaces: the seed's numbers, every gradient against central differences."""

import numpy as np
import pytest

from gdsim.core.errors import GdsimError
from gdsim.core.surfaces import SURFACES, get_surface


def test_seed_bowl_value_at_A_is_24():
    assert get_surface("seed-bowl").value(-2, 3) == 24.0


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
