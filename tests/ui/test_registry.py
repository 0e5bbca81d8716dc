"""One registry of views (gdsim/ui/registry.py), keyed by core's names for them
(gdsim/core/view_names.py): the two agree, and every list of views — the view set's routing, the
docks, the layouts, File ▸ Export, `gdsim export --view`, a lesson's pages — comes from them."""

from __future__ import annotations

import pytest

from gdsim.cli import main
from gdsim.core import view_names
from gdsim.core.errors import GdsimError
from gdsim.core.exporting import ExportJob
from gdsim.core.lessons import LessonError, lesson_from_dict
from gdsim.core.modes import Mode
from gdsim.core.scenario import Scenario
from gdsim.ui.layouts import LAYOUTS
from gdsim.ui.registry import DOCKED, EXPORT_TITLES, VIEWS
from gdsim.ui.viewset import NETWORK_VIEWS, SURFACE_VIEWS


def test_the_window_and_core_name_the_same_views_in_the_same_order():
    assert list(VIEWS) == list(view_names.VIEWS)
    assert all(entry.name == name for name, entry in VIEWS.items())


def test_a_view_is_offered_by_export_exactly_when_core_exports_it():
    assert list(EXPORT_TITLES) == list(view_names.EXPORTS)
    for entry in VIEWS.values():
        assert (entry.export_title is not None) == bool(entry.core.exports), entry.name


def test_a_view_drawing_network_snapshots_shows_in_network_mode_only():
    for entry in VIEWS.values():
        if entry.draws == Mode.NETWORK:
            assert entry.core.modes == (Mode.NETWORK,), entry.name
        else:
            assert Mode.SURFACE in entry.core.modes, entry.name
    assert set(SURFACE_VIEWS) | set(NETWORK_VIEWS) == set(VIEWS)
    assert not set(SURFACE_VIEWS) & set(NETWORK_VIEWS)


def test_every_view_class_is_found():
    for entry in VIEWS.values():
        assert entry.view_class().__name__ == entry.cls.split(".")[1]


@pytest.mark.parametrize("mode", list(LAYOUTS))
def test_a_layout_places_only_views_of_its_mode_and_docks_only_views_with_a_title(mode):
    layout = LAYOUTS[mode]
    for one in (layout, layout.large) if layout.large else (layout,):
        docked = one.docked
        assert all(name in DOCKED for name in docked), docked
        assert all(name in VIEWS for name in one.central)
        assert all(mode in VIEWS[name].core.modes for name in (*one.central, *docked))


def test_an_export_checks_the_mode_of_the_view_it_draws():
    for name, view in view_names.EXPORTS.items():
        for mode in (Mode.SURFACE, Mode.NETWORK):
            job = ExportJob(Scenario(mode=mode), (0,), name)
            if mode in view.modes:
                job.check()
            else:
                only = f"view: {name} exists in {view.modes[0]} mode only"
                with pytest.raises(GdsimError, match=only):
                    job.check()


def test_table_is_the_trace_by_another_name(tmp_path, capsys):
    """The SPEC's `--view table` is the trace view."""
    assert ExportJob(Scenario(), (0,), "table").view == "trace"
    out = tmp_path / "trace.csv"
    assert main(["export", "--view", "table", "--steps", "0:2", "--out", str(out)]) == 0
    assert out.read_text().splitlines()[0].startswith("k,w1,w2,J")
    with pytest.raises(GdsimError, match="view: trace exists in surface mode only"):
        ExportJob(Scenario(mode="network"), (0,), "table").check()


def test_a_lesson_page_may_point_at_each_view_and_the_settings_only(tmp_path):
    def lesson(view: str) -> dict:
        return {"gdsim_lesson": 1, "id": "mine", "title": "Mine", "pages": [
            {"title": "One", "text": "Look.", "scenario": "fig-3-12-first-step", "view": view}]}

    for target in (*VIEWS, "settings"):
        assert lesson_from_dict(lesson(target), tmp_path / "l.json").pages[0].view == target
    with pytest.raises(LessonError, match="'table' is not a view"):
        lesson_from_dict(lesson("table"), tmp_path / "l.json")
