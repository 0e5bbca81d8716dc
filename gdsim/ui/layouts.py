"""How each mode lays the window out: the views in the centre, the docks and how they group
and share the room, where a lesson stands, the status bar's words — and another layout for a
large window. The window and the export of "the whole window" both follow it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt

from gdsim.core.modes import Mode
from gdsim.core.naming import pretty_axis
from gdsim.ui.i18n import tr_noop
from gdsim.ui.text import fmt
from gdsim.ui.views import SurfaceLike


@dataclass(frozen=True)
class Layout:
    mode: Mode  # the mode it lays out
    title: str  # in the mode box of the toolbar
    panel: str  # its settings panel: "module.Class" in gdsim/ui, imported when first needed
    central: tuple[str, ...]  # the views in the centre (the 3-D view)
    area: Qt.DockWidgetArea  # where the docks go
    along: Qt.Orientation  # how the groups of docks sit beside each other
    groups: tuple[tuple[str, ...], ...]  # docks tabbed together; the first one in front
    shares: tuple[int, ...]  # the groups' shares along `along`
    depth: int  # the docks' extent across `along`, in pixels
    behind_settings: tuple[str, ...] = ()  # docks tabbed behind the settings
    beside: tuple[tuple[str, str], ...] = ()  # (a group's first dock, a dock put to its right)
    under: tuple[str, ...] = ()  # docks tabbed under the centre, between the columns beside it
    under_share: float = 0.0  # their height, a fraction of the window's
    opposite: tuple[str, ...] = ()  # docks tabbed in a column across the centre from the groups
    opposite_share: float = 0.0  # its width, a fraction of the window's
    settings_share: int = 0  # the settings' share beside the groups' (same area), 0: left alone
    lesson_right: bool = False  # the lesson dock on the right (else in the settings' tabs)
    data_views: tuple[str, str] | None = None  # in front for one sample, for a data set
    phases: bool = False  # whether an iteration can be stepped phase by phase
    digits: int = 6  # of the point in the status bar
    large: Layout | None = None  # the layout for a large window (LARGE and up), if another
    presenting: Layout | None = None  # the layout in presentation mode, if another

    def for_size(self, width: int, height: int) -> Layout:
        """The layout for a window of this size: `large` from LARGE up, else this one."""
        big = self.large is not None and width >= LARGE[0] and height >= LARGE[1]
        return self.large if big and self.large is not None else self

    @property
    def in_sight(self) -> tuple[str, ...]:
        """The views this mode shows at first (in the centre, in front of each group of docks,
        beside one, under the centre, across from them), in its small and its large layout:
        what a window's first frame needs."""
        layouts = (self, self.large) if self.large is not None else (self,)
        return tuple(dict.fromkeys(name for m in layouts for name in (
            *m.central, *(group[0] for group in m.groups), *(b for _, b in m.beside),
            *m.under[:1], *m.opposite[:1])))

    @property
    def docked(self) -> tuple[str, ...]:
        """Every view this layout has in a dock (the others' docks are hidden in it)."""
        return (*self.behind_settings, *(name for group in self.groups for name in group),
                *(b for _, b in self.beside), *self.under, *self.opposite)

    def point_text(self, view: SurfaceLike) -> str:
        """The status bar's point: "(w1, w2) = (-1.6, 2.2)" or the landscape's two weights."""
        p, d = view.points[0], self.digits
        names = ", ".join(pretty_axis(name) for name in view.surface.axes)
        return f"({names}) = ({fmt(p.w[0], d)}, {fmt(p.w[1], d)})"

    def gradient_text(self, view: SurfaceLike) -> str:
        return "" if self.phases else f"|grad J| = {fmt(view.points[0].grad_norm, 4)}"


Area, Along = Qt.DockWidgetArea, Qt.Orientation
LESSON_WIDTH = 340  # the lesson dock's width on the right (`lesson_right`)
LARGE = (1700, 950)  # a window from this size up lays network mode out without tabs
# Surface mode: the 3-D view in the centre, the loss curve under it (a curve over the steps wants
# width, and the 3-D view a pane about as wide as it is tall: in the whole height between the
# columns it was a tall column the surface stood small in), the direction explorer and the
# curvature panel behind the loss curve (what they show the contour draws: never behind it); on
# the right, the whole height, the contour (the α map behind it), the column wide enough that
# the box of the surface (−3 … 3 by −4 … 4) stands large at one scale; the trace behind the
# settings.
_SURFACE_SMALL = Layout(Mode.SURFACE, tr_noop("Surface: J(w1, w2)"),
                        "surface_panel.SurfacePanel", ("surface",),
                        Area.RightDockWidgetArea, Along.Vertical,
                        (("contour", "alpha_map"),), (1,), 430, behind_settings=("trace",),
                        under=("loss", "directions", "curvature"), under_share=0.34)
SURFACE_LAYOUT = replace(_SURFACE_SMALL, large=replace(_SURFACE_SMALL, depth=580))
# Network mode: as surface mode, the 3-D view (the landscape) over the loss curve; the diagram,
# the largest view (at least 40 % of the window at 1366×768 and 1920×1080), on the right the
# whole height; on the left the settings over the formula and its neighbours. The landscape stood
# in a 332 × 666 column between the diagram and the left column, its surface a band across it.
# The loss curve and the decision region are tabbed in a small window (the decision region
# comes to the front when a data set is loaded), side by side in a large one, where every view
# is in sight at once. A lesson stands on the right of the diagram.
_NETWORK_SMALL = Layout(Mode.NETWORK, tr_noop("Network: backpropagation"),
                        "network_panel.NetworkPanel", ("surface",),
                        Area.LeftDockWidgetArea, Along.Vertical,
                        (("formula", "chain", "gradcheck", "pytorch"),), (5,), 340,
                        settings_share=3, lesson_right=True,
                        under=("loss", "decision", "sharpness"), under_share=0.4,
                        opposite=("diagram",), opposite_share=0.54,
                        data_views=("loss", "decision"), phases=True, digits=4)
# Presenting, the formula's docks go behind the loss curve and the diagram takes their room: at
# 200 % its legends need some 880 px, which a 1366 px screen has only without the left column.
_NETWORK_PRESENTING = replace(_NETWORK_SMALL, groups=(), shares=(), settings_share=0,
                              under=(*_NETWORK_SMALL.under, *_NETWORK_SMALL.groups[0]),
                              under_share=0.5, opposite_share=0.7)
NETWORK_LAYOUT = replace(_NETWORK_SMALL, presenting=_NETWORK_PRESENTING, large=replace(
    _NETWORK_SMALL, groups=(("formula", "chain", "gradcheck", "pytorch", "sharpness"),),
    under=("loss",), beside=(("loss", "decision"),), depth=460, opposite_share=0.46,
    presenting=replace(_NETWORK_PRESENTING, opposite_share=0.6)))
LAYOUTS: dict[Mode, Layout] = {m.mode: m for m in (SURFACE_LAYOUT, NETWORK_LAYOUT)}
