"""The lessons as a tutor: they draw what the book draws (figure 3-10's three ways down from A),
and while a question is open no view shows what it asks (a "?" where the number would be, the
walk stopped before it); once it is answered right or shown the views show it. Help comes as a
hint, then the worked answer; a wrong answer keeps the key; progress says which."""

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from gdsim.core.hidden import MASK
from gdsim.core.lesson_keys import answer_key
from gdsim.core.lessons import load_lessons
from gdsim.core.run import Run
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.lesson_panel import Progress
from gdsim.ui.views.diagram_values import edge_tooltip, neuron_tooltip

LESSONS = {lesson.id: lesson for lesson in load_lessons()[0]}
QUESTIONS = [(lesson.id, i) for lesson in LESSONS.values()
             for i, page in enumerate(lesson.pages) if page.question is not None]
NUMBER = re.compile(r"[−-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


@pytest.fixture
def lesson_window(make_window, tmp_path):
    window = make_window()
    window.lessons.panel.progress = Progress(QSettings(str(tmp_path / "progress.ini"),
                                                       QSettings.Format.IniFormat))
    return window


def test_3_3_1_draws_v1_v2_and_l_as_figure_3_10(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.1"], 1)  # the Directions dock in view: the arrows are drawn
    qtbot.waitUntil(lambda: w.views.contour.directions["l"].line.isVisible())
    A = np.array([-3.0, 3.0])
    half = math.sqrt(2) / 2
    ends = {"V1": A + (0, -1), "V2": A + (1, 0), "l": A + (half, -half),
            "−grad J": A + (half, -half)}  # −grad J runs along l, as the book says
    for name, end in ends.items():
        xs, ys = w.views.contour.directions[name].line.getData()
        np.testing.assert_allclose([xs[0], ys[0]], A, atol=1e-12)
        np.testing.assert_allclose([xs[-1], ys[-1]], end, atol=1e-12, err_msg=name)
    d = w.views.directions
    rows = {d.table.item(r, 0).text(): r for r in range(d.table.rowCount())}
    assert d.table.item(rows["V1"], 1).text() == "(0, −1)"
    assert d.table.item(rows["l"], 1).text() == "(0.7071, −0.7071)"
    assert all(d.table.item(r, 2).text().startswith("−") for r in rows.values())  # downhill


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


def visible_texts(window) -> list[str]:
    """Every text a student can read in the window now: labels, buttons, fields, text views,
    every cell of the tables in sight, and the words drawn in the plots."""
    texts = []
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton | QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            texts += [str(m.data(m.index(r, c)) or "") for r in range(m.rowCount())
                      for c in range(m.columnCount())]
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            texts += [item.toPlainText() for item in w.scene().items()
                      if isinstance(item, QGraphicsTextItem) and item.isVisible()]
    return texts


def significant(token: str) -> int:
    return len(token.lstrip("-").split("e")[0].replace(".", "").lstrip("0").rstrip("0") or "0")


def shows(texts: list[str], value: float) -> bool:
    """Does any text show `value`, as written to its own precision, with as many significant
    digits as the value has, up to three (a single digit, or 0.15 for 0.1453, is everywhere)?"""
    need = max(2, min(3, significant(f"{value:.6g}")))
    for text in texts:
        for token in NUMBER.findall(text.replace("−", "-")):
            if significant(token) < need:
                continue
            mantissa, _, exponent = token.partition("e")
            last = int(exponent or 0) - len(mantissa.partition(".")[2])  # its last digit's place
            if abs(float(token) - value) <= 0.51 * 10.0**last + 1e-15:
                return True
    return False


def every_view_texts(window) -> list[str]:
    """The texts of the window as the page shows it and with each dock brought to the front
    in turn, where the contour view's arrows end, and what every neuron and edge of a network
    says when hovered or selected (the Formula and Chain rule docks)."""
    texts = visible_texts(window)
    snap = window.controller.snapshot()
    if not isinstance(snap, NetworkSnapshot):
        c = window.views.contour
        for vector in (c.oa, c.ap, c.op, c.oq, *c.directions.values()):
            if vector.line.isVisible():
                xs, ys = vector.line.getData()
                texts.append(f"{xs[-1]:.12g} {ys[-1]:.12g}")
    for dock in window.docks.values():
        dock.show()
        dock.raise_()
        settle()
        texts += visible_texts(window)
    if isinstance(snap, NetworkSnapshot):
        net = snap.net
        picks = [("neuron", l, i) for l in range(1, net.L + 1)
                 for i in range(1, net.sizes[l - 1] + 1)]
        picks += [("edge", l, i, j) for l in range(1, net.L) for i in range(1, net.sizes[l] + 1)
                  for j in range(1, net.sizes[l - 1] + 1)]
        texts += [neuron_tooltip(snap, *p[1:]) if p[0] == "neuron" else edge_tooltip(snap, *p[1:])
                  for p in picks]
        for name in ("formula", "chain"):
            window.docks[name].raise_()
            for pick in picks:
                window.views.diagram.selected.emit(pick)
                settle()
                texts += visible_texts(window.docks[name])
    return texts


def keys_of(page) -> list[float]:
    """What a question's answer is in numbers: its key, or for which way a weight moves, the
    ∂J/∂w and the δ that decide it."""
    key = answer_key(page)
    if not key.choice:
        return [v for v in key.values if abs(v) > 1e-9]
    q = page.question
    snap = Run(key.reveal).snapshot()
    return [float(snap.bwd.dW[q.layer - 1][q.source - 1, q.neuron - 1]),
            float(np.asarray(snap.bwd.delta[q.layer])[0, q.neuron - 1])]


def answer_right(window, page, qtbot):
    panel = window.lessons.panel
    key = answer_key(page)
    if key.choice:
        (panel.up if key.choice == "up" else panel.down).setChecked(True)
    else:
        panel.field.setText(", ".join(repr(v) for v in key.values))
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    settle()


@pytest.mark.parametrize(("lesson_id", "index"), QUESTIONS,
                         ids=[f"{lid}-p{i + 1}" for lid, i in QUESTIONS])
def test_no_view_shows_the_key_before_it_is_answered(lesson_window, qtbot, lesson_id, index):
    w = lesson_window
    page = LESSONS[lesson_id].pages[index]
    w.lessons.open(LESSONS[lesson_id], index)
    settle()
    assert w.controller.hidden, "the open question hides what it asks"
    before = every_view_texts(w)
    for value in keys_of(page):
        hits = [t for t in before if shows([t], value)]
        assert not hits, (value, hits)
    answer_right(w, page, qtbot)
    assert not w.controller.hidden
    assert index in w.lessons.panel.answered
    after = every_view_texts(w)
    for value in keys_of(page):  # one significant digit (2/λmax = 0.1) is everywhere: unsought
        if abs(value) >= 0.1 and not float(value).is_integer() and significant(f"{value:.6g}") > 1:
            assert shows(after, value), value


def _rows(table):
    return {table.item(r, 0).text(): r for r in range(table.rowCount())}


def test_the_directions_table_hides_the_slopes_until_answered(lesson_window, qtbot):
    w = lesson_window
    lesson = LESSONS["3.3.2"]
    for index in (1, 2, 3):  # 45° (a zero), −45°, grad J(A)
        w.lessons.open(lesson, index)
        w.docks["directions"].raise_()
        settle()
        d = w.views.directions
        for r in range(d.table.rowCount()):
            assert d.table.item(r, 2).text() == d.table.item(r, 3).text() == MASK
        assert f"|grad J| = {MASK}" in d.summary.text()
        assert d.curve.getData()[0] is None or len(d.curve.getData()[0]) == 0
    assert f"grad J = {MASK}" in d.summary.text()  # the gradient asked on page 4
    w.docks["trace"].raise_()
    settle()
    trace = w.views.trace.model
    assert [trace.data(trace.index(0, c)) for c in (4, 5, 6)] == [MASK] * 3
    assert w.status_line.grad.text() == f"|grad J| = {MASK}"
    w.lessons.open(lesson, 1)
    answer_right(w, lesson.pages[1], qtbot)
    d = w.views.directions
    assert d.table.item(_rows(d.table)["l"], 2).text() == "0"  # a zero, not −8.88e-16
    assert len(d.curve.getData()[0]) > 0


def test_the_formula_dock_hides_delta_2_1_on_3_3_6_p3(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.6"], 2)
    settle()
    w.views.diagram.selected.emit(("neuron", 2, 1))  # what the page says to do
    settle()
    text = w.views.formula.plain_text()
    assert f"= {MASK}" in text and "0.0595" not in text
    key = answer_key(LESSONS["3.3.6"].pages[2]).values[0]
    answer_right(w, LESSONS["3.3.6"].pages[2], qtbot)
    w.views.diagram.selected.emit(("neuron", 2, 1))
    settle()
    assert f"{key:.6g}".replace("-", "−") in w.views.formula.plain_text()


def test_an_edge_click_on_3_3_4_p3_does_not_tell_a3_1(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.4"], 2)
    settle()
    w.views.diagram.selected.emit(("edge", 2, 1, 1))
    settle()
    text = w.views.formula.plain_text()
    assert "0.692" not in text and f"= {MASK}" in text


def test_the_gradient_check_left_from_3_3_5_shows_no_sign_on_3_3_6_p1(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.5"], 3)
    settle()
    gc = w.views.build("gradcheck")
    gc.check(gc.snapshot)  # filled on 3.3.5's last page
    assert all(gc.table.item(r, 1).text() != MASK for r in range(gc.table.rowCount()))
    w.lessons.open(LESSONS["3.3.6"], 0)  # which way w²₁₁ moves: the walk is before δ
    settle()
    w.docks["gradcheck"].raise_()
    settle()
    assert all(gc.table.item(r, c).text() == MASK for r in range(gc.table.rowCount())
               for c in (1, 2, 3))


def test_the_contour_does_not_draw_P1_at_step_0(lesson_window, qtbot):
    w = lesson_window
    for lesson_id, index in (("3.3.3", 1), ("alpha", 3)):  # P1; |OP| = 1 on the α = 0.5 page
        w.lessons.open(LESSONS[lesson_id], index)
        settle()
        c = w.views.contour
        assert not c.op.line.isVisible() and not c.ap.line.isVisible()
        assert c.oa.line.isVisible()  # A itself is no secret
        answer_right(w, LESSONS[lesson_id].pages[index], qtbot)
        assert c.op.line.isVisible()
    assert "|OP| = 1" in c.op.text.toPlainText()


def test_a_wrong_answer_keeps_the_key_and_help_comes_in_steps(lesson_window, qtbot):
    w = lesson_window
    lesson = LESSONS["3.3.3"]
    w.lessons.open(lesson, 1)
    panel = w.lessons.panel
    panel.field.setText("-1.5, 2.2")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    text = panel.result.text()
    assert "Not quite" in text and "−1.6" not in text  # the key is not told
    assert w.controller.run.k == 0 and w.controller.hidden
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)  # a hint: what to compute
    hint = panel.result.text()
    assert "(3-12)" in hint and "−1.6" not in hint and w.controller.hidden
    assert panel.show_button.text() == "Show answer"
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)  # the worked answer
    assert "(−1.6, 2.2)" in panel.result.text() and not w.controller.hidden
    assert w.controller.run.k == 1
    panel.field.setText("-1.6, 2.2")  # typed after it was shown: shown, not right
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "Counted as shown" in panel.result.text()
    assert 1 not in panel.answered and 1 in panel.seen
    assert "1 shown" in panel.counter.text() and "✓ 0/3" in panel.counter.text()
    assert panel.progress.shown(lesson) == {1}  # remembered
    w.lessons.open(lesson, 3)
    panel.field.setText("-1.28, 1.56")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "✓ 1/3" in panel.counter.text() and panel.progress.right(lesson) == {3}


def test_help_speaks_chinese(lesson_window, qtbot):
    from gdsim.ui import i18n

    w = lesson_window
    i18n.set_language("zh_CN")
    try:
        w.lessons.open(LESSONS["3.3.6"], 1)
        panel = w.lessons.panel
        panel.retranslate()
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        text = panel.result.text()
        assert "提示" in text and "(3-37)" in text and "Hint" not in text
        panel.field.setText("1")
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        assert "Try again" not in panel.result.text()
    finally:
        i18n.set_language("en")


def test_closing_the_lesson_shows_everything_again(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 1)
    assert w.controller.hidden
    w.lessons.dock.close()
    settle()
    assert not w.controller.hidden
    assert w.views.contour.op.line.isVisible()


def test_the_chain_rule_dock_does_not_count_the_paths_asked(lesson_window, qtbot):
    w = lesson_window
    lesson = LESSONS["3.3.5"]
    w.lessons.open(lesson, 1)  # how many paths from w¹₁₁ to J?
    w.docks["chain"].raise_()
    w.views.diagram.selected.emit(("edge", 1, 1, 1))
    settle()
    chain = w.views.chain
    assert f"{MASK} paths to J" in chain.title.text() and chain.table.rowCount() == 0
    answer_right(w, lesson.pages[1], qtbot)
    w.views.diagram.selected.emit(("edge", 1, 1, 1))
    settle()
    assert "2 paths to J" in chain.title.text() and chain.table.rowCount() == 2


def test_the_limit_asked_is_a_question_mark_in_every_view_until_answered(lesson_window, qtbot):
    """The narrow valley's page asks 2/λmax (H = diag(2, 20): 0.1). Until it is answered the
    curvature panel's λ, κ, limit and factors, the α field's limit and the contour's
    eigen-direction labels are "?", and the α map draws neither its descents nor its lines
    (where they stop converging is the answer); Check shows them all, the α map in front."""
    w = lesson_window
    lesson = LESSONS["alpha"]
    index = len(lesson.pages) - 1
    assert lesson.pages[index].question.ask == "alpha_limit"
    w.lessons.open(lesson, index)
    w.docks["curvature"].raise_()
    settle()
    panel = w.views.build("curvature")
    text = panel.toPlainText()
    assert "λ₂ = ?" in text and "κ = λmax / λmin = ?" in text and "2/λmax = ?" in text
    assert "1 − αλ₂ = 1 − 0.09 × ? = ?" in text
    assert "λ₂ = 20" not in text and "0.1" not in text and "zig-zag" not in text
    qtbot.waitUntil(lambda: w.views.contour.show_curvature.isChecked())
    labels = [v.text.toPlainText() for v in w.views.contour.eigen]
    assert labels == ["v₁: λ₁ = ?", "v₂: λ₂ = ?"]
    assert w.panels.surface.lr_limit.text() == "stable here for α < 2/λmax = ?"
    w.docks["alpha_map"].raise_()
    settle()
    amap = w.views.build("alpha_map")
    assert amap.map is None and not amap.limit.isVisible() and not amap.half.isVisible()
    for item in (amap.converged, amap.failed, amap.unfinished):  # no descents drawn
        xs = item.getData()[0]
        assert xs is None or len(xs) == 0
    assert "answered" in amap.plot.titleLabel.text
    (_, _), (y0, y1) = amap.plot.vb.viewRange()  # an empty map on the steps' own axis
    assert y0 < 0 < 2 < y1 and amap.plot.getAxis("left").labelText == "steps"
    w.docks["curvature"].raise_()
    answer_right(w, lesson.pages[index], qtbot)
    qtbot.waitUntil(lambda: amap.limit.isVisible())  # Check brings the α map forward
    assert amap.limit.value() == pytest.approx(0.1) and amap.map is not None
    assert w.panels.surface.lr_limit.text() == "stable here for α < 2/λmax = 0.1"
    w.docks["curvature"].raise_()
    settle()
    text = panel.toPlainText()
    assert "λ₂ = 20" in text and "2/λmax = 0.1" in text and "zig-zag" in text
    w.docks["contour"].raise_()  # behind the α map since Check: it draws when in sight
    settle()
    assert [v.text.toPlainText() for v in w.views.contour.eigen] == ["v₁: λ₁ = 2",
                                                                     "v₂: λ₂ = 20"]
