"""Lessons as data: a guided walk through section 3.3, one JSON file per lesson.

A lesson is a short sequence of pages. Each page stands on a scenario (a built-in example by
name, or a scenario file beside the lesson, with a few overrides: step, phase, lr, start,
angle, max_steps), names the view that matters and what the contour and 3-D views draw there
(figure 3-13's vectors, figure 3-10's directions), says what to look at in both languages, lists
its formulas in LaTeX and may ask the student to predict a number. The answer is never written
in the file: the file names what to compute ({"ask": "point", "at_step": 1}) and
`gdsim.core.lesson_keys` computes it from the page's scenario through `Run`, so a lesson cannot
drift from the mathematics.

Loading checks every key before anything is used, like a scenario file, and raises LessonError
naming the file and the key; `load_lessons` keeps going past a broken file and reports it.
docs/lessons.md is the format for teachers.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gdsim.core import lesson_keys
from gdsim.core import settings as S
from gdsim.core.errors import GdsimError, Term
from gdsim.core.lesson_keys import Question, Text, answer_key
from gdsim.core.lesson_locks import LOCKS
from gdsim.core.lesson_numbers import fill
from gdsim.core.modes import Mode
from gdsim.core.scenario import Scenario, file_version, json_fault, scenario_from_dict
from gdsim.core.text_file import read_text_file
from gdsim.core.view_names import LESSON_TARGETS, OVERLAYS
from gdsim.examples import example_names, example_path
from gdsim.resources import assets

VERSION = 1
LANGUAGES = ("en", "zh_CN")
FOLDER = assets() / "lessons"
ASKS = tuple(dict.fromkeys(ask for asks in lesson_keys.ASKS.values() for ask in asks))
OVERRIDES = ("step", "phase", "lr", "start", "angle", "max_steps")
MAX_PAGES = 30
MAX_TEXT = 2000


class LessonError(GdsimError):
    """A lesson file that is broken, too new, or asks for what its scenario cannot give."""


def text_in(text: Text, language: str) -> str:
    """The text in `language`, else English, else whichever language the file has."""
    return text.get(language) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Page:
    title: Text
    scenario: Scenario  # the example with the page's overrides, validated
    view: str  # the view to highlight ("" none)
    draws: tuple[str, ...]  # what the contour and 3-D views draw at the point (OVERLAYS)
    text: Text
    formulas: tuple[str, ...]  # LaTeX
    click: Text  # what to click or press
    question: Question | None
    locks: tuple[str, ...] = ()  # settings held still while the page is shown (lesson_locks)
    hides: tuple[str, ...] = ()  # of those, the ones the settings panel does not show


@dataclass(frozen=True)
class Lesson:
    id: str  # "3.3.4", "alpha": what `gdsim --lesson` takes
    title: Text
    pages: tuple[Page, ...]
    path: Path
    page: int | None = None  # the page it opens at (a saved lesson state); None: where left


# ----------------------------------------------------------------------------------------------
# Reading: every key checked, every message names where.


def _object(value: Any, where: str, known: set[str],
            required: frozenset[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LessonError("{where}: expected an object", where=where)
    unknown = set(value) - known
    if unknown:
        raise LessonError("{where}: unknown key {key!r}; keys are {keys}", where=where,
                          key=sorted(unknown)[0], keys=", ".join(sorted(known)))
    missing = required - set(value)
    if missing:
        raise LessonError("{where}: missing {key!r}", where=where, key=sorted(missing)[0])
    return value


def _text(value: Any, where: str, required: bool = True) -> Text:
    """A string (the same in every language) or {"en": …, "zh_CN": …}."""
    if value is None and not required:
        return {}
    if isinstance(value, str):
        value = {"en": value}
    d = _object(value, where, set(LANGUAGES))
    if not d and required:
        raise LessonError("{where}: expected text in at least one of {languages}", where=where,
                          languages=", ".join(LANGUAGES))
    for lang, s in d.items():
        if not isinstance(s, str) or len(s) > MAX_TEXT:
            raise LessonError("{where}.{lang}: expected text of at most {most} characters",
                              where=where, lang=lang, most=MAX_TEXT)
    return dict(d)


def _numbers(text: Text, scenario: Scenario, where: str) -> Text:
    """The text with the run's numbers it names ({diverged}, {a 2:3}) put in by core."""
    filled = {}
    for lang, t in text.items():
        try:
            filled[lang] = fill(t, scenario)
        except GdsimError as exc:
            raise LessonError("{where}.{lang}: {exc}", where=where, lang=lang, exc=exc) from None
    return filled


def _int(d: dict[str, Any], key: str, where: str, lo: int, hi: int, default: int) -> int:
    value = d.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise LessonError("{where}.{key}: expected a whole number from {lo} to {hi}, got "
                          "{value!r}", where=where, key=key, lo=lo, hi=hi, value=value)
    return value


def _question(value: Any, where: str) -> Question:
    d = _object(value, where, {"ask", "prompt", "tolerance", "at_step", "racer", "layer",
                               "neuron", "source", "show"}, frozenset({"ask", "prompt"}))
    if d["ask"] not in ASKS:
        raise LessonError("{where}.ask: {ask!r} is not a question gdsim can check; one of "
                          "{asks}", where=where, ask=d["ask"], asks=", ".join(ASKS))
    tol = d.get("tolerance", 0.01)
    if isinstance(tol, bool) or not isinstance(tol, int | float) or not 0 <= tol <= 1e6:
        raise LessonError("{where}.tolerance: expected a number from 0 up, got {tol!r}",
                          where=where, tol=tol)
    show = d.get("show", "")
    if show not in ("", *LESSON_TARGETS):
        raise LessonError("{where}.show: {show!r} is not a view; one of {views}", where=where,
                          show=show, views=", ".join(LESSON_TARGETS))
    return Question(
        ask=d["ask"], prompt=_text(d["prompt"], f"{where}.prompt"), tolerance=float(tol),
        at_step=(None if d.get("at_step") is None
                 else _int(d, "at_step", where, 0, int(S.STEP.hi or 0), 0)),
        racer=_int(d, "racer", where, 0, S.MAX_RACERS - 1, 0),  # counted from 0
        layer=_int(d, "layer", where, 0, S.MAX_LAYERS, 0),
        neuron=_int(d, "neuron", where, 0, S.MAX_LAYER, 0),
        source=_int(d, "source", where, 0, S.MAX_LAYER, 0), show=show)


LESSON, SCENARIO = Term("lesson"), Term("scenario")  # what a file that cannot be read was to be


def read_json(path: Path, what: Term = LESSON) -> Any:
    """A small UTF-8 JSON file, or LessonError naming it."""
    text = read_text_file(path, LessonError, path.name)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise LessonError("{name}: not valid JSON ({at}); not a {what} file", name=path.name,
                          at=json_fault(exc), what=what) from None


def _scenario_dict(name: Any, where: str, folder: Path) -> dict[str, Any]:
    """The scenario a page names: a built-in example, or a .json file beside the lesson; or
    the scenario itself, written out (a saved lesson state)."""
    if isinstance(name, dict):
        return name
    if not isinstance(name, str) or not name:
        raise LessonError("{where}: expected a built-in example's name or a scenario file",
                          where=where)
    if name.lower().endswith(".json"):
        path = folder / name
    elif name in example_names():
        path = example_path(name)
    else:
        raise LessonError("{where}: no example named {name!r}; examples are {names}",
                          where=where, name=name, names=", ".join(example_names()))
    data = read_json(path, SCENARIO)
    if not isinstance(data, dict):
        raise LessonError("{where}: {name} is not a scenario file", where=where,
                          name=path.name)
    return data


def _with_overrides(data: dict[str, Any], overrides: Any, where: str) -> Scenario:
    """The scenario's dict with the page's overrides, validated as a scenario file is."""
    d = _object(overrides if overrides is not None else {}, where, set(OVERRIDES))
    data = json.loads(json.dumps(data))  # a copy to change
    for key, value in d.items():
        if key == "lr":  # the α of the scenario's mode; a surface's racers follow it
            mode = data.get("mode", Mode.SURFACE)  # an unknown mode is refused below
            settings = data.setdefault(mode if mode in list(Mode) else Mode.SURFACE, {})
            if isinstance(settings, dict):  # else the scenario's check says what it is
                settings["lr"] = value
                racers = settings.get("racers")
                for racer in racers if isinstance(racers, list) else ():
                    if isinstance(racer, dict):
                        racer.pop("lr", None)
        elif key in ("start", "angle"):
            data.setdefault("surface", {})[key] = value
        else:
            data[key] = value
    try:
        return scenario_from_dict(data)
    except GdsimError as exc:
        raise LessonError("{where}: {exc}", where=where, exc=exc) from None


def _names(value: Any, where: str, names: tuple[str, ...] = LOCKS) -> tuple[str, ...]:
    """A list of `names`, each at most once: the overlays a page has drawn (OVERLAYS), the
    settings it locks or hides (LOCKS)."""
    if not isinstance(value, list) or len(set(map(str, value))) != len(value) or any(
            v not in names for v in value):
        raise LessonError("{where}: expected a list of {names} (each at most once), got "
                          "{value!r}", where=where, names=", ".join(names), value=value)
    return tuple(value)


def _page(value: Any, where: str, folder: Path, previous: str | None,
          draws: tuple[str, ...] = ("vectors",)) -> tuple[Page, str]:
    """A page; the scenario and what the views draw are the previous page's unless it says."""
    d = _object(value, where, {"title", "scenario", "set", "view", "draws", "text",
                               "formulas", "click", "question", "lock", "hide"},
                frozenset({"title", "text"}))
    name = d.get("scenario", previous)
    if name is None:
        raise LessonError("{where}.scenario: the first page must name a scenario", where=where)
    scenario = _with_overrides(_scenario_dict(name, f"{where}.scenario", folder), d.get("set"),
                               f"{where}.set")
    view = d.get("view", "")
    if view not in ("", *LESSON_TARGETS):
        raise LessonError("{where}.view: {view!r} is not a view; one of {views}", where=where,
                          view=view, views=", ".join(LESSON_TARGETS))
    formulas = d.get("formulas", [])
    if isinstance(formulas, str):
        formulas = [formulas]
    if not isinstance(formulas, list) or len(formulas) > 6 or not all(
            isinstance(f, str) and 0 < len(f) <= 300 for f in formulas):
        raise LessonError("{where}.formulas: expected a list of at most 6 LaTeX formulas",
                          where=where)
    question = None if d.get("question") is None else _question(d["question"],
                                                                  f"{where}.question")
    if "draws" in d:
        draws = _names(d["draws"], f"{where}.draws", OVERLAYS)
    page = Page(_text(d["title"], f"{where}.title"), scenario, view, draws,
                _numbers(_text(d["text"], f"{where}.text"), scenario, f"{where}.text"),
                tuple(formulas),
                _numbers(_text(d.get("click"), f"{where}.click", required=False), scenario,
                         f"{where}.click"), question)
    hides = _names(d.get("hide", []), f"{where}.hide")
    page = replace(page, locks=tuple(dict.fromkeys(
        (*_names(d.get("lock", []), f"{where}.lock"), *hides))), hides=hides)
    return page, name


def lesson_from_dict(d: Any, path: Path) -> Lesson:
    """A validated Lesson, or LessonError naming the key (the caller adds the file's name)."""
    if not isinstance(d, dict):
        raise LessonError("lesson: expected a JSON object at the top")
    file_version(d, "gdsim_lesson", VERSION, LESSON, LessonError)
    d = _object(d, "lesson", {"gdsim_lesson", "id", "title", "pages", "page"},
                frozenset({"id", "title", "pages"}))
    lesson_id = d["id"]
    if not isinstance(lesson_id, str) or not 0 < len(lesson_id) <= 32 or any(
            c.isspace() for c in lesson_id):
        raise LessonError("id: expected a short name without spaces, e.g. \"3.3.4\"")
    pages = d["pages"]
    if not isinstance(pages, list) or not 1 <= len(pages) <= MAX_PAGES:
        raise LessonError("pages: expected a list of 1 to {most} pages", most=MAX_PAGES)
    built: list[Page] = []
    name = None
    for i, p in enumerate(pages):
        page, name = _page(p, f"pages[{i}]", path.parent, name,
                           *([built[-1].draws] if built else []))
        built.append(page)
    start = None if d.get("page") is None else _int(d, "page", "lesson", 0, len(built) - 1, 0)
    lesson = Lesson(lesson_id, _text(d["title"], "title"), tuple(built), path, start)
    for i, page in enumerate(lesson.pages):
        if page.question is not None:
            try:
                answer_key(page)
            except GdsimError as exc:
                raise LessonError("pages[{i}].question: {exc}", i=i, exc=exc) from None
    return lesson


def load_lesson(path: str | os.PathLike[str]) -> Lesson:
    """Read and validate a lesson file; every failure is a LessonError naming the file."""
    path = Path(path)
    data = read_json(path)
    try:
        return lesson_from_dict(data, path)
    except GdsimError as exc:
        raise LessonError("{name}: {exc}", name=path.name, exc=exc) from None


def _order(lesson: Lesson) -> tuple[bool, str]:
    """The chapter's lessons (3.3.1 …) first, in order; the others after them."""
    return not lesson.id[:1].isdigit(), lesson.id


def load_lessons(folder: Path = FOLDER) -> tuple[list[Lesson], list[str]]:
    """Every lesson in the folder that loads, in order, and a message for each that does not."""
    lessons, errors = [], []
    for path in sorted(folder.glob("*.json")):
        try:
            lessons.append(load_lesson(path))
        except GdsimError as exc:
            errors.append(str(exc))
    seen: set[str] = set()
    unique = []
    for lesson in sorted(lessons, key=_order):
        if lesson.id in seen:
            errors.append(f"{lesson.path.name}: id: {lesson.id!r} is taken by another lesson")
            continue
        seen.add(lesson.id)
        unique.append(lesson)
    return unique, errors


def find_lesson(lesson_id: str, folder: Path = FOLDER) -> Lesson:
    """The built-in lesson with this id, or one line naming the ids there are."""
    lessons, _ = load_lessons(folder)
    for lesson in lessons:
        if lesson.id == lesson_id:
            return lesson
    raise LessonError("lesson: no lesson {lesson_id!r}; lessons are {ids}", lesson_id=lesson_id,
                      ids=", ".join(lesson.id for lesson in lessons))


def lesson_named(name: str) -> Lesson:
    """A built-in lesson by its id ("3.3.4"), or a teacher's lesson file (a path ending in
    .json): what `gdsim --lesson`, `gdsim handout` and `gdsim slides` take."""
    return load_lesson(name) if name.lower().endswith(".json") else find_lesson(name)


def lesson_page(lesson: Lesson, number: int) -> Page:
    """The lesson's page `number`, counted from 1 as the page counter shows it."""
    if not 1 <= number <= len(lesson.pages):
        raise LessonError("page: {number} is not a page of lesson {id!r}; it has pages 1 to "
                          "{last}", number=number, id=lesson.id, last=len(lesson.pages))
    return lesson.pages[number - 1]
