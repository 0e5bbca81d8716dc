"""What an open question hides (core/hidden.py) and its first help (core/lesson_hints.py): the
quantities that give the answer away, and a hint that says what to compute, not the answer."""

import pytest

from gdsim.core.hidden import NOTHING, Hidden, masked
from gdsim.core.lesson_hints import hint
from gdsim.core.lesson_keys import answer_key, hidden_for, num
from gdsim.core.lessons import load_lessons

LESSONS = {lesson.id: lesson for lesson in load_lessons()[0]}
QUESTIONS = [(lesson.id, i, page) for lesson in LESSONS.values()
             for i, page in enumerate(lesson.pages) if page.question is not None]


@pytest.mark.parametrize(("lesson_id", "index", "page"), QUESTIONS,
                         ids=[f"{lid}-p{i + 1}" for lid, i, _ in QUESTIONS])
def test_a_hint_names_a_formula_and_not_the_answer(lesson_id, index, page):
    key = answer_key(page)
    words = " ".join(str(m) for m in hint(page))
    formulas = ("(3-", "∂J/∂w1", "multiply", "det(H − λI)", "α < 2/λmax")
    assert any(f in words for f in formulas)  # the formula to use
    for v in key.values:
        if abs(v) >= 10 or not float(v).is_integer():
            assert num(v) not in words and num(v, 4) not in words, (v, words)


def test_each_question_hides_its_own_quantities():
    point = hidden_for(LESSONS["3.3.3"].pages[1])
    assert point == Hidden("point", 1) and point.point(1) and not point.point(0)
    assert not point.cost(1) and not point.slopes(0)
    gradient = hidden_for(LESSONS["3.3.2"].pages[3])
    assert gradient.gradient(0) and gradient.slopes(0)  # V1's and V2's slopes are its parts
    slope = hidden_for(LESSONS["3.3.2"].pages[1])
    assert slope.slopes(0) and not slope.gradient(0)  # the page gives grad J itself
    move = hidden_for(LESSONS["3.3.6"].pages[3])  # which way w¹₄₁ moves
    assert move.delta(0, 2, 4) and move.weight_gradient(0, 1, 4, 1)
    assert move.weight_gradient(0, 1, 4, 3) and move.bias_gradient(0, 1, 4)  # made of δ²₄ too
    assert not move.delta(0, 3, 1) and not move.delta(1, 2, 4)
    a = hidden_for(LESSONS["3.3.4"].pages[2])
    assert a.activation(0, 3, 1) and not a.activation(0, 3, 2) and not a.delta(0, 3, 1)
    assert hidden_for(LESSONS["3.3.5"].pages[1]).paths(1)
    limit = hidden_for(LESSONS["alpha"].pages[-1])  # 2/λmax in the narrow valley
    assert limit.curvature() and not limit.point(0) and not limit.slopes(0)
    assert not point.curvature() and not gradient.curvature()
    assert not NOTHING and not NOTHING.point(0) and not NOTHING.delta(0, 2, 1)
    assert not NOTHING.curvature()


def test_a_hidden_value_reads_as_a_question_mark():
    assert masked(True, "J = 16.8") == "J = ?"
    assert masked(True, "(w1, w2) = (−1.6, 2.2)") == "(w1, w2) = ?"
    assert masked(False, "J = 16.8") == "J = 16.8"
