"""While playing, the loss landscape is rebuilt at most every LANDSCAPE_EVERY seconds, and one
that is costly to build (a large data set) at most a tenth of the time, not every
LANDSCAPE_EVERY seconds whatever it costs. Time is the fake `clock` the test moves by hand: a
build spends its cost on it, a frame advances it."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.ui.viewset import LANDSCAPE_EVERY, ViewSet

FRAME = Fraction(1, 30)  # a 30 Hz screen


@pytest.mark.parametrize("cost, every", [
    (Fraction(1, 10), 10 * Fraction(1, 10)),  # costly: ten times its cost (1 s)
    (Fraction(1, 1000), Fraction(LANDSCAPE_EVERY)),  # cheap: every LANDSCAPE_EVERY seconds
])
def test_the_landscape_is_rebuilt_at_most_a_tenth_of_the_time(qapp, clock, monkeypatch,
                                                                cost, every):
    views = ViewSet(("surface",), clock=clock)
    run = Run(Scenario(mode="network", max_steps=100_000))
    built: list[Fraction] = []
    real = views.landscape.view

    def timed(snap, reuse=False, playing=False):
        if not reuse:
            built.append(clock.now)
            clock.spend(cost)  # the thread is busy building
        return real(snap, reuse, playing)

    monkeypatch.setattr(views.landscape, "view", timed)
    k = 0
    while clock.now < 3:  # play for 3 s
        clock.advance(FRAME)
        k += 1
        views.render(run.seek(k), playing=True)
    gaps = np.diff(built)
    assert len(built) >= 3
    # as soon as it may, and no sooner: the first frame `every` seconds after the last build
    assert (gaps >= every).all() and (gaps < every + FRAME).all()
    views.render(run.seek(k + 1), playing=False)
    assert len(built) == len(gaps) + 2  # paused: the landscape belongs to the state shown
    assert views.shown is not None and views.shown.k == k + 1


def test_while_playing_the_landscape_is_built_on_a_coarser_grid_and_paused_on_the_full(
        qapp, clock):
    """A forward pass per grid point: the landscape rebuilt while playing has PLAYING_GRID
    points a side; the one where play stops, GRID (the full landscape of the state shown)."""
    from gdsim.core.landscape import GRID, PLAYING_GRID

    views = ViewSet(("surface",), clock=clock)
    run = Run(Scenario(mode="network", max_steps=100_000))
    sides = []
    for k in range(1, 40):  # a bit more than a second of play
        clock.advance(FRAME)
        sides.append(len(views.render(run.seek(k), playing=True).grid[0]))
    assert sides[0] == PLAYING_GRID and set(sides) == {PLAYING_GRID}
    paused = views.render(run.seek(40), playing=False)
    assert len(paused.grid[0]) == GRID and paused.grid[2].shape == (GRID, GRID)
    assert views.built["surface"].mesh_grid[2].shape == (GRID, GRID)  # and drawn so
