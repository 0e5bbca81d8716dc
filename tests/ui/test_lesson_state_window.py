"""File ▸ Save lesson state: one file with the lesson, the page, the run as it stands and the
page's locks, which opens where the teacher stood (the same page, step and key) with nothing
beside it, and which `gdsim lesson check` reads as the lesson file it is."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from gdsim.cli import main
from gdsim.core.lesson_keys import answer_key
from gdsim.core.lessons import load_lesson
from gdsim.ui.lesson_panel import Progress
from tests.ui.test_lesson_tutor import LESSONS, settle


def test_a_saved_lesson_state_opens_where_the_teacher_stood(make_window, tmp_path, qtbot,
                                                            capsys):
    w = make_window()
    w.lessons.panel.progress = Progress(QSettings(str(tmp_path / "p.ini"),
                                                  QSettings.Format.IniFormat))
    assert not w.lessons.save_action.isEnabled()  # no lesson open: nothing to save
    lesson = LESSONS["3.3.3"]
    w.lessons.open(lesson, 2)  # J(P1) = ?
    settle()
    w.controller.step()
    w.controller.step()
    qtbot.waitUntil(lambda: w.controller.run.k == 2)
    assert w.lessons.save_action.isEnabled()
    path = tmp_path / "class" / "state.json"
    path.parent.mkdir()
    assert w.lessons.save_state(path)
    assert "state.json" in w.status_line.bar.currentMessage()
    saved = load_lesson(path)  # a lesson file, complete in itself: no example named
    assert all(isinstance(p["scenario"], dict)
               for p in json.loads(path.read_text(encoding="utf-8"))["pages"])
    assert saved.id == lesson.id and saved.page == 2
    assert saved.pages[2].scenario.step == 2 and saved.pages[1].scenario.step == 0
    assert answer_key(saved.pages[2]).values == answer_key(lesson.pages[2]).values
    assert [p.text for p in saved.pages] == [p.text for p in lesson.pages]
    assert main(["lesson", "check", str(path)]) == 0
    assert "all keys valid" in capsys.readouterr().out
    other = make_window()
    other.lessons.panel.progress = Progress(QSettings(str(tmp_path / "q.ini"),
                                                      QSettings.Format.IniFormat))
    assert other.lessons.open_path(path)
    settle()
    qtbot.waitUntil(lambda: other.controller.run.k == 2)
    assert other.lessons.panel.index == 2
    assert other.controller.hidden  # its question still open for the student


def test_a_pages_locks_are_saved_with_it(tmp_path):
    from gdsim.core.lesson_state import save_state

    page = {"title": "Same run", "text": "Watch.", "scenario": "fig-3-13-step-vectors",
            "lock": ["start"], "hide": ["lr"]}
    source = tmp_path / "mine.json"
    source.write_text(json.dumps({"gdsim_lesson": 1, "id": "mine", "title": "Mine",
                                  "pages": [page]}), encoding="utf-8")
    lesson = load_lesson(source)
    save_state(lesson, 0, lesson.pages[0].scenario, tmp_path / "state.json")
    again = load_lesson(tmp_path / "state.json").pages[0]
    assert (again.locks, again.hides) == (("start", "lr"), ("lr",))
