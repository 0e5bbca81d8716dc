"""The digits in the decision region's place: a grid of training images, each with the class
the network predicts and its true class, and the accuracy on all the training digits.

`DecisionPlace` is what the view set puts where the decision region goes: the decision region
for 2-input data, this grid when the input is the 64 pixels of the digits.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QStackedWidget, QWidget

from gdsim.core.backprop import forward
from gdsim.core.datasets import DATASETS, accuracy, labels
from gdsim.ui.i18n import tr
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender
from gdsim.ui.views.decision import DecisionRegionView
from gdsim.ui.views.diagram_digits import image_side

Array = NDArray[np.float64]
SHOWN = 24  # the first training images: every digit at least twice (the file cycles 0…9)
RIGHT, WRONG = QColor(30, 110, 40), QColor(200, 30, 30)


def is_digits(snap: Any) -> bool:
    """Whether the snapshot's network reads the pixels of images (the digits')."""
    return image_side(snap) > 0


class DigitsView(LazyRender, QWidget):
    """`render(snapshot)`: SHOWN digits with predicted and true labels, and the accuracy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(160, 120)
        self.setToolTip(tr("Training digits: the network's answer above each image (green: "
                           "right, red: wrong, with the true digit), and the accuracy on all "
                           "training digits at θₖ"))
        self.net: Any = None
        self.images: list[QImage] = []
        self.predicted: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.truth: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.accuracy: float | None = None
        self.count = 0
        self.k = 0

    def forget_drawn(self) -> None:
        self.net = None

    def draw(self, snap: Any) -> None:
        net = getattr(snap, "net", None)
        if net is None or net is self.net or not is_digits(snap):
            return
        self.net, self.k = net, snap.k
        X, Y = snap.data
        with np.errstate(all="ignore"):
            out = forward(net, X).a[-1]
        self.accuracy = accuracy(out, Y)
        self.count = len(X)
        self.predicted, self.truth = labels(out[:SHOWN]), labels(Y[:SHOWN])
        if not self.images:
            side = image_side(snap)
            self.images = [self._image(x, side) for x in X[:SHOWN]]
        self.update()

    @staticmethod
    def _image(x: Array, side: int) -> QImage:
        """Ink dark on white, as the digits were written."""
        grey = np.ascontiguousarray(255 - np.clip(x, 0, 1).reshape(side, side)
                                    * 255).astype(np.uint8)
        return QImage(grey.data, side, side, side, QImage.Format.Format_Grayscale8).copy()

    def layout_grid(self) -> tuple[int, int, float]:
        """Columns, rows and the cell's side that fit SHOWN cells under the title."""
        w, h = self.width(), self.height() - self._title_height()
        best = (SHOWN, 1, 0.0)
        for columns in range(1, SHOWN + 1):
            rows = -(-SHOWN // columns)
            side = min(w / columns, h / rows)
            if side > best[2]:
                best = (columns, rows, side)
        return best

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 8

    def title(self) -> str:
        if self.accuracy is None:
            return tr("digits: no network yet")
        return (f"{tr('accuracy')} {fmt(100 * self.accuracy, 3)} % {tr('of')} {self.count:,} "
                f"{tr('training digits')} (k = {self.k})")

    def _fitting(self, text: str, width: float) -> QFont:
        """The view's font, smaller if need be (down to 6 pt) so that `text` fits `width`."""
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        while size > 6 and QFontMetricsF(font).horizontalAdvance(text) > width:
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QColor(20, 20, 20))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        top = self._title_height()
        p.drawText(QRectF(4, 0, self.width() - 8, top), Qt.AlignmentFlag.AlignVCenter, self.title())
        p.setFont(self.font())
        columns, rows, side = self.layout_grid()
        label = self.fontMetrics().height()
        for n, image in enumerate(self.images):
            r, c = divmod(n, columns)
            x, y = c * side, top + r * side
            picture = max(side - label - 4, 4)
            left = x + (side - picture) / 2
            p.drawImage(QRectF(left, y + label + 2, picture, picture), image)
            if n < len(self.predicted):
                guess, true = int(self.predicted[n]), int(self.truth[n])
                p.setPen(RIGHT if guess == true else WRONG)
                text = f"{guess}" if guess == true else f"{guess}≠{true}"
                p.setFont(self._fitting(text, side - 2))
                p.drawText(QRectF(x, y, side, label + 2), Qt.AlignmentFlag.AlignCenter, text)
        p.end()


def is_table(snap: Any) -> bool:
    """Whether the data is samples to list rather than to draw: neither 2-D nor the digits
    (nor the one typed sample, which the decision region says it cannot draw)."""
    data = DATASETS.get(str(getattr(getattr(snap, "settings", None), "data", "")))
    return (data is not None and not data.typed and snap.net.sizes[0] != 2
            and not is_digits(snap))


class DecisionPlace(QStackedWidget):
    """The decision region, the grid of digits, or a table of samples: the one the data needs."""

    def __init__(self, parent: QWidget | None = None):
        from gdsim.ui.views.samples_view import SamplesView

        super().__init__(parent)
        self.region = DecisionRegionView()
        self.digits = DigitsView()
        self.samples = SamplesView()
        self.pages: tuple[Any, ...] = (self.region, self.digits, self.samples)
        for page in self.pages:
            self.addWidget(page)
        self._shown = True

    def render(self, snapshot: Any, *_: Any, **__: Any) -> None:  # shadows QWidget.render
        view = (self.digits if is_digits(snapshot) else self.samples if is_table(snapshot)
                else self.region)
        if self.currentWidget() is not view:
            self.setCurrentWidget(view)
            self._retitle()
        self.set_shown(self._shown)
        view.render(snapshot)

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        for page in self.pages:
            page.set_shown(shown and page is self.currentWidget())

    def retranslate(self) -> None:
        """View ▸ Language: the views' words, and the dock's title, in the new language."""
        for page in self.pages:
            page.retranslate()
        self._retitle()

    def _retitle(self) -> None:
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            current = self.currentWidget()
            dock.setWindowTitle(tr("Digits") if current is self.digits else tr("Samples")
                                if current is self.samples else tr("Decision region"))
