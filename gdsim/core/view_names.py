"""The window's views as core knows them: by name, with what a file or a command line may ask of
each — in which modes it has something to show, and which pictures an export makes of it alone.

A lesson page names the view it is about (`lessons.py`); an export names the view it draws
(`exporting.py`, `gdsim export --view`). Both are checked here, before any window exists. The
window's registry of views (`gdsim/ui/registry.py`: each view's class and title) is keyed by
these names; `tests/ui/test_registry.py` fails if the two disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from gdsim.core.errors import Term
from gdsim.core.modes import Mode

SURFACE_ONLY, NETWORK_ONLY, EVERY_MODE = (Mode.SURFACE,), (Mode.NETWORK,), tuple(Mode)
MODE_WORDS = {Mode.SURFACE: Term("surface mode"), Mode.NETWORK: Term("network mode")}


@dataclass(frozen=True)
class ViewName:
    name: str
    modes: tuple[Mode, ...]  # the modes whose state it draws (a network's landscape as a surface)
    exports: tuple[str, ...] = ()  # the formats an export writes of this view alone
    gl: bool = False  # drawn by OpenGL: exporting it needs a display


# In the order the window lists them (File ▸ Export, View's docks).
VIEWS: dict[str, ViewName] = {v.name: v for v in (
    ViewName("surface", EVERY_MODE, ("png",), gl=True),
    ViewName("contour", EVERY_MODE, ("png", "svg")),
    ViewName("diagram", NETWORK_ONLY, ("png", "svg")),
    ViewName("loss", EVERY_MODE, ("png", "svg")),
    ViewName("trace", SURFACE_ONLY, ("png",)),
    ViewName("directions", SURFACE_ONLY),
    ViewName("curvature", SURFACE_ONLY),
    ViewName("alpha_map", SURFACE_ONLY, ("png",)),
    ViewName("formula", NETWORK_ONLY),
    ViewName("chain", NETWORK_ONLY),
    ViewName("gradcheck", NETWORK_ONLY),
    ViewName("decision", NETWORK_ONLY),
    ViewName("pytorch", NETWORK_ONLY),
    ViewName("sharpness", NETWORK_ONLY),
)}

# What an export may draw: the whole window, or one view that exports.
WINDOW = ViewName("window", EVERY_MODE, ("png",), gl=True)
EXPORTS: dict[str, ViewName] = {WINDOW.name: WINDOW,
                                **{n: v for n, v in VIEWS.items() if v.exports}}
# Other names an export takes for a view: the SPEC's `--view table` is the trace.
ALIASES = {"table": "trace"}

# What a lesson page may point at: a view, or the settings.
SETTINGS = "settings"
LESSON_TARGETS = (*VIEWS, SETTINGS)
# What a lesson page may have the contour and 3-D views draw over J at the point: figure
# 3-13's vectors (OA, AP, OP, OQ) and figure 3-10's directions (V1, V2, l, −grad J).
OVERLAYS = ("vectors", "directions")
