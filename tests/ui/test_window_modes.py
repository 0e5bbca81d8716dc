"""Each mode, lesson and session keeps its own window state (issue 19): a mode's docks and
toolbars are its own whatever the other mode left, the window never leaves the screen's
available area, a lesson page sets what the contour and 3-D views draw, and the trace table's
headers name the columns of its rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt

from gdsim.core.lessons import load_lessons
from gdsim.core.naming import pretty_axis
from gdsim.core.scenario import Scenario

LESSONS = {lesson.id: lesson for lesson in load_lessons()[0]}
LAPTOP = QRect(0, 0, 1366, 768 - 32)  # a laptop's screen less a task bar


@pytest.fixture
def laptop(screen_of):
    """The screen's available area is a laptop's (the test X screen is larger)."""
    screen_of(LAPTOP.size().toTuple())
    return LAPTOP


def inside(window, area: QRect) -> bool:
    return area.contains(window.frameGeometry())


def docks_in_sight(window) -> set[str]:
    return {name for name, dock in window.docks.items() if dock.isVisible()}


def open_window(show, qtbot, scenario: Scenario | None = None, size=None):
    from gdsim.ui.main_window import MainWindow

    w = show(MainWindow(scenario), size)
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    return w


def test_a_network_lesson_then_a_surface_lesson_keep_the_window_on_a_laptops_screen(
        laptop, settings_file, show, qtbot):
    w = open_window(show, qtbot, Scenario(), (1366, 736))
    w.lessons.open(LESSONS["3.3.4"], 0)
    qtbot.waitUntil(lambda: w.docking.layout is not None and w.docking.layout.mode == "network")
    qtbot.waitUntil(lambda: w.lessons.last_flash is not None)
    assert inside(w, laptop) and w.run_bar.fine_bar.isVisible()
    w.lessons.last_flash = None
    w.lessons.open(LESSONS["3.3.1"], 0)
    qtbot.waitUntil(lambda: w.docking.layout.mode == "surface")
    qtbot.waitUntil(lambda: w.lessons.last_flash is not None)
    qtbot.waitUntil(lambda: inside(w, laptop))  # it grew to 1540 px wide on a 1366 px screen
    assert not w.run_bar.fine_bar.isVisible()  # the network's phase bar left with it
    assert "diagram" not in docks_in_sight(w) and "formula" not in docks_in_sight(w)


def test_each_mode_restores_its_own_docks_and_toolbars(settings_file, show, qtbot):
    w = open_window(show, qtbot, Scenario(), (1300, 760))
    w.controller.set_scenario(Scenario(mode="network"))
    qtbot.waitUntil(lambda: w.docking.layout.mode == "network")
    w.controller.set_scenario(Scenario())
    qtbot.waitUntil(lambda: w.docking.layout.mode == "surface")
    w.close()  # surface's docks remembered as left; the network's as it was left before

    again = open_window(show, qtbot, Scenario(mode="network"), (1300, 760))
    qtbot.waitUntil(lambda: again.docking.restored_mode == "network")
    shown = docks_in_sight(again)
    assert {"formula", "loss"} <= shown
    assert not shown & {"contour", "directions", "trace"}  # no surface docks in network mode
    assert again.run_bar.fine_bar.isVisible()
    again.controller.set_scenario(Scenario())
    qtbot.waitUntil(lambda: again.docking.restored_mode == "surface")
    shown = docks_in_sight(again)
    assert {"contour", "loss"} <= shown and not shown & {"formula", "chain", "decision"}
    assert not again.run_bar.fine_bar.isVisible()


def test_a_size_left_on_a_larger_screen_opens_fitted_to_this_one(settings_file, show, qtbot,
                                                                  screen_of):
    screen_of((1920, 1080 - 32))
    w = open_window(show, qtbot, Scenario(), (1900, 1040))
    w.close()
    assert QSettings().value("window/size").width() == 1900
    screen_of(LAPTOP.size().toTuple())  # the same settings, on a laptop
    again = open_window(show, qtbot, Scenario())
    qtbot.waitUntil(lambda: inside(again, LAPTOP))
    assert again.width() <= LAPTOP.width() and again.height() <= LAPTOP.height()


def test_a_lesson_page_sets_what_the_contour_and_3d_views_draw(settings_file, show, qtbot):
    w = open_window(show, qtbot, Scenario(), (1300, 760))
    contour = w.views.contour
    w.lessons.open(LESSONS["3.3.2"], 0)  # figure 3-10's directions
    qtbot.waitUntil(lambda: contour.show_directions.isChecked())
    assert not contour.show_step.isChecked() and w.views.surface3d.directions_shown
    w.lessons.open(LESSONS["3.3.3"], 1)  # "the contour view then draws OA, AP and OP"
    qtbot.waitUntil(lambda: contour.show_step.isChecked())
    assert not contour.show_directions.isChecked()
    assert not w.views.surface3d.directions_shown
    assert contour.oa.line.isVisible()
    assert not contour.ap.line.isVisible()  # AP ends at P1, the page's open question


def test_the_trace_headers_name_the_columns_of_its_rows_in_either_mode(settings_file, show, qtbot):
    from gdsim.ui.views.trace_table import TraceTableView

    w = open_window(show, qtbot, Scenario(mode="network"), (1300, 760))
    for _ in range(2):
        w.controller.step()
    trace = w.views.build("trace")
    assert isinstance(trace, TraceTableView)
    view = w.views.render(w.controller.snapshot())
    trace.draw(view)
    qtbot.waitUntil(lambda: trace.model.rowCount() == 3)
    model = trace.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    a, b = (pretty_axis(name) for name in view.surface.axes)
    assert headers == ["k", a, b, "J"]
    last = view.points[0]
    row = [float(model.index(2, c).data(Qt.ItemDataRole.ToolTipRole)) for c in (1, 2, 3)]
    assert row == pytest.approx([last.w[0], last.w[1], last.J])
    w.controller.set_scenario(Scenario())
    surface_view = w.views.render(w.controller.snapshot())
    trace.draw(surface_view)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers == ["k", "w1", "w2", "J", "|grad J|", "∂J/∂w1", "∂J/∂w2"]
    assert float(model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)) == -2.0
