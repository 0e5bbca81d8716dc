"""What a lesson page holds still so that a class sees the same run: the settings it locks (α,
the start, the optimizer) and those it also hides from the settings panel. A page says
{"lock": ["lr"], "hide": ["optimizer"]} (a hidden setting is locked too); while the page is
shown, a change that would touch a locked setting (typed in the panel, a click on the contour
that moves the start, another mode) is refused with `locked_change`'s message.
"""

from __future__ import annotations

from typing import Any

from gdsim.core.errors import Message, Term
from gdsim.core.modes import Mode
from gdsim.core.scenario import Scenario

LOCKS = ("lr", "start", "optimizer")  # what a page may lock or hide, by its file key
LOCK_WORDS = {"lr": Term("α"), "start": Term("the start"), "optimizer": Term("the optimizer")}


def setting_of(scenario: Scenario, key: str) -> Any:
    """What a lock holds still in the scenario: its mode and that setting of every racer."""
    s, n = scenario.surface, scenario.network
    surface = scenario.mode is Mode.SURFACE
    if key == "lr":
        return scenario.mode, (s.lr, tuple(r.lr for r in s.racers)) if surface else n.lr
    if key == "start":
        return scenario.mode, (s.start, tuple(r.start for r in s.racers)) if surface else None
    return scenario.mode, (tuple((r.optimizer, sorted(r.hyper.items())) for r in s.racers)
                           if surface else (n.optimizer, sorted(n.hyper.items())))


def locked_change(locks: tuple[str, ...], before: Scenario, after: Scenario) -> Message | None:
    """Why `after` may not replace `before` on a page that locks `locks`, or None if it may."""
    for key in locks:
        if setting_of(before, key) != setting_of(after, key):
            return Message("{what} is locked on this lesson page, so that the whole class sees "
                           "the same run", what=LOCK_WORDS[key])
    return None
