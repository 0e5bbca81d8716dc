"""Group `seek`: scrub to any step of a long run within 200 ms, memory within the history
budget (issue 12).

Two runs: the seed's 3-4-2 network over 100,000 iterations, and 784-128-10 with mini-batches
of 128 (512 random samples) over 5,000. Each is played to its end once, then sought to 30
random steps; the slowest seek is the figure. Memory: the timeline's own estimate of what it
holds, and the growth of the process's resident memory while playing. Absolute targets.
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace

import numpy as np

from benchmarks.common import row
from benchmarks.memory import rss_mb

SEEK_MS = 200.0


def seek_rows(name: str, run) -> list[dict]:  # noqa: ANN001  (a gdsim.core.run.Run)
    gc.collect()
    before = rss_mb()
    end = run.scenario.max_steps
    run.seek(end)
    gc.collect()
    grown = rss_mb() - before
    budget_mb = run.timeline.budget / 1e6
    rng = np.random.default_rng(0)
    worst = 0.0
    for k in rng.integers(0, end + 1, 30):
        start = time.perf_counter()
        run.seek(int(k))
        worst = max(worst, (time.perf_counter() - start) * 1000)
    held = run.timeline.nbytes() / 1e6
    return [row(f"seek, slowest of 30, {name}", worst, "ms", None, f"≤ {SEEK_MS:g} ms",
                worst <= SEEK_MS),
            row(f"history held (estimate), {name}", held, "MB", budget_mb,
                f"≤ budget {budget_mb:g} MB", held <= budget_mb),
            row(f"memory growth while playing, {name}", grown, "MB", budget_mb,
                f"≤ budget {budget_mb:g} MB", grown <= budget_mb)]


def run_seek() -> list[dict]:
    from gdsim.core.run import Run
    from gdsim.core.scenario import NetworkSettings, Scenario

    small = Run(Scenario(mode="network", max_steps=100_000))
    rows = seek_rows("3-4-2, 100,000 steps", small)
    rng = np.random.default_rng(0)
    x, y = tuple(rng.uniform(0, 1, 784)), tuple(np.eye(10)[3])
    big = Run(Scenario(mode="network", max_steps=5_000, network=NetworkSettings(
        sizes=(784, 128, 10), x=x, y=y, batch_size=128, lr=0.1)))
    X = rng.uniform(0, 1, (512, 784))
    Y = np.eye(10)[rng.integers(0, 10, 512)]
    model = replace(big.model, X=X, Y=Y)  # type: ignore[type-var]
    big = Run(big.scenario, place=False)
    big.model = model
    big.timeline = type(big.timeline)(model, big.timeline.budget)
    return rows + seek_rows("784-128-10, batch 128, 5,000 steps", big)
