"""The chain rule along every path (section 3.3.5, 3-20) beside backpropagation (3.3.6).

For the selected weight w^l_ij: every path from it to J, each path's product of local
derivatives, their sum next to backprop's ∂J/∂w (equal: the difference is rounding), and what
each way costs: the path sum multiplies the same factors again and again, backpropagation shares
them. A selected neuron a^{l+1}_i stands for its bias b^l_i.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.core.hidden import MASK
from gdsim.core.naming import neuron_pretty, weight_pretty
from gdsim.core.paths import (
    PathSum,
    backprop_cost,
    path_count,
    path_factors,
    path_gradient,
    path_sum_cost,
)
from gdsim.ui.i18n import error_text, tr, tr_noop
from gdsim.ui.tables import ColumnFit
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender

ROWS = 200  # paths listed in the table
FACTORS_UP_TO = 16  # paths whose factors are written out
EMIT_UP_TO = 2000  # paths handed to the diagram to highlight
HELP = tr_noop("Click an edge (a weight) in the network diagram: every path from it to J is "
               "listed here with its product, as in (3-20), and their sum is compared with "
               "backpropagation.")


def headers(m: int = 1) -> list[str]:
    """The table's column titles; a batch of m > 1 samples sums the products over it."""
    return [tr("path to J"),
            tr("product (3-20)") if m == 1 else
            tr("product (3-20), Σ over {m} samples").format(m=m),
            tr("its factors") if m == 1 else tr("its factors (sample 1)")]


class ChainRuleView(LazyRender, QWidget):
    """`render(snapshot)`, `set_selection(sel)`; `paths_changed(list)` carries the paths shown
    (each a list of 1-based neuron indices in consecutive layers, the last in layer L)."""

    paths_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(tr(HELP))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.costs = QLabel()
        self.costs.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.columns = ColumnFit(self.table)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for w in (self.title, self.costs):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.selection: tuple | None = None
        self.snapshot: Any = None
        self.path_sum: PathSum | None = None
        self.backprop: float | None = None
        self._key: tuple | None = None
        self._emitted: list[list[int]] = []
        self._said: tuple | None = None  # what _say last put into words

    def set_selection(self, sel: tuple | None) -> None:
        self.selection = tuple(sel) if sel else None
        if self.snapshot is not None:
            self.draw(self.snapshot)
        else:
            self._show_help()

    def forget_drawn(self) -> None:
        self._key = None

    def retranslate_words(self) -> None:
        """The help, or the words around the paths listed (a hidden view too: they are seen
        in its dock's tab before it draws again)."""
        if self._said is None:
            self.table.setHorizontalHeaderLabels(headers())
            self.title.setText(tr(HELP))
        else:
            self._say(*self._said)
        self.columns.fit()

    def draw(self, snap: Any) -> None:
        self.snapshot = snap
        target = self._target(snap, self.selection)
        key = (snap.net, snap.x, target, snap.hidden)
        old = self._key
        if old is not None and old[0] is key[0] and old[1] is key[1] and old[2:] == key[2:]:
            return  # the same weight at the same θ and batch: nothing changed
        self._key = key
        if target is None:
            self._show_help()
            return
        self._show(snap, *target)

    @staticmethod
    def _target(snap: Any, sel: tuple | None) -> tuple[int, int, int | None] | None:
        """(l, i, j) of the selected weight, or (l, i, None) for a neuron's bias."""
        if not sel or getattr(snap, "net", None) is None:
            return None
        L = snap.net.L
        if sel[0] == "edge" and 1 <= sel[1] < L:
            return int(sel[1]), int(sel[2]), int(sel[3])
        if sel[0] == "neuron" and 2 <= sel[1] <= L:
            return int(sel[1]) - 1, int(sel[2]), None
        return None

    def _show_help(self) -> None:
        self._said = None
        self.title.setText(tr(HELP))
        self.table.setHorizontalHeaderLabels(headers())
        self.costs.setText("")
        self.result.setText("")
        self.table.setRowCount(0)
        self.path_sum = None
        self._emit([])
        self.columns.fit()

    def _emit(self, paths: list[list[int]]) -> None:
        if paths != self._emitted:
            self._emitted = paths
            self.paths_changed.emit(paths)

    def _show(self, snap: Any, l: int, i: int, j: int | None) -> None:
        """The path sum of the weight (or bias) computed, listed and put into words."""
        net = snap.net
        try:
            with np.errstate(all="ignore"):  # saturated units overflow exp harmlessly
                outcome: PathSum | GdsimError = path_gradient(net, snap.x, snap.y, l, i, j)
        except GdsimError as e:
            outcome = e
        if isinstance(outcome, GdsimError):
            self.path_sum = None
            self.table.setRowCount(0)
            self._emit([])
        else:
            ps = self.path_sum = outcome
            index = net.weight_index(l, i, j) if j is not None else net.bias_index(l, i)
            self.backprop = float(snap.bwd.grad[index])
            start = [j] if j is not None else []
            if snap.hidden.paths(l):  # a lesson asks how many: no list, no paths lit
                self.table.setRowCount(0)
                self._emit([])
            else:
                self._fill_table(snap, ps, l, i, j)
                self._emit([start + [int(k) for k in row] for row in ps.neurons[:EMIT_UP_TO]])
        self._said = (snap, l, i, j, outcome)
        self._say(*self._said)
        self.columns.fit()

    def _say(self, snap: Any, l: int, i: int, j: int | None,
             outcome: PathSum | GdsimError) -> None:
        """The words around the table in the window's language (again after a switch, hidden
        or not): which parameter, how many paths, what each way costs, the sums compared."""
        net = snap.net
        name = weight_pretty(l, i, j) if j is not None else neuron_pretty(l, i, "b")
        what = (tr("the weight from {a} to {b}").format(a=neuron_pretty(l, j),
                                                        b=neuron_pretty(l + 1, i))
                if j is not None else tr("the bias of {a}").format(a=neuron_pretty(l + 1, i)))
        count = path_count(net.sizes, l)
        via = (tr("it feeds the output") if l + 1 == net.L else
               tr("one neuron in layer {L}").format(L=net.L) if l + 2 == net.L else
               tr("one neuron in each of layers {first}…{L}").format(first=l + 2, L=net.L))
        paths = (tr("{count} path to J") if count == 1 else tr("{count} paths to J")).format(
            count=MASK if snap.hidden.paths(l) else f"{count:,}")
        self.title.setText(tr("<b>∂J/∂{name}</b>, {what}: {paths} ({via})").format(
            name=name, what=what, paths=paths, via=via))
        whole = tr("For the whole network ({n} parameters, one sample): backpropagation needs "
                   "{backprop} multiplications (3-34 … 3-37), the path sums {paths}.").format(
            n=f"{net.n_params:,}", backprop=f"{backprop_cost(net.sizes, net.loss):,}",
            paths=f"{path_sum_cost(net.sizes, net.loss):,}")
        if isinstance(outcome, GdsimError):
            self.costs.setText(whole)
            self.result.setText("<span style='color:#a15c00'>"
                                + tr("Not listed: {reason}").format(reason=error_text(outcome))
                                + "</span>")
            return
        ps, m = outcome, len(snap.x)
        alone = (tr("The path sum for {name} alone: {count} multiplications.") if m == 1 else
                 tr("The path sum for {name} alone: {count} multiplications per sample."))
        self.costs.setText(alone.format(name=name, count=f"{ps.multiplications // m:,}") + " "
                           + whole)
        self.table.setHorizontalHeaderLabels(headers(m))
        if ps.n_paths > ROWS:
            self.table.setItem(min(ps.n_paths, ROWS), 0, QTableWidgetItem(
                tr("… {n} more paths (all of them are in the sum)").format(
                    n=f"{ps.n_paths - ROWS:,}")))
        backprop = float(self.backprop or 0.0)
        if self._gradient_hidden(snap, l, i, j):  # a lesson asks about it: "?"
            self.result.setText(tr("Σ paths = {paths} &nbsp; backprop ∂J/∂{name} = {backprop} "
                                   "&nbsp; difference {difference}").format(
                paths=MASK, name=name, backprop=MASK, difference=MASK))
            return
        diff = ps.value - backprop
        equal = abs(diff) <= 1e-9 * max(1.0, abs(backprop))
        self.result.setText(
            tr("Σ paths = {paths} &nbsp; backprop ∂J/∂{name} = {backprop} &nbsp; difference "
               "{difference}").format(paths=f"<b>{fmt(ps.value)}</b>", name=name,
                                      backprop=f"<b>{fmt(backprop)}</b>",
                                      difference=fmt(diff, 3))
            + (tr(" (rounding only: they are equal)") if equal else ""))

    @staticmethod
    def _gradient_hidden(snap: Any, l: int, i: int, j: int | None) -> bool:
        h = snap.hidden
        return (h.weight_gradient(snap.k, l, i, j) if j is not None
                else h.bias_gradient(snap.k, l, i))

    def _fill_table(self, snap: Any, ps: PathSum, l: int, i: int, j: int | None) -> None:
        hide = self._gradient_hidden(snap, l, i, j)
        shown = min(ps.n_paths, ROWS)
        self.table.setRowCount(shown + (ps.n_paths > ROWS))
        for r in range(shown):
            neurons = [int(k) for k in ps.neurons[r]]
            names = [neuron_pretty(l + 1 + c, k) for c, k in enumerate(neurons)]
            first = weight_pretty(l, i, j) if j is not None else neuron_pretty(l, i, "b")
            self.table.setItem(r, 0, QTableWidgetItem(" → ".join([first, *names, "J"])))
            product = QTableWidgetItem(MASK if hide else fmt(ps.products[r]))
            product.setToolTip("" if hide else repr(float(ps.products[r])))
            product.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, product)
            if ps.n_paths <= FACTORS_UP_TO and hide:
                self.table.setItem(r, 2, QTableWidgetItem(MASK))
            elif ps.n_paths <= FACTORS_UP_TO:
                with np.errstate(all="ignore"):
                    factors = path_factors(snap.net, snap.x, snap.y, l, i, j, neurons)
                text = " × ".join(fmt(v, 4) for _, v in factors)
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(f"{k} = {fmt(v)}" for k, v in factors))
                self.table.setItem(r, 2, item)
