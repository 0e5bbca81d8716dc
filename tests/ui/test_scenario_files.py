"""File ▸ Save offers gdsim's own scenario file type (*.gdsim.json, the glob scripts/
install-desktop registers as application/x-gdsim-scenario); File ▸ Open takes any .json."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from gdsim.core.scenario import SCENARIO_SUFFIX, load_scenario


def test_save_offers_a_gdsim_json_name_and_open_takes_plain_json(make_window, monkeypatch,
                                                                 tmp_path):
    w = make_window()
    asked: list[tuple[str, str]] = []
    target = tmp_path / f"mine{SCENARIO_SUFFIX}"

    def save(parent, title, start, filters, *more):
        asked.append((start, filters))
        return str(target), filters.split(";;")[0]

    def open_(parent, title, start, filters, *more):
        asked.append((start, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    w.file_menu.save_as_action.trigger()
    start, filters = asked[0]
    assert Path(start).name == f"scenario{SCENARIO_SUFFIX}"
    assert filters.split(";;")[0].endswith(f"(*{SCENARIO_SUFFIX})")
    assert load_scenario(target).mode == "surface"

    w.file_menu.open_action.trigger()
    start, filters = asked[1]
    assert Path(start) == tmp_path  # where the scenario was saved
    first = filters.split(";;")[0]
    assert f"*{SCENARIO_SUFFIX}" in first and "*.json" in first
