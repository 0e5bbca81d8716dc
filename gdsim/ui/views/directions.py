"""The direction explorer (3.3.1-3.3.2): at the current point, the candidate directions V1 (along
w2), V2 (along w1), the negative gradient and one the user sets by angle; each one's directional
derivative grad J · l and change of J for the same step length; the derivative over all angles,
with its maximum |grad J| along the gradient and its minimum along −grad J. All of it is
computed by `gdsim.core.vectors.directions_at`; this widget only draws it. While a lesson asks
for a slope or the gradient at the point, every slope, ΔJ and the curve are "?" (and the
gradient itself where it is asked)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDial,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.hidden import MASK
from gdsim.core.vectors import DirectionsAt, directions_at
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.style import DIRECTION_COLORS
from gdsim.ui.tables import ColumnFit
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.axes import number_axes

COLUMNS = (tr_noop("direction"), tr_noop("unit l"), "∂J/∂l = grad J·l",
           tr_noop("ΔJ, step h"))  # shown through tr()
CANDIDATE_COLORS = DIRECTION_COLORS  # the same colours in the contour and 3-D views
OVERSHOOT = tr_noop("ΔJ > 0 although ∂J/∂l < 0: the step h = {h} overshoots. ∂J/∂l is the "
                    "slope at the point only; a whole step of length h along l passes the "
                    "bottom of the valley and climbs the other side. A smaller h shows the "
                    "decrease.")
CHANGE = tr_noop("ΔJ = J(P + h·l) − J(P) for the step length h")

PLOT_LINES = 6  # the plot's least height, in lines of text


def pair(v: Sequence[float] | NDArray[np.float64]) -> str:
    """A vector as the book writes it: (0.4472, −0.8944)."""
    return f"({fmt(v[0], 4)}, {fmt(v[1], 4)})"


class DirectionExplorer(LazyRender, QWidget):
    angle_changed = Signal(float)  # the user's direction l, degrees from the w1 axis
    shown_changed = Signal(bool)  # the explorer came into view or left it (its dock)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dial = QDial()
        self.dial.setRange(0, 359)
        self.dial.setWrapping(True)
        self.dial.setNotchesVisible(True)
        self.dial.setFixedSize(60, 60)
        self.dial.setToolTip(tr("Turn to choose your own direction l"))
        self.angle = QDoubleSpinBox()
        self.angle.setRange(-360, 360)
        self.angle.setDecimals(1)
        self.angle.setSuffix(" °")
        self.angle.setValue(315.0)
        self.angle.setToolTip(tr("The angle of l from the w1 axis, counter-clockwise"))
        self.step = QDoubleSpinBox()
        self.step.setRange(1e-6, 1e6)
        self.step.setDecimals(4)
        self.step.setValue(0.5)
        self.step.setToolTip(tr("The same step length h for every direction: ΔJ = J(P + h·l) "
                                "− J(P)"))
        form = QFormLayout()
        form.addRow(tr("your direction l at"), self.angle)
        form.addRow(tr("step length h"), self.step)
        top = QHBoxLayout()
        top.addWidget(self.dial)
        top.addLayout(form, 1)
        self.table = QTableWidget(4, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        header = self.table.horizontalHeaderItem(1)
        if header is not None:
            header.setToolTip("l = (cos α, cos β), |l| = 1 (3-9)")
        self.table.verticalHeader().hide()
        self.columns = ColumnFit(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, name in enumerate(CANDIDATE_COLORS):
            for col in range(len(COLUMNS)):
                item = QTableWidgetItem(name if col == 0 else "")
                item.setForeground(pg.mkColor(CANDIDATE_COLORS[name] if col == 0 else "k"))
                self.table.setItem(row, col, item)
        self.plot = pg.PlotWidget(background="w", axisItems=number_axes())
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0.12)
        self.plot.setLabel("bottom", tr("angle of l (degrees)"))
        self.plot.setLabel("left", "∂J/∂l")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setXRange(0, 360, padding=0.01)
        self.curve = self.plot.plot(pen=pg.mkPen("k", width=2))
        self.extremes = pg.ScatterPlotItem(size=10, brush="#d62728", pen=None)
        self.plot.addItem(self.extremes)
        # The extremes' words sit under the plot, where nothing can cut or cover them; the
        # red dots mark them on the curve.
        self.max_label = QLabel()
        self.min_label = QLabel()
        for label in (self.max_label, self.min_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        extremes = QVBoxLayout()  # one over the other: side by side they widened the dock
        extremes.setSpacing(0)  # past its column (501 px at 1366 × 768, 656 in Chinese)
        extremes.addWidget(self.max_label)
        extremes.addWidget(self.min_label)
        self.marks = {name: pg.InfiniteLine(angle=90, pen=pg.mkPen(c, width=2), label=name,
                                            labelOpts={"position": 0.93, "color": c,
                                                       "fill": (255, 255, 255, 200)})
                      for name, c in CANDIDATE_COLORS.items()}
        for line in self.marks.values():
            self.plot.addItem(line)
        # In a scroll area: a dock too short for all of it (presentation mode's fonts, the
        # laptop's column) scrolls, rather than squeezing the docks it shares the column with
        # (its least height held the contour to 91 px at 150 %) or its table under its plot.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.plot, 1)
        layout.addLayout(extremes)
        self.dial.valueChanged.connect(self._on_dial_value_changed)
        self.angle.valueChanged.connect(self._on_angle_value_changed)
        self.step.valueChanged.connect(lambda _: self._redraw())
        self._snap: object = None
        self.picture: DirectionsAt | None = None  # what core computed, as drawn
        self._on_angle_value_changed(self.angle.value())

    def retranslate_words(self) -> None:
        """The column titles (a table's header is no widget the catalogue reaches); the rest
        is drawn again."""
        for col, text in enumerate(COLUMNS):
            header = self.table.horizontalHeaderItem(col)
            if header is not None:
                header.setText(tr(text))

    def _on_dial_value_changed(self, value: int) -> None:
        # The dial's 0 is at the bottom and runs clockwise; the angle is counter-clockwise
        # from the w1 axis, so turn it round.
        angle = (270 - value) % 360
        if abs(((self.angle.value() - angle) + 180) % 360 - 180) >= 1:
            self.angle.setValue(angle)

    def _on_angle_value_changed(self, angle: float) -> None:
        blocker = self.dial.blockSignals(True)
        self.dial.setValue(int(round(270 - angle)) % 360)
        self.dial.blockSignals(blocker)
        self._redraw()
        self.angle_changed.emit(float(angle))

    def set_shown(self, shown: bool) -> None:
        super().set_shown(shown)
        self.shown_changed.emit(shown)

    def set_angle(self, angle: float) -> None:
        """Show the scenario's angle (the views that draw l follow through angle_changed)."""
        if abs(self.angle.value() - angle) > 1e-9:
            self.angle.setValue(float(angle))

    def draw(self, snap: object) -> None:
        self._snap = snap
        self._redraw()

    def candidates(self) -> dict[str, float]:
        """Each candidate direction's angle in degrees."""
        assert self.picture is not None
        return {c.name: c.angle for c in self.picture.candidates}

    def _fit_table(self) -> None:
        """The columns fitted to their numbers, and the table as tall as its header, four rows
        and (when the columns need more than its width) its scroll bar really are; the plot
        tall enough for its axes' titles in the font now (presentation mode's is larger), the
        summary for its lines."""
        table = self.table
        self.plot.setMinimumHeight(PLOT_LINES * self.fontMetrics().height())
        # The summary's lines at its width now: its least height otherwise is one line's,
        # and the table, squeezed by the rest, slid under the plot.
        summary = self.summary
        summary.setMinimumHeight(summary.heightForWidth(max(summary.width(), 1)))
        self.columns.fit()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        top = table.horizontalHeader()
        header = max(top.height(), top.sizeHint().height())
        scroll = (table.horizontalScrollBar().sizeHint().height()
                  if sum(self.columns.needs) > table.viewport().width() else 0)
        table.setFixedHeight(rows + header + scroll + 2 * table.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        """A narrower dock may need the table's scroll bar, a wider one not."""
        super().resizeEvent(event)
        if self.picture is not None:
            self._fit_table()

    def _redraw(self) -> None:
        snap = self._snap
        if snap is None:
            return
        surface, p = snap.surface, snap.points[0]  # type: ignore[attr-defined]
        d = directions_at(surface, p.w, self.angle.value(), self.step.value())
        self.picture = d
        w, g, norm, s = d.w, d.grad, d.grad_norm, d.steepest
        h = snap.hidden  # type: ignore[attr-defined]
        hide_grad, hide = h.gradient(snap.k), h.slopes(snap.k)  # type: ignore[attr-defined]
        self.summary.setText(tr(
            "At P{k} = {w}: grad J = {grad}, |grad J| = {norm}. The steepest descent is along "
            "−grad J/|grad J| = {steepest}.").format(
            k=p.k, w=pair(w), grad=MASK if hide_grad else pair(g),
            norm=MASK if hide else fmt(norm, 4), steepest=MASK if hide_grad else pair(s)))
        for row, c in enumerate(d.candidates):
            cells = (c.name, pair(c.l), MASK if hide else fmt(c.slope),
                     MASK if hide else fmt(c.change))
            for col, text in enumerate(cells):
                item = self.table.item(row, col)
                if item is not None:
                    item.setText(text)
            change = self.table.item(row, 3)
            if change is not None:
                overshoot = c.slope < -1e-9 * max(norm, 1.0) and c.change > 0 and not hide
                change.setToolTip(tr(OVERSHOOT).format(h=fmt(self.step.value())) if overshoot else
                                  tr(CHANGE))
                change.setForeground(pg.mkColor("#c0392b" if overshoot else "k"))
            self.marks[c.name].setValue(c.angle)
        self._fit_table()
        if hide:  # the curve would be read off at the angle asked
            self.curve.setData([], [])
            self.extremes.setData([], [])
        else:
            self.curve.setData(d.angles, d.slopes)
            # The extremes are exact: |grad J| along the gradient, −|grad J| along −grad J.
            self.extremes.setData([d.up, d.down], [norm, -norm])
        self.max_label.setText(tr("max |grad J| = {value} at {angle}° (grad J)").format(
            value=MASK if hide else fmt(norm, 4), angle=MASK if hide_grad else fmt(d.up, 4)))
        self.min_label.setText(tr("min −|grad J| = {value} at {angle}° (−grad J)").format(
            value=MASK if hide else fmt(-norm, 4), angle=MASK if hide_grad else fmt(d.down, 4)))
        self.maximum, self.minimum = norm, -norm
