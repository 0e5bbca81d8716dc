"""A lesson with the run a teacher stands at, as one file to hand out (File ▸ Save lesson state).

The file is a lesson file (docs/lessons.md) complete in itself: every page's scenario written
out (no example or scenario file beside it is needed), `"page"` the page it opens at, and that
page standing where the teacher's run stands (its settings, its step) with the page's locks. A
question keeps the step it asks about, so its key is the one the teacher saw. Opened like any
lesson file (`gdsim --lesson FILE`, Help ▸ Lessons ▸ Open lesson file…).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from gdsim.core.errors import InputError
from gdsim.core.lesson_keys import Question, Text
from gdsim.core.lessons import VERSION, Lesson, Page
from gdsim.core.scenario import Scenario


def _literal(text: Text) -> Text:
    """Text whose braces are its own: the numbers already put in stay as they are."""
    return {lang: t.replace("{", "{{").replace("}", "}}") for lang, t in text.items()}


def _question(q: Question, step: int) -> dict[str, Any]:
    return {"ask": q.ask, "prompt": q.prompt, "tolerance": q.tolerance,
            "at_step": step if q.at_step is None else q.at_step, "racer": q.racer,
            "layer": q.layer, "neuron": q.neuron, "source": q.source, "show": q.show}


def page_dict(page: Page, scenario: Scenario | None = None) -> dict[str, Any]:
    """The page as a lesson file writes it, on `scenario` (default: its own) written out."""
    d: dict[str, Any] = {"title": page.title, "text": _literal(page.text),
                         "scenario": (scenario or page.scenario).to_dict(),
                         "draws": list(page.draws), "formulas": list(page.formulas)}
    if page.view:
        d["view"] = page.view
    if page.click:
        d["click"] = _literal(page.click)
    if page.question is not None:
        d["question"] = _question(page.question, page.scenario.step)
    if page.locks:
        d["lock"] = [key for key in page.locks if key not in page.hides]
    if page.hides:
        d["hide"] = list(page.hides)
    return d


def state_dict(lesson: Lesson, index: int, scenario: Scenario) -> dict[str, Any]:
    """The lesson, opening at page `index` on `scenario` (where the teacher's run stands)."""
    pages = [page_dict(page, scenario if i == index else None)
             for i, page in enumerate(lesson.pages)]
    return {"gdsim_lesson": VERSION, "id": lesson.id, "title": lesson.title, "page": index,
            "pages": pages}


def save_state(lesson: Lesson, index: int, scenario: Scenario, path: Path) -> None:
    """Write the lesson state to `path`: to a file beside it first, then renamed, so that an
    interrupted save leaves what was there."""
    text = json.dumps(state_dict(lesson, index, scenario), indent=1, ensure_ascii=False,
                      allow_nan=False)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError("{path}: cannot be written ({reason})", path=path,
                         reason=exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
