"""Lessons: every file loads, every answer key is what the mathematics gives, broken files
are named and the others still load."""

import json
import shutil

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core import backprop
from gdsim.core.curvature import central_hessian
from gdsim.core.lesson_keys import DOWN, UP, answer_key, check, read_numbers
from gdsim.core.lessons import (
    FOLDER,
    LessonError,
    find_lesson,
    lesson_from_dict,
    load_lesson,
    load_lessons,
    text_in,
)
from gdsim.core.run import Run, build_surface

LESSONS, ERRORS = load_lessons()
BY_ID = {lesson.id: lesson for lesson in LESSONS}
QUESTIONS = [(lesson.id, i, page) for lesson in LESSONS for i, page in enumerate(lesson.pages)
             if page.question is not None]


def test_every_lesson_loads_in_order_with_both_languages():
    assert ERRORS == []
    assert [lesson.id for lesson in LESSONS] == ["3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5",
                                                 "3.3.6", "alpha", "race"]
    for lesson in LESSONS:
        assert 3 <= len(lesson.pages) <= 6, lesson.id
        assert set(lesson.title) == {"en", "zh_CN"}
        for page in lesson.pages:
            for text in (page.title, page.text, page.click):
                assert set(text) == {"en", "zh_CN"}, (lesson.id, page.title)
                assert text_in(text, "zh_CN") != text_in(text, "en")
                assert "\\" not in "".join(text.values())  # LaTeX only in the formulas
            Run(page.scenario)  # each page's scenario is valid and stands where it says


def test_the_lessons_use_the_examples_the_chapter_names():
    def examples(lesson_id):
        return {p.scenario.title for p in BY_ID[lesson_id].pages}

    assert any("3-10" in t for t in examples("3.3.1"))
    assert {t.split(":")[0] for t in examples("3.3.3")} >= {"Figure 3-12", "Figure 3-13",
                                                            "Figure 3-14", "Figure 3-15"}
    assert all("3-16" in t for t in examples("3.3.4") | examples("3.3.6"))
    assert any("diverges" in t for t in examples("alpha"))
    assert any("Rosenbrock" in t for t in examples("race"))
    assert any("Himmelblau" in t for t in examples("race"))


def test_the_seeds_first_step_is_the_answer_of_3_3_3():
    page = BY_ID["3.3.3"].pages[1]
    key = answer_key(page)
    assert key.values == pytest.approx((-1.6, 2.2), abs=1e-12)  # (3-13), printed in the seed
    assert page.scenario.step == 0  # asked before it is shown
    assert key.reveal.step == 1


def _sgd_path(surface, start, lr, k):
    w = np.array(start, float)
    for _ in range(k):
        w = w - lr * surface.gradient(w)
    return w


@pytest.mark.parametrize(("lesson_id", "index", "page"), QUESTIONS,
                         ids=[f"{lid}-p{i + 1}" for lid, i, _ in QUESTIONS])
def test_every_answer_key_is_what_the_mathematics_gives(lesson_id, index, page):
    """Computed here on its own, from the surface's gradient or the network's weights with
    numpy, not through the lesson code."""
    q, s = page.question, page.scenario
    key = answer_key(page)
    k = s.step if q.at_step is None else q.at_step
    if s.mode == "surface":
        surface = build_surface(s.surface)
        racer = s.surface.racers[q.racer]
        start = racer.start or s.surface.start or surface.start
        lr = racer.lr or s.surface.lr or surface.lr
        w = _sgd_path(surface, start, lr, k)
        if q.ask == "point":
            assert key.values == pytest.approx(tuple(w), abs=1e-9)
        elif q.ask == "cost":
            assert key.values == pytest.approx((float(surface.value(*w)),), abs=1e-9)
        elif q.ask == "gradient":
            assert key.values == pytest.approx(tuple(surface.gradient(w)), abs=1e-9)
        elif q.ask in ("eigenvalues", "alpha_limit"):  # H by central differences of grad J
            lam = np.linalg.eigvalsh(central_hessian(surface.gradient, w))
            expected = tuple(lam) if q.ask == "eigenvalues" else (2 / lam[-1],)
            assert key.values == pytest.approx(expected, rel=1e-6)
        else:
            t = np.radians(s.surface.angle)
            expected = surface.gradient(w) @ np.array([np.cos(t), np.sin(t)])
            assert key.values == pytest.approx((expected,), abs=1e-9)
        return
    net0 = Run(s.at(0)).snapshot().net  # θ_0 of the scenario's seed
    x, y = np.array([s.network.x]), np.array([s.network.y])
    if q.ask == "paths":
        assert key.values == (float(np.prod(s.network.sizes[q.layer + 1:])),)
        return
    net = net0
    for _ in range(k):  # (3-12) with torch-free numpy: θ ← θ − α ∂J/∂θ
        net = net.with_theta(net.theta - s.network.lr * backprop.backpropagate(net, x, y).bwd.grad)

    def sig(z):
        return 1 / (1 + np.exp(-z))

    a1 = x
    a2 = sig(a1 @ net.W[0] + net.b[0])
    a3 = sig(a2 @ net.W[1] + net.b[1])
    d3 = (a3 - y) * a3 * (1 - a3)
    d2 = (d3 @ net.W[1].T) * a2 * (1 - a2)
    if q.ask == "activation":
        expected = {2: a2, 3: a3}[q.layer][0, q.neuron - 1]
        assert key.values == pytest.approx((expected,), abs=1e-12)
    elif q.ask == "delta":
        expected = {2: d2, 3: d3}[q.layer][0, q.neuron - 1]
        assert key.values == pytest.approx((expected,), abs=1e-12)
        if (lesson_id, q.layer, q.neuron) == ("3.3.6", 3, 1):  # δ³₁ of figure 3-16 on its own
            assert key.values[0] == pytest.approx(0.145346, abs=1e-6)
    elif q.ask == "cost":
        assert key.values == pytest.approx((0.5 * float(((a3 - y) ** 2).sum()),), abs=1e-12)
    else:
        a_from = {1: a1, 2: a2}[q.layer][0, q.source - 1]
        d_to = {1: d2, 2: d3}[q.layer][0, q.neuron - 1]
        assert key.choice == (DOWN if a_from * d_to > 0 else UP)  # Δw = −α a δ


@pytest.mark.parametrize(("lesson_id", "index", "page"), QUESTIONS,
                         ids=[f"{lid}-p{i + 1}" for lid, i, _ in QUESTIONS])
def test_a_question_is_asked_before_the_run_shows_its_answer(lesson_id, index, page):
    """The page stands before the state that shows the answer (the step, or the phase of the
    walk); only what no view prints (paths, a slope along l, grad J at A) may be asked where
    it stands."""
    s, reveal = page.scenario, answer_key(page).reveal
    # H and the limit 2/λmax hold at the point asked about; the view that shows them (the α map,
    # the curvature panel) comes forward on Check, not with a later step.
    if page.question.ask in ("paths", "directional", "gradient", "eigenvalues", "alpha_limit"):
        assert (reveal.step, reveal.phase) >= (s.step, s.phase)
    else:
        assert (reveal.step, reveal.phase) > (s.step, s.phase)
    if s.mode == "network" and page.question.ask not in ("cost", "paths"):
        assert s.phase > 0  # phase 0 shows the whole iteration at once


def test_both_ways_a_weight_moves_are_asked():
    choices = {answer_key(p).choice for _, _, p in QUESTIONS if p.question.ask == "weight_move"}
    assert choices == {UP, DOWN}


def test_a_prediction_is_right_within_the_tolerance_only():
    key = answer_key(BY_ID["3.3.3"].pages[1])  # P1 = (−1.6, 2.2), ± 0.01
    assert check(key, "(-1.6, 2.2)").right
    assert check(key, "−1.605，2.2").right  # a real minus sign and a Chinese comma
    assert check(key, "-1.6 2.2").right
    wrong = check(key, "-1.5, 2.2")
    assert not wrong.right and wrong.given == (-1.5, 2.2) and not wrong.error
    unread = check(key, "-1.6")
    assert not unread.right and "expected 2 numbers" in unread.error
    assert "not a number" in check(key, "a, b").error
    choice = answer_key(BY_ID["3.3.6"].pages[0])
    assert check(choice, choice.choice).right
    assert not check(choice, UP if choice.choice == DOWN else DOWN).right


def test_read_numbers_refuses_what_is_not_finite():
    with pytest.raises(Exception, match="finite"):
        read_numbers("inf, 1", 2)


def test_the_worked_computation_shows_the_numbers():
    key = answer_key(BY_ID["3.3.3"].pages[1])
    assert key.work[-1] == "P1 = (−2, 3) − 0.1·(−4, 8) = (−1.6, 2.2)"
    delta = answer_key(BY_ID["3.3.6"].pages[1])
    assert delta.work[-1].startswith("δ³₁ = (0.692263 − 0.01)·0.213035 = 0.145346")


# ----------------------------------------------------------------------------------------------
# Lessons are data: validated on load, a broken file named, the others still load.


def _minimal(**page):
    return {"gdsim_lesson": 1, "id": "mine", "title": "Mine",
            "pages": [{"title": "One", "text": "Look.", "scenario": "fig-3-12-first-step",
                       **page}]}


@pytest.mark.parametrize(("change", "message"), [
    ({"view": "nowhere"}, "pages[0].view: 'nowhere' is not a view"),
    ({"scenario": "no-such-example"}, "pages[0].scenario: no example named 'no-such-example'"),
    ({"set": {"lr": -1}}, "pages[0].set: surface.lr"),
    ({"set": {"speed": 3}}, "pages[0].set: unknown key 'speed'"),
    ({"question": {"ask": "delta", "layer": 3, "neuron": 1, "prompt": "δ?"}},
     "pages[0].question: ask: 'delta' does not apply to a surface scenario"),
    ({"question": {"ask": "point", "at_step": 1, "prompt": "P1?", "answer": [-1.6, 2.2]}},
     "pages[0].question: unknown key 'answer'"),
    ({"question": {"ask": "guess", "prompt": "?"}}, "pages[0].question.ask: 'guess'"),
    ({"colour": "red"}, "pages[0]: unknown key 'colour'"),
    ({"text": {"fr": "Regardez"}}, "pages[0].text: unknown key 'fr'"),
])
def test_a_broken_page_is_named(change, message, tmp_path):
    with pytest.raises(LessonError) as info:
        lesson_from_dict(_minimal(**change), tmp_path / "mine.json")
    assert message in str(info.value)


def test_a_teachers_lesson_may_use_a_scenario_beside_it(tmp_path):
    shutil.copy(FOLDER.parent / "scenarios" / "xor.json", tmp_path / "my-xor.json")
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(_minimal(scenario="my-xor.json", set={"step": 3})), "utf-8")
    lesson = load_lesson(path)
    assert lesson.pages[0].scenario.mode == "network"
    assert lesson.pages[0].scenario.step == 3


def test_a_corrupt_lesson_file_gives_a_message_and_the_others_load(tmp_path):
    for name in ("3.3.1-valley.json", "3.3.6-backprop.json"):
        shutil.copy(FOLDER / name, tmp_path / name)
    (tmp_path / "broken.json").write_text('{"gdsim_lesson": 1, "id": ', "utf-8")
    (tmp_path / "bad-key.json").write_text(json.dumps(_minimal(view="nowhere")), "utf-8")
    (tmp_path / "not-utf8.json").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "empty.json").write_text("", "utf-8")
    lessons, errors = load_lessons(tmp_path)
    assert [lesson.id for lesson in lessons] == ["3.3.1", "3.3.6"]
    assert len(errors) == 4
    assert "empty.json: the file is empty" in errors
    assert any(e.startswith("broken.json: not valid JSON (line 1") for e in errors)
    assert any(e.startswith("bad-key.json: pages[0].view") for e in errors)
    assert any(e.startswith("not-utf8.json: is not UTF-8") for e in errors)


def test_two_lessons_with_one_id_keep_the_first(tmp_path):
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(_minimal()), "utf-8")
    lessons, errors = load_lessons(tmp_path)
    assert len(lessons) == 1 and errors == ["b.json: id: 'mine' is taken by another lesson"]


def test_an_unknown_lesson_id_lists_the_ids(capsys):
    with pytest.raises(LessonError, match="lessons are 3.3.1, 3.3.2"):
        find_lesson("9.9")
    assert main(["--lesson", "9.9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no lesson '9.9'; lessons are 3.3.1, 3.3.2, 3.3.3, 3.3.4, 3.3.5, 3.3.6, alpha, " \
           "race" in err


def test_the_choosing_alpha_lesson_asks_for_the_limit_before_the_alpha_map_shows_it():
    """Its last two pages: predict 2/λmax from H on the seed's valley (1) and on the narrow
    valley J = w1² + 10·w2² (0.1); Check brings the α map forward."""
    pages = [p for p in BY_ID["alpha"].pages if p.question and p.question.ask == "alpha_limit"]
    assert [answer_key(p).values for p in pages] == [pytest.approx((1.0,)), pytest.approx((0.1,))]
    assert all(p.question.show == "alpha_map" and p.view != "alpha_map" for p in pages)
    key = answer_key(pages[1])
    assert key.work == ("H(A) = [[2, 0], [0, 20]]", "det(H − λI) = 0:  λ₁ = 2, λ₂ = 20",
                        "α < 2/λmax = 2/20 = 0.1")
    assert check(key, "0.1").right and not check(key, "0.2").right


def test_eigenvalues_and_a_limit_are_asked_of_a_surface_with_one():
    lesson = lesson_from_dict({
        "gdsim_lesson": 1, "id": "t", "title": {"en": "t"},
        "pages": [{"title": {"en": "p"}, "text": {"en": "t"}, "scenario": "fig-3-14-descent",
                   "question": {"ask": "eigenvalues", "prompt": {"en": "λ = ?"}}},
                  {"title": {"en": "p"}, "text": {"en": "t"},
                   "question": {"ask": "alpha_limit", "prompt": {"en": "α = ?"}}},
                  {"title": {"en": "p"}, "text": {"en": "t"}}]}, FOLDER / "t.json")
    assert answer_key(lesson.pages[0]).values == pytest.approx((2.0, 2.0))
    assert answer_key(lesson.pages[0]).names == ("λ₁", "λ₂")
    assert answer_key(lesson.pages[1]).values == pytest.approx((1.0,))
