"""Network mode in the window, and the window's manners: bad input, exceptions, a long soak."""

import gc
import os
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gdsim.core.scenario import Scenario
from gdsim.ui.text import fmt


def click(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_switching_to_network_mode_and_one_step_moves_every_view(make_window, qtbot):
    w = make_window()
    w.run_bar.mode_box.setCurrentIndex(w.run_bar.mode_box.findData("network"))
    assert w.controller.scenario.mode == "network"
    assert w.views.diagram.isVisible() and w.run_bar.fine_bar.isVisible()
    assert not w.docks["contour"].isVisible() and w.docks["formula"].isVisible()
    before_point = w.views.surface3d.racers[0].head.pos.copy()
    before_J = w.status_line.J.text()
    click(qtbot, w.run_bar.step_button)
    snap = w.controller.snapshot()
    assert snap.k == 1
    assert w.status_line.J.text() == f"J = {fmt(snap.J)}" != before_J
    # the landscape point
    assert not np.allclose(w.views.surface3d.racers[0].head.pos, before_point)
    assert len(w.views.loss.curves[0].getData()[0]) == 2  # the loss curve has J_0 and J_1
    x, y = w.views.loss.curves[0].getData()
    assert y[-1] == pytest.approx(snap.J)


def test_fine_steps_walk_the_phases_and_the_label_says_where(make_window, qtbot):
    w = make_window(Scenario(mode="network"))
    fine = w.run_bar.fine_bar.widgetForAction(w.run_bar.fine_action)
    labels = []
    for _ in range(5):
        click(qtbot, fine)
        labels.append(w.run_bar.phase_label.text().strip())
    assert labels == ["Forward: layer 2", "Forward: layer 3", "Backward: δ³", "Backward: δ²",
                      "Update"]
    assert w.controller.snapshot().k == 0
    w.run_bar.granularity.setCurrentIndex(w.run_bar.granularity.findData("phase"))
    click(qtbot, fine)
    assert w.controller.snapshot().k == 1 and w.controller.run.phase == 0
    back = w.run_bar.fine_bar.widgetForAction(w.run_bar.fine_back_action)
    click(qtbot, back)
    assert (w.controller.snapshot().k, w.controller.run.phase) == (0, 5)


@pytest.mark.parametrize("text, words", [("3,,4", "empty"), ("0", "size"), ("-2", "size"),
                                         ("abc", "abc"), ("100000", "100000")])
def test_bad_layer_sizes_get_a_message_and_keep_the_network(make_window, qtbot, text, words):
    w = make_window(Scenario(mode="network"))
    click(qtbot, w.run_bar.step_button, 2)
    theta = w.controller.snapshot().net.theta.copy()
    field = w.panels.network.sizes
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error.isVisible() and words in field.message
    snap = w.controller.snapshot()
    assert snap.net.sizes == (3, 4, 2) and snap.k == 2
    np.testing.assert_array_equal(snap.net.theta, theta)


def test_new_sizes_build_a_new_network_with_fitting_x_and_y(make_window, qtbot):
    w = make_window(Scenario(mode="network"))
    field = w.panels.network.sizes
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2,5,3,1")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    snap = w.controller.snapshot()
    assert snap.net.sizes == (2, 5, 3, 1) and snap.k == 0
    assert len(snap.settings.x) == 2 and len(snap.settings.y) == 1


def test_an_unexpected_exception_shows_a_dialog_logs_it_and_the_program_goes_on(
        make_window, qtbot, monkeypatch):
    from gdsim.ui import app as app_module

    w = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
        (self.text(), self.detailedText())) or 0)
    app_module.install_exception_dialog()
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and "RuntimeError: a bug in a slot" in shown[0][0]
    assert "Traceback" in shown[0][1]
    log = app_module.log_path()
    assert log.exists() and "a bug in a slot" in log.read_text()
    click(qtbot, w.run_bar.step_button)  # still working
    assert w.controller.snapshot().k == 1


def rss_mb():
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
def test_twenty_thousand_steps_of_play_in_the_window(make_window, qtbot):
    from gdsim.core.scenario import SurfaceSettings

    w = make_window(Scenario(surface=SurfaceSettings(lr=0.0001), max_steps=20_000))
    w.controller.set_speed(1000)
    for _ in range(20):  # warm up: every view drawn, OpenGL set up, each state on screen
        with qtbot.waitSignal(w.views.surface3d.gl.frameSwapped):
            w.controller.step()
    gc.collect()
    before = rss_mb()
    w.controller.play()
    qtbot.waitUntil(lambda: w.controller.snapshot().k >= 20_000, timeout=90_000)
    gc.collect()
    assert rss_mb() - before < 50
    assert not w.controller.playing
    assert "step limit" in w.statusBar().currentMessage()


def test_the_window_speaks_simplified_chinese_when_asked(make_window):
    from gdsim.ui import i18n

    i18n.set_language("zh_CN")
    try:
        w = make_window()
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[0] == "文件(&F)" and w.settings_dock.windowTitle() == "设置"
        assert w.run_bar.step_action.text() == "单步"
    finally:
        i18n.set_language("en")
    assert make_window().run_bar.step_action.text() == "Step"


def test_opening_a_broken_file_says_why_and_keeps_the_session(make_window, qtbot, tmp_path,
                                                              monkeypatch):
    w = make_window()
    click(qtbot, w.run_bar.step_button, 4)
    before = w.controller.scenario
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    path = tmp_path / "broken.json"
    path.write_text('{"gdsim_scenario": 1, "network": {"sizes": [3, -1, 2]}}')
    assert not w.file_menu.open_path(path)
    assert warnings and "network.sizes[1]" in warnings[0]
    assert w.controller.scenario is before and w.controller.snapshot().k == 4


def test_a_race_has_a_legend_in_the_loss_curve(make_window, qtbot):
    from gdsim.core.scenario import Racer, SurfaceSettings

    w = make_window(Scenario(surface=SurfaceSettings(racers=(Racer("sgd"), Racer("adam")))))
    names = [label.text for _, label in w.views.loss.legend.items]
    assert len(names) == 2 and names[0].startswith("sgd") and names[1].startswith("adam")


def test_an_edge_clicked_in_the_diagram_becomes_a_landscape_axis(make_window, qtbot):
    w = make_window(Scenario(mode="network"))
    w.views.diagram.selected.emit(("edge", 1, 3, 2))  # w^1_32, as a click on that edge sends
    assert w.panels.network.to_axis2.isEnabled()
    click(qtbot, w.panels.network.to_axis2)
    snap = w.controller.snapshot()
    assert snap.net.parameter_name(snap.axes[1]) == "w^1_32"
    assert "w^1_32" in w.views.surface3d.surface.name


def test_digits_play_then_pause_draws_the_landscape_of_the_state_shown(make_window, qtbot,
                                                                        monkeypatch):
    from gdsim.core.scenario import load_scenario
    from gdsim.examples import example_path
    from gdsim.ui import viewset

    # While playing the landscape is not rebuilt at all here: the one shown when play
    # pauses is the one the pause builds.
    monkeypatch.setattr(viewset, "LANDSCAPE_EVERY", 1e9)
    window = make_window(load_scenario(example_path("digits")))
    qtbot.waitUntil(lambda: window.views.shown is not None)
    built = window.views.shown.surface
    window.controller.set_speed(60)
    window.controller.play()
    qtbot.waitUntil(lambda: window.controller.run.k >= 30, timeout=60_000)
    assert window.views.shown.surface is built  # still the one of θ₀ while playing
    window.controller.pause()
    snap = window.controller.snapshot()
    view, surface3d = window.views.shown, window.views.surface3d
    a, b = snap.axes
    assert view.surface is not built and view.surface.start == (snap.net.theta[a],
                                                                snap.net.theta[b])
    assert surface3d.surface is view.surface  # drawn, and its colour bar reads J(θ_k)
    assert surface3d.scale.jmin <= snap.J <= surface3d.scale.jmax
    w1, w2, J = view.grid
    for axis in (0, 1):  # J changes along either axis (w¹₁₁, from pixel 1, left one flat)
        assert np.ptp(J, axis=axis).max() > 1e-4 * snap.J
