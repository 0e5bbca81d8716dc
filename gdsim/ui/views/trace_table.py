"""The trace table: k, w1, w2, J, |grad J|, ∂J/∂w1 and ∂J/∂w2 of every step so far — the seed's
printed trace, with the gradient of (3-12) that moved each point.

Selecting a row asks to move the timeline there; the table can be copied in the seed's format.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.descent import printed_trace
from gdsim.core.run import ROW
from gdsim.ui.i18n import tr
from gdsim.ui.views import LazyRender, SurfaceLike

HEADERS = ("k", "w1", "w2", "J", "|grad J|", "∂J/∂w1", "∂J/∂w2")
Parent = QModelIndex | QPersistentModelIndex


class TraceModel(QAbstractTableModel):
    """Reads the snapshot's trace rows directly: no copy per step, fast for long runs."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = np.zeros((0, ROW))
        self.racer = 0

    def set_rows(self, rows: np.ndarray, racer: int) -> None:
        old = len(self.rows)
        block = rows[:, ROW * racer: ROW * racer + len(HEADERS) - 1]
        if racer != self.racer or len(block) < old or old == 0:
            self.beginResetModel()
            self.rows, self.racer = block, racer
            self.endResetModel()
        elif len(block) > old:
            self.beginInsertRows(QModelIndex(), old, len(block) - 1)
            self.rows = block
            self.endInsertRows()
        else:
            self.rows = block

    def rowCount(self, parent: Parent = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Parent = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: Parent, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r, c = index.row(), index.column()
        if c == 0:
            return str(r)
        if c > self.rows.shape[1]:
            return None  # a network's loss landscape has no gradient columns
        value = float(self.rows[r, c - 1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return repr(value)
        return f"{value:.6g}"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class TraceTableView(LazyRender, QWidget):
    row_selected = Signal(int)  # the user picked step k

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TraceModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.racer = QComboBox()
        self.racer.setToolTip(tr("Whose trace the table shows"))
        self.racer.currentIndexChanged.connect(self._on_racer_changed)
        self.copy = QPushButton(tr("Copy as printed"))
        self.copy.setToolTip(tr("Copy the trace in the seed's format: P:(-2,3) P1:(-1.6,2.2) …"))
        self.copy.clicked.connect(self._on_copy_clicked)
        top = QHBoxLayout()
        top.addWidget(self.racer, 1)
        top.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._last: SurfaceLike | None = None
        self._updating = False

    def _on_racer_changed(self, _index: int) -> None:
        if self._last is not None:
            self.draw(self._last)

    def draw(self, snap: SurfaceLike) -> None:
        self._last = snap
        labels = list(snap.labels)
        if [self.racer.itemText(i) for i in range(self.racer.count())] != labels:
            self.racer.blockSignals(True)
            self.racer.clear()
            self.racer.addItems(labels)
            self.racer.blockSignals(False)
        self.racer.setVisible(len(labels) > 1)
        racer = max(0, self.racer.currentIndex())
        self._updating = True
        self.model.set_rows(snap.rows, racer)
        k = snap.k
        index = self.model.index(k, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._updating = False

    def printed(self) -> str:
        return printed_trace(self.model.rows[:, :2])

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.printed())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._updating and current.isValid():
            self.row_selected.emit(current.row())
