"""File ▸ Export answers…: the student's answers to a lesson's questions (core/answer_record.py)
as CSV and, beside it with the same name, as a one-page PDF to hand in (Qt's PDF writer, the
table fitted to the page)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF

from gdsim.core.answer_record import RIGHT, SHOWN, answer_rows, answers_csv
from gdsim.core.lessons import Lesson, text_in
from gdsim.ui.export import staged
from gdsim.ui.i18n import language, tr
from gdsim.ui.lesson_panel import Progress
from gdsim.ui.print_pages import Pdf

MARGIN = 42  # points


def export_answers(lesson: Lesson, progress: Progress, out: Path) -> tuple[Path, Path]:
    """Write `out` (CSV) and the same name ending in .pdf; both or, on a failure, neither."""
    answered = progress.right(lesson)
    shown = progress.shown(lesson) - answered
    rows = answer_rows(lesson, progress.answers(lesson), answered, shown, language())
    out = out.with_suffix(".csv")
    pdf_path = out.with_suffix(".pdf")
    with staged(out, folder=False) as stage:
        (stage / "answers").write_text(answers_csv(lesson, rows), encoding="utf-8")
        with staged(pdf_path, folder=False) as pdf_stage:
            pdf = Pdf(pdf_stage / "answers.pdf", "a4", text_in(lesson.title, language()))
            try:
                words = {RIGHT: tr("right"), SHOWN: tr("shown"), "open": tr("not answered")}
                cells = "".join(
                    f"<tr><td>{row.page}</td><td>{escape(row.question)}</td>"
                    f"<td>{'<br>'.join(escape(a) for a in row.answers) or '—'}</td>"
                    f"<td align=center>{row.attempts}</td><td>{words[row.result]}</td></tr>"
                    for row in rows)
                head = "".join(f"<th align=left>{h}</th>" for h in (
                    tr("Page"), tr("Question"), tr("Your answers"), tr("Attempts"),
                    tr("Result")))
                html = (f"<h2>{escape(text_in(lesson.title, language()))}</h2>"
                        f"<p>{tr('Name')} ____________________&nbsp;&nbsp;&nbsp;{tr('Date')} "
                        f"{date.today().isoformat()}</p><p>✓ {len(answered)} / {len(rows)}"
                        f"&nbsp;&nbsp;·&nbsp;&nbsp;{tr('{n} shown').format(n=len(shown))}</p>"
                        f"<table width=100% cellspacing=0 cellpadding=4 border=1 "
                        f"style='border-collapse: collapse'><tr>{head}</tr>{cells}</table>")
                pdf.new_page()
                m = pdf.pt(MARGIN)
                box = QRectF(m, m, pdf.width - 2 * m, pdf.height - 2 * m)
                pdf.draw(pdf.fitted(html, box, 11, 5), m, m)
            finally:
                pdf.finish()
    return out, pdf_path
