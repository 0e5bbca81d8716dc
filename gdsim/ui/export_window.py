"""The window's arrangement of a view set, for exporting "the whole window" with no MainWindow:
the mode's central views, the front view of each group of docks beside or below them, and a
status line with what the window's status bar says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gdsim.core.run import Snapshot
from gdsim.ui.viewset import Mode, SurfaceLike, ViewSet


class ExportWindow(QWidget):
    def __init__(self, views: ViewSet, mode: Mode, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        self.setStyleSheet("background: white")
        centre = QHBoxLayout()
        for i, name in enumerate(mode.central):
            centre.addWidget(views.views[name], 2 + i)  # network mode: the diagram is larger
        beside = Qt.Orientation.Horizontal if mode.along == Qt.Orientation.Vertical else \
            Qt.Orientation.Vertical
        docks = QVBoxLayout() if mode.along == Qt.Orientation.Vertical else QHBoxLayout()
        for group, share in zip(mode.groups, mode.shares):
            docks.addWidget(views.views[group[0]], share)
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight if beside == Qt.Orientation.Horizontal
                          else QBoxLayout.Direction.TopToBottom)
        body.addLayout(centre, 7)
        body.addLayout(docks, 3)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

    @staticmethod
    def views_of(mode: Mode) -> tuple[str, ...]:
        """The views this arrangement shows for a mode."""
        return (*mode.central, *(group[0] for group in mode.groups))

    def show_state(self, snap: Snapshot, view: SurfaceLike) -> None:
        """The status line: step, point, J and how the run stands, as the status bar says."""
        status = snap.status
        words = [f"step k = {snap.k}", self.mode.point_text(view),
                 f"J = {view.points[0].J:.6g}", self.mode.gradient_text(view), str(snap.status)]
        self.status.setText("    ".join(w for w in words if w))
        colour = "#c0392b" if status.diverged else "#1e8449" if status.converged else "#222"
        self.status.setStyleSheet(f"color: {colour}; padding: 2px")
