"""gdsim export — render states of a scenario to files with no window on screen (SPEC §3)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from gdsim.cli import common


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Render states of a scenario with one view (or the whole window) "
                          "to PNG/SVG frames, a GIF or MP4, or the trace as CSV/JSON.")
    parser.add_argument("scenario", nargs="?", default=None,
                        help="a scenario file or a built-in example's name (default: the "
                             "default scenario)")
    parser.add_argument("--steps", default=None, metavar="A:B[:K]",
                        help="states after A … B iterations, every K-th (default: where the "
                             "scenario stands)")
    parser.add_argument("--view", default="window",
                        help="window, surface, contour, diagram, loss or table "
                             "(default: window)")
    parser.add_argument("--size", default="1280x800", metavar="WxH",
                        help="the size of each frame in pixels (default: 1280x800)")
    parser.add_argument("--format", default="png",
                        help="png, svg, gif, mp4, csv or json (default: png)")
    parser.add_argument("--fps", default="10", metavar="N",
                        help="frames per second (GIF, MP4) (default: 10)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="a folder for PNG/SVG frames; a file for GIF, MP4, CSV and JSON "
                             "(required)")


def run(args: argparse.Namespace) -> int:
    from gdsim.ui.app import resolve_scenario
    from gdsim.ui.export import GL_VIEWS, ExportJob, export, parse_size, parse_steps

    scenario, _ = resolve_scenario(args.scenario)
    steps = (parse_steps(args.steps, scenario.max_steps) if args.steps is not None
             else (scenario.step,))
    job = ExportJob(scenario.with_step(0), steps, args.view, parse_size(args.size),
                    args.format.lower(), Path(args.out), common.parse_float(args.fps, "--fps"))
    job.check()
    if job.fmt not in ("csv", "json"):
        _start_qt(needs_gl=job.view in GL_VIEWS)
    written = export(job, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)  # end the progress line
    for path in written:
        print(path)
    return 0


def _start_qt(needs_gl: bool) -> None:
    """A QApplication on the user's display, a private Xvfb, or (2-D views) no display at all."""
    from gdsim.ui.display import display_answers, ensure_display

    if needs_gl:
        ensure_display()  # the user's display if it answers, else a private Xvfb
    elif not display_answers():  # no display, or a dead one: 2-D views need none
        os.environ.pop("DISPLAY", None)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gdsim.ui  # noqa: F401  (shares OpenGL contexts: before the QApplication)
    from gdsim.ui.app import make_app

    make_app()


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rexporting state {done}/{total}", end="", file=sys.stderr, flush=True)
    elif done == total or done % max(1, total // 10) == 0:
        print(f"exporting state {done}/{total}", file=sys.stderr, flush=True)
