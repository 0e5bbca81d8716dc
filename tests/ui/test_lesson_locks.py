"""A lesson page holds settings still so that a class sees the same run: a teacher's page that
locks α and the start and hides the optimizer greys out the fields, hides the race's choices,
refuses a click on the contour that would move the start (saying why, in the status bar) and
lets the other settings change; closing the lesson gives everything back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from gdsim.core.errors import GdsimError
from gdsim.core.lesson_locks import locked_change
from gdsim.core.lessons import load_lesson
from gdsim.ui.lesson_panel import Progress
from tests.ui.test_lesson_tutor import settle

PAGE = {"title": "Everyone from A", "text": "Watch the same run.",
        "scenario": "fig-3-13-step-vectors", "view": "contour"}


def write_lesson(tmp_path, **keys) -> object:
    path = tmp_path / "locked.json"
    path.write_text(json.dumps({"gdsim_lesson": 1, "id": "locked", "title": "Locked",
                                "pages": [{**PAGE, **keys}, PAGE]}), encoding="utf-8")
    return load_lesson(path)


def test_a_page_locks_what_it_hides_and_names_a_bad_lock(tmp_path):
    lesson = write_lesson(tmp_path, lock=["lr"], hide=["optimizer"])
    assert lesson.pages[0].locks == ("lr", "optimizer") and lesson.pages[0].hides == (
        "optimizer",)
    assert lesson.pages[1].locks == ()  # a page's own, not carried over
    with pytest.raises(GdsimError, match=r"locked.json: pages\[0\].lock: expected a list of "
                                         r"lr, start, optimizer \(each at most once\), got "
                                         r"\['alpha'\]"):
        write_lesson(tmp_path, lock=["alpha"])


def test_only_a_change_of_a_locked_setting_is_refused(tmp_path):
    from dataclasses import replace

    s = write_lesson(tmp_path).pages[0].scenario
    moved = replace(s, surface=replace(s.surface, start=(1.0, 1.0)))
    faster = replace(s, surface=replace(s.surface, lr=0.3))
    assert locked_change(("lr",), s, moved) is None
    assert str(locked_change(("lr",), s, faster)) == (
        "α is locked on this lesson page, so that the whole class sees the same run")
    assert str(locked_change(("start",), s, moved)).startswith("the start is locked")
    assert locked_change(("optimizer",), s, replace(s, max_steps=10)) is None


def test_the_window_greys_out_hides_and_refuses_what_the_page_holds(make_window, tmp_path,
                                                                    qtbot):
    lesson = write_lesson(tmp_path, lock=["lr", "start"], hide=["optimizer"])
    w = make_window()
    w.lessons.panel.progress = Progress(QSettings(str(tmp_path / "p.ini"),
                                                  QSettings.Format.IniFormat))
    w.lessons.open(lesson, 0)
    settle()
    panel = w.panels.surface
    assert not panel.lr.isEnabled() and not panel.start.isEnabled()
    assert all(row.lr.isHidden() is False and not row.lr.isEnabled() for row in panel.rows)
    assert all(check.isHidden() for check in panel.checks.values()) and panel.add.isHidden()
    assert panel.max_steps.isEnabled()  # what the page does not hold
    start = w.controller.scenario.surface.start
    w.views.contour.start_clicked.emit(1.0, 1.0)  # a click that would move A
    assert w.controller.scenario.surface.start == start
    assert "the start is locked on this lesson page" in w.status_line.bar.currentMessage()
    w.lessons.panel.next_page()  # a page that holds nothing
    settle()
    qtbot.waitUntil(lambda: panel.lr.isEnabled())
    assert not any(check.isHidden() for check in panel.checks.values())
    w.lessons.panel.previous_page()
    settle()
    qtbot.waitUntil(lambda: not panel.lr.isEnabled())
    w.lessons.dock.close()  # the lesson closed: nothing held
    qtbot.waitUntil(lambda: panel.lr.isEnabled() and panel.start.isEnabled())
    w.views.contour.start_clicked.emit(1.0, 1.0)
    qtbot.waitUntil(lambda: w.controller.scenario.surface.start == (1.0, 1.0))
