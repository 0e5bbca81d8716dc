"""The views of the window, and how a snapshot reaches them — for the window and for export.

A ViewSet holds the views it is asked for (all of them for the window, one for an export of
one view), each built — and its module imported — the first time it is asked for: the window
builds the views its first frame shows and the others just after (a quicker first frame).
`render(snapshot)` hands each snapshot to every view built that draws it: a network snapshot to
the network views, and its loss landscape (a surface, rebuilt at most every LANDSCAPE_EVERY
seconds while playing) to the surface views; a view built later is handed the last one. A Mode
says how a mode lays the views out: the views in the centre, the docks and how they group, the
status bar's words.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gdsim.core.landscape import Landscape, LandscapeView
from gdsim.core.run import Snapshot
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.timing import Clock, real_clock
from gdsim.ui.views import SurfaceLike
from gdsim.ui.views.surface3d import Surface3DView, pretty_axis

if TYPE_CHECKING:
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


# Every view by name: its class (module.Class in gdsim/ui/views, imported when the view is
# first built), and whether it draws the surface or the network.
SURFACE_VIEWS = {
    "surface": "surface3d.Surface3DView", "contour": "contour.ContourView",
    "trace": "trace_table.TraceTableView", "loss": "loss_curve.LossCurveView",
    "directions": "directions.DirectionExplorer"}
NETWORK_VIEWS = {
    "diagram": "diagram.NetworkDiagramView", "formula": "formula.FormulaPanel",
    "chain": "paths_view.ChainRuleView", "gradcheck": "gradcheck.GradientCheckView",
    "decision": "digits_view.DecisionPlace", "pytorch": "pytorch_view.PyTorchView"}
ALL_VIEWS = (*SURFACE_VIEWS, *NETWORK_VIEWS)
TITLES = {"contour": "Contour", "loss": "Loss curve", "trace": "Trace",
          "directions": "Directions", "formula": "Formula", "chain": "Chain rule",
          "gradcheck": "Gradient check", "decision": "Decision region",
          "pytorch": "In PyTorch"}  # the docked views

# Views that speak to views, wired as soon as both are built: (view, its signal, view, slot).
LINKS = (
    # figure 3-10: the explorer's l drawn in the contour and the surface too
    ("directions", "angle_changed", "contour", "set_angle"),
    ("directions", "shown_changed", "contour", "set_directions_shown"),
    ("directions", "angle_changed", "surface", "set_angle"),
    ("directions", "shown_changed", "surface", "set_directions_shown"),
    # the chain rule's listed paths drawn in the diagram
    ("chain", "paths_changed", "diagram", "highlight_paths"),
)

V = TypeVar("V", bound=QWidget)


def view_class(name: str) -> type[QWidget]:
    """The class of the view called `name`, its module imported now if not before."""
    module, cls = (SURFACE_VIEWS.get(name) or NETWORK_VIEWS[name]).split(".")
    return cast(type[QWidget], getattr(importlib.import_module(f"gdsim.ui.views.{module}"), cls))


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

    def __init__(self, names: Iterable[str] = ALL_VIEWS, now: Iterable[str] | None = None, *,
                 clock: Clock = real_clock):
        self.names = tuple(names)
        self._clock = clock
        self.built: dict[str, QWidget] = {}  # the views built so far
        self.views = Views(self)
        self.watchers: list[Callable[[str, QWidget], None]] = []
        self.landscape = Landscape()
        self._landscape_built = -math.inf  # when the landscape was last rebuilt
        self._cost = 0.0  # seconds the last landscape took to build (or to find still valid)
        self.shown: SurfaceLike | None = None  # what the surface views drew last
        self.last: Snapshot | None = None  # the last state rendered
        self._docks_drawn = -math.inf  # when the 2-D views last drew
        for name in self.names if now is None else now:
            self.build(name)

    def build(self, name: str) -> QWidget:
        """The view `name`, built now if it was not: wired to the views it works with,
        announced to the watchers, and handed the last state rendered."""
        if name in self.built:
            return self.built[name]
        view = self.built[name] = view_class(name)()
        for sender, signal, receiver, slot in LINKS:
            if name in (sender, receiver) and sender in self.built and receiver in self.built:
                getattr(self.built[sender], signal).connect(getattr(self.built[receiver], slot))
        for watcher in self.watchers:  # first: the window tells it whether it can be seen
            watcher(name, view)
        if self.last is not None:
            if isinstance(self.last, NetworkSnapshot) and name in NETWORK_VIEWS:
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
        LANDSCAPE_EVERY seconds and the 2-D views draw at most every DOCKS_EVERY seconds;
        otherwise everything belongs to this very state."""
        now = self._clock()
        docks = not playing or now - self._docks_drawn >= DOCKS_EVERY
        if docks:
            self._docks_drawn = now
        self.last = snap
        surface: SurfaceLike
        if isinstance(snap, NetworkSnapshot):
            for name in NETWORK_VIEWS:
                if name in self.built and docks:
                    cast(View, self.built[name]).render(snap)
            surface = self._landscape_view(snap, playing)
        else:
            surface = snap
        for name in SURFACE_VIEWS:
            if name in self.built and (docks or name == "surface"):
                cast(View, self.built[name]).render(surface)
        self.shown = surface
        return surface

    def _landscape_view(self, snap: NetworkSnapshot, playing: bool) -> LandscapeView:
        now = self._clock()
        # A landscape that takes long to build (a large data set) is rebuilt less often: at
        # most a tenth of the time goes to it while playing.
        if playing and now - self._landscape_built < max(LANDSCAPE_EVERY, 10 * self._cost):
            return self.landscape.view(snap, reuse=True)
        self._landscape_built = now
        view = self.landscape.view(snap)
        self._cost = self._clock() - now
        return view


# ----------------------------------------------------------------------------------------------
# Modes: how each mode lays its views out and what its status bar says.


@dataclass(frozen=True)
class Mode:
    key: str  # the scenario's mode
    title: str  # in the mode box of the toolbar
    central: tuple[str, ...]  # the views in the centre, side by side
    area: Qt.DockWidgetArea  # where the docks go
    along: Qt.Orientation  # how the groups of docks sit beside each other
    groups: tuple[tuple[str, ...], ...]  # docks tabbed together; the first one in front
    shares: tuple[int, ...]  # the groups' shares along `along`
    depth: int  # the docks' extent across `along`, in pixels
    behind_settings: tuple[str, ...] = ()  # docks tabbed behind the settings
    beside: tuple[tuple[str, str], ...] = ()  # (a group's first dock, a dock put to its right)
    settings_share: int = 0  # the settings' share beside the groups' (same area), 0: left alone
    phases: bool = False  # whether an iteration can be stepped phase by phase
    digits: int = 6  # of the point in the status bar
    central_sizes: tuple[int, ...] = (2, 3)  # the central views' widths (pixels, scaled to fit)
    large: Mode | None = None  # the layout for a large window (LARGE and up), if another

    def for_size(self, width: int, height: int) -> Mode:
        """The layout for a window of this size: `large` from LARGE up, else this one."""
        big = self.large is not None and width >= LARGE[0] and height >= LARGE[1]
        return self.large if big and self.large is not None else self

    @property
    def in_sight(self) -> tuple[str, ...]:
        """The views this mode shows at first (in the centre, in front of each group of docks,
        beside one), in its small and its large layout: what a window's first frame needs."""
        layouts = (self, self.large) if self.large is not None else (self,)
        return tuple(dict.fromkeys(name for m in layouts for name in (
            *m.central, *(group[0] for group in m.groups), *(b for _, b in m.beside))))

    @property
    def docked(self) -> tuple[str, ...]:
        return (tuple(name for group in self.groups for name in group) + self.behind_settings
                + tuple(b for _, b in self.beside))

    def point_text(self, view: SurfaceLike) -> str:
        """The status bar's point: "(w1, w2) = (-1.6, 2.2)" or the landscape's two weights."""
        p, d = view.points[0], self.digits
        names = ", ".join(pretty_axis(name) for name in view.surface.axes)
        return f"({names}) = ({p.w[0]:.{d}g}, {p.w[1]:.{d}g})"

    def gradient_text(self, view: SurfaceLike) -> str:
        return "" if self.phases else f"|grad J| = {view.points[0].grad_norm:.4g}"


Area, Along = Qt.DockWidgetArea, Qt.Orientation
LARGE = (1700, 950)  # a window from this size up lays network mode out without tabs
SURFACE_MODE = Mode("surface", "Surface: J(w1, w2)", ("surface",), Area.RightDockWidgetArea,
                    Along.Vertical, (("contour",), ("loss", "directions")), (1, 1), 380,
                    behind_settings=("trace",))
# Network mode: the diagram is the largest view (at least 40 % of the window at 1366×768 and
# 1920×1080), the 3-D landscape beside it; the other docks stand in the left column under the
# settings: the formula, then the loss curve and the decision region — tabbed together in a
# small window (the decision region comes to the front when a data set is loaded), side by side
# in a large one, where every view is in sight at once.
_NETWORK_SMALL = Mode("network", "Network: backpropagation", ("surface", "diagram"),
                      Area.LeftDockWidgetArea, Along.Vertical,
                      (("formula", "chain", "gradcheck", "pytorch"), ("loss", "decision")),
                      (5, 3), 340, settings_share=3,
                      phases=True, digits=4, central_sizes=(300, 1200))
NETWORK_MODE = replace(_NETWORK_SMALL, large=replace(
    _NETWORK_SMALL,
    groups=(("formula", "chain", "gradcheck", "pytorch"), ("loss",)),
    beside=(("loss", "decision"),), settings_share=4,
    shares=(4, 4), depth=540, central_sizes=(470, 1300)))
MODES = {m.key: m for m in (SURFACE_MODE, NETWORK_MODE)}
