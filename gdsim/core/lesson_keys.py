"""The answer to a lesson's question, computed from its page's scenario through `Run`.

A lesson file says what to compute ({"ask": "delta", "layer": 3, "neuron": 1}); `answer_key`
runs the page's scenario to the step asked about and reads the number from the snapshot core
computed, with the worked computation in the seed's symbols and today's numbers. `check`
compares what the student typed with it, within the question's tolerance.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from gdsim.core.curvature import curvature_at
from gdsim.core.datasets import DATASETS
from gdsim.core.errors import InputError
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.modes import Mode
from gdsim.core.naming import neuron_pretty, weight_pretty
from gdsim.core.naming import subscript as _sub
from gdsim.core.naming import superscript as _sup
from gdsim.core.optimizers import OPTIMIZERS
from gdsim.core.paths import path_count
from gdsim.core.racing import ROW, SurfaceSnapshot
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.core.surfaces import Surface
from gdsim.core.training import NetworkSnapshot
from gdsim.core.vectors import directional_derivative, unit_direction

UP, DOWN = "up", "down"
Array = NDArray[np.float64]

Text = dict[str, str]  # one string per language; a missing language falls back to English


@dataclass(frozen=True)
class Question:
    """What the student predicts: what to compute (`ask` and its address), how close counts."""

    ask: str
    prompt: Text
    tolerance: float = 0.01  # absolute, on each number
    at_step: int | None = None  # None: the page's own step
    racer: int = 0  # surface mode: whose point, J or gradient
    layer: int = 0  # the seed's layer (network questions)
    neuron: int = 0  # i: the neuron of `layer` (a, δ), or of layer+1 for weight w^layer_ij
    source: int = 0  # j: the neuron of `layer` a weight w^layer_ij leaves
    show: str = ""  # the view that shows the answer once checked ("": the page's view)


class Asking(Protocol):
    """A lesson page, as far as its question goes: what is asked, and of which scenario."""

    @property
    def question(self) -> Question | None: ...

    @property
    def scenario(self) -> Scenario: ...



@dataclass(frozen=True)
class Answer:
    """The right answer: numbers (or one of `choices`), the worked computation, where to look."""

    values: tuple[float, ...]  # empty for a choice
    choice: str  # "up" or "down" for a choice; "" for numbers
    work: tuple[str, ...]  # the computation, one line each, with the right numbers
    tolerance: float
    reveal: Scenario  # where the run stands to show the answer on screen
    names: tuple[str, ...]  # what each number is ("w1", "w2"; "δ³₁")

    @property
    def choices(self) -> tuple[str, ...]:
        return (UP, DOWN) if self.choice else ()


@dataclass(frozen=True)
class Verdict:
    right: bool
    given: tuple[float, ...] | str  # what the student typed, read
    error: str = ""  # the typed text could not be read (then `right` is False)


def num(x: float, digits: int = 6) -> str:
    """A number as the seed prints it, with a real minus sign (rounding noise shown as 0)."""
    x = 0.0 if abs(x) < 1e-12 else float(x)
    return f"{x:.{digits}g}".replace("-", "−")


def par(x: float, digits: int = 6) -> str:
    """A factor of a product: a negative number in parentheses, "0.5·(−4)"."""
    text = num(x, digits)
    return f"({text})" if text.startswith("−") else text


def vec(v: object, digits: int = 6) -> str:
    return "(" + ", ".join(num(float(x), digits) for x in np.ravel(np.asarray(v))) + ")"


def answer_key(page: Asking) -> Answer:
    """The answer to the page's question, from its scenario run through core."""
    q = page.question
    if q is None:
        raise InputError("question: this page asks nothing")
    s = page.scenario
    k = s.step if q.at_step is None else q.at_step
    if q.ask not in ASKS[s.mode]:
        raise InputError("ask: {ask!r} does not apply to a {mode} scenario", ask=q.ask,
                         mode=s.mode.value)
    return ANSWERS[s.mode](q, s, k)


def hidden_for(page: Asking) -> Hidden:
    """What the page's question hides in every view until it is answered (core/hidden.py)."""
    q = page.question
    if q is None:
        return NOTHING
    k = page.scenario.step if q.at_step is None else q.at_step
    return Hidden(q.ask, k, q.racer, q.layer, q.neuron, q.source)


def _snap(s: Scenario, k: int, phase: int = 0) -> tuple[Scenario, SurfaceSnapshot |
                                                          NetworkSnapshot]:
    where = replace(s, step=k, phase=phase, max_steps=max(s.max_steps, k))
    run = Run(where)
    if run.k != k:
        raise InputError("at_step: the run stops at step {stop} ({status}) before {k}",
                         stop=run.k, status=run.status(), k=k)
    return where, run.snapshot()


def _surface(q: Question, s: Scenario, k: int) -> Answer:
    racers = len(s.surface.racers)
    if q.racer >= racers:
        raise InputError("racer: {racer} but the scenario has {racers} racer(s), from 0",
                         racer=q.racer, racers=racers)
    where, snap = _snap(s, k)
    assert isinstance(snap, SurfaceSnapshot)
    row = snap.rows[k, ROW * q.racer: ROW * (q.racer + 1)]
    P, J, grad = row[0:2], float(row[2]), row[4:6]
    Pk = f"P{k}" if k else "A"
    surface, tol = snap.surface, q.tolerance
    if q.ask == "point":
        if k < 1:
            raise InputError("at_step: a point after a step needs at_step 1 or more")
        if not OPTIMIZERS[s.surface.racers[q.racer].optimizer].gradient_step:
            raise InputError("ask: 'point' is worked with (3-12), so its racer must be sgd")
        before, g, lr = snap.rows[k - 1, ROW * q.racer:][0:2], snap.rows[k - 1, ROW * q.racer:][
            4:6], snap.lr[q.racer]
        prev = f"P{k - 1}" if k > 1 else "A"
        work = (f"{Pk} = {prev} − α·grad J({prev})",
                f"grad J{vec(before)} = {vec(g)}",
                f"{Pk} = {vec(before)} − {num(lr)}·{vec(g)} = {vec(P)}")
        return Answer(_floats(P), "", work, tol, where, tuple(surface.axes))
    if q.ask == "cost":
        work = (f"J({', '.join(surface.axes)}) = {surface.formula}",
                f"{Pk} = {vec(P)}", f"J({Pk}) = {num(J)}")
        return Answer((J,), "", work, tol, where, ("J",))
    if q.ask == "gradient":
        d1, d2 = surface.gradient_formula
        work = (f"grad J = ({d1}, {d2})", f"{Pk} = {vec(P)}", f"grad J({Pk}) = {vec(grad)}")
        return Answer(_floats(grad), "", work, tol, where,
                      tuple(f"∂J/∂{a}" for a in surface.axes))
    if q.ask in ("eigenvalues", "alpha_limit"):
        return _curvature(q, surface, P, Pk, where)
    l = unit_direction(s.surface.angle)
    slope = float(directional_derivative(surface, P, l))
    work = ("∂J/∂l = grad J · l = |grad J| |l| cos θ   (3-9)",
            f"grad J({Pk}) = {vec(grad)},  l = (cos {num(s.surface.angle)}°, "
            f"sin {num(s.surface.angle)}°) = {vec(l, 4)}",
            f"∂J/∂l = {num(grad[0])}·{par(l[0], 4)} + {num(grad[1])}·{par(l[1], 4)} = "
            f"{num(slope)}")
    return Answer((slope,), "", work, tol, where, ("∂J/∂l",))


def _curvature(q: Question, surface: Surface, P: Array, Pk: str, where: Scenario) -> Answer:
    """H's eigenvalues at the point, or gradient descent's limit 2/λmax there."""
    c = curvature_at(surface, P)
    (h11, h12), (_, h22) = c.hessian
    work = (f"H({Pk}) = [[{num(h11)}, {num(h12)}], [{num(h12)}, {num(h22)}]]",
            f"det(H − λI) = 0:  λ₁ = {num(c.lmin)}, λ₂ = {num(c.lmax)}")
    if q.ask == "eigenvalues":
        return Answer(_floats(c.eigenvalues), "", work, q.tolerance, where, ("λ₁", "λ₂"))
    limit = c.alpha_limit
    if limit is None:
        raise InputError("ask: 'alpha_limit' needs a direction that curves up (λmax > 0) at "
                         "{point}", point=Pk)
    return Answer((limit,), "", (*work, f"α < 2/λmax = 2/{num(c.lmax)} = {num(limit)}"),
                  q.tolerance, where, ("2/λmax",))


def _network(q: Question, s: Scenario, k: int) -> Answer:
    sizes, tol = s.network.sizes, q.tolerance
    L, n = len(sizes), len(sizes) - 1
    work: tuple[str, ...]
    if q.ask == "paths":
        if not 1 <= q.layer <= L - 1:
            raise InputError("layer: the weights of layer {layer}? layers 1 … {last} have "
                             "weights", layer=q.layer, last=L - 1)
        count = path_count(sizes, q.layer)
        later = " × ".join(f"S{_sub(m)}" for m in range(q.layer + 2, L + 1)) or "1"
        work = (f"paths = {later} = {count}",)
        return Answer((float(count),), "", work, tol, s, ("paths",))
    if not DATASETS[s.network.data].typed and q.ask != "cost":
        raise InputError("ask: {ask!r} is worked for one sample; the scenario's data is "
                         "{data!r}", ask=q.ask, data=s.network.data)
    if q.ask in ("activation", "delta"):
        if not 2 <= q.layer <= L or not 1 <= q.neuron <= sizes[q.layer - 1]:
            raise InputError("layer, neuron: {layer}, {neuron} is not a neuron of layers 2 … "
                             "{L} (sizes {sizes})", layer=q.layer, neuron=q.neuron, L=L,
                             sizes=", ".join(map(str, sizes)))
        phase = q.layer - 1 if q.ask == "activation" else 2 * n + 2 - q.layer
        where, snap = _snap(s, k, phase)
        assert isinstance(snap, NetworkSnapshot)
        work = (_activation_work if q.ask == "activation" else _delta_work)(snap, q.layer,
                                                                            q.neuron - 1)
        i = q.neuron - 1
        store = snap.fwd.a if q.ask == "activation" else snap.bwd.delta
        value = float(np.asarray(store[q.layer - 1])[0, i])
        name = neuron_pretty(q.layer, q.neuron, "a" if q.ask == "activation" else "δ")
        return Answer((value,), "", work, tol, where, (name,))
    if q.ask == "cost":
        where, snap = _snap(s, k)
        assert isinstance(snap, NetworkSnapshot)
        a, y = snap.fwd.a[-1], snap.y
        terms = " + ".join(f"({num(float(ai), 4)} − {num(float(yi), 4)})²"
                           for ai, yi in zip(a[0], y[0], strict=True))
        work = ((f"J(θ{k}) = ½ Σ (a^L − y)²   {snap.net.J.equation}", f"= ½ [{terms}]",
                 f"= {num(snap.J)}")
                if snap.net.J.equation == "(3-19)" and DATASETS[s.network.data].typed
                else (f"J(θ{k}) = {num(snap.J)}",))
        return Answer((snap.J,), "", work, tol, where, ("J",))
    # weight_move: which way w^l_ij moves in the update of iteration k → k+1
    l, i, j = q.layer, q.neuron, q.source
    if not 1 <= l <= L - 1 or not 1 <= j <= sizes[l - 1] or not 1 <= i <= sizes[l]:
        raise InputError("layer, neuron, source: w^{l}_{i}{j} is not a weight of sizes {sizes}",
                         l=l, i=i, j=j, sizes=", ".join(map(str, sizes)))
    where, snap = _snap(s, k, 2 * n + 1)
    assert isinstance(snap, NetworkSnapshot)
    _, after = _snap(s, k + 1)
    assert isinstance(after, NetworkSnapshot)
    w0 = float(snap.net.W[l - 1][j - 1, i - 1])
    w1 = float(after.net.W[l - 1][j - 1, i - 1])
    dw = float(snap.bwd.dW[l - 1][j - 1, i - 1])
    a_j = float(snap.fwd.a[l - 1][0, j - 1])
    d_i = float(np.asarray(snap.bwd.delta[l])[0, i - 1])
    w = weight_pretty(l, i, j)
    work = (f"∂J/∂{w} = {neuron_pretty(l, j)}·{neuron_pretty(l + 1, i, 'δ')} = "
            f"{num(a_j)}·{par(d_i)} = {num(dw)}   (3-34)",
            f"{w} ← {w} − α·∂J/∂{w} = {num(w0)} − {num(snap.lr)}·{par(dw)} = {num(w1)}   (3-12)",
            f"Δ{w} = {num(w1 - w0)}")
    return Answer((), UP if w1 > w0 else DOWN, work, tol, where, (w,))


def _activation_work(snap: NetworkSnapshot, layer: int, i: int) -> tuple[str, ...]:
    l = layer - 1  # list index of the layer; its weights are W[l − 1]
    a_prev, W, b = snap.fwd.a[l - 1][0], snap.net.W[l - 1], snap.net.b[l - 1]
    z = float(np.asarray(snap.fwd.z[l])[0, i])
    a = float(snap.fwd.a[l][0, i])
    terms = [f"{num(float(W[j, i]), 4)}·{par(float(a_prev[j]), 4)}" for j in range(len(a_prev))]
    shown = _sum(terms)
    f = snap.net.f[l - 1]
    return (f"{neuron_pretty(layer, i + 1, 'z')} = Σⱼ w{_sup(layer - 1)}{_sub(i + 1)}ⱼ "
            f"a{_sup(layer - 1)}ⱼ + b{_sup(layer - 1)}{_sub(i + 1)}   (3-18)",
            f"= {shown} + {num(float(b[i]), 4)} = {num(z)}",
            f"{neuron_pretty(layer, i + 1)} = f(z) = {f.formula} = {num(a)}   ({f.name})")


def _delta_work(snap: NetworkSnapshot, layer: int, i: int) -> tuple[str, ...]:
    l, L = layer - 1, len(snap.net.sizes)
    z = np.asarray(snap.fwd.z[l])[0]
    a = snap.fwd.a[l][0]
    f = snap.net.f[l - 1]
    fp = float(f.prime(z, a)[i])
    d = float(np.asarray(snap.bwd.delta[l])[0, i])
    name = neuron_pretty(layer, i + 1, "δ")
    if layer == L:
        y = float(snap.y[0, i])
        if snap.net.J.output is not None:  # the loss folds f′ into δ^L = a − y
            return (f"{name} = a − y = {num(float(a[i]))} − {num(y)} = {num(d)}   (3-37)",)
        return (f"{name} = ({neuron_pretty(layer, i + 1)} − y{_sub(i + 1)})·f′(z)   (3-37)",
                f"f′(z) = {f.prime_formula} = {num(fp)}",
                f"{name} = ({num(float(a[i]))} − {num(y)})·{num(fp)} = {num(d)}")
    nxt, W = np.asarray(snap.bwd.delta[l + 1])[0], snap.net.W[l]
    terms = [f"{num(float(nxt[j]), 4)}·{par(float(W[i, j]), 4)}" for j in range(len(nxt))]
    shown = _sum(terms)
    total = float(nxt @ W[i])
    return (f"{name} = (Σⱼ δ{_sup(layer + 1)}ⱼ w{_sup(layer)}ⱼ{_sub(i + 1)})·f′(z)   (3-36)",
            f"Σ = {shown} = {num(total)}",
            f"f′(z) = {f.prime_formula} = {num(fp)}",
            f"{name} = {num(total)}·{num(fp)} = {num(d)}")


# What a lesson may ask of a scenario in each mode, and who works the answer out.
ASKS: dict[Mode, tuple[str, ...]] = {
    Mode.SURFACE: ("point", "cost", "gradient", "directional", "eigenvalues", "alpha_limit"),
    Mode.NETWORK: ("cost", "activation", "delta", "weight_move", "paths"),
}
ANSWERS: dict[Mode, Callable[[Question, Scenario, int], Answer]] = {
    Mode.SURFACE: _surface, Mode.NETWORK: _network}


def _floats(v: object) -> tuple[float, ...]:
    return tuple(float(x) for x in np.ravel(np.asarray(v)))


def _sum(terms: list[str]) -> str:
    """A sum written out, its first four terms and "…" for the rest."""
    text = " + ".join(terms[:4]) + (" + …" if len(terms) > 4 else "")
    return text.replace("+ −", "− ")  # a − b, not a + −b




# ----------------------------------------------------------------------------------------------
# Checking what was typed.

_SPLIT = re.compile(r"[,，;；\s]+")


def read_numbers(text: str, count: int) -> tuple[float, ...]:
    """"(-1.6, 2.2)", "−1.6 2.2", "−1.6，2.2": `count` finite numbers, or InputError."""
    cleaned = text.replace("−", "-").replace("–", "-").strip().strip("()[]（）")
    parts = [p for p in _SPLIT.split(cleaned) if p]
    if len(parts) != count:
        if count == 1:
            raise InputError("answer: expected 1 number, got {got}", got=len(parts))
        raise InputError("answer: expected {count} numbers, got {got}", count=count,
                         got=len(parts))
    values = []
    for p in parts:
        try:
            v = float(p)
        except ValueError:
            raise InputError("answer: {p!r} is not a number", p=p) from None
        if not math.isfinite(v):
            raise InputError("answer: {p!r} is not a finite number", p=p)
        values.append(v)
    return tuple(values)


def check(answer: Answer, typed: str) -> Verdict:
    """Is what the student typed right, within the tolerance? A choice must match exactly."""
    if answer.choice:
        given = typed.strip().lower()
        return Verdict(given == answer.choice, given)
    try:
        given_n = read_numbers(typed, len(answer.values))
    except InputError as exc:
        return Verdict(False, typed, str(exc))
    right = all(abs(g - v) <= answer.tolerance + 1e-12
                for g, v in zip(given_n, answer.values, strict=True))
    return Verdict(right, given_n)
