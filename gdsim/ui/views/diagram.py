"""The network diagram of figure 3-16: neurons a^l_i in columns (layer 1, the input, on the
left), the edges w^l_ij between them, and J on the right (sections 3.3.4-3.3.6).

Neurons are coloured by a, z or δ, edges by w, ∂J/∂w or Δw, each on its own diverging scale
centred on zero (orange negative, white zero, blue positive) with a numeric colour bar. While the
phases of an iteration are stepped the forward front moves right (a, z appear layer by layer,
3-18) and the backward front moves left (δ^L first, 3-37, then δ^l, 3-36, with ∂J/∂W^l, 3-34).

Numbering: list index t of a layer is the seed's layer t+1, list index l0 of a weight layer is
the seed's W^{l0+1}; everything the user sees or the signals carry is in the seed's numbering.

Speed: items are made once per network shape; a frame only recolours them. Edges are drawn in
BINS batches (one line item per colour bin), never one item per edge. Two layers joined by more
than WIDE edges show their weight matrix as a heat-map band (one cell per edge) and only the
STRONGEST edges as lines; layers of more than MAX_SHOWN neurons draw MAX_SHOWN of them.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsRectItem,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.training import NetworkSnapshot
from gdsim.ui.fields import WholeCombo
from gdsim.ui.i18n import tr
from gdsim.ui.style import finite
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.color_bar import LUT, Legends, color_of, recolour, scale_brushes
from gdsim.ui.views.diagram_digits import DigitsDecor, classes_out, image_side
from gdsim.ui.views.diagram_layout import MAX_SHOWN, STRONGEST, Geometry, Index, strongest
from gdsim.ui.views.diagram_marks import Marks
from gdsim.ui.views.diagram_pointer import DiagramPointer, DiagramSelection
from gdsim.ui.views.diagram_texts import PlainLabel, Printed
from gdsim.ui.views.diagram_values import (
    bias_values,
    complete,
    diagram_note,
    edge_quantity,
    edge_texts,
    edge_values,
    front_layers,
    layer_header,
    more_neurons,
    neuron_layers,
    neuron_name,
    neuron_quantity,
    neuron_values,
    phase_strip,
    short_text,
)
from gdsim.ui.views.label_spots import apart

Array = NDArray[np.float64]

BINS = 16  # colour bins of the edges: one line item each
VALUES_UP_TO = 40  # neurons in the network up to which names and values are printed
EDGE_VALUES_UP_TO = 40  # edges in the network up to which their values are printed
LEGEND_HEIGHT = 2.9  # of the colour legends under the network, in lines of text
GREY = QColor(222, 222, 222)
FRONT = QColor(255, 196, 0, 45)  # the translucent band on the layer being computed
PATH_PEN = pg.mkPen((140, 40, 190, 170), width=6)
NEURON_MODES = ("auto", "a", "z", "δ")
EDGE_MODES = ("auto", "w", "∂J/∂w", "Δw")
GREY_LUT = np.array([[GREY.red(), GREY.green(), GREY.blue()]] * 2, dtype=np.uint8)

class NetworkDiagramView(DiagramSelection, LazyRender, QWidget):
    """`render(snapshot)` draws a NetworkSnapshot; `selected` carries ("neuron", l, i) or
    ("edge", l, i, j) in the seed's numbering when the user clicks one."""

    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.phase = QLabel()
        self.phase.setTextFormat(Qt.TextFormat.RichText)
        self.phase.setWordWrap(True)  # the phase strip wraps rather than widen the window
        self.neuron_mode = WholeCombo([tr("follow the phase (a, then δ)"), tr("a  (activation)"),
                                       tr("z  (weighted input)"), "δ = ∂J/∂z"])
        self.edge_mode = WholeCombo([tr("follow the phase (w, ∂J/∂w, Δw)"), tr("w  (weight)"),
                                     tr("∂J/∂w  (gradient)"), tr("Δw  (last update)")])
        self.show_all = QCheckBox(tr("show all edges"))
        self.show_all.setToolTip(tr("Draw every edge as a line, also between wide layers "
                                    "(slower)"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        controls = QGridLayout()  # two short rows, so the diagram fits beside the 3-D view
        self.neurons_label, self.edges_label = QLabel(tr("Neurons:")), QLabel(tr("Edges:"))
        controls.addWidget(self.neurons_label, 0, 0)
        controls.addWidget(self.neuron_mode, 0, 1)
        controls.addWidget(self.edges_label, 1, 0)
        controls.addWidget(self.edge_mode, 1, 1)
        controls.addWidget(self.show_all, 1, 2)
        controls.setColumnStretch(3, 1)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setMinimumSize(300, 220)
        self.vb: pg.ViewBox = self.graphics.addViewBox(row=0, col=0, colspan=4)
        self.vb.setMouseEnabled(False, False)
        self.vb.setMenuEnabled(False)
        # One compact legend per quantity, side by side under the network.
        fh = QFontMetrics(self.font()).height()
        self.legends = Legends(self.graphics.ci, self.vb, 2, LEGEND_HEIGHT * fh, 7 * fh)
        self.neuron_bar, self.edge_bar = self.legends.bars
        self.graphics.ci.layout.setRowStretchFactor(0, 100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.phase)
        layout.addLayout(controls)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.note)

        self.geom: Geometry | None = None
        self.snapshot: Any = None
        self.selection: tuple | None = None
        self.paths: list[list[int]] = []
        self.radius = 10.0  # of a neuron, in pixels
        self._items: list[Any] = []
        self._strong: dict[tuple[int, str], tuple[Any, Index]] = {}
        self.drawn: list[tuple[int, Index | None]] = []  # edges drawn as lines: (l0, which)
        self._brushes = [QBrush(QColor(*(int(c) for c in rgb))) for rgb in LUT]
        self._grey, self._white = QBrush(GREY), QBrush(QColor("white"))
        self.printed = Printed()  # what the labels say
        self.inside = True  # whether the neurons' values are printed inside their circles
        self.vb.sigResized.connect(self._fit)
        self.pointer = DiagramPointer(self)  # hover (the viewport's events) and click
        self.graphics.scene().sigMouseClicked.connect(self.pointer.on_scene_clicked)
        for box in (self.neuron_mode, self.edge_mode):
            box.currentIndexChanged.connect(self._on_option_changed)
        self.show_all.toggled.connect(self._on_option_changed)

    # -- building, once per network shape ---------------------------------------------------------
    def _build(self, sizes: tuple[int, ...], classes: bool = False) -> None:
        for item in self._items:
            self.vb.removeItem(item)
        self._items, self._strong = [], {}
        self.printed.forget()
        g = self.geom = Geometry.of(sizes, classes)
        n_neurons = sum(sizes)

        def add(item: Any, z: float) -> Any:
            item.setZValue(z)
            self.vb.addItem(item)
            self._items.append(item)
            return item

        self.front = add(QGraphicsRectItem(), -10)
        self.front.setBrush(QBrush(FRONT))
        self.front.setPen(pg.mkPen(None))
        lines = sum(p * q for p, q, w in zip(sizes[:-1], sizes[1:], g.wide) if not w)
        smooth = lines + STRONGEST * sum(g.wide) <= 300  # antialiased thick lines are slow
        idle = pg.mkPen((190, 190, 190), width=1, style=Qt.PenStyle.DotLine)  # not computed yet
        self.idle = add(pg.PlotCurveItem(pen=idle, connect="pairs"), 0)
        self.bins = []
        for b in range(BINS):
            c = (b + 0.5) / BINS * 2 - 1  # the bin's centre on −1 … 1
            self.bins.append(add(pg.PlotCurveItem(connect="pairs", antialias=smooth,
                                                  segmentedLineMode="on",
                                                  skipFiniteCheck=True), 1 + abs(c)))
        self._thin: bool | None = None
        self._lines: tuple = (None, None, None)  # the edges drawn: their ends X, Y, their bins
        self._idle: list[int] | None = None  # the weight layers drawn as not computed yet
        self.bands: dict[int, pg.ImageItem] = {}
        for l0, wide in enumerate(g.wide):
            if wide:
                band = add(pg.ImageItem(axisOrder="col-major"), 3)
                self.bands[l0] = band
        spine_x, spine_y = [], []
        for t, s in enumerate(sizes):
            if s > MAX_SHOWN:
                spine_x += [g.x[t], g.x[t]]
                spine_y += [g.y[t][0], g.y[t][-1]]
        add(pg.PlotCurveItem(spine_x, spine_y, pen=pg.mkPen((150, 150, 150), width=2),
                             connect="pairs"), 0.5)
        out = g.y[-1][g.shown[-1]]
        self.j_edges = add(pg.PlotCurveItem(
            np.repeat([[g.x[-1], g.x_J]], len(out), 0).ravel(),
            np.column_stack([out, np.zeros_like(out)]).ravel(),
            pen=pg.mkPen((170, 170, 170), width=1), connect="pairs"), 0.5)
        self.path_item = add(pg.PlotCurveItem(pen=PATH_PEN, connect="pairs"), 6)
        self.sel_edge = add(pg.PlotCurveItem(pen=pg.mkPen((20, 20, 20), width=3.5)), 7)
        # One scatter item for every drawn neuron; spot k is neuron spot_i[k] of layer spot_t[k].
        self.spot_t, self.spot_i = g.spot_t, g.spot_i
        self.spot_x, self.spot_y = g.spot_x, g.spot_y
        self.neurons = add(Marks(self.spot_x, self.spot_y, symbol="o",
                                 pen=pg.mkPen((90, 90, 90), width=1.2), brush=self._grey), 10)
        self.sel_neuron = add(pg.ScatterPlotItem(pen=pg.mkPen((20, 20, 20), width=3),
                                                 brush=None, pxMode=True), 11)
        # A small square at each neuron's lower left: its bias, on the edges' scale (b, ∂J/∂b, Δb).
        self.bias_marks = add(Marks(g.spot_x[g.spot_t > 0], g.spot_y[g.spot_t > 0], symbol="s",
                                    pen=pg.mkPen((90, 90, 90), width=1), brush=self._grey), 10.5)
        self.J_node = add(pg.ScatterPlotItem([g.x_J], [0], symbol="s", brush=(250, 250, 250),
                                             pen=pg.mkPen((60, 60, 60), width=1.5)), 10)
        self.J_text = add(pg.TextItem("J", color="k", anchor=(0.5, 0.5)), 12)
        self.J_text.setPos(g.x_J, 0)
        self.J_value = add(PlainLabel("", color="k", anchor=(0, 0.5)), 12)
        self.values: list[PlainLabel] = []
        self.names: list[pg.TextItem] = []
        self.seconds: list[PlainLabel] = []  # δ printed under a neuron in the complete state
        if n_neurons <= VALUES_UP_TO:
            for t, i in zip(self.spot_t, self.spot_i):
                self.values.append(add(PlainLabel("", color="k", anchor=(0.5, 0.5)), 12))
                self.values[-1].setPos(g.x[t], g.y[t][i])
                self.names.append(add(pg.TextItem(anchor=(0.5, 1)), 12))  # set by draw
                self.seconds.append(add(PlainLabel("", color=(110, 30, 150), anchor=(0.5, 0)),
                                        12))
        self.edge_labels: list[PlainLabel] = []
        self.roomy = False  # whether the columns stand far enough apart for edge values
        n_edges = sum(p * q for p, q in zip(sizes[:-1], sizes[1:]))
        if n_edges <= EDGE_VALUES_UP_TO:
            small = self.font()
            small.setPointSizeF(small.pointSizeF() * 0.85)
            for l0 in range(len(sizes) - 1):
                for x, y in zip(*g.edge_label_points(l0)):
                    label = PlainLabel("", color=(40, 40, 40), anchor=(0.5, 0.5),
                                       fill=(255, 255, 255, 200))
                    label.setFont(small)
                    label.setPos(float(x), float(y))
                    self.edge_labels.append(add(label, 8))
        self.headers, self.more = [], []
        for t, s in enumerate(sizes):
            self.headers.append(add(pg.TextItem(layer_header(t, len(sizes)), color=(60, 60, 60),
                                                anchor=(0.5, 1)), 12))
            if s > MAX_SHOWN:
                label = pg.TextItem(more_neurons(s, len(g.shown[t])), color=(60, 60, 60),
                                    anchor=(0.5, 0))
                self.more.append((t, add(label, 12)))
        self.show_all.setEnabled(any(g.wide))
        self.decor = DigitsDecor(add, g)  # images: the input as a picture, classes as bars
        self._fit()
        self._draw_selection()
        self._draw_paths()

    def _fit(self) -> None:
        """Fit the network to the view, size the neurons, and place the labels beside them."""
        g = self.geom
        if g is None:
            return
        w_px, h_px = max(self.vb.width(), 50.0), max(self.vb.height(), 50.0)
        fm = QFontMetrics(self.font())
        fh = fm.height()
        header_px = max(h.textItem.boundingRect().height() for h in self.headers) - 4
        names_px = fh * 1.3 if self.names else fh * 0.2  # the names above the neurons
        top_px = names_px + max(header_px, 1.1 * fh)  # headers in any script fit above them
        bottom_px = fh * (1.3 if self.more or self.names else 0.4)
        lines_px = 2 * fh + 2 if self.names else 0  # a name above and a δ below each neuron
        first = [self.headers[0]] + [label for t, label in self.more if t == 0]
        left_px = max(fm.horizontalAdvance(x.toPlainText()) / 2 + 4 for x in first)
        if self.decor.side:  # the image stands left of the input column
            left_px = max(left_px, self.decor.left_px(h_px, w_px) + 2 * self.radius + 8)
        J_px = max(fh * 1.7, 0.0)
        right_px = fm.horizontalAdvance("J = −0.000000") + J_px / 2 + 10
        for _ in range(2):  # the radius depends on the scale, the scale on the margins
            r = self.radius
            uy = (g.top - g.bottom or 1.0) / max(h_px - 2 * r - top_px - bottom_px, 20)
            ux = (g.x_J - g.x[0]) / max(w_px - max(left_px, r + 4) - right_px, 20)
            gap = float(np.min(np.diff(g.x))) if len(g.x) > 1 else 1.0
            room = (1 / uy - lines_px) / 2 if self.names else 0.36 / uy
            self.radius = float(np.clip(min(room, 0.2 * gap / ux), 3, 32))
        if g.top == g.bottom:  # every layer has one neuron: centre them
            uy = 1.0 / max(h_px, 20)
        r = self.radius
        self.vb.setRange(xRange=(g.x[0] - max(left_px, r + 4) * ux, g.x_J + right_px * ux),
                         yRange=(g.bottom - (r + bottom_px) * uy, g.top + (r + top_px) * uy),
                         padding=0)
        self.neurons.setSize(2 * r)
        self.J_node.setSize(J_px)
        self.J_value.setPos(g.x_J + (J_px / 2 + 2) * ux, 0)
        for name, second, t, i in zip(self.names, self.seconds, self.spot_t, self.spot_i):
            name.setPos(g.x[t], g.y[t][i] + (r + 1) * uy)
            second.setPos(g.x[t], g.y[t][i] - (r + 1) * uy)
        brushes = list(self.bias_marks.data["brush"])  # their colours: setData forgets them
        self.bias_marks.setData(g.spot_x[g.spot_t > 0] - 0.8 * r * ux,
                                g.spot_y[g.spot_t > 0] - 0.8 * r * uy, size=max(5.0, 0.45 * r))
        if len(brushes) == len(self.bias_marks.data):
            self.bias_marks.setBrush(brushes)
        self.ux, self.uy = ux, uy
        self._place_values()
        # Edge values along the edges where the columns are far enough apart; else on hover.
        self.roomy = bool(len(g.x) > 1 and gap / ux >= 5 * fm.horizontalAdvance("−0.000"))
        apart(self.edge_labels, self.roomy)
        for t, header in enumerate(self.headers):
            header.setPos(g.x[t], g.top + (r + names_px) * uy)
        for t, label in self.more:
            label.setPos(g.x[t], g.bottom - (r + 2) * uy)
        self.decor.fit(r, ux, uy, h_px, w_px)
        self._draw_selection()

    # -- what a frame shows ---------------------------------------------------------------------
    def neuron_quantity(self, snap: NetworkSnapshot) -> str:
        return neuron_quantity(NEURON_MODES[self.neuron_mode.currentIndex()], snap)

    def edge_quantity(self, snap: NetworkSnapshot) -> str:
        return edge_quantity(EDGE_MODES[self.edge_mode.currentIndex()], snap)

    def _strongest(self, snap: Any, quantity: str, l0: int, flat: Array) -> Index:
        """The STRONGEST largest |values| of a wide layer, kept while the same values are shown."""
        owner = {"w": snap.net, "∂J/∂w": snap.bwd, "Δw": snap.step}[quantity]
        cached = self._strong.get((l0, quantity))
        if cached is not None and cached[0] is owner:
            return cached[1]
        which = strongest(flat)
        self._strong[(l0, quantity)] = (owner, which)
        return which

    def draw(self, snap: Any) -> None:
        if getattr(snap, "net", None) is None:
            return
        self.snapshot = snap
        side, bars = image_side(snap), classes_out(snap)
        if self.geom is None or self.geom.sizes != snap.net.sizes or bars != self.decor.bars_on:
            self._build(snap.net.sizes, bars)
        if (side, bars) != (self.decor.side, self.decor.bars_on):
            self.decor.set_visible(side, bars)
            self._fit()
        self._draw_neurons(snap)
        self._draw_edges(snap)
        self._draw_front(snap)

    def _draw_neurons(self, snap: Any) -> None:
        g = self.geom
        assert g is not None
        q = self.neuron_quantity(snap)
        names, layers, vmax = neuron_layers(snap, q)  # an input showing x beside δ: white
        known = np.array([v is not None for v in layers])[self.spot_t]
        scaled = np.array([name == q for name in names])[self.spot_t]
        v = np.concatenate([np.zeros(len(s)) if (layer := layers[t]) is None else layer[s]
                            for t, s in enumerate(g.shown)])
        u = np.clip(np.round((np.nan_to_num(v) / vmax + 1) * 127.5), 0, 255).astype(np.int64)
        recolour(self.neurons, [self._brushes[k] if ok and on else self._white if ok
                                else self._grey for k, ok, on in zip(u.tolist(), (
                                    known & ~np.isnan(v)).tolist(), scaled.tolist())])
        for k, (name, t, i) in enumerate(zip(self.names, self.spot_t, self.spot_i)):
            self.printed.rich(("name", k), name,
                              f'<span style="color:#333">{neuron_name(q, t, i)}</span>')
        self._neuron_text = [(short_text(v[k]) if known[k] else "",  # white on a dark fill
                              bool(scaled[k]) and abs(v[k]) > 0.7 * vmax)
                             for k in range(len(self.values))]
        self._place_values()
        deltas = ([neuron_values(snap, "δ", t) for t in range(len(g.sizes))]
                  if self.seconds and complete(snap) and q != "δ" else [])
        for k, label in enumerate(self.seconds):
            d = deltas[self.spot_t[k]] if deltas else None
            self.printed.text(("δ", k), label, f"δ {short_text(d[self.spot_i[k]])}"
                              if d is not None else "", (110, 30, 150))
        self.neuron_bar.set_scale(f"{tr('neurons:')} {q}", vmax)
        self.decor.draw(snap, layers[0], vmax if q == "a" else None)
        shown = complete(snap) or snap.revealed_forward >= len(g.sizes) - 1
        J = fmt(snap.J) if shown and not snap.hidden.cost(snap.k) else "?"
        if self.J_value.toPlainText() != f"J = {J}":
            self.J_value.setText(f"J = {J}")

    def _place_values(self) -> None:
        """The neurons' values inside their circles when the widest fits, else beside them."""
        texts = getattr(self, "_neuron_text", None)
        if not self.values or texts is None or self.geom is None:
            return
        fm = QFontMetrics(self.values[0].textItem.font())
        widest = max((fm.horizontalAdvance(t) for t, _ in texts), default=0)
        inside = widest <= 2 * self.radius - 4
        if inside != self.inside or getattr(self, "_placed_r", None) != self.radius:
            self.inside, self._placed_r = inside, self.radius
            g, dx = self.geom, (0.0 if inside else (self.radius + 2) * self.ux)
            for label, t, i in zip(self.values, self.spot_t, self.spot_i):
                label.setAnchor((0.5, 0.5) if inside else (0, 0.5))
                label.setPos(g.x[t] + dx, g.y[t][i])
                label.fill = pg.mkBrush(None if inside else (255, 255, 255, 210))
                label.update()
        for k, (label, (text, strong)) in enumerate(zip(self.values, texts)):
            self.printed.text(k, label, text, "w" if strong and self.inside else "k")

    def _draw_edges(self, snap: Any) -> None:
        g = self.geom
        assert g is not None
        q = self.edge_quantity(snap)
        mats = [edge_values(snap, q, l0) for l0 in range(len(g.wide))]
        biases = [bias_values(snap, q, l0) for l0 in range(len(g.wide))]
        vmax = max((float(np.abs(finite(m)).max()) for m in mats + biases if m is not None),
                   default=0.0)
        vmax = vmax if 0 < vmax < 1e300 else 1.0
        show_all = self.show_all.isChecked()
        thin = show_all and sum(g.wide) > 0  # thousands of thick lines paint slowly: width 1
        if thin != self._thin:
            self._thin = thin
            for b, item in enumerate(self.bins):
                c = (b + 0.5) / BINS * 2 - 1  # the bin's centre on −1 … 1
                item.setPen(pg.mkPen(color_of(c, 1.0), width=1 if thin else 0.6 + 4.6 * abs(c)))
        xs, ys, vs, idle = [], [], [], []
        self.drawn = []
        for l0, M in enumerate(mats):
            banded = g.wide[l0] and not show_all
            if l0 in self.bands:
                band = self.bands[l0]
                band.setVisible(banded)
                if banded and M is None:  # not computed yet: a grey band
                    band.setImage(np.zeros((1, 1)), autoLevels=False, levels=(-1, 1),
                                  lut=GREY_LUT, rect=g.band_rect(l0))
                elif banded and M is not None:
                    band.setImage(np.ascontiguousarray(finite(M).T[:, ::-1]), autoLevels=False,
                                  levels=(-vmax, vmax), lut=LUT, rect=g.band_rect(l0))
            if M is None:
                if not banded:
                    idle.append(l0)
                    self.drawn.append((l0, None))
                continue
            flat = finite(M.ravel())
            which = self._strongest(snap, q, l0, flat) if banded else None
            self.drawn.append((l0, which))
            xs.append(g.ex[l0] if which is None else g.ex[l0][which])
            ys.append(g.ey[l0] if which is None else g.ey[l0][which])
            vs.append(flat if which is None else flat[which])
        if self._idle != idle:  # the weight layers not computed yet: grey dots
            self._idle = idle
            self.idle.setData(*(np.concatenate([e[l0] for l0 in idle]).ravel() if idle
                                else np.zeros(0) for e in (g.ex, g.ey)))
        v = np.concatenate(vs) if vs else np.zeros(0)
        bins = np.clip(((v / vmax + 1) / 2 * BINS).astype(np.int64), 0, BINS - 1)
        X, Y = (np.concatenate(xs), np.concatenate(ys)) if xs else (np.zeros((0, 2)),) * 2
        X0, Y0, bins0 = self._lines
        if bins0 is None or not (np.array_equal(X, X0) and np.array_equal(Y, Y0)):
            dirty = range(BINS)  # other edges drawn
        else:  # the same edges: only the bins some edge left or joined (most steps: a few)
            moved = bins != bins0
            dirty = np.unique(np.concatenate([bins[moved], bins0[moved]])).tolist()
        self._lines = (X, Y, bins)
        if len(dirty):
            order = np.argsort(bins, kind="stable")
            X, Y = X[order].ravel(), Y[order].ravel()
            ends = 2 * np.cumsum(np.bincount(bins, minlength=BINS))
            for b in dirty:
                start, end, item = ends[b - 1] if b else 0, ends[b], self.bins[b]
                if end > start or item.xData is None or len(item.xData):
                    item.setData(X[start:end], Y[start:end])
        # each neuron's bias marker by its b, ∂J/∂b or Δb, on the edges' scale
        recolour(self.bias_marks, scale_brushes(biases, g.shown[1:], vmax, self._brushes,
                                                self._grey))
        if self.edge_labels:
            changed = False  # (no value changed: the labels drawn and hidden stay as they are)
            for k, (label, words) in enumerate(zip(self.edge_labels, edge_texts(mats, g.ex))):
                changed |= self.printed.text(("w", k), label, words, (40, 40, 40))
            if changed:
                apart(self.edge_labels, self.roomy)
        bias = {"w": "b", "∂J/∂w": "∂J/∂b", "Δw": "Δb"}[q]
        self.edge_bar.set_scale(f"{tr('edges:')} {q}<br>▪ {bias}", vmax)
        self._edge_note = (tr("Δw is shown in the update phase; showing w.")
                           if EDGE_MODES[self.edge_mode.currentIndex()] == "Δw" and q == "w"
                           else "")

    def _draw_front(self, snap: Any) -> None:
        """Highlight the layer being computed; write the phase above the diagram."""
        g = self.geom
        assert g is not None
        t0, t1 = front_layers(snap)
        h = 0.5 if g.top > g.bottom else 0.6
        self.front.setRect(g.x[t0] - 0.22, g.bottom - h, g.x[t1] - g.x[t0] + 0.44,
                           g.top - g.bottom + 2 * h)
        text = phase_strip(snap)
        if self.phase.text() != text:
            self.phase.setText(text)
        note = diagram_note(snap, self._edge_note, any(g.wide) and not self.show_all.isChecked())
        if self.note.text() != note:
            self.note.setText(note)

    def retranslate_words(self) -> None:
        """Words the catalogue cannot map back alone ("Neurons:" and the colour bar's
        "neurons:" share 神经元：; a layer's neuron count is formatted), and the network
        fitted again to the headers' new widths."""
        self.neurons_label.setText(tr("Neurons:"))
        self.edges_label.setText(tr("Edges:"))
        if self.geom is not None:
            for t, header in enumerate(self.headers):
                header.setText(layer_header(t, len(self.geom.sizes)))
            for t, label in self.more:
                label.setText(more_neurons(self.geom.sizes[t], len(self.geom.shown[t])))
            self._fit()

    def _on_option_changed(self, *_: Any) -> None:
        if self.snapshot is not None:
            self.draw(self.snapshot)
