"""Group `memory`: 100,000 iterations of play grow memory by at most 50 MB (SPEC §4).

The history is bounded by the timeline's budget (keyframes and replay) plus one small row of
numbers per iteration, so growth levels off. An absolute target: no reference is measured.
"""

from __future__ import annotations

import gc
import os

from benchmarks.common import row

ITERATIONS = 100_000


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def growth(scenario, iterations: int, render=None) -> float:
    from gdsim.core.run import Run

    run = Run(scenario)
    gc.collect()
    before = rss_mb()
    for i in range(iterations):
        snap = run.step()
        if render is not None and i % 50 == 0:
            render(snap)
    gc.collect()
    return rss_mb() - before


def run_memory() -> list[dict]:
    from gdsim.core.scenario import NetworkSettings, Scenario, SurfaceSettings

    surface = Scenario(surface=SurfaceSettings(lr=0.001), max_steps=ITERATIONS)
    network = Scenario(mode="network", network=NetworkSettings(lr=0.1), max_steps=ITERATIONS)
    rows = []
    for name, scenario in (("surface mode", surface), ("network 3-4-2", network)):
        grown = growth(scenario, ITERATIONS)
        rows.append(row(f"memory growth, {ITERATIONS:,} iterations, {name}", grown, "MB",
                        None, "≤ 50 MB", grown <= 50))
    return rows
