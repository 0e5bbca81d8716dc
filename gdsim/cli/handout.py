"""gdsim handout — a lesson printed as an exercise sheet (PDF): each page's text, its figure, its
question with room to answer; `--answers` prints the key with the worked computation.

Everything typed is checked, `--out` included, before Qt starts or anything is drawn.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gdsim import interrupts
from gdsim.cli import common
from gdsim.core.handouts import PAPERS, PrintJob, needs_gl
from gdsim.core.lessons import lesson_named

NOTHING_WRITTEN = "no file was written"


def add_arguments(parser: argparse.ArgumentParser, slides: bool = False) -> None:
    parser.description = (
        "Print a lesson as 16:9 slides (PDF): a slide per page, the figure large, each "
        "question's answer on the slide after it." if slides else
        "Print a lesson as an exercise sheet (PDF): a sheet per page with its text, its figure "
        "and its question with room to answer; --answers prints the key.")
    parser.add_argument("--lesson", required=True, metavar="ID|FILE",
                        help="a lesson of the guided chapter, e.g. 3.3.4, or a lesson file a "
                             "teacher wrote (required)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="the PDF to write, ending in .pdf (required)")
    if not slides:
        parser.add_argument("--answers", action="store_true",
                            help="print the answer key: each answer with its worked "
                                 "computation (default: the exercise sheet)")
        parser.add_argument("--paper", choices=PAPERS, default="a4",
                            help="the paper size (default: a4)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="the language of the text and the figures (default: en)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace a file already at --out (default: refuse it)")


def run(args: argparse.Namespace, slides: bool = False) -> int:
    interrupts.install()  # Ctrl-C and SIGTERM stop between sheets, leaving no file
    lesson = lesson_named(args.lesson)
    job = PrintJob(lesson, Path(args.out).expanduser(), getattr(args, "answers", False),
                   getattr(args, "paper", "a4"), args.lang, args.overwrite, slides)
    job.check_out()  # before Qt starts: a bad --out costs no drawing
    common.start_qt(needs_gl(lesson))
    interrupts.check(NOTHING_WRITTEN)
    from gdsim.ui.handout import write_pdf
    from gdsim.ui.i18n import set_language

    set_language(args.lang)
    written = write_pdf(job, progress=common.progress("printing", "sheets", NOTHING_WRITTEN))
    if sys.stderr.isatty():
        print(file=sys.stderr)  # end the progress line
    print(written)
    return 0
