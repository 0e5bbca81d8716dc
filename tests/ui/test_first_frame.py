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


def test_arrows_no_one_sees_at_first_are_built_when_turned_on(make_window, qtbot):
    """The window opens with figure 3-10's directions and H's eigen-directions off: their
    arrows (contour and 3-D view) are built, and drawn, when the direction explorer or the
    curvature panel comes into view."""
    w = make_window()
    contour, surface = w.views.contour, w.views.surface3d
    assert contour.directions == {} and contour.eigen == () and surface.directions == {}
    w.docks["directions"].raise_()
    qtbot.waitUntil(lambda: len(contour.directions) == 4
                    and all(v.line.isVisible() for v in contour.directions.values()))
    assert len(surface.directions) == 4
    assert all(item.visible() and item.pos is not None for item in surface.directions.values())
    w.docks["curvature"].raise_()
    qtbot.waitUntil(lambda: len(contour.eigen) == 2
                    and all(v.line.isVisible() for v in contour.eigen))


def test_the_contour_places_its_labels_once_per_state_drawn(qapp, show, monkeypatch):
    """Drawing a new surface moves the view's range and shape several times; the labels are
    placed once, when the state is drawn (they were placed eight times on the first frame)."""
    from gdsim.core.run import Run
    from gdsim.core.scenario import load_scenario
    from gdsim.examples import example_path
    from gdsim.ui.views import contour as module

    placed = []
    place = module.place
    monkeypatch.setattr(module, "place", lambda *a: placed.append(1) or place(*a))
    view = show(module.ContourView(), (600, 500))
    placed.clear()
    view.draw(Run(load_scenario(example_path("fig-3-13-step-vectors"))).seek(3))
    assert len(placed) == 1
    assert view.oa.text.isVisible()  # placed, and drawn


def test_docks_placed_before_the_window_is_shown_are_sized_not_placed_again(qapp, show, qtbot):
    """The window places its docks before it is shown and, once shown (sizes hold only then),
    sets their sizes: it took every dock out and put it back a second time."""
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    QSettings().clear()
    w = MainWindow(Scenario(), remember=False)
    assert w.docking.placed is LAYOUTS["surface"] and w.docking.layout is None
    removed = []
    w.removeDockWidget = removed.append  # what placing the docks anew begins with
    show(w, (1280, 720))
    qtbot.waitUntil(lambda: w.docking.layout is LAYOUTS["surface"])
    assert removed == [] and w.docking.shared_for == w.size()
    assert w.docks["contour"].width() > 400  # the layout's depth (430), set once shown


LAUNCH = """
import sys
from gdsim.cli.window import resolve_scenario
from gdsim.ui.app import make_app
from gdsim.ui.main_window import MainWindow
from gdsim.core.scenario import Scenario

NETWORK = ("gdsim.core.training", "gdsim.core.datasets", "gdsim.core.backprop",
           "gdsim.core.landscape", "gdsim.core.lessons")
make_app()
w = MainWindow(resolve_scenario(None)[0], remember=False)
w.show()
print(*[name for name in NETWORK if name in sys.modules])
w.controller.set_scenario(Scenario(mode="network"))
print(type(w.views.shown).__name__, "gdsim.core.training" in sys.modules)
"""


def test_the_surface_window_opens_without_network_modes_modules(tmp_path):
    """As `gdsim` launches it, the window (surface mode) is built and shown without importing
    network mode's modules or the lessons (gdsim.core.run._training says why); a network
    chosen then imports them and runs."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", LAUNCH], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-2:] == ["", "LandscapeView True"]


@pytest.mark.parametrize("which", ["gdsim", "bare"])
def test_the_first_frame_benchmark_stops_its_clock_at_a_presented_frame(which):
    """benchmarks/first_frame.py times launch → the 3-D view's first frame presented and the
    widgets painted, for gdsim and the bare window alike (not the first paint event, which the
    bare window's QOpenGLWidget is sent before it has an OpenGL context)."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    launched = time.time()
    out = subprocess.run([sys.executable, "-m", "benchmarks.first_frame", which, repr(launched)],
                         capture_output=True, text=True, env=dict(os.environ), timeout=120,
                         cwd=Path(__file__).parents[2])
    assert out.returncode == 0, out.stderr
    seconds, frames = out.stdout.split()
    assert 0 < float(seconds) < time.time() - launched
    assert int(frames) >= 1  # at least one frame presented when the clock stopped
