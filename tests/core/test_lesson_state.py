"""A saved lesson state is a lesson file that reads back as the lesson it was: every built-in
lesson saved at each of its pages has the same titles, texts, scenarios and keys, and opens at
that page."""

from __future__ import annotations

import pytest

from gdsim.core.lesson_keys import answer_key
from gdsim.core.lesson_state import save_state
from gdsim.core.lessons import load_lesson, load_lessons


@pytest.mark.parametrize("lesson", load_lessons()[0], ids=lambda lesson: lesson.id)
def test_every_built_in_lesson_reads_back_from_its_saved_state(lesson, tmp_path):
    path = tmp_path / "state.json"
    for index, page in enumerate(lesson.pages):
        save_state(lesson, index, page.scenario, path)
        again = load_lesson(path)
        assert again.page == index and again.id == lesson.id and again.title == lesson.title
        for before, after in zip(lesson.pages, again.pages, strict=True):
            assert (after.title, after.text, after.click, after.scenario, after.view,
                    after.draws, after.formulas) == (before.title, before.text, before.click,
                                                     before.scenario, before.view,
                                                     before.draws, before.formulas)
            if before.question is not None:
                key, kept = answer_key(before), answer_key(after)
                assert (kept.values, kept.choice, kept.work) == (key.values, key.choice,
                                                                 key.work)
