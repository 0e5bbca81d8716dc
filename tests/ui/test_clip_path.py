"""Paths cut to the drawn box: a diverging path is drawn up to the edge, with its exits."""

import numpy as np

from gdsim.ui.style import clip_path

BOX = ((-3.0, 3.0), (-4.0, 4.0))


def test_a_path_inside_is_drawn_as_it_is():
    p = np.array([[-2.0, 3.0], [-1.6, 2.2], [-1.28, 1.56]])
    shown, connect, exits = clip_path(p, BOX)
    np.testing.assert_array_equal(shown, p)
    assert connect[:-1].all() and len(exits) == 0


def test_a_diverging_path_stops_at_the_edge_with_an_exit():
    p = np.array([[-2.0, 3.0], [8.0, -12.0], [-32.0, 48.0], [128.0, -192.0]])
    shown, connect, exits = clip_path(p, BOX)
    (x0, x1), (y0, y1) = BOX
    assert (shown[:, 0] >= x0).all() and (shown[:, 0] <= x1).all()
    assert (shown[:, 1] >= y0).all() and (shown[:, 1] <= y1).all()
    np.testing.assert_array_equal(shown[0], [-2.0, 3.0])
    np.testing.assert_allclose(shown[1], [-2 + 10 * (7 / 15), -4.0])  # where it crosses w2 = −4
    assert connect[0] and not connect[1]  # nothing drawn from the exit to the next part
    assert len(exits) >= 1
    np.testing.assert_allclose(exits[0], shown[1])


def test_a_path_that_comes_back_is_drawn_again_from_the_edge():
    p = np.array([[0.0, 0.0], [5.0, 0.0], [1.0, 0.0]])
    shown, connect, exits = clip_path(p, BOX)
    np.testing.assert_allclose(shown, [[0, 0], [3, 0], [3, 0], [1, 0]])
    assert connect.tolist() == [True, False, True, False]
    np.testing.assert_allclose(exits, [[3, 0]])


def test_a_point_past_floating_point_is_a_gap_not_a_line_across_it():
    """After an inf, the path is drawn again from the next point; nothing joins the point
    before the inf to the one after it (the per-segment loop joined them, or failed)."""
    p = np.array([[0.0, 0.0], [1.0, 1.0], [np.inf, 0.0], [2.0, 2.0], [2.5, 2.0]])
    shown, connect, exits = clip_path(p, BOX)
    np.testing.assert_array_equal(shown, [[0, 0], [1, 1], [2, 2], [2.5, 2]])
    assert connect.tolist() == [True, False, True, False]
    assert len(exits) == 0


def test_a_long_path_in_and_out_of_the_box_is_cut_segment_by_segment():
    """Every segment's part inside the box, in order: the cut path of a random walk that
    leaves and re-enters many times keeps each piece between an entry and an exit."""
    walk = np.cumsum(np.random.default_rng(3).normal(size=(3000, 2)), axis=0) * 0.4
    shown, connect, exits = clip_path(walk, BOX)
    (x0, x1), (y0, y1) = BOX
    assert ((shown >= [x0, y0]) & (shown <= [x1, y1])).all()
    inside = ((walk >= [x0, y0]) & (walk <= [x1, y1])).all(axis=1)
    # every point inside is drawn, once, in order
    drawn = {tuple(q) for q in shown}
    assert all(tuple(q) in drawn for q in walk[inside])
    # a piece ends at every exit or at the last point
    assert (~connect).sum() == len(exits) + (1 if inside[-1] else 0)
