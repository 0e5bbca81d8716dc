"""Issue 19, numbers never cut, in presentation mode: the window at 150 % and 200 %, every dock
brought to the front in turn — no text in sight is cut or elided, no tick label drawn on
another, no tick a colour bar asked for left out (tests/ui/legibility.py says what each of
those means). The other states, at 1366 × 768 and 1920 × 1080 in both languages, are
tests/ui/test_layout.py's (`test_nothing_is_cut_or_drawn_over`). And the docks' titles are
painted as much larger as the font (Qt painted them in the font the application had when the
dock was made)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gdsim.core.scenario import Scenario
from gdsim.ui import i18n
from tests.ui.legibility import illegible
from tests.ui.test_language_switch import bring_to_front, example, settled, steps

STATES = {
    "surface at k = 20": (Scenario, steps(20)),
    "figure 3-16 in the backward pass": (example("fig-3-16-network"), steps(0, 3)),
}


def everything_illegible(window, qtbot) -> set[str]:
    """What illegible() finds with each dock in front in turn."""
    found: set[str] = set()
    for dock in [window.settings_dock, *window.docks.values()]:
        if dock.isVisible():
            bring_to_front(dock, qtbot)
            QApplication.processEvents()
            found |= set(illegible(window))
    return found


@pytest.fixture
def opened(make_window, qtbot):
    def open_in(language: str, state: str, size: tuple[int, int]):
        scenario, walk = STATES[state]
        i18n.set_language(language)
        window = make_window(scenario())
        window.resize(*size)
        qtbot.waitUntil(lambda: window.docking.layout is not None)
        walk(window, qtbot)
        return settled(window, qtbot)

    yield open_in
    i18n.set_language("en")


@pytest.mark.parametrize("percent, state", [
    (150, "surface at k = 20"), (200, "surface at k = 20"),
    (150, "figure 3-16 in the backward pass"),
    (200, "figure 3-16 in the backward pass")])
def test_no_text_is_cut_in_presentation_mode(opened, qtbot, state, percent):
    window = opened("en", state, (1366, 768))
    docks = [d for d in window.docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()
             and not set(d.windowTitle()) & set("gjpqy,")]  # no descender: ink is cap height
    before = {d.objectName(): title_ink(d) for d in docks}
    window.presentation.set_size(percent)
    window.presentation.enter()
    try:
        qtbot.waitUntil(lambda: window.presentation.settled, timeout=20_000)
        settled(window, qtbot)
        grown = {d.objectName(): title_ink(d) / before[d.objectName()] for d in docks}
        assert docks and all(abs(g - percent / 100) < 0.2 for g in grown.values()), grown
        assert sorted(everything_illegible(window, qtbot)) == []
    finally:
        window.presentation.leave()


def title_ink(dock) -> int:
    """How many rows of pixels a dock's title's letters cover, as painted: over its title bar
    (above its widget), in the left part (not the float and close buttons)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    dock.repaint()
    bar = dock.grab(QRect(0, 0, dock.width() // 2, dock.widget().geometry().top()))
    image = bar.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y).value() < 110 for x in range(image.width()))]
    return rows[-1] - rows[0] + 1 if rows else 0
