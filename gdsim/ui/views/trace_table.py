"""The trace table: k, w1, w2, J, |grad J|, ∂J/∂w1 and ∂J/∂w2 of every step so far — the seed's
printed trace, with the gradient of (3-12) that moved each point.

Numbers are shown as everywhere (`text.fmt`: 1.41e+73, never "1.4…"), each column as wide as
its widest number (measured as rows come, not per frame for all of them), scrolling sideways
rather than cutting; a cell's tooltip and Copy (Ctrl+C, or the table's menu) give the full
values. Selecting a row asks to move the timeline there; "Copy as printed" copies the trace in
the seed's format.
A number an open lesson question asks about (the snapshot's `hidden`) is "?" until answered.
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
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.descent import printed_trace
from gdsim.core.hidden import MASK, NOTHING, Hidden
from gdsim.core.landscape import LandscapeView
from gdsim.core.naming import pretty_axis
from gdsim.core.run import ROW
from gdsim.ui.i18n import tr
from gdsim.ui.tables import ColumnFit
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender, SurfaceLike

MEASURE_ALL_UP_TO = 2000  # rows measured afresh when the table starts over; past it, only new
Parent = QModelIndex | QPersistentModelIndex
Columns = tuple[tuple[str, int | None], ...]  # (header, the column of the rows; None: k)


def columns(snap: SurfaceLike) -> Columns:
    """The table's columns for what it is handed, named by the surface's axes (w1, w2; a
    landscape's w²₁₂): a surface's rows are w1, w2, J, |grad J|, ∂J/∂w1, ∂J/∂w2 for each racer,
    a network's loss landscape's are J and its two weights."""
    a, b = (pretty_axis(name) for name in snap.surface.axes)
    if isinstance(snap, LandscapeView):
        return ("k", None), (a, 1), (b, 2), ("J", 0)
    return (("k", None), (a, 0), (b, 1), ("J", 2), ("|grad J|", 3), (f"∂J/∂{a}", 4),
            (f"∂J/∂{b}", 5))


class TraceModel(QAbstractTableModel):
    """Reads the snapshot's trace rows directly: no copy per step, fast for long runs."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = np.zeros((0, ROW))
        self.racer = 0
        self.hidden: Hidden = NOTHING
        self.columns: Columns = ()

    def set_rows(self, rows: np.ndarray, racer: int, columns: Columns) -> None:
        old = len(self.rows)
        block = rows[:, ROW * racer: ROW * racer + ROW] if rows.shape[1] >= ROW else rows
        if racer != self.racer or len(block) < old or old == 0 or columns != self.columns:
            self.beginResetModel()
            self.rows, self.racer, self.columns = block, racer, columns
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
        return len(self.columns)

    def data(self, index: Parent, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r, c = index.row(), self.columns[index.column()][1]
        if c is None:
            return str(r)
        if self._hides(r, c + 1):
            return MASK
        value = float(self.rows[r, c])
        return repr(value) if role == Qt.ItemDataRole.ToolTipRole else fmt(value)

    def texts(self, start: int, end: int) -> list[list[str]]:
        """The cells of rows start … end − 1 as shown, column by column."""
        block = self.rows[start:end]
        return [[str(r) for r in range(start, end)] if c is None else
                [MASK if self._hides(start + i, c + 1) else fmt(v)
                 for i, v in enumerate(block[:, c].tolist())] for _, c in self.columns]

    def copied(self, rows: list[int]) -> str:
        """The rows, full values, tab-separated under the headers: what Copy puts on the
        clipboard."""
        lines = ["\t".join(header for header, _ in self.columns)]
        lines += ["\t".join(str(r) if c is None else MASK if self._hides(r, c + 1) else
                             repr(float(self.rows[r, c])) for _, c in self.columns)
                  for r in rows]
        return "\n".join(lines)

    def _hides(self, k: int, column: int) -> bool:
        """Is the cell of step k an open question's: w1, w2 its point, J its cost, |grad J|
        (the largest slope) and the partial derivatives its gradient?"""
        h, r = self.hidden, self.racer
        return (h.point(k, r) if column in (1, 2) else h.cost(k, r) if column == 3 else
                h.slopes(k, r) if column == 4 else h.gradient(k, r))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
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
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.widest: list[str] = []  # each column's widest text so far
        self.measured = 0  # the rows measured into `widest`
        self.columns = ColumnFit(self.table, self._needs)
        self.copy_rows = QAction(tr("Copy"), self.table)
        self.copy_rows.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_rows.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_rows.setToolTip(tr("Copy the selected rows with every digit"))
        self.copy_rows.triggered.connect(self._on_copy_rows)
        self.table.addAction(self.copy_rows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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
        if self.model.hidden != snap.hidden:
            self.model.beginResetModel()
            self.model.hidden = snap.hidden
            self.model.endResetModel()
        self.copy.setEnabled(not snap.hidden)  # the printed trace would tell what is asked
        before = len(self.model.rows), self.model.racer, self.model.columns
        self.model.set_rows(snap.rows, racer, columns(snap))
        self._measure(before)
        k = snap.k
        index = self.model.index(k, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._updating = False

    def _measure(self, before: tuple[int, int, Columns]) -> None:
        """The widest text of each column, from the rows new since the last draw — or from all
        of them when the table starts over (another racer or other columns, a run from step 0,
        a step back), so that the columns fit this run's numbers."""
        rows, racer = len(self.model.rows), self.model.racer
        if (racer != before[1] or self.model.columns != before[2] or rows <= 1
                or (rows < before[0] and rows <= MEASURE_ALL_UP_TO)):
            self.widest, self.measured = [""] * len(self.model.columns), 0
        self.measured = min(self.measured, rows)
        if rows == self.measured:
            return
        fm = self.table.fontMetrics()
        for c, texts in enumerate(self.model.texts(self.measured, rows)):
            self.widest[c] = max([self.widest[c], *texts], key=fm.horizontalAdvance)
        self.measured = rows
        self.columns.fit()

    def _needs(self) -> list[int]:
        """Each column's width in the table's font now: its widest number or its header, and
        the cell's margins."""
        fm, header = self.table.fontMetrics(), self.table.horizontalHeader()
        margin = 2 * (self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 2
        return [max(fm.horizontalAdvance(text) + margin, header.sectionSizeHint(c))
                for c, text in enumerate(self.widest)]

    def _on_copy_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.model.copied(rows))

    def printed(self) -> str:
        """The points as the seed prints them: P:(-2,3) P1:(-1.6,2.2) …"""
        w = [c for _, c in self.model.columns[1:3] if c is not None]
        return printed_trace(self.model.rows[:, w]) if w else ""

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.printed())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._updating and current.isValid():
            self.row_selected.emit(current.row())
