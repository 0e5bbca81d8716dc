"""The run's numbers in a lesson's sentences: each placeholder is what core computes, checked
here by an independent computation, and the built-in lessons state no run number of their own."""

import json
import re
from dataclasses import replace

import numpy as np
import pytest

from gdsim.core import backprop
from gdsim.core.errors import GdsimError
from gdsim.core.lesson_numbers import fill
from gdsim.core.lessons import LessonError, find_lesson, load_lessons
from gdsim.core.run import Run
from gdsim.core.scenario import scenario_from_dict
from gdsim.core.surfaces import get_surface
from gdsim.examples import example_path

LANGUAGES = ("en", "zh_CN")


def example(name, **changes):
    return replace(scenario_from_dict(json.loads(example_path(name).read_text())), **changes)


def sgd(start, lr, steps):
    surface, w = get_surface("seed-bowl"), np.array(start, float)
    path = [w]
    for _ in range(steps):
        w = w - lr * surface.gradient(w)
        path.append(w)
    return np.array(path)


def test_surface_numbers_are_the_descents():
    s = example("fig-3-14-descent", step=0)
    path = sgd((-2, 3), 0.1, 60)
    assert fill("{point 1}", s) == "(−1.6, 2.2)"  # (3-13)
    assert fill("{point 20:3}", s) == "({:.3g}, {:.3g})".format(*path[20]).replace("-", "−")
    assert fill("{cost 0} {gradient 0}", s) == "24 (−4, 8)"
    assert fill("{minimum}", s) == "(0, −1)"
    first = int(np.flatnonzero(np.hypot(*(path - [0, -1]).T) <= 1e-3)[0])
    assert fill("{steps_within 0.001}", s) == str(first) == "38"
    assert fill("{{not a number}}", s) == "{not a number}"


def test_the_divergence_step_is_the_runs_own():
    s = example("diverging-lr")
    run = Run(replace(s, step=s.max_steps))
    assert run.status().diverged
    assert fill("{diverged}", s) == str(run.status().at)


def test_network_numbers_are_the_forward_and_backward_pass():
    s = example("fig-3-16-network")
    snap = Run(s).snapshot()
    fwd = backprop.forward(snap.net, snap.x)
    a2, a3 = np.asarray(fwd.a[1])[0], np.asarray(fwd.a[2])[0]
    assert fill("{a 2:3}", s) == "(" + ", ".join(f"{v:.3g}" for v in a2) + ")"
    assert fill("{a 3 2:6}", s) == f"{a3[1]:.6g}"
    f3 = a3 * (1 - a3)
    delta3 = (a3 - snap.y[0]) * f3  # (3-37), sigmoid and ½-squared error
    assert fill("{delta 3:3}", s) == "(" + ", ".join(f"{v:.3g}" for v in delta3).replace(
        "-", "−") + ")"
    assert fill("{w 2 1 4:3}", s) == f"{snap.net.W[1][3, 0]:.3g}".replace("-", "−")
    assert fill("{J}", s) == f"{0.5 * np.sum((a3 - snap.y[0]) ** 2):.4g}"


@pytest.mark.parametrize(("text", "message"), [
    ("{nope}", "placeholder 'nope': not a number gdsim computes in surface mode"),
    ("{point}", "placeholder 'point': expected 1 to 1 arguments, got 0"),
    ("{point x}", "point: expected a whole number"),
    ("{point 1:0}", "the digits after ':' must be 1 … 12"),
    ("{a 2}", "not a number gdsim computes in surface mode"),
    ("{steps_within far}", "'far' is not a distance"),
    ("{diverged}", "the run does not diverge"),
])
def test_a_wrong_placeholder_is_named(text, message):
    with pytest.raises(GdsimError, match=re.escape(message)):
        fill(text, example("fig-3-14-descent", step=0, max_steps=50))


def test_a_lesson_with_a_wrong_placeholder_names_page_and_key(tmp_path):
    page = {"title": "t", "scenario": "fig-3-16-network", "text": {"en": "ok {a 2}",
                                                                   "zh_CN": "{a 9}"}}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"gdsim_lesson": 1, "id": "mine", "title": "m",
                                "pages": [page]}), encoding="utf-8")
    from gdsim.core.lessons import load_lesson

    with pytest.raises(LessonError, match=re.escape("mine.json: pages[0].text.zh_CN: a: layer 9")):
        load_lesson(path)


LESSONS, _ = load_lessons()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_lessons_numbers_of_the_run_come_from_core(lang):
    alpha, valley, forward = find_lesson("alpha"), find_lesson("3.3.3"), find_lesson("3.3.4")
    s = alpha.pages[1].scenario
    at = Run(replace(s, step=s.max_steps)).status().at
    assert f" {at} " in alpha.pages[1].text[lang]  # the step the run really diverges at
    note = valley.pages[4].text[lang]  # the book's slip, kindly: 20 steps, not the bottom
    assert "(−0.023, −0.954)" in note and "(0, −1)" in note and " 38 " in note
    a2 = np.asarray(Run(forward.pages[2].scenario).snapshot().fwd.a[1])[0]
    assert "(" + ", ".join(f"{v:.3g}" for v in a2) + ")" in forward.pages[2].text[lang]
    chain = find_lesson("3.3.5").pages[0].text[lang]
    assert "∂a²/∂z²₁" in chain and "∂a²₁/∂z²₁" in chain  # the slip in (3-20), and its fix


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_lesson_sentence_keeps_a_placeholder_or_a_rounding_zero(lang):
    for lesson in LESSONS:
        for page in lesson.pages:
            for text in (page.text, page.click):
                words = text.get(lang, "")
                assert "{" not in words and "}" not in words, (lesson.id, words)
                assert "e-1" not in words and "e−1" not in words, (lesson.id, words)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_3_3_1_and_3_3_2_speak_the_books_letters_and_say_where_it_switches(lang):
    valley, gradient = find_lesson("3.3.1"), find_lesson("3.3.2")
    for page in (*valley.pages, *gradient.pages[:3]):
        assert "z" in page.text[lang], page.title
    for page in (valley.pages[0], gradient.pages[3]):  # where the names change, it says so
        assert "3.3.3" in page.text[lang] and "w1" in page.text[lang]
    assert valley.pages[3].question.prompt[lang].startswith(("z", "P1"))
    assert all("∂z/∂l" in p.question.prompt[lang] for p in gradient.pages[1:3])
    assert "V_1 = (0,\\ -1)" in valley.pages[1].formulas[0]
