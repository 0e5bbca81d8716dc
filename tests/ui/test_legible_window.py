"""Issue 19, numbers never cut, in presentation mode: the window at 150 % and 200 %, every dock
brought to the front in turn — no text in sight is cut or elided, no tick label drawn on
another, no tick a colour bar asked for left out (tests/ui/legibility.py says what each of
those means). The other states, at 1366 × 768 and 1920 × 1080 in both languages, are
tests/ui/test_layout.py's (`test_nothing_is_cut_or_drawn_over`)."""

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


CROWDED = pytest.mark.xfail(strict=True, reason=(
    "network mode at 200 % on the test's 1600×1000 screen: the chain rule's note, the loss "
    "curve's axis title and the diagram's colour-bar ticks have too little room — the docks' "
    "layout in presentation mode (issue 19, part B)"))


@pytest.mark.parametrize("percent, state", [
    (150, "surface at k = 20"), (200, "surface at k = 20"),
    (150, "figure 3-16 in the backward pass"),
    pytest.param(200, "figure 3-16 in the backward pass", marks=CROWDED)])
def test_no_text_is_cut_in_presentation_mode(opened, qtbot, state, percent):
    window = opened("en", state, (1366, 768))
    window.presentation.set_size(percent)
    window.presentation.enter()
    try:
        qtbot.waitUntil(lambda: window.presentation.settled, timeout=20_000)
        settled(window, qtbot)
        assert sorted(everything_illegible(window, qtbot)) == []
    finally:
        window.presentation.leave()
