"""The layout test of issue 19: the window at 1366 × 768 and 1920 × 1080, in English and Chinese,
in the states a student meets — the default surface at k = 0, 20 and 72, the diverging example
after it diverges, figure 3-16 at each phase of iteration 1, digits after 30 steps and in the
forward pass that follows, the first page of every lesson, presentation at 150 % and 200 % —
with every dock, the settings' too, brought to the front in turn.

`test_the_window_is_composed_for_its_screen` asserts what the layout owes each state: the
window inside the screen's available area, the 3-D view's pane about as wide as it is tall or
wider (the loss curve under it, no tall column) and its surface filling it, the contour's
range the surface's own at one scale (or only as wide as its labels need), the
view a lesson page talks about the largest of the docks beside the centre, the trace's
headers over its own columns. `test_nothing_is_cut_or_drawn_over` asserts what the reader
gets: no text cut, no tick label on another or left out (tests/ui/legibility.py), no two
labels of the contour or the diagram on each other.

One window per size and language goes through the states in order (`Windows`, `case`), each
state visited once for both tests; `go_to` takes it there from the state a window opens in, so
a state's checks do not depend on the one before (what leaving a state leaves behind is
checked too: leaving presentation mode after a network once showed the network's docks)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdsim.core.lessons import load_lessons
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path
from tests.ui import legibility as L

SIZES = [(1366, 768), (1920, 1080)]
LANGUAGES = ["en", "zh_CN"]
LESSONS = [lesson.id for lesson in load_lessons()[0]]
STATES = ["surface-0", "surface-20", "surface-72", "diverged", "network-forward",
          "network-backward", "network-update", "digits-30", "digits-30-forward",
          *(f"lesson-{i}" for i in LESSONS),
          "presentation-150", "presentation-200"]


WHERE: dict[int, str] = {}  # the state each window was last put in, by its id


def go_to(w, qtbot, state: str) -> None:
    """Put the window `w` in `state`, laid out and drawn, from the state a window opens in:
    out of presentation mode, no lesson open, and the default surface for the states of
    surface mode (the others open their own scenario). Nothing to do if it is there."""
    was = WHERE.get(id(w))
    if was == state:
        return
    WHERE[id(w)] = state
    c = w.controller
    if w.presentation.active:
        w.presentation.leave()
        qtbot.waitUntil(lambda: w.presentation.settled)
    if not w.lessons.dock.isHidden():
        w.lessons.dock.close()
    if state.startswith(("surface-", "presentation-")):
        c.set_scenario(Scenario())
    if state.startswith("surface-"):
        c.seek(int(state.split("-")[1]))
    elif state == "diverged":
        c.set_scenario(load_scenario(example_path("diverging-lr")))
        qtbot.waitUntil(lambda: w.docking.layout is not None)
        c.seek(c.scenario.max_steps)
        qtbot.waitUntil(lambda: c.snapshot().status.diverged)
    elif state.startswith("network-"):
        c.set_scenario(load_scenario(example_path("fig-3-16-network")))
        qtbot.waitUntil(lambda: w.docking.layout is not None and w.docking.layout.phases)
        for _ in range(("forward", "backward", "update").index(state.split("-")[1]) + 1):
            w.run_bar.fine_action.trigger()
    elif state == "digits-30":
        c.set_scenario(load_scenario(example_path("digits")))
        qtbot.waitUntil(lambda: w.docking.layout is not None and w.docking.layout.phases)
        c.seek(30)
    elif state == "digits-30-forward":  # one phase on from digits-30 (what the step computes)
        if was != "digits-30":
            go_to(w, qtbot, "digits-30")
            WHERE[id(w)] = state
        w.run_bar.fine_action.trigger()
    elif state.startswith("lesson-"):
        lesson = {x.id: x for x in load_lessons()[0]}[state.split("-", 1)[1]]
        w.lessons.open(lesson, 0)
        qtbot.waitUntil(lambda: w.lessons.last_flash is not None)
    elif state.startswith("presentation-"):
        w.presentation.set_size(int(state.split("-")[1]))
        w.presentation.enter()
        qtbot.waitUntil(lambda: w.presentation.settled)
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    qtbot.wait(50)  # the layout's queued passes (resizes, a lesson page's room) are done


class Windows:
    """The one window these tests have open: for a screen size and language, opened in that
    language on a screen of that size and filling it; asked for another, it closes it and
    opens that one. Opening a window for each state took most of these tests' time."""

    def __init__(self, qapp, qtbot, patch: pytest.MonkeyPatch):
        from PySide6.QtCore import QRect

        import gdsim.ui.lesson_dock
        import gdsim.ui.window_state

        self.qapp, self.qtbot, self.patch = qapp, qtbot, patch
        self.open: tuple[tuple[int, int], str, object] | None = None
        self.screen = (1366, 768)
        patch.setattr(gdsim.ui.lesson_dock, "FLASH_MS", 3_600_000)
        patch.setattr(gdsim.ui.window_state, "available",
                      lambda window: QRect(0, 0, *self.screen))

    def get(self, size: tuple[int, int], language: str):
        from PySide6.QtCore import QSettings

        from gdsim.ui import i18n
        from gdsim.ui.app import make_app
        from gdsim.ui.main_window import MainWindow

        if self.open is not None and self.open[:2] == (size, language):
            return self.open[2]
        self.close()
        make_app()
        self.qapp.setOrganizationName("gdsim-tests")
        QSettings().clear()
        i18n.set_language(language)
        self.screen = size
        w = MainWindow(Scenario())
        self.open = size, language, w
        self.patch.setattr(w, "showFullScreen", lambda: None)  # a class's screen: filled
        w.resize(1280, 720)
        with self.qtbot.waitExposed(w):
            w.show()
        w.resize(*size)
        self.qtbot.waitUntil(lambda: w.size().toTuple() == size and w.docking.layout is not None)
        return w

    def close(self) -> None:
        from PySide6.QtCore import QEvent

        from gdsim.ui import i18n

        if self.open is None:
            return
        w = self.open[2]
        w.presentation.leave()
        self.qtbot.waitUntil(lambda: w.presentation.settled)
        self.qapp.processEvents()  # the layout queued for the size left (resizeEvent)
        w.close()
        w.deleteLater()
        self.qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        i18n.set_language("en")
        self.open = None


@pytest.fixture(scope="module")
def windows(request, qapp, tmp_path_factory):
    from pytestqt.qtbot import QtBot

    with pytest.MonkeyPatch.context() as patch:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            patch.setenv(variable, str(tmp_path_factory.mktemp("xdg")))
        opened = Windows(qapp, QtBot(request), patch)
        try:
            yield opened
        finally:
            opened.close()


CASES = [(size, language, state) for size in SIZES for language in LANGUAGES
         for state in STATES]


@pytest.fixture(scope="module", params=CASES,
                ids=lambda c: f"{c[0][0]}x{c[0][1]}-{c[1]}-{c[2]}")
def case(request, windows):
    """A window in a state, put there once for both tests of it (the cases in order: one
    window per size and language, its states one after another)."""
    size, language, state = request.param
    w = windows.get(size, language)
    go_to(w, windows.qtbot, state)
    return w, state


@pytest.fixture
def window(case):
    return case[0]


@pytest.fixture
def state(case) -> str:
    return case[1]


def fronts(w, qtbot):
    """Each dock in sight brought to the front in turn, laid out: yields its name (the
    settings' dock, "settings", first)."""
    for name, dock in [("settings", w.settings_dock), *w.docks.items()]:
        if dock.isVisible():
            dock.raise_()
            view = dock.widget() if dock is w.settings_dock else w.views.build(name)
            qtbot.waitUntil(lambda d=dock, v=view: d.isFloating() or (
                not d.visibleRegion().isEmpty() and v.isVisible() and v.width() > 20))
            qtbot.wait(20)  # its layout's own pass
            yield name


def surface_fill(w) -> tuple[float, float]:
    """The fractions of the 3-D view's width and height its surface's projected box fills."""
    from gdsim.ui.views.axis_labels import screen_points
    from gdsim.ui.views.surface3d import box_points

    view = w.views.surface3d
    matrix, width, height = view._projection()
    points = screen_points(matrix, box_points(view), width, height)
    low, high = points.min(axis=0), points.max(axis=0)
    return float((high[0] - low[0]) / width), float((high[1] - low[1]) / height)


def test_the_window_is_composed_for_its_screen(window, state, qtbot):
    w = window
    size = w.size().toTuple()
    go_to(w, qtbot, state)
    from gdsim.ui.window_state import available

    assert available(w).contains(w.frameGeometry()), (w.frameGeometry(), size)
    fill = surface_fill(w)
    assert max(fill) >= 0.7  # the surface fills its pane
    page = w.lessons.panel.page if state.startswith("lesson-") else None
    pane, mode = w.views.surface3d.size(), w.controller.scenario.mode
    if not state.startswith("presentation") and (page is None or page.view == "surface"):
        aspect = pane.width() / pane.height()  # the 3-D view in the mode's own layout:
        if mode == "surface":  # not a tall column (467 × 696, the surface half its height)
            assert 1.0 <= aspect <= 1.8 and min(fill) >= 0.6, (pane, fill)
        else:  # the landscape: not a column either (332 × 666, the diagram beside it)
            assert 0.75 <= aspect <= 2.0, pane
    if page is not None and page.view in w.docks and page.view != "settings":
        dock = w.docks[page.view]
        main = w.docking.layout.opposite  # network mode's diagram, the whole height: the main
        beside = [d for n, d in w.docks.items() if d.isVisible() and d is not dock  # view, as
                  and not d.visibleRegion().isEmpty() and n not in main]  # in the centre before
        area_of = dock.width() * dock.height() * 1.05  # (a dock's least size may hold it)
        assert all(area_of >= d.width() * d.height() for d in beside), (
            page.view, area_of, [(d.objectName(), d.width(), d.height()) for d in beside])
    for name in fronts(w, qtbot):
        if name == "contour" and w.controller.scenario.mode == "surface":
            contour = w.views.contour
            (a0, a1), (b0, b1) = contour.plot.vb.viewRange()
            (x0, x1), (y0, y1) = contour.surface.bounds
            sx, sy = contour.plot.vb.viewPixelSize()
            assert abs(sx / sy - 1) < 0.02  # one scale on both axes
            assert b0 >= y0 - 0.05 * (y1 - y0) or a0 >= x0 - 0.05 * (x1 - x0)  # one fits
        if name == "trace":
            model = w.views.trace.model
            headers = [model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(model.columnCount())]
            assert headers[0] == "k" and "J" in headers
            shown = w.views.render(w.controller.snapshot())
            if model.rowCount():
                j = headers.index("J")
                k = min(w.controller.run.k, model.rowCount() - 1)
                value = float(model.index(k, j).data(Qt.ItemDataRole.ToolTipRole))
                assert value == pytest.approx(shown.points[0].J, rel=1e-9) or not np.isfinite(
                    shown.points[0].J)


def test_nothing_is_cut_or_drawn_over(window, state, qtbot):
    w = window
    go_to(w, qtbot, state)
    problems = []
    for name in fronts(w, qtbot):
        problems += [f"[{name} in front] {p}" for p in L.illegible(w)]
    scenes = [w.views.contour] + ([w.views.diagram.graphics] if "diagram" in w.views.built
                                  else [])
    for view in scenes:
        if L.seen(view):
            problems += [f"{a[0]!r} on {b[0]!r}" for a, b in L.overlaps(L.text_rects(view))]
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
