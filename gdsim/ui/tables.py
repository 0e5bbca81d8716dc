"""Tables whose cells are never cut: no elision, a horizontal scroll bar when the columns need
more room than the table has, each column as wide as its widest text, the room left over
shared out, rows as tall as the font — again when the table is resized or its font grows
(presentation mode)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

Measure = Callable[[], list[int]]  # each column's width in pixels, before the room is shared


class ColumnFit(QObject):
    """Keeps `table`'s columns fitted to what `measure()` says they need (by default Qt's size
    hint of each column's cells and header); `fit()` after the cells change."""

    def __init__(self, table: QTableView, measure: Measure | None = None):
        super().__init__(table)
        self.table = table
        self.measure = measure or self.contents
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        self.needs: list[int] = []
        self.fit_rows()
        if measure is None:  # the headers' titles fit before any row is there
            self.fit()

    def contents(self) -> list[int]:
        """Each column's widest cell or header title, as Qt measures them."""
        t, header = self.table, self.table.horizontalHeader()
        return [max(t.sizeHintForColumn(c), header.sectionSizeHint(c))
                for c in range(t.model().columnCount())]

    def fit(self) -> None:
        """Measure the columns again and share the table's width among them."""
        self.needs = self.measure()
        self.share()

    def share(self) -> None:
        """Each column its need, and the width left over spread evenly."""
        header, needs = self.table.horizontalHeader(), self.needs
        if not needs:
            return
        spare = max(0, self.table.viewport().width() - sum(needs))
        for c, need in enumerate(needs):
            header.resizeSection(c, need + spare // len(needs) + (c < spare % len(needs)))

    def fit_rows(self) -> None:
        """Rows as tall as a line of the table's font and the cell's margins."""
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.FontChange and watched is self.table:
            self.fit_rows()
            self.fit()
        elif kind == QEvent.Type.Resize and watched is self.table.viewport():
            self.share()
        return False
