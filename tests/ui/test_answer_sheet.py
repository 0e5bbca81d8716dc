"""File ▸ Export answers…: what a student hands in — each question, the answers checked in
order, the attempts and whether the answer was shown — as CSV and as a one-page PDF."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt

from gdsim.ui.lesson_panel import Progress
from tests.ui.test_lesson_tutor import LESSONS, settle


def test_the_answers_as_csv_and_a_one_page_pdf(make_window, tmp_path, qtbot):
    w = make_window()
    panel = w.lessons.panel
    panel.progress = Progress(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert not w.lessons.answers_action.isEnabled()
    lesson = LESSONS["3.3.3"]
    w.lessons.open(lesson, 1)  # P1 = ?
    settle()
    for typed in ("-1.5, 2.2", "-1.6, 2.2"):  # wrong, then right
        panel.field.setText(typed)
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    panel.next_page()  # J(P1) = ?: a hint, then the answer shown
    settle()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    panel.field.setText("16.8")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)  # right, but after shown
    assert w.lessons.answers_action.isEnabled()
    assert w.lessons.export_answers(tmp_path / "mine.csv")
    rows = list(csv.DictReader((tmp_path / "mine.csv").open(encoding="utf-8")))
    asked = [i for i, p in enumerate(lesson.pages) if p.question is not None]
    assert [int(r["page"]) for r in rows] == [i + 1 for i in asked]
    first, second = rows[0], rows[1]
    assert (first["answers"], first["attempts"], first["result"]) == (
        "(−1.5, 2.2) | (−1.6, 2.2)", "2", "right")
    assert (second["answers"], second["attempts"], second["result"]) == ("16.8", "1", "shown")
    assert all(r["result"] == "open" and r["attempts"] == "0" for r in rows[2:])
    assert first["question"] == lesson.pages[1].question.prompt["en"]
    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils' pdfinfo reads the PDF back (apt-get install poppler-utils)")
    info = subprocess.run(["pdfinfo", str(tmp_path / "mine.pdf")], capture_output=True,
                          text=True).stdout
    assert "Pages:           1\n" in info
    text = subprocess.run(["pdftotext", str(tmp_path / "mine.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "(−1.5, 2.2)" in text and "(−1.6, 2.2)" in text and "shown" in text
