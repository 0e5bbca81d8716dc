"""gdsim slides — a lesson as a 16:9 slide deck (PDF): a slide per page with the figure large,
and each question's answer on the slide after it (the flags are gdsim handout's, less
--answers and --paper)."""

from __future__ import annotations

import argparse

from gdsim.cli import handout


def add_arguments(parser: argparse.ArgumentParser) -> None:
    handout.add_arguments(parser, slides=True)


def run(args: argparse.Namespace) -> int:
    return handout.run(args, slides=True)
