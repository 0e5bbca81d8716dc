"""Formulas drawn on this machine, no network: LaTeX → SVG by ziamath (pure Python, its own
STIX Two Math font), painted with QSvgRenderer.

ziamath is imported on the first formula, i.e. when a lesson opens, not when gdsim starts:
measured here, the import takes about 0.12 s and each formula 5–10 ms; every picture is kept,
so turning pages back and forth renders nothing twice. Without ziamath, or for LaTeX it cannot
read, the formula is shown as its text.
"""

from __future__ import annotations

import warnings
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_cache: dict[tuple[str, float, str], QImage | None] = {}
_ziamath: Any = None


def _zm() -> Any:
    """ziamath, imported once; None when it is not installed."""
    global _ziamath
    if _ziamath is None:
        try:
            with warnings.catch_warnings():  # ziamath finds its font with a deprecated call
                warnings.simplefilter("ignore", DeprecationWarning)
                import ziamath
            ziamath.config.svg2 = False  # plain SVG 1.1 (no <symbol>): what QSvgRenderer draws
            _ziamath = ziamath
        except ImportError:
            _ziamath = False
    return _ziamath or None


def available() -> bool:
    return _zm() is not None


def latex_svg(tex: str, size: float = 18, color: str = "#000000") -> str | None:
    """The SVG ziamath writes for `tex`, or None when it cannot."""
    zm = _zm()
    if zm is None:
        return None
    try:
        with warnings.catch_warnings():  # ziamath finds its font with a deprecated call
            warnings.simplefilter("ignore", DeprecationWarning)
            svg: str = zm.Latex(tex, size=size, color=color).svg()
    except Exception:  # a third-party parser: any LaTeX it cannot read falls back to text
        return None
    return svg


def render(tex: str, size: float = 18, color: str = "#000000", scale: float = 1.0) -> QImage | None:
    """`tex` as a transparent image, `scale` times its natural size (for high-DPI screens)."""
    key = (tex, size * scale, color)
    if key not in _cache:
        svg = latex_svg(tex, size * scale, color)
        image = None
        if svg is not None:
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            natural = renderer.defaultSize()
            if renderer.isValid() and not natural.isEmpty():
                image = QImage(natural, QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.transparent)
                painter = QPainter(image)
                renderer.render(painter)
                painter.end()
        _cache[key] = image
    return _cache[key]


class FormulaLabel(QLabel):
    """One formula, drawn from LaTeX and shrunk to the width it has; its text as a fallback."""

    def __init__(self, parent: QWidget | None = None, size: float = 18):
        super().__init__(parent)
        self.tex = ""
        self.size_pt = size
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.rendered = False  # drawn as a picture (False: shown as text)

    def set_formula(self, tex: str) -> None:
        self.tex = tex
        self.setToolTip(tex)
        self._draw()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        color = self.palette().color(self.foregroundRole())
        dpr = max(1.0, self.devicePixelRatioF())
        image = render(self.tex, self.size_pt, QColor(color).name(), dpr)
        self.rendered = image is not None
        if image is None:
            self.setPixmap(QPixmap())
            self.setText(self.tex)
            self.setWordWrap(True)
            self.setFixedHeight(self.heightForWidth(max(self.width(), 100)))
            return
        pixmap = QPixmap.fromImage(image)
        room = max(40, self.width() - 4) * dpr
        if pixmap.width() > room:  # a long formula shrinks to fit the panel
            pixmap = pixmap.scaledToWidth(int(room), Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(dpr)
        self.setPixmap(pixmap)
        self.setFixedHeight(int(pixmap.height() / dpr) + 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.height())
