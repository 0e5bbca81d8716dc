"""Pages of a PDF drawn by Qt's own writer (QPdfWriter): the tools a handout and a slide deck
share — the writer and its sizes in points, rich text fitted to a box, a lesson page's words and
formulas as rich text, and a page's figure drawn by the window's own views (`FrameRenderer`,
off screen, as shapes and text at the printer's resolution)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from gdsim import __version__
from gdsim.core.handouts import SLIDE_MM, figure_view
from gdsim.core.hidden import Hidden
from gdsim.core.lessons import Page, text_in
from gdsim.core.scenario import Scenario
from gdsim.ui import math_render
from gdsim.ui.export import FrameRenderer

DPI = 600  # the PDF's resolution: the figures' lines and text are shapes, drawn at this
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
GREY, RULE = QColor("#666"), QColor("#bbb")


def page_size(paper: str) -> QPageSize:
    """A handout's paper ("a4", "letter"), or "slide": 16:9."""
    if paper == "slide":
        return QPageSize(QSizeF(*SLIDE_MM), QPageSize.Unit.Millimeter, "16:9")
    return QPageSize(PAPER[paper])


class Pdf:
    """A PDF of pages of one size, drawn with one painter; lengths in points (`pt`)."""

    def __init__(self, path: Path, paper: str, title: str):
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.writer.setTitle(title)
        self.writer.setCreator(f"gdsim {__version__}")
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pages = 0

    @staticmethod
    def pt(points: float) -> float:
        """Points (1/72 inch) in the painter's units."""
        return points * DPI / 72

    @property
    def width(self) -> float:
        return float(self.writer.width())

    @property
    def height(self) -> float:
        return float(self.writer.height())

    def new_page(self) -> None:
        if self.pages:
            self.writer.newPage()
        self.pages += 1

    def rule(self, y: float, x0: float, x1: float, colour: QColor = RULE) -> None:
        self.painter.setPen(QPen(colour, self.pt(0.6)))
        self.painter.drawLine(QRectF(x0, y, x1 - x0, 0).topLeft(),
                              QRectF(x0, y, x1 - x0, 0).topRight())

    def text(self, html: str, width: float, size: float, formulas: tuple[str, ...] = ()
             ) -> QTextDocument:
        """Rich text `width` wide at `size` points, the formulas ("formula0", …) as images."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont()
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        scale = DPI / 96  # the image at the printer's resolution; its size in the text at 96
        for i, tex in enumerate(formulas):
            image = math_render.render(tex, size * 1.4, scale=scale)
            if image is not None:
                doc.addResource(QTextDocument.ResourceType.ImageResource,
                                QUrl(f"formula{i}"), image)
                w, h = round(image.width() / scale), round(image.height() / scale)
                html = html.replace(f"src='formula{i}'", f"src='formula{i}' width={w} height={h}")
        doc.setTextWidth(width)
        doc.setHtml(html)
        return doc

    def fitted(self, html: str, box: QRectF, largest: float, smallest: float,
               formulas: tuple[str, ...] = ()) -> QTextDocument:
        """The text at the largest size from `largest` down that fits in `box`'s height."""
        size = largest
        while True:
            doc = self.text(html, box.width(), size, formulas)
            if doc.size().height() <= box.height() or size <= smallest:
                return doc
            size = max(smallest, size - 1)

    def draw(self, doc: QTextDocument, x: float, y: float) -> float:
        """Draw the text with its top left at (x, y); the y under it."""
        self.painter.save()
        self.painter.translate(x, y)
        doc.drawContents(self.painter)
        self.painter.restore()
        return y + doc.size().height()

    def box(self, rect: QRectF, fill: str, border: str) -> None:
        self.painter.save()
        self.painter.setPen(QPen(QColor(border), self.pt(0.8)))
        self.painter.setBrush(QColor(fill))
        self.painter.drawRoundedRect(rect, self.pt(4), self.pt(4))
        self.painter.restore()

    def small(self, text: str, rect: QRectF, align: Qt.AlignmentFlag) -> None:
        """A line of small grey text (a header or a footer)."""
        font = QFont()
        font.setPointSizeF(8)
        self.painter.setFont(font)
        self.painter.setPen(GREY)
        self.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)

    def finish(self) -> None:
        self.painter.end()


def page_html(page: Page, lang: str, formulas: bool = True) -> str:
    """A lesson page's text (its paragraphs kept) and its formulas as images."""
    text = "".join(f"<p>{escape(part)}</p>" for part in text_in(page.text, lang).split("\n\n")
                   if part.strip()).replace("\n", "<br>")
    shown = "".join(f"<p align='center'><img src='formula{i}'></p>"
                    for i in range(len(page.formulas)) if formulas)
    return text + shown


def draw_figure(pdf: Pdf, page: Page, rect: QRectF, hidden: Hidden,
                scenario: Scenario | None = None, width: int = 720) -> None:
    """The page's figure in `rect`: the view it is about, drawn by the window's own view off
    screen `width` pixels wide (its words as large, relative to the figure, as on screen), with
    what the page draws (figure 3-13's vectors, figure 3-10's directions) and `hidden` as "?"."""
    size = (width, max(200, int(width * rect.height() / rect.width())))
    renderer = FrameRenderer(scenario or page.scenario, figure_view(page), size, hidden=hidden,
                             draws=page.draws)
    try:
        renderer.show(renderer.run.snapshot())
        renderer.paint(pdf.painter, rect)
    finally:
        renderer.close()
