"""The network diagram's geometry and hit-testing, with no window: numbers in, addresses out."""

import subprocess
import sys

import numpy as np
import pytest

from gdsim.ui.views.diagram_layout import MAX_SHOWN, STRONGEST, Geometry, segment_distance

PIXEL = 0.01  # diagram units per pixel in these tests


def test_the_module_needs_no_widgets():
    code = ("import sys, gdsim.ui.views.diagram_layout; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
            "'PySide6.QtGui', 'pyqtgraph'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_columns_and_heights_of_3_4_2():
    g = Geometry.of((3, 4, 2))
    assert g.x.tolist() == [0.0, 1.0, 2.0] and g.x_J == 2.5
    assert g.y[1].tolist() == [1.5, 0.5, -0.5, -1.5]  # neuron 1 at the top
    assert (g.top, g.bottom) == (1.5, -1.5)
    assert len(g.spot_t) == 9 and g.spot_t.tolist() == [0] * 3 + [1] * 4 + [2] * 2
    # Edge e of W^1 (W.ravel order: e = j·S_2 + i) runs from neuron j of layer 1 to i of layer 2.
    j, i = divmod(5, 4)
    assert g.ey[0][5].tolist() == [g.y[0][j], g.y[1][i]]


def test_a_point_on_a_neuron_hits_it():
    g = Geometry.of((3, 4, 2))
    x, y = g.neuron_at(2, 3)
    assert g.hit(x + 5 * PIXEL, y, PIXEL, PIXEL, radius=10) == ("neuron", 2, 3)
    assert g.hit(g.x_J, 0.0, PIXEL, PIXEL, radius=10) == ("J",)


def test_a_point_on_an_edge_hits_that_edge_and_far_away_hits_nothing():
    g = Geometry.of((3, 4, 2))
    drawn = [(0, None), (1, None)]
    x0, x1, y0, y1 = g.edge_ends(1, 4, 2)  # w^1_42: from a^1_2 to a^2_4
    at = 0.5
    point = (x0 + at * (x1 - x0), y0 + at * (y1 - y0))
    assert g.hit(*point, PIXEL, PIXEL, radius=10, drawn=drawn) == ("edge", 1, 4, 2)
    assert g.hit(*point, PIXEL, PIXEL, radius=10, drawn=[]) is None  # not drawn: not picked
    assert g.hit(-5.0, 9.0, PIXEL, PIXEL, radius=10, drawn=drawn) is None


def test_only_the_edges_drawn_can_be_picked():
    g = Geometry.of((3, 4, 2))
    x0, x1, y0, y1 = g.edge_ends(2, 1, 3)  # w^2_13: edge e = (3−1)·2 + (1−1) = 4 of W^2
    mid = ((x0 + x1) / 2, (y0 + y1) / 2)
    assert g.hit(*mid, PIXEL, PIXEL, 10, drawn=[(1, np.array([4]))]) == ("edge", 2, 1, 3)
    assert g.hit(*mid, PIXEL, PIXEL, 10, drawn=[(1, np.array([0, 1]))]) is None


def test_wide_layers_get_a_band_whose_cells_are_edges():
    sizes = (784, 128, 10)
    g = Geometry.of(sizes)
    assert g.wide == [True, False]
    assert all(len(s) == min(n, MAX_SHOWN) for s, n in zip(g.shown, sizes))
    x, y, w, h = g.band_rect(0)
    # The cell of target i (column) and source j (row, j = 1 at the top) is edge w^1_ij.
    i, j = 17, 5
    px = x + (i - 0.5) / 128 * w
    py = y + h - (j - 0.5) / 784 * h
    assert g.hit(px, py, PIXEL, PIXEL, radius=1, bands=[0]) == ("edge", 1, i, j)
    assert g.hit(px, py, PIXEL, PIXEL, radius=1, bands=[]) is None  # band hidden, no lines
    assert STRONGEST < 784 * 128


def test_chain_rule_paths_become_segments_on_to_J():
    g = Geometry.of((3, 4, 2))
    xs, ys = g.path_segments([[2, 4, 1]])  # a^1_2 → a^2_4 → a^3_1 → J
    pairs = {(xs[k], ys[k], xs[k + 1], ys[k + 1]) for k in range(0, len(xs), 2)}
    assert pairs == {(0.0, g.y[0][1], 1.0, g.y[1][3]), (1.0, g.y[1][3], 2.0, g.y[2][0]),
                     (2.0, g.y[2][0], g.x_J, 0.0)}
    assert g.path_segments([[9, 1, 1]]) == ([], [])  # no neuron 9 in layer 1: ignored


@pytest.mark.parametrize("p, expected", [((0.5, 1.0), 1.0), ((-3.0, 4.0), 5.0),
                                         ((2.0, 0.0), 1.0)])
def test_distance_to_a_segment(p, expected):
    d = segment_distance(np.array([p[0]]), np.array([p[1]]), np.array([1.0]), np.array([0.0]))
    assert d[0] == pytest.approx(expected)
