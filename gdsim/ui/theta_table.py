"""The θ table (File ▸ Edit θ…): every weight and bias of θ_k by its seed name, W¹ row by row,
b¹, W², b², …; typing a value asks for the run to start anew from it (`edited`)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from gdsim.core.errors import GdsimError
from gdsim.core.naming import pretty_axis
from gdsim.core.parse import parse_float
from gdsim.core.theta import names
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.text import fmt

Index = QModelIndex | QPersistentModelIndex


class ThetaModel(QAbstractTableModel):
    """Rows: the parameters; columns: the name, the value (editable)."""

    edited = Signal(str, float)  # a parameter's plain name and its new value
    refused = Signal(str)  # why a typed value was not taken

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.names: tuple[str, ...] = ()
        self.theta = np.zeros(0)

    def show_theta(self, theta: np.ndarray, sizes: tuple[int, ...]) -> None:
        if names(sizes) != self.names:
            self.beginResetModel()
            self.names, self.theta = names(sizes), np.array(theta)
            self.endResetModel()
        else:
            self.theta = np.array(theta)
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.names) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (tr("parameter"), tr("value"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return pretty_axis(self.names[r]) if c == 0 else fmt(self.theta[r], 10)
        if role == Qt.ItemDataRole.EditRole:
            return repr(float(self.theta[r])) if c == 1 else self.names[r]
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        name = self.names[index.row()]
        try:
            number = parse_float(str(value), name)
        except GdsimError as exc:
            self.refused.emit(error_text(exc))
            return False
        if number != self.theta[index.row()]:
            self.edited.emit(name, number)
        return True


class ThetaTable(QDialog):
    """The θ table as a window beside the main one."""

    edited = Signal(str, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("θ: every weight and bias"))
        self.model = ThetaModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        self.model.edited.connect(self.edited)
        self.model.refused.connect(self.error.setText)
        self.resize(360, 480)

    def show_state(self, snap: Any) -> None:
        """θ of the state shown (a network snapshot; anything else leaves the table)."""
        net = getattr(snap, "net", None)
        if net is None:
            return
        self.model.show_theta(np.asarray(net.theta), tuple(net.sizes))
        self.note.setText(tr("θ at step {k}. Type a value: the run starts anew from the edited "
                             "θ as θ₀.").format(k=snap.k))
        self.error.clear()
