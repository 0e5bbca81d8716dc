"""Numbers of the run in a lesson's sentences, computed from the page's scenario by core.

A page's text says "{diverged}" or "{a 2:3}" where a number of the run belongs, and `fill`
puts in what `Run` computes from the page's scenario when the lesson loads, so the text and
the program cannot disagree (a change of the divergence rule or of θ₀ changes the sentence
too). A placeholder is `{name args…}` with an optional `:digits` (significant digits, 4 by
default); `{{` and `}}` are braces. An unknown name or a wrong address is an InputError that
says which, which the lesson loader puts after the page and key.

Surface mode (the first racer):
  point K, cost K, gradient K   P_K, J(P_K), grad J(P_K) after K steps
  minimum                       the surface's minimum nearest where the run ends
  steps_within TOL              the first k with |P_k − that minimum| ≤ TOL
  diverged                      the step at which the run stops, diverged
Network mode (the first sample, θ at the page's step):
  a L [I], z L [I], delta L [I]  a^L, z^L, δ^L (one neuron, or the layer as a vector)
  w L I J, b L I                 w^L_IJ, b^L_I
  J [K]                          J(θ_K) (default: the page's step)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from gdsim.core.errors import InputError
from gdsim.core.lesson_keys import num, vec
from gdsim.core.modes import Mode
from gdsim.core.racing import SurfaceSnapshot
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.core.training import NetworkSnapshot

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
FAR = 10_000  # steps_within and diverged look no further than this
DIGITS = 4


def _count(arg: str, what: str) -> int:
    if not arg.isdigit() or int(arg) > FAR:
        raise InputError("{what}: expected a whole number from 0 to {far}, got {arg!r}",
                         what=what, far=FAR, arg=arg)
    return int(arg)


def _run_to(s: Scenario, k: int, phase: int = 0) -> Run:
    return Run(replace(s, step=k, phase=phase, max_steps=max(s.max_steps, k)))


def _surface_at(s: Scenario, k: int) -> SurfaceSnapshot:
    run = _run_to(s, k)
    if run.k != k:
        raise InputError("the run stops at step {stop} ({status}) before {k}", stop=run.k,
                         status=run.status(), k=k)
    snap = run.snapshot()
    assert isinstance(snap, SurfaceSnapshot)
    return snap


def _far_run(s: Scenario, done: Callable[[np.ndarray], bool]) -> tuple[np.ndarray, Run]:
    """The first racer's path P_0 … P_k, computed in doubling parts until `done(path)`, the
    run diverges or FAR steps."""
    run = Run(replace(s, step=0, phase=0, max_steps=FAR))
    target = 64
    while True:
        last = run.compute(target)
        path = run.timeline.rows[: last + 1, 0:2]
        if done(path) or last < target or target >= FAR:
            return path, run
        target = min(2 * target, FAR)


def _nearest_minimum(s: Scenario, end: np.ndarray) -> np.ndarray:
    minima = np.asarray(_surface_at(s, 0).surface.minima, float).reshape(-1, 2)
    if not len(minima):
        raise InputError("the surface names no minimum")
    return minima[np.argmin(np.hypot(*(minima - end).T))]


def _point(s: Scenario, args: list[str]) -> Any:
    snap = _surface_at(s, _count(args[0], "point"))
    return snap.path(0)[-1]


def _cost(s: Scenario, args: list[str]) -> Any:
    return float(_surface_at(s, _count(args[0], "cost")).costs(0)[-1])


def _gradient(s: Scenario, args: list[str]) -> Any:
    return _surface_at(s, _count(args[0], "gradient")).rows[-1, 4:6]


def _minimum(s: Scenario, args: list[str]) -> Any:
    path, _ = _far_run(s, lambda p: True)  # where 64 steps get to
    return _nearest_minimum(s, path[-1])


def _steps_within(s: Scenario, args: list[str]) -> Any:
    try:
        tol = float(args[0])
    except ValueError:
        raise InputError("steps_within: {arg!r} is not a distance", arg=args[0]) from None
    m = _minimum(s, [])

    def distance(path: np.ndarray) -> np.ndarray:
        return np.hypot(*(path - m).T)

    path, _ = _far_run(s, lambda p: bool(np.any(distance(p) <= tol)))
    close = np.flatnonzero(distance(path) <= tol)
    if not len(close):
        raise InputError("steps_within: the run comes no closer than {d} in {k} steps",
                         d=num(float(np.nanmin(distance(path)))), k=len(path) - 1)
    return int(close[0])


def _diverged(s: Scenario, args: list[str]) -> Any:
    _, run = _far_run(s, lambda p: False)
    status = run.model.status(run.timeline.get(run.timeline.last))
    if not status.diverged or status.at is None:
        raise InputError("diverged: the run does not diverge in {far} steps", far=FAR)
    return status.at


def _network(s: Scenario, k: int) -> NetworkSnapshot:
    snap = _run_to(s, k).snapshot()
    assert isinstance(snap, NetworkSnapshot)
    return snap


def _layer_value(name: str) -> Callable[[Scenario, list[str]], Any]:
    def value(s: Scenario, args: list[str]) -> Any:
        snap = _network(s, s.step)
        store = {"a": snap.fwd.a, "z": snap.fwd.z, "delta": snap.bwd.delta}[name]
        layer = _count(args[0], name)
        if not 2 <= layer <= len(snap.net.sizes):
            raise InputError("{name}: layer {layer} is not one of 2 … {L}", name=name,
                             layer=layer, L=len(snap.net.sizes))
        row = np.asarray(store[layer - 1])[0]
        return row if len(args) == 1 else row[_index(args[1], len(row), name)]
    return value


def _index(arg: str, size: int, what: str) -> int:
    i = _count(arg, what)
    if not 1 <= i <= size:
        raise InputError("{what}: {i} is not one of 1 … {size}", what=what, i=i, size=size)
    return i - 1


def _weight(s: Scenario, args: list[str]) -> Any:
    snap = _network(s, s.step)
    l = _count(args[0], "w")  # noqa: E741  (the seed's layer)
    if not 1 <= l < len(snap.net.sizes):
        raise InputError("w: layer {l} has no weights", l=l)
    W = snap.net.W[l - 1]
    return W[_index(args[2], W.shape[0], "w"), _index(args[1], W.shape[1], "w")]


def _bias(s: Scenario, args: list[str]) -> Any:
    snap = _network(s, s.step)
    l = _count(args[0], "b")  # noqa: E741
    if not 1 <= l < len(snap.net.sizes):
        raise InputError("b: layer {l} has no biases", l=l)
    b = np.ravel(snap.net.b[l - 1])
    return b[_index(args[1], len(b), "b")]


def _loss(s: Scenario, args: list[str]) -> Any:
    return _network(s, _count(args[0], "J") if args else s.step).J


# name: (how many arguments, at least and at most; what computes it)
NUMBERS: dict[Mode, dict[str, tuple[int, int, Callable[[Scenario, list[str]], Any]]]] = {
    Mode.SURFACE: {"point": (1, 1, _point), "cost": (1, 1, _cost),
                   "gradient": (1, 1, _gradient), "minimum": (0, 0, _minimum),
                   "steps_within": (1, 1, _steps_within), "diverged": (0, 0, _diverged)},
    Mode.NETWORK: {"a": (1, 2, _layer_value("a")), "z": (1, 2, _layer_value("z")),
                   "delta": (1, 2, _layer_value("delta")), "w": (3, 3, _weight),
                   "b": (2, 2, _bias), "J": (0, 1, _loss)},
}


_known: dict[tuple[str, str], str] = {}  # (spec, repr of the scenario): the text, computed once


def number(spec: str, s: Scenario) -> str:
    """What one placeholder's inside ("a 2:3") stands for in scenario s, as text (computed once
    for both languages and every later load: a lesson menu opened again costs nothing)."""
    key = (spec, repr(s))
    if key not in _known:
        if len(_known) > 4096:
            _known.clear()
        _known[key] = _number(spec, s)
    return _known[key]


def _number(spec: str, s: Scenario) -> str:
    body, _, digits = spec.partition(":")
    parts = body.split()
    if not parts:
        raise InputError("an empty placeholder in braces; two braces write one")
    name, args = parts[0], parts[1:]
    known = NUMBERS[s.mode]
    if name not in known:
        raise InputError("placeholder {name!r}: not a number gdsim computes in {mode} mode; "
                         "one of {names}", name=name, mode=s.mode.value, names=", ".join(known))
    least, most, compute = known[name]
    if not least <= len(args) <= most:
        raise InputError("placeholder {name!r}: expected {least} to {most} arguments, got {got}",
                         name=name, least=least, most=most, got=len(args))
    if digits and (not digits.isdigit() or not 1 <= int(digits) <= 12):
        raise InputError("placeholder {spec!r}: the digits after ':' must be 1 … 12", spec=spec)
    value = compute(s, args)
    d = int(digits) if digits else DIGITS
    if isinstance(value, int | np.integer):
        return str(int(value))
    return vec(value, d) if np.ndim(value) else num(float(value), d)


def fill(text: str, s: Scenario) -> str:
    """The text with every placeholder replaced by the number it names."""
    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return number(match.group(1), s)
    return PLACEHOLDER.sub(one, text)
