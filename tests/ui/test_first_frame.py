"""The window's first frame waits only for the views it shows; the others are built just after
it is presented (gdsim/ui/viewset.py ViewSet.build, main_window._build_the_rest)."""

import pytest

from gdsim.core.modes import Mode
from gdsim.core.scenario import Scenario
from gdsim.ui.layouts import LAYOUTS
from gdsim.ui.registry import VIEWS


def test_a_surface_window_builds_what_it_shows_first_and_the_rest_after(make_window, qtbot):
    w = make_window()  # shown and exposed; its first frame may not be presented yet
    in_sight = set(LAYOUTS["surface"].in_sight)
    assert in_sight == {"surface", "contour", "loss"}
    qtbot.waitUntil(lambda: Mode.NETWORK in w.panels.built, timeout=10000)  # built last
    assert set(w.views.built) == set(VIEWS)
    for name, dock in w.docks.items():
        assert dock.widget() is w.views.built[name]
    assert not w.views.built["diagram"].isVisible()  # surface mode: the diagram stays hidden


def test_a_view_built_late_shows_the_state_the_window_stands_at(qapp, qtbot):
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    QSettings().clear()
    w = MainWindow(Scenario(), remember=False)  # never shown: nothing built after a first frame
    qtbot.addWidget(w)
    assert set(w.views.built) == {"surface", "contour", "loss"}
    assert Mode.NETWORK not in w.panels.built
    for _ in range(3):
        w.controller.step()
    assert w.views.trace.model.rowCount() == 4  # built now, and handed θ0 … θ3
    assert w.docks["trace"].widget() is w.views.trace


def test_a_network_window_shows_its_diagram_formula_and_loss_at_once(qapp, qtbot):
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    QSettings().clear()
    w = MainWindow(Scenario(mode="network"), remember=False)
    qtbot.addWidget(w)
    assert {"surface", "diagram", "formula", "loss", "decision"} <= set(w.views.built)
    assert "pytorch" not in w.views.built and "chain" not in w.views.built
    assert w.docks["diagram"].widget() is w.views.diagram
    assert Mode.NETWORK in w.panels.built  # its settings are in sight


def test_presentation_builds_every_view_before_it_scales_them(qapp, qtbot):
    """However it is entered (F11, or View ▸ Presentation size while presenting), every view
    and the lesson panel exist before their fonts are scaled."""
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    QSettings().clear()
    w = MainWindow(Scenario(), remember=False)
    qtbot.addWidget(w)
    assert "diagram" not in w.views.built and w.lessons.built_panel is None
    w.presentation.enter()
    try:
        assert set(w.views.built) == set(VIEWS) and w.lessons.built_panel is not None
    finally:
        w.presentation.leave()


@pytest.mark.parametrize("first", ["chain", "diagram"])
def test_views_that_speak_to_views_are_wired_whichever_is_built_first(qapp, monkeypatch, first):
    from gdsim.ui.views.contour import ContourView
    from gdsim.ui.views.diagram import NetworkDiagramView
    from gdsim.ui.viewset import ViewSet

    heard: list[tuple[str, object]] = []
    monkeypatch.setattr(NetworkDiagramView, "highlight_paths",
                        lambda self, paths: heard.append(("diagram", paths)))
    monkeypatch.setattr(ContourView, "set_angle", lambda self, a: heard.append(("contour", a)))
    other = "diagram" if first == "chain" else "chain"
    views = ViewSet(("chain", "diagram", "directions", "contour"), now=(first, "contour"))
    views.build(other)
    views.build("directions")
    views.chain.paths_changed.emit([[1, 2]])
    views.directions.angle_changed.emit(30.0)
    assert heard == [("diagram", [[1, 2]]), ("contour", 30.0)]
