"""While playing, a loss landscape that is costly to build (a large data set) is rebuilt at most
a tenth of the time, not every LANDSCAPE_EVERY seconds whatever it costs."""

from __future__ import annotations

import time

import numpy as np

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.ui.viewset import LANDSCAPE_EVERY, ViewSet


def test_a_costly_landscape_is_rebuilt_at_most_a_tenth_of_the_time(qapp, monkeypatch):
    views = ViewSet(("surface",))
    run = Run(Scenario(mode="network", max_steps=100_000))
    built: list[float] = []
    real = views.landscape.view

    def slow(snap, reuse=False):
        if not reuse:
            built.append(time.perf_counter())
            time.sleep(0.1)  # a build that takes 0.1 s
        return real(snap, reuse)

    monkeypatch.setattr(views.landscape, "view", slow)
    end, k = time.perf_counter() + 2.5, 0
    while time.perf_counter() < end:
        k += 1
        views.render(run.seek(k), playing=True)
    gaps = np.diff(built)
    assert len(built) >= 2
    assert (gaps >= 1.0).all() and 1.0 > LANDSCAPE_EVERY  # ten times the build, not 0.5 s
    views.render(run.seek(k + 1), playing=False)
    assert len(built) == len(gaps) + 2  # paused: the landscape belongs to the state shown
