"""Samples in the decision region's place when the input is neither 2-D nor the digits: a table
of the first training samples with the class the network predicts and the true one, each by its
name (numbers: the output and the target), and the accuracy on all training samples."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from gdsim.core.backprop import forward
from gdsim.core.datasets import accuracy, labels
from gdsim.core.training import class_names
from gdsim.ui.i18n import tr
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender

SHOWN = 200  # rows of the table: the first training samples
RIGHT, WRONG = QColor(30, 110, 40), QColor(200, 30, 30)


class SamplesView(LazyRender, QWidget):
    """`render(snapshot)`: predicted and true labels of the first SHOWN samples at θ_k."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.net: Any = None
        self.rows: list[tuple[str, str, bool | None]] = []  # predicted, true, right

    def forget_drawn(self) -> None:
        self.net = None

    def draw(self, snap: Any) -> None:
        net = getattr(snap, "net", None)
        if net is None or net is self.net:
            return
        self.net = net
        X, Y = snap.data
        with np.errstate(all="ignore"):
            out = forward(net, X).a[-1]
        names = class_names(snap.settings, Y.shape[1])
        if names is not None:
            guess, true = labels(out[:SHOWN]), labels(Y[:SHOWN])
            self.rows = [(names[g], names[t], bool(g == t)) for g, t in zip(guess, true,
                                                                           strict=True)]
            self.title.setText(tr("accuracy {percent} % of {count} training samples at step "
                                  "k = {k}").format(percent=fmt(100 * accuracy(out, Y), 3),
                                                    count=f"{len(X):,}", k=snap.k))
            headers = (tr("sample"), tr("predicted"), tr("true class"))
        else:
            self.rows = [(fmt(a, 4), fmt(y, 4), None)
                         for a, y in zip(out[:SHOWN, 0], Y[:SHOWN, 0], strict=True)]
            self.title.setText(tr("output a^L_1 and target y of the first samples at step k = "
                                  "{k}").format(k=snap.k))
            headers = (tr("sample"), tr("output a^L_1"), tr("target y"))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(self.rows))
        for r, (guess_text, true_text, right) in enumerate(self.rows):
            cells = (str(r + 1), guess_text, true_text)
            for c, text in enumerate(cells):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                item.setText(text)
                if c == 1 and right is not None:
                    item.setForeground(RIGHT if right else WRONG)
