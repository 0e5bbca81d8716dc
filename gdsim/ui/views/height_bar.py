"""The colour bar of J beside the 3-D view: the height map's colours from the floor up, J's
value at a few heights (the view's HeightScale), "J" above."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gdsim.ui.style import HEIGHT_MAP
from gdsim.ui.views.heights import HeightScale

BAR_PX = 16  # the coloured bar's width


class HeightBar(QWidget):
    """The colour scale of J beside the 3-D view: the height map's colours from the floor up,
    J's value at a few heights, "J" above. Painted in a few lines (as a pyqtgraph plot it took
    a fifth of the window's building time before its first frame); its text follows the
    widget's font, so presentation mode's larger font enlarges it too."""

    STOPS = 16  # colours of the gradient, evenly spaced

    def __init__(self) -> None:
        super().__init__()
        self.setMaximumHeight(260)
        self.setMinimumHeight(120)
        self.ticks: list[tuple[float, str]] = []  # (place 0 … 1 from the floor, J's label)
        colors = HEIGHT_MAP.getLookupTable(nPts=self.STOPS)
        self.gradient = [(i / (self.STOPS - 1), QColor(*map(int, c[:3])))
                         for i, c in enumerate(colors)]
        self._fit()

    def set_scale(self, scale: HeightScale) -> None:
        """Ticks of the scale; the bar as wide as its longest tick label needs, and no wider."""
        self.ticks = scale.ticks(4)
        self._fit()
        self.update()

    def _fit(self) -> None:
        fm = self.fontMetrics()
        text = max((fm.horizontalAdvance(label) for _, label in self.ticks), default=20)
        self.setFixedWidth(text + 10 + BAR_PX + 12)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def bar_rect(self) -> QRect:
        """Where the coloured bar is painted: right-aligned, below the title."""
        line = self.fontMetrics().height()
        top = line + 6
        return QRect(self.width() - BAR_PX - 12, top, BAR_PX, self.height() - top - line // 2)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        bar = self.bar_rect()
        gradient = QLinearGradient(0, bar.bottom(), 0, bar.top())
        for at, color in self.gradient:
            gradient.setColorAt(at, color)
        painter.fillRect(bar, gradient)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(bar.left() - 10, 0, bar.width() + 20, bar.top() - 2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, "J")
        line = self.fontMetrics().height()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for height, label in self.ticks:
            y = round(bar.bottom() - height * bar.height())
            painter.drawLine(bar.left() - 4, y, bar.left() - 1, y)
            painter.drawText(QRect(0, y - line // 2, bar.left() - 6, line), right, label)
        painter.end()
