"""The views of the window, and how a snapshot reaches them — for the window and for export.

A ViewSet holds the views it is asked for (all of them for the window, one for an export of
one view), each built — and its module imported — the first time it is asked for: the window
builds the views its first frame shows and the others just after (a quicker first frame).
`render(snapshot)` hands each snapshot to every view built that draws it: a network snapshot to
the network views, and its loss landscape (a surface, rebuilt at most every LANDSCAPE_EVERY
seconds while playing) to the surface views; a view built later is handed the last one. Which
views there are is the registry's (gdsim/ui/registry.py); how a mode lays them out, its layout's
(gdsim/ui/layouts.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtWidgets import QWidget

from gdsim.core.modes import Mode
from gdsim.core.run import Snapshot, SurfaceSnapshot
from gdsim.ui.registry import VIEWS
from gdsim.ui.timing import Clock, real_clock
from gdsim.ui.views import SurfaceLike
from gdsim.ui.views.surface3d import Surface3DView

if TYPE_CHECKING:
    from gdsim.core.landscape import Landscape, LandscapeView
    from gdsim.core.training import NetworkSnapshot
    from gdsim.ui.views.contour import ContourView
    from gdsim.ui.views.diagram import NetworkDiagramView
    from gdsim.ui.views.directions import DirectionExplorer
    from gdsim.ui.views.formula import FormulaPanel
    from gdsim.ui.views.loss_curve import LossCurveView
    from gdsim.ui.views.paths_view import ChainRuleView
    from gdsim.ui.views.trace_table import TraceTableView

LANDSCAPE_EVERY = 0.5  # while playing, rebuild the loss landscape at most this often (s)
# While playing, the 3-D view draws every state it is handed (play is paced by its frames) and
# the 2-D views at most this often: repainting every dock on every frame halved network-mode
# play. Paused, every view draws every state (the controller hands the last one again).
DOCKS_EVERY = 1 / 25
# The views of text and tables (the formula with its numbers, the chain rule's paths, the
# gradient check, the PyTorch code) draw at most this often while playing: no one reads them at
# 25 Hz, and typesetting them each time cost more than the diagram. Paused, they draw at once.
TEXT_VIEWS = ("formula", "chain", "gradcheck", "pytorch")
TEXT_EVERY = 0.5
# The window's own words while playing (the step counter, the status line, the phase): at most
# this often. Each new text asked the whole window for a new layout, on every frame.
BARS_EVERY = 0.1


# The views that draw a surface (a network's landscape seen as one) and those that draw a
# network snapshot, in the registry's order.
SURFACE_VIEWS = tuple(name for name, v in VIEWS.items() if v.draws is Mode.SURFACE)
NETWORK_VIEWS = tuple(name for name, v in VIEWS.items() if v.draws is Mode.NETWORK)

# Views that speak to views, wired as soon as both are built: (view, its signal, view, slot).
LINKS = (
    # figure 3-10: the explorer's l drawn in the contour and the surface too
    ("directions", "angle_changed", "contour", "set_angle"),
    ("directions", "shown_changed", "contour", "set_directions_shown"),
    ("directions", "angle_changed", "surface", "set_angle"),
    ("directions", "shown_changed", "surface", "set_directions_shown"),
    # the local quadratic's eigen-directions drawn in the contour while the curvature is shown
    ("curvature", "shown_changed", "contour", "set_curvature_shown"),
    # the chain rule's listed paths drawn in the diagram
    ("chain", "paths_changed", "diagram", "highlight_paths"),
)

V = TypeVar("V", bound=QWidget)


class View(Protocol):
    """What every view does (its `render` shadows QWidget.render, which gdsim never calls)."""

    def render(self, snapshot: Any) -> None: ...


class Views(Mapping[str, QWidget]):
    """The view set's views by name; a view not built yet is built when it is looked up."""

    def __init__(self, owner: ViewSet):
        self.owner = owner

    def __getitem__(self, name: str) -> QWidget:
        if name not in self.owner.names:
            raise KeyError(name)
        return self.owner.build(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.owner.names)

    def __len__(self) -> int:
        return len(self.owner.names)


class ViewSet:
    """The views named (default: all); those in `now` (default: all) built at once, each of
    the others when first asked for (`views[name]`, a property, `build`, `build_all`);
    `render(snapshot)` draws one state in the views built; `clock` (gdsim.ui.timing) paces
    the docks and the landscape while playing."""

    def __init__(self, names: Iterable[str] = tuple(VIEWS), now: Iterable[str] | None = None, *,
                 clock: Clock = real_clock):
        self.names = tuple(names)
        self._clock = clock
        self.built: dict[str, QWidget] = {}  # the views built so far
        self.views = Views(self)
        self.watchers: list[Callable[[str, QWidget], None]] = []
        self._landscape_built = -math.inf  # when the landscape was last rebuilt
        self._cost = 0.0  # seconds the last landscape took to build (or to find still valid)
        self.shown: SurfaceLike | None = None  # what the surface views drew last
        self.last: Snapshot | None = None  # the last state rendered
        self._drawn: dict[str, float] = {}  # when each paced part ("docks", …) last drew
        for name in self.names if now is None else now:
            self.build(name)

    def build(self, name: str) -> QWidget:
        """The view `name`, built now if it was not: wired to the views it works with,
        announced to the watchers, and handed the last state rendered."""
        if name in self.built:
            return self.built[name]
        view = self.built[name] = VIEWS[name].view_class()()
        for sender, signal, receiver, slot in LINKS:
            if name in (sender, receiver) and sender in self.built and receiver in self.built:
                getattr(self.built[sender], signal).connect(getattr(self.built[receiver], slot))
        for watcher in self.watchers:  # first: the window tells it whether it can be seen
            watcher(name, view)
        if self.last is not None:
            if not isinstance(self.last, SurfaceSnapshot) and name in NETWORK_VIEWS:
                cast(View, view).render(self.last)
            elif name in SURFACE_VIEWS and self.shown is not None:
                cast(View, view).render(self.shown)
        return view

    def build_all(self) -> None:
        for name in self.names:
            self.build(name)

    def watch(self, watcher: Callable[[str, QWidget], None]) -> None:
        """Call `watcher(name, view)` for each view built so far and each built later."""
        self.watchers.append(watcher)
        for name, view in list(self.built.items()):
            watcher(name, view)

    def get(self, name: str, cls: type[V]) -> V:
        view = self.build(name)
        assert isinstance(view, cls)
        return view

    # The views the window wires to its controls.
    @property
    def surface3d(self) -> Surface3DView:
        return self.get("surface", Surface3DView)

    @property
    def diagram(self) -> NetworkDiagramView:
        return cast("NetworkDiagramView", self.build("diagram"))

    @property
    def contour(self) -> ContourView:
        return cast("ContourView", self.build("contour"))

    @property
    def trace(self) -> TraceTableView:
        return cast("TraceTableView", self.build("trace"))

    @property
    def loss(self) -> LossCurveView:
        return cast("LossCurveView", self.build("loss"))

    @property
    def directions(self) -> DirectionExplorer:
        return cast("DirectionExplorer", self.build("directions"))

    @property
    def chain(self) -> ChainRuleView:
        return cast("ChainRuleView", self.build("chain"))

    @property
    def formula(self) -> FormulaPanel:
        return cast("FormulaPanel", self.build("formula"))

    def render(self, snap: Snapshot, playing: bool = False) -> SurfaceLike:
        """Draw `snap` in every view built; return what the surface views drew (a network
        snapshot's loss landscape). While `playing` the landscape is rebuilt at most every
        LANDSCAPE_EVERY seconds, the 2-D views draw at most every DOCKS_EVERY seconds and
        the TEXT_VIEWS every TEXT_EVERY; otherwise everything belongs to this very state."""
        docks, text = self.due("docks", DOCKS_EVERY, playing), self.due("text", TEXT_EVERY, playing)
        self.last = snap
        surface: SurfaceLike
        if isinstance(snap, SurfaceSnapshot):
            surface = snap
        else:
            for name in NETWORK_VIEWS:
                if name in self.built and (text if name in TEXT_VIEWS else docks):
                    cast(View, self.built[name]).render(snap)
            surface = self._landscape_view(snap, playing)
            if snap.hidden:
                surface = replace(surface, hidden=snap.hidden)
        for name in SURFACE_VIEWS:
            if name in self.built and (docks or name == "surface"):
                cast(View, self.built[name]).render(surface)
        self.shown = surface
        return surface

    def due(self, part: str, every: float, playing: bool) -> bool:
        """Whether `part`, drawn at most every `every` seconds while playing, draws now
        (paused: always); if so, it counts as drawn now."""
        now = self._clock()
        if playing and now - self._drawn.get(part, -math.inf) < every:
            return False
        self._drawn[part] = now
        return True

    @cached_property
    def landscape(self) -> Landscape:
        """Network mode's loss landscape, made (its module imported) when first asked for:
        network mode's modules are not imported at start (gdsim.core.run._training)."""
        from gdsim.core.landscape import Landscape

        return Landscape()

    def _landscape_view(self, snap: NetworkSnapshot, playing: bool) -> LandscapeView:
        now = self._clock()
        # A landscape that takes long to build (a large data set) is rebuilt less often: at
        # most a tenth of the time goes to it while playing.
        if playing and now - self._landscape_built < max(LANDSCAPE_EVERY, 10 * self._cost):
            return self.landscape.view(snap, reuse=True, playing=True)
        self._landscape_built = now
        view = self.landscape.view(snap, playing=playing)  # paused: drawn again finer
        self._cost = self._clock() - now
        return view
