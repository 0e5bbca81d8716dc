"""Handouts and slides of a lesson, read back as a PDF reader reads them (poppler's pdfinfo and
pdftotext): a sheet per page (slides: and one per question), the paper's size, every question's
text, the key's numbers equal to core's and only on the key (or the answer's slide), the figures
hiding what an open question asks, Chinese in zh_CN."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from gdsim.core.handouts import PrintJob
from gdsim.core.lesson_keys import answer_key, num
from gdsim.core.lessons import Lesson, Page, find_lesson, load_lessons, text_in
from gdsim.ui import i18n
from tests.ui.test_lesson_tutor import NUMBER, keys_of, shows

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
    reason="poppler-utils' pdfinfo and pdftotext read the PDFs back (scripts/test installs "
           "them: apt-get install poppler-utils)")


@pytest.fixture
def app(qapp):
    from gdsim.ui.qtapp import make_app

    yield make_app()
    i18n.set_language("en")


def write(lesson: Lesson, out: Path, **options) -> Path:
    from gdsim.ui.handout import write_pdf

    i18n.set_language(options.get("lang", "en"))
    return write_pdf(PrintJob(lesson, out, **options))


def info(path: Path) -> tuple[int, float, float]:
    """The PDF's page count and its first page's width and height in points."""
    text = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", text, re.M).group(1))
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", text, re.M).groups()
    return pages, float(w), float(h)


def text_of(path: Path, page: int | None = None) -> str:
    """The text a reader extracts (of one page), folded as NFKC with no white space: the
    embedded CJK font maps some glyphs back to compatibility characters (⽅ for 方)."""
    return squeeze(raw_text(path, page))


def raw_text(path: Path, page: int | None = None) -> str:
    where = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *where, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def figure_numbers(path: Path, sheet: int, page: Page) -> list[str]:
    """The numbers on a sheet that the page's own words do not state: the figure's."""
    own = " ".join([text_in(page.text, "en"), text_in(page.title, "en"), *page.formulas,
                    text_in(page.question.prompt, "en") if page.question else ""])
    stated = set(NUMBER.findall(own))
    return [t for t in NUMBER.findall(raw_text(path, sheet)) if t not in stated]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def keys(lesson: Lesson) -> list[tuple[int, list[str]]]:
    """Each question's page and its key's numbers as gdsim prints them (num)."""
    return [(i, [num(v) for v in answer_key(page).values] or [answer_key(page).choice])
            for i, page in enumerate(lesson.pages) if page.question is not None]


def test_a_sheet_per_page_on_a4_each_question_asked_and_no_key_on_it(app, tmp_path):
    lesson = find_lesson("3.3.4")
    out = write(lesson, tmp_path / "sheet.pdf")
    pages, w, h = info(out)
    assert pages == len(lesson.pages)
    assert (round(w), round(h)) == (595, 842)  # A4
    text = text_of(out)
    for i, page in enumerate(lesson.pages):
        assert squeeze(text_in(page.title, "en")) in text_of(out, i + 1)
    for i, values in keys(lesson):
        sheet = text_of(out, i + 1)
        assert squeeze(text_in(lesson.pages[i].question.prompt, "en")) in sheet
        for value in values:  # not in the text, nor in the figure's numbers
            assert value not in text, (i, value)


def test_the_key_on_letter_has_every_answer_as_core_computes_it(app, tmp_path):
    lesson = find_lesson("3.3.6")
    out = write(lesson, tmp_path / "key.pdf", answers=True, paper="letter")
    pages, w, h = info(out)
    assert (pages, round(w), round(h)) == (len(lesson.pages), 612, 792)  # Letter
    for i, values in keys(lesson):
        sheet = text_of(out, i + 1)
        for value in values:
            assert squeeze(value) in sheet, (i, value)
        for line in answer_key(lesson.pages[i]).work:  # the worked computation, whole
            assert squeeze(line) in sheet, (i, line)


@pytest.mark.parametrize("lesson", load_lessons()[0], ids=lambda lesson: lesson.id)
def test_every_built_in_lesson_hides_its_keys_on_the_sheet_and_prints_them_on_the_key(
        app, tmp_path, lesson):
    """The sheet's figures show none of what a question asks (as the window's views do not,
    tests/ui/test_lesson_tutor.py), the key's figure shows it and its text prints it."""
    sheet = write(lesson, tmp_path / "sheet.pdf")
    key = write(lesson, tmp_path / "key.pdf", answers=True)
    assert info(sheet)[0] == info(key)[0] == len(lesson.pages)
    for i, values in keys(lesson):
        page = lesson.pages[i]
        asked, answered = text_of(sheet, i + 1), text_of(key, i + 1)
        for value in values:
            assert squeeze(value) in answered, (i, value)
            if len(value) > 4:  # "2", "down", "0": words and numbers any sheet has
                assert squeeze(value) not in asked, (i, value)
        for value in keys_of(page):
            assert not shows(figure_numbers(sheet, i + 1, page), value), (i, value)


def test_chinese_sheet_in_chinese(app, tmp_path):
    lesson = find_lesson("3.3.6")
    out = write(lesson, tmp_path / "zh.pdf", lang="zh_CN", answers=True)
    text = text_of(out)
    for i, page in enumerate(lesson.pages):
        if page.question is not None:
            assert squeeze(text_in(page.question.prompt, "zh_CN")) in text_of(out, i + 1)
    assert squeeze(text_in(lesson.title, "zh_CN")) in text
    assert "姓名" not in text  # the key has no name line; the sheet has
    assert "参考答案" in text and "计算过程" in text


def test_slides_are_16_9_and_each_answer_follows_its_question(app, tmp_path):
    lesson = find_lesson("3.3.4")
    out = write(lesson, tmp_path / "deck.pdf", slides=True)
    pages, w, h = info(out)
    asked = keys(lesson)
    assert pages == len(lesson.pages) + len(asked)
    assert w / h == pytest.approx(16 / 9, rel=1e-3)
    slide = 0
    found = dict(asked)
    for i, page in enumerate(lesson.pages):
        slide += 1
        assert squeeze(text_in(page.title, "en")) in text_of(out, slide)
        if i in found:
            question = text_of(out, slide)
            assert squeeze(text_in(page.question.prompt, "en")) in question
            slide += 1
            answer = text_of(out, slide)
            for value in found[i]:
                assert value not in question and squeeze(value) in answer, (i, value)


def test_an_existing_file_is_kept_without_overwrite_and_replaced_with_it(app, tmp_path):
    from gdsim.core.errors import InputError

    lesson = find_lesson("3.3.5")
    out = tmp_path / "sheet.pdf"
    out.write_text("a teacher's own file")
    with pytest.raises(InputError, match="exists; choose another name, or replace it with "
                                         "--overwrite"):
        write(lesson, out)
    assert out.read_text() == "a teacher's own file"
    write(lesson, out, overwrite=True)
    assert info(out)[0] == len(lesson.pages)
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no staging left


@pytest.mark.parametrize("view", ["trace", "contour", "window"])
def test_a_figure_standing_where_the_answer_shows_prints_it_as_a_question_mark(app, tmp_path,
                                                                               view):
    """A teacher's page at step 1 asking for P1 and J(P1): the figure (the trace's row, the
    contour's title, the window's status) says "?" where the sheet would tell them, and the
    key's figure shows them."""
    import json

    from gdsim.core.lessons import load_lesson

    page = {"title": "Where are we?", "text": "Read the figure.", "scenario":
            "fig-3-13-step-vectors", "set": {"step": 1}, "view": view if view != "window"
            else "settings"}
    lesson = {"gdsim_lesson": 1, "id": "peek", "title": "Peek", "pages": [
        {**page, "question": {"ask": "point", "at_step": 1, "prompt": "P1 = ?"}},
        {**page, "question": {"ask": "cost", "at_step": 1, "prompt": "J(P1) = ?"}}]}
    path = tmp_path / "peek.json"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    lesson = load_lesson(path)
    sheet = write(lesson, tmp_path / "sheet.pdf")
    key = write(lesson, tmp_path / "key.pdf", answers=True)
    for i, page in enumerate(lesson.pages):
        values = keys_of(page)
        assert not any(shows(figure_numbers(sheet, i + 1, page), v) for v in values), i
        assert "?" in raw_text(sheet, i + 1).replace(text_in(page.question.prompt, "en"), "")
        assert all(shows(figure_numbers(key, i + 1, page), v) for v in values), i
