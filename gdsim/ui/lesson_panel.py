"""The lesson panel: a lesson's pages one at a time, with predict-then-check.

`LessonPanel` shows a page (title, page n/N, text, formulas, what to click, the question) and
says what the user asked for (`page_shown`, `reveal_requested`) and what the views must hide
while its question is open (`hidden_changed`: core/hidden.py); it never moves the run
(`gdsim.ui.lesson_dock` wires it to the window). A wrong answer says so and keeps the key
hidden; help comes in steps, a hint (what to compute, which formula) and then the worked answer,
which counts the question as shown, not right, however it is typed after. Progress (the page
reached, the questions answered right, those shown) is kept in QSettings under lessons/<id>/.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.lesson_hints import hint
from gdsim.core.lesson_keys import DOWN, UP, Answer, Verdict, answer_key, check, hidden_for, num
from gdsim.core.lessons import Lesson, Page, text_in
from gdsim.ui.i18n import error_text, language, tr
from gdsim.ui.math_render import FormulaLabel


class Progress:
    """How far each lesson got: the page reached and the pages answered right."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else QSettings()

    def page(self, lesson: Lesson) -> int:
        try:
            page = int(str(self.settings.value(f"lessons/{lesson.id}/page", 0)))
        except ValueError:
            return 0
        return page if 0 <= page < len(lesson.pages) else 0

    def right(self, lesson: Lesson) -> set[int]:
        return self._pages(lesson, "right")

    def shown(self, lesson: Lesson) -> set[int]:
        """The pages whose answer was shown before the student typed it right."""
        return self._pages(lesson, "shown")

    def answers(self, lesson: Lesson) -> dict[int, list[str]]:
        """Every answer the student checked, page by page, in order (File ▸ Export answers)."""
        raw = str(self.settings.value(f"lessons/{lesson.id}/answers", "") or "")
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return {int(p): [str(a) for a in given] for p, given in data.items()
                if str(p).isdigit() and isinstance(given, list)} if isinstance(data, dict) else {}

    def add_answer(self, lesson: Lesson, page: int, given: str) -> None:
        answers = self.answers(lesson)
        answers.setdefault(page, []).append(given)
        self.settings.setValue(f"lessons/{lesson.id}/answers", json.dumps(answers))
        self.settings.sync()

    def _pages(self, lesson: Lesson, key: str) -> set[int]:
        raw = str(self.settings.value(f"lessons/{lesson.id}/{key}", "") or "")
        return {int(p) for p in raw.split(",") if p.strip().isdigit()}

    def save(self, lesson: Lesson, page: int, right: set[int],
             shown: set[int] | None = None) -> None:
        self.settings.setValue(f"lessons/{lesson.id}/page", page)
        self.settings.setValue(f"lessons/{lesson.id}/right", ",".join(map(str, sorted(right))))
        if shown is not None:
            self.settings.setValue(f"lessons/{lesson.id}/shown",
                                   ",".join(map(str, sorted(shown))))
        self.settings.sync()


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class LessonPanel(QWidget):
    """One lesson page at a time. Emits what the window should do; never moves the run."""

    page_shown = Signal(object)  # the Page: load its scenario, highlight its view
    reveal_requested = Signal(object)  # the Scenario standing where the answer shows
    hidden_changed = Signal(object)  # the Hidden every view keeps to (NOTHING: all shown)

    def __init__(self, progress: Progress | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress = progress or Progress()
        self.lesson: Lesson | None = None
        self.index = 0
        self.answered: set[int] = set()
        self.seen: set[int] = set()  # pages whose answer was shown before it was typed right
        self.hinted = False  # the hint of this page's question is out: the next help shows all
        self.answer: Answer | None = None
        self.lesson_title = _label(style="font-weight: bold; font-size: 11pt")
        self.counter = QLabel()
        self.page_title = _label(style="font-weight: bold")
        self.text = _label()
        self.formulas = QVBoxLayout()
        self.formula_size = 17.0  # the formulas' size (presentation mode makes it larger)
        self.formulas.setSpacing(2)
        self.click = _label(style="color: #1c5fa8")
        self.prompt = _label(style="font-weight: bold")
        self.field = QLineEdit()
        self.field.returnPressed.connect(self._on_check_clicked)
        self.up = QRadioButton()
        self.down = QRadioButton()
        self.choice = QButtonGroup(self)
        for button in (self.up, self.down):
            self.choice.addButton(button)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self._on_check_clicked)
        self.show_button = QPushButton()  # help: the hint, then the worked answer
        self.show_button.clicked.connect(self._on_help_clicked)
        self.tolerance = QLabel()
        self.result = _label()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_page)
        self.retranslate()
        self._layout()

    def _layout(self) -> None:
        self.question = QFrame()
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        q = QVBoxLayout(self.question)
        q.addWidget(self.prompt)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.up)
        row.addWidget(self.down)
        q.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        q.addLayout(buttons)
        q.addWidget(self.tolerance)
        q.addWidget(self.result)
        body = QWidget()
        b = QVBoxLayout(body)
        for w in (self.page_title, self.text):
            b.addWidget(w)
        b.addLayout(self.formulas)
        b.addWidget(self.click)
        b.addWidget(self.question)
        b.addStretch(1)
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addWidget(self.lesson_title)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.counter)
        outer.addLayout(nav)

    def retranslate(self) -> None:
        """Every word in the language chosen now; the page shown again in it."""
        self.field.setToolTip(tr("Your prediction: numbers separated by commas, e.g. -1.6, 2.2"))
        self.up.setText(tr("up ↑"))
        self.down.setText(tr("down ↓"))
        self.check_button.setText(tr("Check"))
        self.check_button.setToolTip(tr("Compare your prediction with what gdsim computes"))
        self._help_words()
        self.previous_button.setText(tr("◂ Previous page"))
        self.previous_button.setToolTip(tr("The previous page of the lesson") + " (Alt+Left)")
        self.next_button.setText(tr("Next page ▸"))
        self.next_button.setToolTip(tr("The next page of the lesson") + " (Alt+Right)")
        if self.lesson is not None:
            self.lesson_title.setText(text_in(self.lesson.title, language()))
            self._fill(self.lesson.pages[self.index])

    # -- what the window asks -------------------------------------------------------------------
    def open_lesson(self, lesson: Lesson, page: int | None = None) -> None:
        """Show the lesson at `page`, or where the student left it."""
        self.lesson = lesson
        self.answered = self.progress.right(lesson)
        self.seen = self.progress.shown(lesson) - self.answered
        self.lesson_title.setText(text_in(lesson.title, language()))
        self.show_page(self.progress.page(lesson) if page is None else page)

    @property
    def page(self) -> Page | None:
        return None if self.lesson is None else self.lesson.pages[self.index]

    def next_page(self) -> None:
        if self.lesson is not None and self.index + 1 < len(self.lesson.pages):
            self.show_page(self.index + 1)

    def previous_page(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.show_page(self.index - 1)

    def show_page(self, index: int) -> None:
        if self.lesson is None:
            return
        self.index = max(0, min(index, len(self.lesson.pages) - 1))
        page = self.lesson.pages[self.index]
        self._show_question(page)
        self._fill(page)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.lesson.pages))
        self.progress.save(self.lesson, self.index, self.answered)
        self.hidden_changed.emit(self.hidden())
        self.page_shown.emit(page)

    def hidden(self) -> Hidden:
        """What the views hide now: the open question's quantities, until it is answered right
        or shown (core/hidden.py)."""
        page = self.page
        if page is None or self.index in self.answered | self.seen:
            return NOTHING
        return hidden_for(page)

    def _fill(self, page: Page) -> None:
        """The page's words and formulas in the chosen language."""
        lang = language()
        self._update_counter()
        self.page_title.setText(text_in(page.title, lang))
        self.text.setText(text_in(page.text, lang))
        click = text_in(page.click, lang)
        self.click.setText(f"▸ {click}" if click else "")
        self.click.setVisible(bool(click))
        while self.formulas.count():
            item = self.formulas.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()  # gone now, deleted when the event loop comes round
                old.deleteLater()
        for tex in page.formulas:
            label = FormulaLabel(size=self.formula_size)
            self.formulas.addWidget(label)
            label.set_formula(tex)
        q = page.question
        if q is not None:
            self.prompt.setText(text_in(q.prompt, lang))
            self.tolerance.setText("" if self.answer is not None and self.answer.choice
                                   else tr("Counted right only when exact") if q.tolerance == 0
                                   else f"{tr('Counted right within')} ± {num(q.tolerance)}")

    def _update_counter(self) -> None:
        """Page n / N, and how many of the lesson's questions were answered right."""
        if self.lesson is None:
            return
        asked = {i for i, p in enumerate(self.lesson.pages) if p.question is not None}
        shown = len(self.seen & asked)
        self.counter.setText(tr("Page {0} / {1}").format(self.index + 1, len(self.lesson.pages))
                             + (f"  ·  ✓ {len(self.answered & asked)}/{len(asked)}"
                                if asked else "")
                             + ("  ·  " + tr("{n} shown").format(n=shown) if shown else ""))
        self.counter.setToolTip(tr("✓ answered right / questions; shown: answers seen before "
                                   "they were typed"))

    def _show_question(self, page: Page) -> None:
        """The question's field or choice, empty, and its answer key computed."""
        q = page.question
        self.question.setVisible(q is not None)
        self.result.clear()
        self.field.clear()
        self.answer = None
        self.hinted = False
        self._help_words()
        if q is None:
            return
        self.answer = answer_key(page)
        choice = bool(self.answer.choice)
        self.field.setVisible(not choice)
        for button in (self.up, self.down):
            self.choice.setExclusive(False)
            button.setChecked(False)
            self.choice.setExclusive(True)
            button.setVisible(choice)
        if self.index in self.answered:
            self.result.setText(f"<span style='color:#2b8a3e'>✓ {tr('Answered right before')}"
                                "</span>")
        elif self.index in self.seen:
            self.result.setText(f"<span style='color:#a15c00'>{tr('The answer was shown before')}"
                                "</span>")

    # -- predict, then check --------------------------------------------------------------------
    def typed(self) -> str:
        if self.answer is not None and self.answer.choice:
            return UP if self.up.isChecked() else DOWN if self.down.isChecked() else ""
        return self.field.text()

    def _on_check_clicked(self) -> None:
        if self.answer is None or self.lesson is None:
            return
        typed = self.typed()
        if not typed.strip():
            self.result.setText(f"<span style='color:#c92a2a'>{tr('Type your prediction first')}"
                                "</span>")
            return
        verdict = check(self.answer, typed)
        if verdict.error:
            self.result.setText(f"<span style='color:#c92a2a'>{tr('Could not read your answer')}"
                                f": {_html(verdict.error)}</span>")
            return
        self.result.setText(self.verdict_html(self.answer, verdict))
        self._scroll_to_result()
        self.progress.add_answer(self.lesson, self.index, self.given_text(verdict))
        if not verdict.right:
            return  # the key stays hidden: try again, or ask for help
        if self.index not in self.seen:
            self.answered.add(self.index)
            self.progress.save(self.lesson, self.index, self.answered, self.seen)
            self._update_counter()
        self._reveal()

    def _on_help_clicked(self) -> None:
        """The hint first (what to compute, which formula); asked again, the worked answer,
        which counts the question as shown."""
        if self.answer is None or self.lesson is None or self.page is None:
            return
        if not self.hinted and self.index not in self.answered | self.seen:
            self.hinted = True
            lines = "<br>".join(_html(error_text(m)) for m in hint(self.page))
            self.result.setText(f"<p><b>{tr('Hint')}:</b><br>{lines}</p>")
            self._help_words()
            self._scroll_to_result()
            return
        if self.index not in self.answered:
            self.seen.add(self.index)
            self.progress.save(self.lesson, self.index, self.answered, self.seen)
            self._update_counter()
        self.result.setText(self.work_html(self.answer))
        self._scroll_to_result()
        self._reveal()

    def _reveal(self) -> None:
        """The views show the question's quantities again, and the run stands where they are."""
        assert self.answer is not None
        self.hidden_changed.emit(NOTHING)
        self.reveal_requested.emit(self.answer.reveal)

    def _help_words(self) -> None:
        if self.hinted:
            self.show_button.setText(tr("Show answer"))
            self.show_button.setToolTip(tr("The worked answer; the question counts as shown, "
                                           "not right"))
        else:
            self.show_button.setText(tr("Hint"))
            self.show_button.setToolTip(tr("What to compute and with which formula; asked "
                                           "again, the worked answer"))

    def _scroll_to_result(self) -> None:
        """The verdict and the computation in view, however short the dock is."""
        QTimer.singleShot(0, lambda: self.scroller.ensureWidgetVisible(self.result, 0, 0))

    @staticmethod
    def right_text(answer: Answer) -> str:
        if answer.choice:
            return tr("up ↑") if answer.choice == UP else tr("down ↓")
        values = ", ".join(num(v) for v in answer.values)
        return f"({values})" if len(answer.values) > 1 else values

    @staticmethod
    def given_text(verdict: Verdict) -> str:
        """What the student answered, as gdsim read it: "(−1.5, 2.2)", "0.69", "up"."""
        if isinstance(verdict.given, str):
            return verdict.given
        given = ", ".join(num(v) for v in verdict.given)
        return f"({given})" if len(verdict.given) > 1 else given

    def verdict_html(self, answer: Answer, verdict: Verdict) -> str:
        given = self.given_text(verdict)
        if isinstance(verdict.given, str):
            given = tr("up ↑") if verdict.given == UP else tr("down ↓")
        if not verdict.right:
            return (f"<p style='color:#c92a2a'><b>✗ {tr('Not quite.')}</b> "
                    f"{tr('Your answer')}: {_html(given)}. "
                    f"{tr('Try again, or ask for a hint.')}</p>")
        head = (f"<p style='color:#2b8a3e'><b>✓ {tr('Right!')}</b> {tr('gdsim computes')} "
                f"{_html(self.right_text(answer))}.</p>")
        if self.index in self.seen:
            late = tr("Counted as shown, not right: the answer was shown before you typed it.")
            head += f"<p style='color:#a15c00'>{late}</p>"
        return head + self.work_html(answer, with_answer=False)

    @staticmethod
    def work_html(answer: Answer, with_answer: bool = True) -> str:
        """The answer (if `with_answer`) and its worked computation, as rich text (the panel's,
        a handout's key, a slide's)."""
        lines = "<br>".join(_html(line) for line in answer.work)
        head = (f"<p><b>{tr('The answer')}:</b> {_html(LessonPanel.right_text(answer))}</p>"
                if with_answer else "")
        return f"{head}<p><b>{tr('The computation')}:</b><br>{lines}</p>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
