"""The gradient check: backpropagation (3-34, 3-35) against the path sums of (3-20) and central
differences (J(θ + ε e_k) − J(θ − ε e_k)) / 2ε, parameter by parameter, at θ_k on the batch.
The path sums agree to rounding; central differences to about 1e-8 relative (their own error).

Computed when the button is pressed, never per frame. Networks of more than SAMPLE_ABOVE
parameters are checked on SAMPLE parameters drawn at random (seeded, so the same ones every time).
A gradient the walk has not computed yet, or an open lesson question asks about, is "?" (the
same rule as the diagram's, diagram_values), whenever the table was filled.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.core.naming import neuron_pretty, weight_pretty
from gdsim.core.paths import numerical_gradient, path_count, path_gradient
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.tables import ColumnFit
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.diagram_values import bias_values, edge_values

Array = NDArray[np.float64]

SAMPLE_ABOVE = 2000  # parameters above which a sample is checked
SAMPLE = 200
PATH_WORK = 20_000  # path products (paths × samples) above which a path sum is skipped
AGREE = 1e-6  # a relative error below this: backprop agrees
EPS = 1e-4  # ε of the central differences: smaller ones drown in rounding on wide layers
COLUMNS = [tr_noop("parameter"), tr_noop("backprop"), tr_noop("path sum (3-20)"),
           tr_noop("central difference"), tr_noop("rel. error: path sum"),
           tr_noop("rel. error: central")]  # shown through tr()
VERDICTS = (tr_noop("backprop agrees"), tr_noop("close (a kink such as ReLU at 0 can do this)"),
            tr_noop("backprop DISAGREES"))


def relative_error(a: Array, b: Array) -> Array:
    """|a − b| / max(|a|, |b|), with a floor so that two zeros agree."""
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-8)


class GradientCheckView(LazyRender, QWidget):
    """`render(snapshot)` keeps the snapshot; the button checks its gradients."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QPushButton(tr("Check gradients"))
        self.button.setToolTip(tr("Compare backprop's ∂J/∂θ with path sums and central "
                                  "differences at the current θ and batch"))
        self.button.clicked.connect(self._on_button_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.columns = ColumnFit(self.table)
        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)  # the whole width, and as tall as its lines need
        layout.addWidget(self.table, 1)
        self.snapshot: Any = None
        self.checked: Any = None  # the snapshot last checked
        self.largest: float | None = None  # the largest relative error found
        self.found: dict[str, Any] | None = None  # what the summary says of the last check
        self.stale = False  # θ or the batch changed since the check
        self.filled: tuple | None = None  # what the table was filled with: net, ks, columns
        self.masked: set[int] = set()  # its rows shown as "?" (diagram_values' rule)
        self._say()

    def _say(self) -> None:
        """The summary in the window's language: how to start, else what the check found (and
        that θ changed since, when it did)."""
        if self.found is None:
            self.summary.setText(tr("Press “Check gradients” to compare backpropagation with "
                                    "the chain rule along every path and with central "
                                    "differences."))
            return
        f = self.found
        where = (tr("{n} of {total} parameters, drawn at random (seed 0)").format(
                     n=f["n"], total=f"{f['total']:,}") if f["sampled"]
                 else tr("all {total} parameters").format(total=f["total"]))
        note = (tr("; path sums skipped for {n} (too many paths)").format(n=f["skipped"])
                if f["skipped"] else "")
        text = tr("largest relative error {error} — {verdict}. Checked {where} after step {k}, "
                  "on the batch of {m}{note}; central differences with ε = {eps}.").format(
            error=fmt(f["largest"], 2), verdict=tr(f["verdict"]), where=where, k=f["k"],
            m=f["m"], note=note, eps=fmt(EPS))
        if self.stale:
            text = tr("θ changed since the check: press “Check gradients” again.") + " " + text
        self.summary.setText(text)

    def retranslate_words(self) -> None:
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.columns.fit()
        self._say()

    def draw(self, snap: Any) -> None:
        self.snapshot = snap
        if self.filled is not None and self._unknown(snap, self.filled[1]) != self.masked:
            self._fill(*self.filled)
        self.button.setEnabled(getattr(snap, "net", None) is not None)
        stale = self.checked is not None and (self.checked.net is not snap.net or
                                              self.checked.x is not snap.x)
        if stale and not self.stale:
            self.stale = True
            self._say()

    def _on_button_clicked(self) -> None:
        if self.snapshot is not None:
            self.check(self.snapshot)

    def check(self, snap: Any) -> float:
        """Fill the table for this snapshot; return the largest relative error."""
        with np.errstate(all="ignore"):  # saturated units overflow exp harmlessly
            return self._check(snap)

    def _check(self, snap: Any) -> float:
        net, x, y = snap.net, snap.x, snap.y
        sampled = net.n_params > SAMPLE_ABOVE
        if sampled:
            rng = np.random.default_rng(0)
            ks = np.sort(rng.choice(net.n_params, SAMPLE, replace=False))
        else:
            ks = np.arange(net.n_params)
        backprop = snap.bwd.grad[ks]
        central = numerical_gradient(net, x, y, eps=EPS, indices=ks.tolist())
        paths = np.full(len(ks), np.nan)
        for n, k in enumerate(ks):
            _, l, i, j = net.parameter_address(int(k))
            if path_count(net.sizes, l) * len(x) <= PATH_WORK:
                try:
                    paths[n] = path_gradient(net, x, y, l, i, j).value
                except GdsimError:
                    pass
        err_paths = relative_error(backprop, paths)
        err_central = relative_error(backprop, central)
        self._fill(net, ks, backprop, paths, central, err_paths, err_central)
        errors = np.concatenate([err_central, err_paths[np.isfinite(err_paths)]])
        self.largest = float(errors.max()) if errors.size else 0.0
        verdict = VERDICTS[0 if self.largest < AGREE else 1 if self.largest < 1e-3 else 2]
        self.found = {"largest": self.largest, "verdict": verdict, "sampled": sampled,
                      "n": SAMPLE, "total": net.n_params, "k": snap.k, "m": len(x),
                      "skipped": int(np.isnan(paths).sum())}
        self.checked, self.stale = snap, False
        self._say()
        return self.largest

    def _unknown(self, snap: Any, ks: Array) -> set[int]:
        """The rows whose gradient the snapshot does not show yet: the walk has not computed
        it, or a lesson question asks about it."""
        if getattr(snap, "net", None) is None:
            return set()
        net, out = snap.net, set()
        for r, k in enumerate(ks):
            kind, l, i, j = net.parameter_address(int(k))
            values = (edge_values if kind == "w" else bias_values)(snap, "∂J/∂w", l - 1)
            if values is None or np.isnan(values[j - 1, i - 1] if kind == "w" else values[i - 1]):
                out.add(r)
        return out

    def _fill(self, net: Any, ks: Array, *columns: Array) -> None:
        self.filled = (net, ks, *columns)
        self.masked = self._unknown(self.snapshot, ks)
        self.table.setRowCount(len(ks))
        for r, k in enumerate(ks):
            kind, l, i, j = net.parameter_address(int(k))
            name = weight_pretty(l, i, j) if kind == "w" else neuron_pretty(l, i, "b")
            self.table.setItem(r, 0, QTableWidgetItem(name))
            for c, values in enumerate(columns, start=1):
                v = values[r]
                hide = r in self.masked and c <= 3  # not computed yet, or a lesson asks it
                item = QTableWidgetItem("?" if hide else "—" if np.isnan(v) else
                                        fmt(v, 2 if c >= 4 else 6))
                item.setToolTip("" if hide or np.isnan(v) else repr(float(v)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c >= 4 and not np.isnan(v) and v >= AGREE:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.columns.fit()
