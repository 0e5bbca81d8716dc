"""A lesson on paper: what a handout (`gdsim handout`) or a slide deck (`gdsim slides`) holds,
checked before Qt starts or anything is drawn; `gdsim.ui.handout` and `gdsim.ui.slides` draw it.

A handout is one sheet per lesson page: the page's text and formulas, its figure (the page's
view, drawn by the window's own views with what its question asks hidden), the question with
room to answer; with `answers`, the key under it with the worked computation, every number from
core (`lesson_keys.answer_key`). A deck is one 16:9 slide per page, and for a page that asks a
question, its answer on a slide of its own after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gdsim.core.exporting import check_file_out
from gdsim.core.lessons import Lesson, Page
from gdsim.core.view_names import VIEWS, WINDOW

PAPERS = ("a4", "letter")  # a handout's paper; slides are 16:9
SLIDE_MM = (254.0, 142.875)  # 10 × 5.625 inches: 16:9, as presentation programs make them


@dataclass(frozen=True)
class PrintJob:
    """A lesson to print: as a handout (`slides` False) or a slide deck, into `out` (a PDF)."""

    lesson: Lesson
    out: Path
    answers: bool = False  # the handout's key: each answer with its worked computation
    paper: str = "a4"
    lang: str = "en"
    overwrite: bool = False
    slides: bool = False

    def check_out(self) -> None:
        """A PDF file that can be written, refused if it exists unless `overwrite`."""
        check_file_out(self.out, "pdf", self.overwrite)

    @property
    def sheets(self) -> int:
        """The PDF's pages: one per lesson page, and on slides one more per question."""
        asked = sum(page.question is not None for page in self.lesson.pages)
        return len(self.lesson.pages) + (asked if self.slides else 0)


def figure_view(page: Page) -> str:
    """What a page's figure draws: the view it is about, or (the settings, or no view, or a view
    that draws nothing in its mode) the window's arrangement of the mode's views."""
    view = VIEWS.get(page.view)
    return view.name if view is not None and page.scenario.mode in view.modes else WINDOW.name


def needs_gl(lesson: Lesson) -> bool:
    """Whether some figure draws the 3-D view (then a display, or a private Xvfb, is needed)."""
    return any((VIEWS.get(figure_view(page)) or WINDOW).gl for page in lesson.pages)
