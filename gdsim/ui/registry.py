"""Every view of the window, once: its class, which snapshot it draws, its title, and how File ▸
Export names it — keyed by core's names for the views (`gdsim/core/view_names.py`: the modes
each has something to show in, the pictures an export makes of it).

The view set builds views from here, the window makes a dock (and a View menu item) for each
view with a title, export and the export dialog offer the views that export, and a lesson may
point at any of them. A view's module is imported when the view is first built.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import cast

from PySide6.QtWidgets import QWidget

from gdsim.core import view_names
from gdsim.core.modes import Mode
from gdsim.core.view_names import ViewName
from gdsim.ui.i18n import tr_noop


@dataclass(frozen=True)
class ViewEntry:
    name: str  # core's name for it (view_names.VIEWS)
    cls: str  # "module.Class" in gdsim/ui/views
    draws: Mode  # the mode whose snapshot it draws (a surface view: a network's landscape too)
    title: str | None = None  # its dock's title (and View menu item); None: in the centre
    export_title: str | None = None  # its name in File ▸ Export, if it exports

    @property
    def core(self) -> ViewName:
        """What core knows of it: the modes it shows something in, what an export makes."""
        return view_names.VIEWS[self.name]

    def view_class(self) -> type[QWidget]:
        """Its class, its module imported now if not before."""
        module, cls = self.cls.split(".")
        return cast(type[QWidget], getattr(
            importlib.import_module(f"gdsim.ui.views.{module}"), cls))


VIEWS: dict[str, ViewEntry] = {v.name: v for v in (
    ViewEntry("surface", "surface3d.Surface3DView", Mode.SURFACE,
              export_title=tr_noop("3-D view")),
    ViewEntry("contour", "contour.ContourView", Mode.SURFACE, tr_noop("Contour"),
              tr_noop("contour view")),
    ViewEntry("diagram", "diagram.NetworkDiagramView", Mode.NETWORK, tr_noop("Network diagram"),
              tr_noop("network diagram")),
    ViewEntry("loss", "loss_curve.LossCurveView", Mode.SURFACE, tr_noop("Loss curve"),
              tr_noop("loss curve")),
    ViewEntry("trace", "trace_table.TraceTableView", Mode.SURFACE, tr_noop("Trace"),
              tr_noop("trace table")),
    ViewEntry("directions", "directions.DirectionExplorer", Mode.SURFACE, tr_noop("Directions")),
    ViewEntry("curvature", "curvature_view.CurvatureView", Mode.SURFACE, tr_noop("Curvature")),
    ViewEntry("alpha_map", "alpha_map_view.AlphaMapView", Mode.SURFACE, tr_noop("α map"),
              tr_noop("α map")),
    ViewEntry("formula", "formula.FormulaPanel", Mode.NETWORK, tr_noop("Formula")),
    ViewEntry("chain", "paths_view.ChainRuleView", Mode.NETWORK, tr_noop("Chain rule")),
    ViewEntry("gradcheck", "gradcheck.GradientCheckView", Mode.NETWORK, tr_noop("Gradient check")),
    ViewEntry("decision", "digits_view.DecisionPlace", Mode.NETWORK, tr_noop("Decision region")),
    ViewEntry("pytorch", "pytorch_view.PyTorchView", Mode.NETWORK, tr_noop("In PyTorch")),
    ViewEntry("sharpness", "sharpness_view.SharpnessView", Mode.NETWORK, tr_noop("Sharpness")),
)}

DOCKED = {name: v.title for name, v in VIEWS.items() if v.title is not None}  # name → title
# What File ▸ Export offers, in order: the whole window, then each view that exports.
EXPORT_TITLES = {view_names.WINDOW.name: tr_noop("the whole window"),
                 **{name: v.export_title for name, v in VIEWS.items() if v.export_title}}

