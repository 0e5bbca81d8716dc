"""gdsim lesson check FILE — a teacher's lesson file checked as gdsim opens it.

Every key is validated (the lesson loader's own checks, each fault named with the file, the page
and the key; exit 2), each page's numbers in braces are computed, and each question's answer is
computed from its page's scenario and printed, so a teacher sees the key before the class does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gdsim.core.lesson_keys import UP, answer_key, num
from gdsim.core.lessons import load_lesson, text_in


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Check a lesson file (docs/lessons.md) and print the answer gdsim "
                          "computes for each of its questions.")
    parser.add_argument("action", choices=("check",), help="check: validate and print the keys")
    parser.add_argument("file", metavar="FILE", help="the lesson file (.json)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="the language of the questions printed (default: en)")


def run(args: argparse.Namespace) -> int:
    lesson = load_lesson(Path(args.file))
    asked = [(i, p) for i, p in enumerate(lesson.pages) if p.question is not None]
    print(f"{Path(args.file).name}: lesson {lesson.id!r}, {len(lesson.pages)} pages, "
          f"{len(asked)} questions: all keys valid")
    for i, page in asked:
        assert page.question is not None
        key = answer_key(page)
        value = (("up" if key.choice == UP else "down") if key.choice else
                 ", ".join(num(v) for v in key.values) + f"   (± {num(key.tolerance)})")
        print(f"pages[{i}] {text_in(page.question.prompt, args.lang)}  →  {value}")
    return 0
