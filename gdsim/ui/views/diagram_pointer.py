"""The network diagram's selection and chain-rule paths (`DiagramSelection`, a mixin of
NetworkDiagramView in diagram.py, which owns the items), and the mouse over it (`DiagramPointer`,
the view's `pointer`): what lies under a point, its tooltip, a click selecting it, and where a
neuron or an edge is on the screen (for tests and for placing the mouse)."""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip, QWidget

from gdsim.ui.views.diagram_layout import Geometry
from gdsim.ui.views.diagram_values import edge_tooltip, loss_tooltip, neuron_tooltip


class DiagramSelection:
    """The selected neuron or edge and the chain-rule paths, drawn on the diagram's items."""

    geom: Geometry | None
    selection: tuple | None
    paths: list[list[int]]
    radius: float
    graphics: Any
    sel_neuron: Any
    sel_edge: Any
    path_item: Any

    # -- selection and paths --------------------------------------------------------------------
    def set_selection(self, sel: tuple | None) -> None:
        """Show `sel` (("neuron", l, i) or ("edge", l, i, j), seed numbering) as selected."""
        self.selection = tuple(sel) if sel else None
        self._draw_selection()

    def _draw_selection(self) -> None:
        g, sel = self.geom, self.selection
        if g is None:
            return
        S = (0, *g.sizes, 0)  # S[l] is the seed's S_l; 0 outside the network
        if sel and sel[0] == "neuron" and 1 <= sel[2] <= S[min(max(sel[1], 0), len(S) - 1)]:
            t, i = sel[1] - 1, sel[2] - 1
            self.sel_neuron.setData([g.x[t]], [g.y[t][i]], size=2 * self.radius + 8)
        else:
            self.sel_neuron.setData([], [])
        if (sel and sel[0] == "edge" and 1 <= sel[1] < len(g.sizes)
                and 1 <= sel[2] <= S[sel[1] + 1] and 1 <= sel[3] <= S[sel[1]]):
            l0, i, j = sel[1] - 1, sel[2] - 1, sel[3] - 1
            self.sel_edge.setData([g.x[l0], g.x[l0 + 1]], [g.y[l0][j], g.y[l0 + 1][i]])
        else:
            self.sel_edge.setData([], [])

    def highlight_paths(self, paths: list) -> None:
        """Draw these paths: each a list of 1-based neuron indices in consecutive layers whose
        last one is in the output layer L; every path goes on to J (the chain rule, 3-20)."""
        self.paths = [list(p) for p in paths]
        self._draw_paths()

    def _draw_paths(self) -> None:
        if self.geom is not None:
            self.path_item.setData(*self.geom.path_segments(self.paths))

    def picture(self) -> QWidget:
        """The diagram and its colour bars without the controls above and the hint below: what
        an exported figure shows (gdsim.ui.export_window.ExportPicture)."""
        return self.graphics


class DiagramPointer(QObject):
    """The mouse over a NetworkDiagramView (`view`): hover shows what lies under it, a click
    selects a neuron or an edge (the view's `selected` signal).

    Hover reads the viewport's own events: every move (the scene's sigMouseMoved drops moves
    closer than 10 ms, so the one that came to rest on a neuron could be lost) and the tooltip
    event Qt sends once the mouse rests (the scene would answer it with no item's tooltip and
    hide the values). A double-click asks for the weight or the bias to be typed
    (`edit_requested`: ("edge", l, i, j) or ("neuron", l, i))."""

    edit_requested = Signal(object)

    def __init__(self, view: Any):
        """`view`: the NetworkDiagramView (its geometry, view box, items and snapshot); not
        imported here, as diagram.py imports this module."""
        super().__init__(view)
        self.view = view
        view.graphics.viewport().installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self.show_hover(event.position().toPoint(), event.globalPosition().toPoint())
        elif kind == QEvent.Type.ToolTip:  # the mouse rests: answered here, not by the scene
            self.show_hover(event.pos(), event.globalPos())
            return True
        return False

    # -- hover and click ------------------------------------------------------------------------
    def hit(self, scene_pos: QPointF) -> tuple | None:
        """What lies under a point of the scene: ("neuron", l, i), ("edge", l, i, j), ("J",)."""
        v = self.view
        if v.geom is None or not v.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = v.vb.mapSceneToView(scene_pos)
        ux, uy = v.vb.viewPixelSize()
        bands = [l0 for l0, band in v.bands.items() if band.isVisible()]
        return v.geom.hit(p.x(), p.y(), ux, uy, v.radius, bands, v.drawn)

    def hover_text(self, scene_pos: QPointF) -> str:
        """The tooltip for a point of the scene (what the mouse shows), or ""."""
        what, snap = self.hit(scene_pos), self.view.snapshot
        if what is None or snap is None:
            return ""
        if what[0] == "neuron":
            return neuron_tooltip(snap, what[1], what[2])
        if what[0] == "edge":
            return edge_tooltip(snap, what[1], what[2], what[3])
        return loss_tooltip(snap)

    def show_hover(self, pos: QPoint, screen_pos: QPoint) -> None:
        """The values of what lies under the viewport's point `pos` as its tooltip, or none."""
        text = self.hover_text(self.view.graphics.mapToScene(pos))
        if text:
            QToolTip.showText(screen_pos, text, self.view.graphics.viewport())
        else:
            QToolTip.hideText()

    def on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        what = self.hit(event.scenePos())
        if what is not None and what[0] in ("neuron", "edge"):
            self.view.set_selection(what)
            self.view.selected.emit(what)
            if event.double():  # its weight, or the neuron's bias, typed by hand
                self.edit_requested.emit(what)

    # -- for tests and for placing the mouse ----------------------------------------------------
    def neuron_scene_pos(self, l: int, i: int) -> QPointF:
        v = self.view
        assert v.geom is not None
        return v.vb.mapViewToScene(QPointF(*v.geom.neuron_at(l, i)))

    def edge_scene_pos(self, l: int, i: int, j: int, at: float = 0.5) -> QPointF:
        """A point `at` of the way along the edge w^l_ij."""
        v = self.view
        assert v.geom is not None
        x0, x1, y0, y1 = v.geom.edge_ends(l, i, j)
        return v.vb.mapViewToScene(QPointF(x0 + at * (x1 - x0), y0 + at * (y1 - y0)))

    def shown_neuron(self, l: int, i: int) -> tuple[str, QColor]:
        """The value printed on neuron a^l_i and its fill colour, read back from the items."""
        v = self.view
        k = int(np.flatnonzero((v.spot_t == l - 1) & (v.spot_i == i - 1))[0])
        text = v.values[k].toPlainText() if v.values else ""
        return text, QColor(v.neurons.data["brush"][k].color())
