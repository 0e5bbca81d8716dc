"""Group `curvature`: the α map and a network's sharpness (issue 22). Absolute targets from the
SPEC (an α map of 200 values × 1,000 steps within 0.2 s; λmax of the digits network, 20 power
iterations, within 0.5 s), each beside a reference measured in the same run: the α map against
200 separate descents (timed for 10 of them and scaled), the sharpness against the 40
backpropagations its 20 Hessian-vector products take."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from benchmarks.common import row


def best(call: Callable[[], object], repeats: int = 5) -> float:
    """The shortest of `repeats` timed calls, after one to warm up (seconds)."""
    call()
    shortest = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        shortest = min(shortest, time.perf_counter() - start)
    return shortest


def run_curvature() -> list[dict]:
    from gdsim.core.alpha_map import alpha_map
    from gdsim.core.backprop import backward, forward
    from gdsim.core.run import Run
    from gdsim.core.scenario import Racer, Scenario, SurfaceSettings, load_scenario
    from gdsim.core.sharpness import ITERATIONS, sharpness
    from gdsim.core.surfaces import get_surface
    from gdsim.examples import example_path

    bowl = get_surface("seed-bowl")
    rows = []
    # Every value runs all 1,000 steps (α too small to converge, none diverging): the worst case.
    slow = np.linspace(1e-4, 5e-3, 200)
    found = alpha_map(bowl, bowl.start, slow)
    assert (found.steps == 1000).all()
    seconds = best(lambda: alpha_map(bowl, bowl.start, slow))

    def ten_descents() -> None:
        for lr in slow[:10]:
            Run(Scenario(surface=SurfaceSettings(racers=(Racer("sgd", lr=float(lr)),)),
                         max_steps=1000)).seek(1000)

    separate = best(ten_descents, 2) * 20
    rows.append(row("α map, 200 values × 1,000 steps each (seed's valley, none converging): "
                    "vs 200 separate descents", seconds, "s", separate, "≤ 0.2 s",
                    seconds <= 0.2))
    spec = np.linspace(0.01, 1.5, 200)  # the SPEC's map, whose values finish on their way
    seconds = best(lambda: alpha_map(bowl, bowl.start, spec))
    rows.append(row("α map, 200 values 0.01…1.5 up to 1,000 steps (seed's valley)", seconds,
                    "s", None, "≤ 0.2 s", seconds <= 0.2))
    digits = Run(load_scenario(example_path("digits"))).seek(0)
    X, Y = digits.data
    net = digits.net
    seconds = best(lambda: sharpness(net, X, Y, ITERATIONS), 3)
    backprops = best(lambda: [backward(net, forward(net, X), Y) for _ in range(2 * ITERATIONS)],
                     3)
    rows.append(row(f"sharpness λmax, digits {'-'.join(map(str, net.sizes))}, {len(X):,} "
                    f"samples, {ITERATIONS} power iterations: vs {2 * ITERATIONS} "
                    "backpropagations", seconds, "s", backprops, "≤ 0.5 s", seconds <= 0.5))
    return rows


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table(run_curvature())
