"""gdsim export — render states of a scenario to files with no window on screen.

Everything the user typed is checked, `--out` included, before Qt starts or anything is drawn.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gdsim import interrupts
from gdsim.cli import common
from gdsim.core import settings as S
from gdsim.core.errors import InputError
from gdsim.core.exporting import FORMATS, ExportJob, format_of, parse_size, parse_steps
from gdsim.core.hidden import NOTHING
from gdsim.core.lesson_keys import hidden_for
from gdsim.core.lessons import lesson_named, lesson_page
from gdsim.core.scenario_names import resolve_scenario
from gdsim.core.view_names import ALIASES, EXPORTS

NOTHING_WRITTEN = "no files were written"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Render states of a scenario with one view (or the whole window) "
                          "to PNG/SVG frames, a GIF or MP4, or the trace as CSV/JSON. "
                          "One state as PNG/SVG to a path ending in .png/.svg is one file; "
                          "PNG/SVG of a range of states go to a folder (a name without an "
                          "extension) as frame-0000.png, …; GIF, MP4, CSV and JSON go to a "
                          "file ending in .gif, .mp4, .csv or .json.")
    parser.add_argument("scenario", nargs="?", default=None,
                        help="a scenario file or a built-in example's name (default: the "
                             "default scenario)")
    parser.add_argument("--steps", default=None, metavar="A:B[:K]",
                        help="states after A … B iterations, every K-th (default: where the "
                             "scenario stands)")
    parser.add_argument("--view", default="window", metavar="VIEW",
                        help=f"{', '.join(EXPORTS)} (default: window; "
                             + "; ".join(f"{a} is another name for {v}"
                                         for a, v in ALIASES.items()) + ")")
    size = f"{S.WIDTH.default}x{S.HEIGHT.default}"
    parser.add_argument("--size", default=size, metavar="WxH",
                        help=f"the size of each frame in pixels, from {S.WIDTH.lo}x{S.HEIGHT.lo}"
                             f" to {S.WIDTH.hi}x{S.HEIGHT.hi} (default: {size})")
    parser.add_argument("--format", default=None, metavar="FORMAT",
                        help=f"{', '.join(FORMATS)} (default: --out's extension, else png)")
    common.add_setting(parser, "--fps", S.FPS, metavar="N")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="a folder for a range of PNG/SVG frames; a file for one PNG/SVG "
                             "state, GIF, MP4, CSV and JSON (required)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace the frames of an earlier export in the --out folder, so "
                             "it holds exactly this export (default: refuse such a folder)")
    parser.add_argument("--caption", action="store_true",
                        help="write the current phase's formula, with its numbers, under the "
                             "view (default: no caption)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="language of the exported views (default: en)")
    parser.add_argument("--lesson", metavar="ID|FILE", default=None,
                        help="export a lesson page's state instead of a scenario: its scenario, "
                             "its step, what it draws, and its question's numbers as '?' "
                             "(default: none)")
    parser.add_argument("--page", type=int, default=1, metavar="N",
                        help="the lesson's page, from 1 (default: 1)")


def run(args: argparse.Namespace) -> int:
    interrupts.install()  # Ctrl-C and SIGTERM stop between frames, leaving no files
    hidden, draws = NOTHING, None
    if args.lesson is not None:
        if args.scenario is not None:
            raise InputError("lesson: a lesson page stands on its own scenario; give "
                             "{scenario!r} or --lesson, not both", scenario=args.scenario)
        page = lesson_page(lesson_named(args.lesson), args.page)
        scenario, hidden, draws = page.scenario, hidden_for(page), page.draws
    else:
        scenario, _ = resolve_scenario(args.scenario)
    steps = (parse_steps(args.steps, scenario.max_steps) if args.steps is not None
             else (scenario.step,))
    out = Path(args.out).expanduser()
    job = ExportJob(scenario.with_step(0), steps, args.view, parse_size(args.size),
                    format_of(out, args.format), out, common.read(args, "--fps", S.FPS),
                    overwrite=args.overwrite, caption=args.caption, hidden=hidden,
                    draws=draws)
    job.check()
    job.check_out()  # before Qt starts: a bad --out costs no rendering
    if job.fmt not in ("csv", "json"):
        common.start_qt(needs_gl=EXPORTS[job.view].gl)
        interrupts.check(NOTHING_WRITTEN)
    from gdsim.ui.export import export
    from gdsim.ui.i18n import set_language

    set_language(args.lang)
    written = export(job, progress=common.progress("exporting", "states", NOTHING_WRITTEN))
    if sys.stderr.isatty():
        print(file=sys.stderr)  # end the progress line
    for path in written:
        print(path)
    return 0
