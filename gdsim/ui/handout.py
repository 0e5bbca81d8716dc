"""A lesson printed (`core/handouts.py` says what a print holds): a handout, one sheet per page
(its text and formulas, its figure, the question with room to answer, or with `answers` the key
and its worked computation), or a 16:9 slide deck (a slide per page, the figure large, and for a
question its answer on the next slide). Written by Qt's PDF writer into a staging file moved in
at the end, as every export is: a failure or Ctrl-C leaves nothing."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextDocument

from gdsim.core.errors import GdsimError
from gdsim.core.handouts import PrintJob, figure_view
from gdsim.core.hidden import NOTHING
from gdsim.core.lesson_hints import hint
from gdsim.core.lesson_keys import Answer, answer_key, hidden_for, num
from gdsim.core.lessons import Page, text_in
from gdsim.ui.export import staged
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.lesson_panel import LessonPanel
from gdsim.ui.print_pages import Pdf, draw_figure, page_html

Progress = Callable[[int, int], None]

MARGIN = 42  # points: about 15 mm round a handout's sheet
ANSWER_LINES = 4  # ruled lines to write the answer on
LINE_GAP = 24  # points between them
SLIDE_MARGIN = 24


def write_pdf(job: PrintJob, progress: Progress | None = None) -> Path:
    """Carry out the job (a handout, or slides); `progress(done, total)` after each sheet may
    raise (interrupts.Stopped) to stop, leaving nothing. Returns the file written."""
    job.check_out()
    report = progress or (lambda done, total: None)
    title = text_in(job.lesson.title, job.lang)
    with staged(job.out, folder=False) as stage:
        pdf = Pdf(stage / "print.pdf", "slide" if job.slides else job.paper, title)
        if not pdf.painter.isActive():
            raise GdsimError("out: cannot write {out}", out=str(job.out))
        try:
            (_slides if job.slides else _handout)(pdf, job, report)
        finally:
            pdf.finish()
        report(job.sheets, job.sheets)
    return job.out


# ----------------------------------------------------------------------------------------------
# A handout: a sheet per page.


def _handout(pdf: Pdf, job: PrintJob, report: Progress) -> None:
    pages, pt = job.lesson.pages, pdf.pt
    for i, page in enumerate(pages):
        report(i, job.sheets)
        pdf.new_page()
        left, right = pt(MARGIN), pdf.width - pt(MARGIN)
        width = right - left
        header = QRectF(left, pt(MARGIN - 26), width, pt(14))
        pdf.small(text_in(job.lesson.title, job.lang) + ("  ·  " + tr("Answer key")
                                                          if job.answers else ""),
                  header, Qt.AlignmentFlag.AlignLeft)
        pdf.small(tr("Page {0} / {1}").format(i + 1, len(pages)), header,
                  Qt.AlignmentFlag.AlignRight)
        pdf.rule(header.bottom() + pt(2), left, right)
        footer = QRectF(left, pdf.height - pt(MARGIN - 12), width, pt(12))
        pdf.small(f"gdsim  ·  {job.lesson.id}", footer,
                  Qt.AlignmentFlag.AlignLeft)
        y = pt(MARGIN)
        if i == 0 and not job.answers:
            name = pdf.text(f"<p style='color:#444'>{tr('Name')} ____________________"
                            f"&nbsp;&nbsp;&nbsp;{tr('Class')} __________&nbsp;&nbsp;&nbsp;"
                            f"{tr('Date')} __________</p>", width, 10)
            y = pdf.draw(name, left, y) + pt(10)
        title = pdf.text(f"<b>{escape(text_in(page.title, job.lang))}</b>", width, 15)
        y = pdf.draw(title, left, y) + pt(6)
        bottom = footer.top() - pt(8)
        body = pdf.fitted(page_html(page, job.lang), QRectF(left, y, width, (bottom - y) * 0.45),
                          10.5, 8, page.formulas)
        y = pdf.draw(body, left, y) + pt(8)
        asked = _question_doc(pdf, page, job, width - pt(20)) if page.question else None
        room = (asked.size().height() + pt(20) + (0 if job.answers else
                                                 pt(LINE_GAP * ANSWER_LINES)) if asked else 0)
        figure_h = min(bottom - y - room - pt(10), width * (0.25 if figure_view(page) == "trace"
                                                             else 0.7))  # the trace: few rows
        answer = answer_key(page) if page.question is not None else None
        if figure_h > pt(60):
            shown = (answer.reveal if job.answers and answer else None)
            draw_figure(pdf, page, QRectF(left, y, width, figure_h),
                        NOTHING if job.answers else hidden_for(page), shown)
            y += figure_h + pt(10)
        if asked is not None:
            box = QRectF(left, y, width, room)
            pdf.box(box, "#eef6ee" if job.answers else "#fbfbf7",
                    "#8fbf8f" if job.answers else "#c8c3a8")
            below = pdf.draw(asked, left + pt(10), y + pt(10))
            if not job.answers:
                for n in range(1, ANSWER_LINES + 1):
                    pdf.rule(below + pt(LINE_GAP * n - 4), left + pt(10), right - pt(10))


def _question_doc(pdf: Pdf, page: Page, job: PrintJob, width: float) -> QTextDocument:
    """The question with its tolerance, and with `answers` the key: the answer, what to
    compute (the hint), and the worked computation."""
    q = page.question
    assert q is not None
    answer = answer_key(page)
    html = f"<p><b>{escape(text_in(q.prompt, job.lang))}</b></p>"
    if not answer.choice:
        html += f"<p style='color:#555'>{escape(_tolerance(q.tolerance))}</p>"
    if job.answers:
        html += _key_html(page, answer)
    return pdf.text(html, width, 10.5)


def _tolerance(tolerance: float) -> str:
    return (tr("Counted right only when exact") if tolerance == 0
            else f"{tr('Counted right within')} ± {num(tolerance)}")


def _key_html(page: Page, answer: Answer) -> str:
    hints = "<br>".join(escape(error_text(m)) for m in hint(page))
    return (f"<p><b>{tr('Hint')}:</b> {hints}</p>" + LessonPanel.work_html(answer))


# ----------------------------------------------------------------------------------------------
# Slides: one per page, and each question's answer on the slide after it.


def _slides(pdf: Pdf, job: PrintJob, report: Progress) -> None:
    done = 0
    for page in job.lesson.pages:
        report(done, job.sheets)
        _slide(pdf, job, page, answer=None)
        done += 1
        if page.question is not None:
            report(done, job.sheets)
            _slide(pdf, job, page, answer=answer_key(page))
            done += 1


def _slide(pdf: Pdf, job: PrintJob, page: Page, answer: Answer | None) -> None:
    """A page's slide (the question at its foot), or with `answer` the answer's slide: the
    figure on the left where the answer shows, the answer and its computation on the right."""
    pt = pdf.pt
    pdf.new_page()
    m = pt(SLIDE_MARGIN)
    width = pdf.width - 2 * m
    name = escape(text_in(page.title, job.lang))
    heading = f"{tr('Answer')}: {name}" if answer is not None else name
    title = pdf.fitted(f"<b>{heading}</b>", QRectF(m, m, width, pt(40)), 26, 16)
    y = pdf.draw(title, m, m * 0.8) + pt(10)
    footer = QRectF(m, pdf.height - pt(18), width, pt(12))
    pdf.small(f"gdsim  ·  {job.lesson.id}  ·  "
              f"{text_in(job.lesson.title, job.lang)}", footer, Qt.AlignmentFlag.AlignLeft)
    pdf.small(f"{pdf.pages} / {job.sheets}", footer, Qt.AlignmentFlag.AlignRight)
    height = footer.top() - pt(6) - y
    figure = QRectF(m, y, width * 0.6, height)
    column = QRectF(figure.right() + pt(14), y, width - figure.width() - pt(14), height)
    if answer is not None:
        draw_figure(pdf, page, figure, NOTHING, answer.reveal, width=640)
        html = (f"<p style='font-size:x-large'><b>{escape(LessonPanel.right_text(answer))}"
                f"</b></p>" + LessonPanel.work_html(answer, with_answer=False))
        pdf.draw(pdf.fitted(html, column, 16, 8), column.x(), column.y())
        return
    draw_figure(pdf, page, figure, hidden_for(page), width=640)
    q = page.question
    prompt = None
    if q is not None:
        prompt = pdf.fitted(f"<p><b>{escape(text_in(q.prompt, job.lang))}</b></p>",
                            QRectF(column.x(), 0, column.width() - pt(16), column.height() / 3),
                            20, 12)
        asked = prompt.size().height() + pt(16)
        box = QRectF(column.x(), column.bottom() - asked, column.width(), asked)
        pdf.box(box, "#fff4e6", "#e8590c")
        pdf.draw(prompt, box.x() + pt(8), box.y() + pt(8))
        column.setBottom(box.top() - pt(8))
    body = pdf.fitted(page_html(page, job.lang), column, 18, 8, page.formulas)
    pdf.draw(body, column.x(), column.y())
