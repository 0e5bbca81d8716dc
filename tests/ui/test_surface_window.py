"""The surface-mode window, driven as a user drives it: real buttons, real clicks."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.ui.text import typed
from tests.cli.test_trace import SEED_LINE
from tests.ui.conftest import color_fraction


def click(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_twenty_clicks_on_step_show_the_seed_trace(make_window, qtbot):
    w = make_window()
    w.docks["trace"].raise_()
    assert w.status_line.J.text() == "J = 24"
    click(qtbot, w.run_bar.step_button)
    assert w.status_line.point.text() == "(w1, w2) = (−1.6, 2.2)"
    assert w.status_line.J.text() == "J = 16.8"
    click(qtbot, w.run_bar.step_button, 19)
    snap = w.controller.snapshot()
    assert snap.k == 20 and w.status_line.k.text() == "step k = 20"
    assert w.views.trace.printed() == SEED_LINE  # the table holds P1 … P20 as the seed prints them
    assert w.views.trace.model.rowCount() == 21
    model = w.views.trace.model
    assert model.data(model.index(1, 1)) == "−1.6" and model.data(model.index(1, 3)) == "16.8"
    assert model.data(model.index(20, 1)) == "−0.0230584"
    assert w.status_line.point.text() == "(w1, w2) = (−0.0230584, −0.953883)"
    click(qtbot, w.run_bar.back_button)
    assert w.controller.snapshot().k == 19
    assert w.status_line.point.text().startswith("(w1, w2) = (−0.0288")
    assert w.views.trace.table.currentIndex().row() == 19


def test_play_advances_and_pause_stops(make_window, qtbot):
    w = make_window()
    w.run_bar.speed.setValue(50)
    click(qtbot, w.run_bar.play_button)
    assert w.run_bar.play_action.text() == "Pause"
    qtbot.waitUntil(lambda: w.controller.snapshot().k >= 5, timeout=5000)
    click(qtbot, w.run_bar.play_button)
    assert w.run_bar.play_action.text() == "Play"
    k = w.controller.snapshot().k
    qtbot.wait(300)  # paused: nothing moves while time passes (an absence: no condition to await)
    assert w.controller.snapshot().k == k


def test_keyboard_shortcuts_step_and_step_back(make_window, qtbot):
    w = make_window()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.views.contour.setFocus()
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Right)
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Right)
    assert w.controller.snapshot().k == 2
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Left)
    assert w.controller.snapshot().k == 1
    # With the 3-D view focused (a native OpenGL window) the keys still step.
    w.views.surface3d.container.setFocus()
    qtbot.keyClick(w.views.surface3d.gl, Qt.Key.Key_Right)
    assert w.controller.snapshot().k == 2
    qtbot.keyClick(w.views.surface3d.gl, Qt.Key.Key_Space)
    assert w.controller.playing
    qtbot.keyClick(w.views.surface3d.gl, Qt.Key.Key_Space)
    assert not w.controller.playing


def test_timeline_slider_moves_every_view(make_window, qtbot):
    w = make_window()
    w.docks["trace"].raise_()
    w.controller.seek(12)
    w.run_bar.slider.setValue(4)
    snap = w.controller.snapshot()
    assert snap.k == 4
    assert len(w.views.contour.paths[0].getData()[0]) == 5
    assert w.views.surface3d.racers[0].path.pos.shape == (5, 3)
    assert w.views.loss.marker.value() == 4
    assert w.views.trace.table.currentIndex().row() == 4
    assert w.status_line.k.text() == "step k = 4"


def test_selecting_a_trace_row_moves_the_timeline(make_window, qtbot):
    w = make_window()
    w.docks["trace"].raise_()
    w.controller.seek(10)
    w.views.trace.table.selectRow(3)
    assert w.controller.snapshot().k == 3


def test_click_in_contour_view_sets_the_start(make_window, qtbot):
    w = make_window()
    w.docks["contour"].raise_()
    view = w.views.contour
    scene_point = view.plot.vb.mapViewToScene(pg_point(1.0, -2.0))
    pixel = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pixel.x(), pixel.y()))
    start = w.controller.snapshot().points[0].w
    assert start == pytest.approx([1.0, -2.0], abs=0.1)
    assert w.controller.snapshot().k == 0
    assert w.panels.surface.start.text().startswith(typed(start[0]))


def number(text: str) -> float:
    """A number as the window shows it (a true minus sign) read back."""
    return float(text.replace("−", "-"))


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_a_race_of_two_optimizers_draws_two_paths(make_window, qtbot):
    w = make_window()
    w.docks["loss"].raise_()
    click(qtbot, w.panels.surface.checks["momentum"])
    snap = w.controller.snapshot()
    assert len(snap.points) == 2
    click(qtbot, w.run_bar.step_button, 5)
    assert len(w.views.contour.paths) == 2 and len(w.views.surface3d.racers) == 2
    x0, y0 = w.views.contour.paths[0].getData()
    x1, y1 = w.views.contour.paths[1].getData()
    assert len(x0) == len(x1) == 6
    assert not np.allclose(x0, x1)
    assert len(w.views.loss.curves) == 2


def test_direction_explorer_on_the_paraboloid_at_A(make_window, qtbot):
    scenario = Scenario(surface=SurfaceSettings(surface="seed-paraboloid"))
    w = make_window(scenario)
    w.docks["directions"].raise_()
    d = w.views.directions
    assert "grad J = (−6, 6)" in d.summary.text()
    assert "(0.7071, −0.7071)" in d.summary.text()
    assert d.maximum == pytest.approx(6 * math.sqrt(2))
    assert d.minimum == pytest.approx(-6 * math.sqrt(2))
    rows = {d.table.item(r, 0).text(): r for r in range(d.table.rowCount())}
    steepest = rows["−grad J"]
    assert d.table.item(steepest, 1).text() == "(0.7071, −0.7071)"
    assert number(d.table.item(steepest, 2).text()) == pytest.approx(-6 * math.sqrt(2), rel=1e-5)
    assert d.table.item(rows["V1"], 1).text() == "(0, −1)"  # figure 3-10: towards the valley
    assert number(d.table.item(rows["V1"], 2).text()) == pytest.approx(-6)  # along w2
    assert number(d.table.item(rows["V2"], 2).text()) == pytest.approx(-6)  # along w1
    d.angle.setValue(90)
    assert number(d.table.item(rows["l"], 2).text()) == pytest.approx(6)
    d.angle.setValue(45)  # along the contour: a zero, not −8.88178e-16
    assert d.table.item(rows["l"], 2).text() == "0"


def test_3d_view_image_is_full_size_not_blank_and_shows_the_path(make_window, qtbot):
    w = make_window()
    click(qtbot, w.run_bar.step_button, 10)
    gl, orange = w.views.surface3d.gl, (0xD5, 0x5E, 0x00)  # the first racer's colour
    with qtbot.waitSignal(gl.frameSwapped):  # the steps' frame on screen
        pass
    image = gl.grabFramebuffer()
    ratio = gl.devicePixelRatioF()
    assert image.width() == round(gl.width() * ratio)
    assert image.height() == round(gl.height() * ratio)
    fraction, pixels = color_fraction(image, orange)
    assert fraction > 0.0005
    distinct = len(np.unique(pixels.reshape(-1, 3) // 8, axis=0))
    assert distinct > 100


@pytest.mark.parametrize("field, text, words", [
    ("lr", "abc", "not a number"),
    ("lr", "0", "out of range"),
    ("lr", "-1", "out of range"),
    ("lr", "1e9", "out of range"),
    ("start", "1e9, 0", "it must lie in [-1e+06, 1e+06]"),
    ("start", "1", "expected 2 numbers"),
    ("max_steps", "0", "0 is out of range; it must lie in [1, 10000000]"),
    ("max_steps", "many", "not a whole number"),
])
def test_bad_input_is_named_at_the_field_and_the_run_keeps_its_state(
        make_window, qtbot, field, text, words):
    w = make_window()
    click(qtbot, w.run_bar.step_button, 3)
    before = w.controller.snapshot()
    run, scenario = w.controller.run, w.controller.scenario
    edit = getattr(w.panels.surface, field)
    edit.edit.setFocus()
    edit.edit.selectAll()
    qtbot.keyClicks(edit.edit, text)
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert edit.error.isVisible() and words in edit.message
    after = w.controller.snapshot()
    assert after.k == before.k == 3
    assert after.points[0].w.tolist() == before.points[0].w.tolist()
    assert w.controller.run is run and w.controller.scenario is scenario  # never replaced


def test_a_diverging_rate_stops_play_and_says_so(make_window, qtbot):
    w = make_window()
    w.panels.surface.lr.edit.setText("1.5")
    w.panels.surface.lr.edit.editingFinished.emit()
    w.panels.surface.max_steps.edit.setText("100000")
    w.panels.surface.max_steps.edit.editingFinished.emit()
    w.run_bar.speed.setValue(500)
    click(qtbot, w.run_bar.play_button)
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=10000)
    at = w.controller.snapshot().status.at
    assert w.status_line.run.text().startswith(f"⚠ diverged at step {at}")
    snap = w.controller.snapshot()
    assert np.isfinite(snap.rows).all()
    assert np.isfinite(w.views.surface3d.racers[0].path.pos).all()
    assert not w.run_bar.step_action.isEnabled()


def test_hidden_views_catch_up_when_shown(make_window, qtbot):
    w = make_window()
    w.settings_dock.raise_()
    click(qtbot, w.run_bar.step_button, 4)
    assert w.views.trace.model.rowCount() in (0, 1)  # hidden behind Settings: not drawn yet
    w.docks["trace"].raise_()
    qtbot.waitUntil(lambda: w.views.trace.model.rowCount() == 5)
    assert w.views.trace.table.currentIndex().row() == 4


def test_the_path_stays_visible_after_the_surface_is_rebuilt(make_window, qtbot):
    w = make_window()
    click(qtbot, w.run_bar.step_button, 3)
    w.panels.surface.surface.setCurrentText("himmelblau")  # a new surface: new GL items
    click(qtbot, w.run_bar.step_button, 15)
    gl, orange = w.views.surface3d.gl, (0xD5, 0x5E, 0x00)  # the first racer's colour
    with qtbot.waitSignal(gl.frameSwapped):  # the new surface's frame on screen
        pass
    fraction, _ = color_fraction(gl.grabFramebuffer(), orange)
    assert fraction > 0.0005


def test_every_shown_3d_label_is_drawn_where_it_is_placed(make_window, qtbot):
    """The tick labels and axis titles reach the screen, each in its own place (they are
    painted together by one TextBatch, not each by its GLTextItem)."""
    w = make_window()
    view = w.views.surface3d
    with qtbot.waitSignal(view.gl.frameSwapped):
        view.gl.update()
    image = view.gl.grabFramebuffer().convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :3 * image.width()].reshape(
        image.height(), image.width(), 3)
    shown = view.label_rects()
    assert len(shown) >= 6
    for text, rect in shown:
        r = rect.toAlignedRect().intersected(image.rect())
        inside = pixels[r.top():r.bottom() + 1, r.left():r.right() + 1]
        assert (inside.max(axis=2) < 110).sum() >= 3, f"{text!r} not drawn at {r}"
