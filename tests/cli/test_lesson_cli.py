"""`gdsim lesson check FILE` validates a teacher's lesson and prints each question's key as
core computes it; a fault names the file, the page and the key (exit 2). `gdsim --lesson FILE`
opens such a file, refusing a broken one the same way before any window."""

import json
import re

import pytest

from gdsim.cli import main
from gdsim.core.lesson_keys import answer_key, num
from gdsim.core.lessons import FOLDER, load_lesson

BUILT_IN = sorted(FOLDER.glob("*.json"))


@pytest.mark.parametrize("path", BUILT_IN, ids=[p.stem for p in BUILT_IN])
def test_check_prints_every_key_core_computes(path, capsys):
    assert main(["lesson", "check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    lesson = load_lesson(path)
    asked = [(i, p) for i, p in enumerate(lesson.pages) if p.question is not None]
    assert out[0].endswith(f"{len(asked)} questions: all keys valid")
    assert len(out) == 1 + len(asked)
    for line, (i, page) in zip(out[1:], asked, strict=True):
        key = answer_key(page)
        assert line.startswith(f"pages[{i}] {page.question.prompt['en']}  →  ")
        if key.choice:
            assert line.endswith(f"→  {key.choice}")
        else:
            assert ", ".join(num(v) for v in key.values) in line


def _lesson(tmp_path, question):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({
        "gdsim_lesson": 1, "id": "mine", "title": "Mine",
        "pages": [{"title": "one", "text": "first", "scenario": "fig-3-16-network"},
                  {"title": "two", "text": "second", "question": question}]}),
        encoding="utf-8")
    return path


@pytest.mark.parametrize(("question", "where"), [
    ({"ask": "delta", "layer": 7, "neuron": 1, "prompt": "δ?"}, "pages[1].question: layer, "
     "neuron: 7, 1 is not a neuron"),
    ({"ask": "point", "prompt": "P?"}, "pages[1].question: ask: 'point' does not apply"),
    ({"ask": "delta", "layer": 3, "neuron": 1, "prompt": "δ?", "tolerence": 1},
     "pages[1].question: unknown key 'tolerence'"),
])
def test_a_broken_key_names_file_page_and_key(tmp_path, capsys, question, where):
    path = _lesson(tmp_path, question)
    assert main(["lesson", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"gdsim lesson: mine.json: {where}"), err
    assert main(["--lesson", str(path)]) == 2  # the window refuses it before it opens
    assert re.match(rf"gdsim: mine\.json: {re.escape(where)}", capsys.readouterr().err)


def test_a_good_teachers_lesson_is_checked(tmp_path, capsys):
    path = _lesson(tmp_path, {"ask": "delta", "layer": 3, "neuron": 1, "prompt": "δ³₁ = ?",
                              "tolerance": 0.001})
    assert main(["lesson", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "mine.json: lesson 'mine', 2 pages, 1 questions: all keys valid" in out
    assert "pages[1] δ³₁ = ?  →  0.145346   (± 0.001)" in out
