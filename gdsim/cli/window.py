"""gdsim [SCENARIO] — open the window (the default when no subcommand is given)."""

from __future__ import annotations

import argparse

from gdsim import interrupts
from gdsim.core.scenario_names import resolve_scenario


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Open the gdsim window. Subcommands: trace, train, export, curvature, "
                          "alpha-map, lesson, handout, slides.")
    parser.add_argument("scenario", nargs="?", default=None,
                        help="a scenario file or a built-in example's name")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default=None,
                        help="language of the window (default: the system's)")
    parser.add_argument("--lesson", metavar="ID|FILE", default=None,
                        help="open a lesson of the guided chapter, e.g. 3.3.4, or a lesson file "
                             "a teacher wrote (default: none; Help ▸ Lessons lists them)")


def run(args: argparse.Namespace) -> int:
    interrupts.install()  # Ctrl-C and SIGTERM close the window (exit 130, 143)
    lesson = None
    if args.lesson is not None:  # an unknown id or a bad file: one line, exit 2
        from gdsim.core.lessons import lesson_named

        lesson = lesson_named(args.lesson)
    scenario, path = resolve_scenario(args.scenario)  # a bad name or file: before the display
    from gdsim.ui.display import require_display

    require_display()  # one clear line and exit 2, before Qt can abort the process
    from gdsim.ui.app import run_app

    return run_app(scenario, path, reopen=args.scenario is None, lang=args.lang, lesson=lesson)
