"""gdsim alpha-map — steps to converge for many learning rates α at once (with --momentum, over a
grid of α and β), from one start on one surface: `gdsim.core.alpha_map`.
"""

from __future__ import annotations

import argparse
import json
import sys

from gdsim.cli import common
from gdsim.core import settings as S
from gdsim.core.alpha_map import AlphaMap, alpha_map, value_range
from gdsim.core.curvature import curvature_at
from gdsim.core.racing import build_surface
from gdsim.core.traces import to_csv


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("How many steps gradient descent takes to converge from one start, "
                          "for each of many learning rates α (and, with --momentum, each "
                          "momentum β): one row per value.")
    common.add_surface_flags(parser)
    parser.add_argument("--lr", metavar="A:B:N", required=True,
                        help="N learning rates evenly from A to B, e.g. 0.01:1.5:150; each in "
                             f"{S.LR.bounds()}, N in {S.ALPHA_MAP_VALUES.bounds()}")
    parser.add_argument("--momentum", metavar="A:B:N", default=None,
                        help="also N momenta β from A to B (torch.optim.SGD's momentum), each in "
                             f"{S.HYPER['momentum'].bounds()} (default: none, plain gradient "
                             "descent (3-12))")
    common.add_setting(parser, "--start", S.START, metavar="W1,W2", given_only=True,
                       shown="the surface's, (-2,3) for the seed's J")
    common.add_setting(parser, "--steps", S.ALPHA_MAP_STEPS, metavar="N")
    parser.add_argument("--format", default="csv", choices=("csv", "json"),
                        help="csv: the rows lr, [momentum,] steps, status; json: the same rows "
                             "with the surface, the start and 2/λmax there (default: csv)")


def run(args: argparse.Namespace) -> int:
    start = common.read(args, "--start", S.START)
    lr = value_range(args.lr, "--lr", S.LR)
    momentum = (None if args.momentum is None
                else value_range(args.momentum, "--momentum", S.HYPER["momentum"]))
    steps = common.read(args, "--steps", S.ALPHA_MAP_STEPS)
    surface = build_surface(common.surface_from_args(args, start=start))
    at = (float(start[0]), float(start[1])) if start is not None else surface.start
    found = alpha_map(surface, at, lr, momentum, steps)
    if args.format == "json":
        print(json_text(found, surface.formula, at, curvature_at(surface, at).alpha_limit))
    else:
        sys.stdout.write(to_csv(found.rows()))
    return 0


def json_text(found: AlphaMap, formula: str, at: tuple[float, float],
              limit: float | None) -> str:
    return json.dumps({"J": formula, "start": list(at), "alpha_limit": limit,
                       "max_steps": found.max_steps, "rows": found.rows()})
