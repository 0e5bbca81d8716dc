"""The lessons draw what the book draws: figure 3-10's three ways down from A, in the window."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from gdsim.core.lessons import load_lessons
from gdsim.ui.lesson_panel import Progress

LESSONS = {lesson.id: lesson for lesson in load_lessons()[0]}


@pytest.fixture
def lesson_window(make_window, tmp_path):
    window = make_window()
    window.lessons.panel.progress = Progress(QSettings(str(tmp_path / "progress.ini"),
                                                       QSettings.Format.IniFormat))
    return window


def test_3_3_1_draws_v1_v2_and_l_as_figure_3_10(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.1"], 1)  # the Directions dock in view: the arrows are drawn
    qtbot.waitUntil(lambda: w.views.contour.directions["l"].line.isVisible())
    A = np.array([-3.0, 3.0])
    half = math.sqrt(2) / 2
    ends = {"V1": A + (0, -1), "V2": A + (1, 0), "l": A + (half, -half),
            "−grad J": A + (half, -half)}  # −grad J runs along l, as the book says
    for name, end in ends.items():
        xs, ys = w.views.contour.directions[name].line.getData()
        np.testing.assert_allclose([xs[0], ys[0]], A, atol=1e-12)
        np.testing.assert_allclose([xs[-1], ys[-1]], end, atol=1e-12, err_msg=name)
    d = w.views.directions
    rows = {d.table.item(r, 0).text(): r for r in range(d.table.rowCount())}
    assert d.table.item(rows["V1"], 1).text() == "(0, -1)"
    assert d.table.item(rows["l"], 1).text() == "(0.7071, -0.7071)"
    assert all(float(d.table.item(r, 2).text()) < 0 for r in rows.values())  # all downhill
