"""What a student hands in (File ▸ Export answers): each question of a lesson with the student's
answers in the order checked, how many attempts, and how it stands — answered right, shown
(the answer seen before it was typed right), or open — as CSV rows; the window writes them as
a one-page PDF too (gdsim/ui/answer_sheet.py)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from gdsim.core.lessons import Lesson, text_in

RIGHT, SHOWN, OPEN = "right", "shown", "open"
COLUMNS = ("lesson", "page", "question", "answers", "attempts", "result")


@dataclass(frozen=True)
class AnswerRow:
    page: int  # from 1, as the page counter says
    question: str
    answers: tuple[str, ...]
    result: str  # RIGHT, SHOWN or OPEN

    @property
    def attempts(self) -> int:
        return len(self.answers)


def answer_rows(lesson: Lesson, answers: dict[int, list[str]], right: set[int],
                shown: set[int], lang: str = "en") -> list[AnswerRow]:
    """One row per question of the lesson, in page order."""
    return [AnswerRow(i + 1, text_in(page.question.prompt, lang), tuple(answers.get(i, ())),
                      RIGHT if i in right else SHOWN if i in shown else OPEN)
            for i, page in enumerate(lesson.pages) if page.question is not None]


def answers_csv(lesson: Lesson, rows: list[AnswerRow]) -> str:
    """The rows as CSV (UTF-8, a header), the answers of one question joined by " | "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow((lesson.id, row.page, row.question, " | ".join(row.answers),
                         row.attempts, row.result))
    return out.getvalue()
