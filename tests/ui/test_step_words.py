"""One convention for steps and states: the state shown is θ_k at step k, one iteration goes
from θ_k to θ_{k+1}. Every place that names the state or the iteration — the status bar, the
toolbar, the diagram's header, the formula panel, an exported picture and window — says it
the same way for the same state, in both languages; the status bar says what the run is doing."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path


@pytest.fixture(autouse=True)
def english():
    """Each test in English unless it switches; English again after it."""
    from gdsim.ui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


def plain(html: str) -> str:
    """A rich text as read: tags out, entities in."""
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html)).replace("\xa0", " ")


def words(window) -> dict[str, str]:
    """Every text of the window that names the state or the iteration it stands in."""
    views = window.views
    return {"status bar": window.status_line.k.text(),
            "diagram": plain(views.diagram.phase.text()),
            "toolbar": window.run_bar.phase_label.text(),
            "formula": views.formula.plain_text().split("\n")[0]}


def exported(scenario, k: int) -> dict[str, str]:
    """What an export of state k says: a picture of the diagram, and the whole window."""
    from gdsim.ui.export import FrameRenderer

    out = {}
    for view in ("diagram", "window"):
        renderer = FrameRenderer(scenario, view, (1000, 700))
        try:
            renderer.image(k)
            out[f"export of the {view}"] = " ".join(
                plain(label.text()) for label in renderer.target.findChildren(QLabel)
                if label.isVisibleTo(renderer.target))
        finally:
            renderer.close()
    return out


@pytest.mark.parametrize("lang, state, iteration", [
    ("en", "step k = {k}", "one iteration: θ{a} → θ{b}"),
    ("zh_CN", "步数 k = {k}", "一次迭代：θ{a} → θ{b}"),
])
def test_every_place_names_the_state_and_the_iteration_alike(make_window, qtbot, lang, state,
                                                             iteration):
    from gdsim.core.naming import subscript
    from gdsim.ui.language import switch_language

    window = make_window(load_scenario(example_path("fig-3-16-network")).with_step(3))
    switch_language(window, lang)
    views = window.views
    views.build_all()
    qtbot.waitUntil(lambda: views.diagram.snapshot is not None and views.formula.isVisible())
    k3, it = state.format(k=3), iteration.format(a=subscript(3), b=subscript(4))
    said = words(window) | exported(window.controller.scenario, 3)
    assert said["status bar"] == k3
    for where, text in said.items():  # the state, as the status bar says it
        assert where == "toolbar" or k3 in text, (where, text)
    for where in ("diagram", "formula", "export of the window"):  # and the iteration from it
        assert it in said[where], (where, said[where])
    assert "θ₃ → θ₄" in said["toolbar"] and "θ₃" in said["export of the diagram"]
    everything = " ".join(said.values())
    assert "θ_" not in everything and "4 (" not in everything and "θ₄ →" not in everything
    assert state.format(k=4) not in everything
    # Inside the iteration (forward, layer 2) the state shown is still θ₃ at step k = 3.
    window.run_bar.fine_action.trigger()
    said = words(window)
    assert said["status bar"] == k3 and k3 in said["diagram"] and it in said["diagram"]
    assert state.format(k=4) not in " ".join(said.values())
    window.controller.step()  # the whole iteration: now θ₄ at step k = 4, everywhere
    k4 = state.format(k=4)
    said = words(window)
    assert said["status bar"] == k4 and k4 in said["diagram"]
    assert iteration.format(a=subscript(4), b=subscript(5)) in said["diagram"]


def run_text(window) -> str:
    return window.status_line.run.text()


def test_the_status_bar_says_what_the_run_is_doing(make_window, qtbot):
    window = make_window(Scenario())
    assert run_text(window) == "paused"  # never "running" while it stands still
    window.controller.play()
    assert run_text(window) == "playing"
    window.controller.pause()
    assert run_text(window) == "paused"
    window.controller.seek(200)  # the default surface converges at step 72 on the way
    assert run_text(window) == "✓ converged at step 72 (|grad J| < 1e-06)"
    window.controller.set_scenario(Scenario(max_steps=5))
    window.controller.seek(5)
    assert run_text(window) == "step limit reached"
    window.controller.set_scenario(load_scenario(example_path("diverging-lr")))
    window.run_bar.speed.setValue(500)
    window.controller.play()
    qtbot.waitUntil(lambda: not window.controller.playing, timeout=20_000)
    at = window.controller.snapshot().status.at
    assert run_text(window).startswith(f"⚠ diverged at step {at}")
    assert "last finite state" in run_text(window)
