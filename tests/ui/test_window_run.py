"""The run in the window: what stays put when only the view changes, where status is said,
and opening a file where it stood (issue 14, bugs 3, 5 and 6)."""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from gdsim.core.architecture import Network
from gdsim.core.scenario import Scenario, load_scenario, save_scenario
from gdsim.examples import example_path


def click(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_choosing_a_landscape_axis_keeps_the_run_where_it_stands(make_window, qtbot):
    """Bug 3: figure 3-16, step to k = 10, click w²₂₂, "→ axis 2": still k = 10."""
    w = make_window(load_scenario(example_path("fig-3-16-network")))
    click(qtbot, w.run_bar.step_button, 10)
    # and into the iteration
    click(qtbot, w.run_bar.fine_bar.widgetForAction(w.run_bar.fine_action), 3)
    theta = w.controller.snapshot().net.theta.copy()
    phase = w.controller.run.phase
    w.views.diagram.selected.emit(("edge", 2, 2, 2))
    assert w.panels.network.to_axis2.isEnabled()
    click(qtbot, w.panels.network.to_axis2)
    snap = w.controller.snapshot()
    w222 = Network.from_sizes((3, 4, 2), "sigmoid", "mse", 0).weight_index(2, 2, 2)
    assert snap.axes[1] == w222 and w.controller.scenario.network.axes[1] == w222
    assert snap.k == 10 and w.controller.run.phase == phase > 0
    assert (snap.net.theta == theta).all()
    assert snap.rows.shape == (11, 3)
    assert snap.rows[-1, 2] == theta[w222]  # the path on the landscape follows the new axis


def test_status_goes_to_the_status_bar_not_the_settings_error_label(make_window, qtbot):
    """Bug 5: converging while playing fast is said in the status bar, at its step, and the
    panel's red label (input errors only) stays empty; play stops where it converged."""
    w = make_window(Scenario())
    w.run_bar.speed.setValue(500)
    w.controller.play()
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=5000)
    status = w.controller.run.status()
    assert status.converged and status.at == 72
    assert w.panels.surface.error.text() == ""
    assert w.controller.run.k == 72  # stopped at the step it converged at
    assert "converged at step 72" in w.status_line.run.text()
    w.panels.surface.show_error("an input error")  # the label still says input errors
    w.controller.play()  # going on from a converged run is allowed
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=5000)
    assert w.controller.run.k == 200
    assert w.panels.surface.error.text() == "an input error"


def test_a_network_saved_inside_an_iteration_reopens_there(make_window, qtbot, tmp_path):
    """Bug 6: saved at "Backward: δ²", it reopens at "Backward: δ²", not "Ready"."""
    w = make_window(load_scenario(example_path("fig-3-16-network")))
    click(qtbot, w.run_bar.step_button, 3)
    click(qtbot, w.run_bar.fine_bar.widgetForAction(w.run_bar.fine_action), 4)
    assert w.run_bar.phase_label.text().strip() == "Backward: δ²"
    path = tmp_path / "where.json"
    assert w.file_menu.save_to(path)
    other = make_window()
    assert other.file_menu.open_path(path)
    assert other.controller.run.k == 3
    assert other.run_bar.phase_label.text().strip() == "Backward: δ²"
    assert other.controller.snapshot().stage_layer == 2


def far_scenario(tmp_path, step=100_000):
    s = load_scenario(example_path("fig-3-16-network"))
    s = replace(s, max_steps=step, step=step)
    path = tmp_path / "far.json"
    save_scenario(s, path)
    return path


def test_opening_a_far_step_shows_progress_and_cancel_keeps_the_session(make_window, qtbot,
                                                                         tmp_path):
    """Bug 6: a file saved at step 100,000 opens with progress; Cancel leaves the session."""
    w = make_window(load_scenario(example_path("fig-3-16-network")))
    click(qtbot, w.run_bar.step_button, 7)
    before = (w.controller.run, w.controller.scenario, w.controller.run.k, w.windowTitle())
    seen = []

    def cancel_when_shown():
        dialog = w.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible():
            seen.append(dialog.value())
            dialog.cancel()
        else:
            QTimer.singleShot(20, cancel_when_shown)

    QTimer.singleShot(20, cancel_when_shown)
    assert not w.file_menu.open_path(far_scenario(tmp_path))
    assert seen and seen[0] < 100_000
    assert (w.controller.run, w.controller.scenario, w.controller.run.k,
            w.windowTitle()) == before
    assert w.controller.snapshot().k == 7 and w.run_bar.slider.value() == 7


def test_opening_a_far_step_finishes_with_progress(make_window, qtbot, tmp_path):
    w = make_window()
    assert w.file_menu.open_path(far_scenario(tmp_path, 20_000))
    assert w.controller.run.k == 20_000 and w.controller.scenario.mode == "network"
