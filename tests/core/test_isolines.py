"""Contour lines of J (gdsim/core/isolines.py): pyqtgraph's marching squares, all cells at once."""

import numpy as np
import pytest

from gdsim.core.isolines import isolines


def as_rows(segments: np.ndarray) -> np.ndarray:
    """Segments as sorted rows (order is not part of the answer)."""
    rows = np.round(segments.reshape(len(segments), 4), 9)
    return rows[np.lexsort(rows.T[::-1])]


@pytest.mark.parametrize("seed", range(4))
def test_the_same_segments_as_pyqtgraphs_isocurve_without_its_half_cell(seed):
    pg = pytest.importorskip("pyqtgraph")
    values = np.random.default_rng(seed).random((23, 31))  # many saddles, not square
    levels = np.linspace(0.05, 0.95, 7)
    theirs = [line for level in levels
              for line in pg.functions.isocurve(values, level, connected=False)]
    ours = isolines(values, levels)
    assert ours.shape == (len(theirs), 2, 2)
    np.testing.assert_array_equal(as_rows(ours), as_rows(np.array(theirs) - 0.5))


def test_a_bowls_contours_are_its_circles_in_the_grids_coordinates():
    """J = w1² + w2² sampled by linspace: grid index t is the point a + t·(b − a)/(n − 1), and
    every end of a segment of level c lies on the circle of radius √c (to the grid's
    interpolation error)."""
    w = np.linspace(-2, 2, 81)
    J = w[:, None] ** 2 + w[None, :] ** 2
    for c in (0.5, 1.0, 2.0):
        ends = isolines(J, [c]).reshape(-1, 2)
        points = -2 + ends * 4 / 80
        radius = np.hypot(points[:, 0], points[:, 1])
        assert len(ends) > 40
        assert np.abs(radius - np.sqrt(c)).max() < 2e-3


def test_a_level_outside_the_values_has_no_line_and_levels_add_up():
    values = np.add.outer(np.arange(5.0), np.arange(5.0))
    assert isolines(values, [100.0]).shape == (0, 2, 2)
    both = isolines(values, [2.5, 4.5])
    assert len(both) == len(isolines(values, [2.5])) + len(isolines(values, [4.5]))
