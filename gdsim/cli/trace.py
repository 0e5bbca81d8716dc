"""gdsim trace — gradient descent on a surface, printed as the seed prints it (3.3.3)."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from gdsim.cli import common
from gdsim.core.descent import Descent, printed_trace, status_text
from gdsim.core.surfaces import DEFAULT_SURFACE, SURFACES, Surface, get_surface


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Run gradient descent on J(w1, w2) and print every point it visits."
    parser.add_argument("--surface", default=None, help=f"one of {', '.join(SURFACES)} "
                        f"(default {DEFAULT_SURFACE})")
    parser.add_argument("--expr", default=None, help='your own J, e.g. "w1^2 + 3 w2^2"')
    parser.add_argument("--start", default=None, metavar="W1,W2",
                        help="start point (default: the surface's, (-2,3) for the seed's J)")
    parser.add_argument("--lr", default=None, metavar="A",
                        help="learning rate α (default: the surface's, 0.1 for the seed's J)")
    parser.add_argument("--steps", default="20", metavar="N", help="iterations (default 20)")
    common.add_optimizer_flags(parser)
    parser.add_argument("--format", default="text", choices=("text", "json", "csv"))


def surface_from_args(args: argparse.Namespace,
                      start: tuple[float, ...] | None) -> Surface:
    if args.expr is not None and args.surface is not None:
        raise common.InputError("--surface and --expr: give one, not both")
    if args.expr is not None:
        from gdsim.core.expr import surface_from_expression

        return surface_from_expression(args.expr, start=start)
    return get_surface(args.surface or DEFAULT_SURFACE)


def run(args: argparse.Namespace) -> int:
    start = common.parse_floats(args.start, "--start", count=2) if args.start else None
    surface = surface_from_args(args, start)
    start = start or surface.start
    lr = common.parse_float(args.lr, "--lr") if args.lr is not None else surface.lr
    steps = common.positive_int(args.steps, "--steps", allow_zero=True)
    optimizer = common.optimizer_from_args(args, lr)
    points = Descent(surface, optimizer, start=(start[0], start[1])).run(steps)
    last = points[-1]
    status = status_text(last) if last.status != "running" else f"completed {last.k} steps"
    if args.format == "json":
        json.dump({"points": [p.w.tolist() for p in points], "costs": [p.J for p in points],
                   "gradients": [p.grad.tolist() for p in points], "status": status},
                  sys.stdout)
        print()
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["k", "w1", "w2", "J", "dJ_dw1", "dJ_dw2"])
        for p in points:
            writer.writerow([p.k, repr(float(p.w[0])), repr(float(p.w[1])), repr(p.J),
                             repr(float(p.grad[0])), repr(float(p.grad[1]))])
    else:
        print(printed_trace([p.w for p in points]))
        if last.status != "running":
            print(status, file=sys.stderr)
    return 0
