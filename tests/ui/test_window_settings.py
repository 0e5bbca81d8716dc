"""What the window remembers (QSettings in a temporary location): geometry, speed, the layout
of each mode, the scenario and its step; a corrupt file or wrong values are ignored and named."""

import pytest

from gdsim.core.scenario import Scenario


@pytest.fixture
def open_window(show):
    from gdsim.ui.main_window import MainWindow

    def make(scenario=None):
        return show(MainWindow(scenario))  # at the size it chose or remembered

    return make


def test_settings_round_trip_through_a_temporary_location(settings_file, open_window, qtbot):
    from pathlib import Path

    from PySide6.QtCore import QSettings

    w = open_window(Scenario(mode="network", title="my net"))
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    w.run_bar.speed.setValue(37)
    for _ in range(3):
        w.controller.step()
    w.close()
    assert Path(settings_file).is_file() and str(Path(settings_file)).startswith(
        str(Path(settings_file).parents[1]))
    assert QSettings().value("window/layout/network") is not None
    again = open_window()
    assert again.run_bar.speed.value() == 37
    assert again.controller.scenario.mode == "surface"  # a given scenario wins
    assert again.reopen_last()
    s = again.controller.scenario
    assert (s.mode, s.title, again.controller.run.k) == ("network", "my net", 3)
    assert "3" in again.statusBar().currentMessage()


def test_the_last_file_is_reopened_only_if_it_still_exists(settings_file, open_window,
                                                          tmp_path):
    w = open_window()
    path = tmp_path / "mine.json"
    w.controller.step()
    assert w.file_menu.save_to(path)
    w.close()
    again = open_window()
    assert again.reopen_last() and again.file_menu.path == path and again.controller.run.k == 1
    again.close()
    path.unlink()
    third = open_window()
    assert not third.reopen_last()
    assert third.controller.scenario == Scenario()


def test_each_mode_keeps_its_layout_and_reset_layout_restores_the_default(settings_file,
                                                                         open_window, qtbot):
    from PySide6.QtCore import QSettings

    w = open_window()
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    assert w.docks["loss"].isVisible()
    w.docks["loss"].hide()
    w.lessons.dock.show()  # a lesson dock left open is not restored empty
    w.close()
    again = open_window()
    qtbot.waitUntil(lambda: again.docking.restored_mode == "surface")
    assert not again.docks["loss"].isVisible()  # as it was left
    assert not again.lessons.dock.isVisible()
    again.view_menu.reset_layout_action.trigger()
    assert again.docks["loss"].isVisible() and again.settings_dock.isVisible()
    assert QSettings().value("window/layout/surface") is None


@pytest.mark.parametrize("garbage", [b"\x00\xff\xfe garbage [[[ \n==\n\x01\x02",
                                     b"[General\nwindow/geometry=@ByteArray(\n"])
def test_a_corrupt_settings_file_is_ignored_with_a_message(settings_file, open_window, qtbot,
                                                          garbage):
    from pathlib import Path

    Path(settings_file).parent.mkdir(parents=True, exist_ok=True)
    Path(settings_file).write_bytes(garbage)
    w = open_window()
    assert w.run_bar.speed.value() == 10
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    assert "ignored" in w.statusBar().currentMessage()
    assert not w.reopen_last()


def test_values_of_the_wrong_type_are_ignored_and_named(settings_file, open_window, qtbot):
    from PySide6.QtCore import QSettings

    settings = QSettings()
    for key, value in {"window/geometry": "nonsense", "run/speed": "fast",
                       "window/layout/surface": 42, "session/scenario": "{not json",
                       "view/presentation_scale": "huge"}.items():
        settings.setValue(key, value)
    settings.sync()
    del settings
    w = open_window()
    qtbot.waitUntil(lambda: w.docking.restored_mode == "surface")
    assert w.run_bar.speed.value() == 10 and w.presentation.scale == 1.5
    message = w.statusBar().currentMessage()
    for key in ("window/geometry", "run/speed", "view/presentation_scale"):
        assert key in message
    assert w.docks["loss"].isVisible()  # the default layout
    assert not w.reopen_last()
    assert "session/scenario" in w.statusBar().currentMessage()


def test_the_title_names_the_program_the_mode_and_what_is_open(settings_file, open_window,
                                                              tmp_path):
    from gdsim.ui.i18n import set_language

    w = open_window(Scenario(title="the valley"))
    assert w.windowTitle() == "the valley — Surface: J(w1, w2) — gdsim"
    path = tmp_path / "class.json"
    w.controller.set_scenario(Scenario(mode="network"))
    assert w.file_menu.save_to(path)
    assert w.windowTitle() == "class.json — Network: backpropagation — gdsim"
    try:
        set_language("zh_CN")
        w.refresh_title()
        title = w.windowTitle()
        assert title.startswith("class.json") and "gdsim" in title
        assert "Network" not in title  # the mode's name in Chinese
    finally:
        set_language("en")
