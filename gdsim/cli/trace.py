"""gdsim trace — gradient descent on a surface, printed as the seed prints it (3.3.3).

The flags become a surface scenario, run by the same `Run` as the window, and the trace is
written by `gdsim.core.traces`.
"""

from __future__ import annotations

import argparse
import sys

from gdsim.cli import common
from gdsim.core import settings as S
from gdsim.core.modes import Mode
from gdsim.core.run import Run
from gdsim.core.scenario import Racer, Scenario
from gdsim.core.traces import (
    descent_json,
    finished_status,
    printed_trace,
    to_csv,
    trace_rows,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Run gradient descent on J(w1, w2) and print every point it visits."
    common.add_surface_flags(parser)
    common.add_setting(parser, "--start", S.START, metavar="W1,W2",
                       shown="the surface's, (-2,3) for the seed's J")
    common.add_setting(parser, "--lr", S.SURFACE_LR, metavar="A",
                       shown="the surface's, 0.1 for the seed's J")
    common.add_setting(parser, "--steps", S.MAX_STEPS, metavar="N")
    common.add_optimizer_flags(parser)
    parser.add_argument("--format", default="text", choices=("text", "json", "csv"),
                        help="text: the seed's line; json or csv: every number at full "
                             "precision (default: text)")


def scenario_from_args(args: argparse.Namespace) -> Scenario:
    """The surface scenario the flags describe: one optimizer, `--steps` iterations."""
    start = common.read(args, "--start", S.START)
    lr = common.read(args, "--lr", S.SURFACE_LR)
    steps = common.read(args, "--steps", S.MAX_STEPS)
    # --lr is the racer's own: Newton's too (whose α is otherwise its full step, 1).
    racer = Racer(common.read(args, "--optimizer", S.OPTIMIZER), lr=lr,
                  hyper=common.hyper_from_args(args))
    surface = common.surface_from_args(args, start=start, lr=lr, racers=(racer,))
    return Scenario(mode=Mode.SURFACE, surface=surface, max_steps=steps)


def descend(run: Run) -> int:
    """Step until the last step, a convergence or a divergence; how many points P_0 … P_k."""
    while run.status().running and not run.at_end:
        run.step()
    return run.k + 1


def run(args: argparse.Namespace) -> int:
    sim = Run(scenario_from_args(args))
    rows = trace_rows(sim, range(descend(sim)))
    status = finished_status(sim)
    if args.format == "json":
        print(descent_json(rows, status))
    elif args.format == "csv":
        sys.stdout.write(to_csv(rows))
    else:
        print(printed_trace([(r["w1"], r["w2"]) for r in rows]))
        if not sim.status().running or sim.status().detail:
            print(status, file=sys.stderr)
    return 0
