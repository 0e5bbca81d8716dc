"""The height scale's quantiles (gdsim/ui/views/heights.py) equal numpy's."""

import numpy as np
import pytest

from gdsim.ui.views.heights import HeightScale, quantiles


@pytest.mark.parametrize("n", [1, 2, 3, 10, 1001, 61 * 61])
def test_quantiles_are_numpys_linear_ones(n):
    values = np.random.default_rng(n).standard_normal(n) ** 3
    ours = quantiles(values, (0.0, 0.995, 0.5))
    np.testing.assert_allclose(ours, [values.min(), np.percentile(values, 99.5),
                                      np.median(values)], rtol=1e-12, atol=1e-12)


def test_a_surface_squashed_near_its_floor_is_drawn_on_a_log_scale():
    J = np.concatenate([np.zeros(990), np.full(10, 1e6)])  # Rosenbrock-like: a deep valley
    assert HeightScale.fit(J).log
    assert not HeightScale.fit(np.linspace(0, 1, 1000)).log
