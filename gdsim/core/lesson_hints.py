"""The first help a lesson question gives: what to compute and with which formula, none of the
answer's numbers (those come with the worked answer, `lesson_keys.Answer.work`, asked for after).

Each hint is a `Message` (an English template with blanks), so the window says it in the
student's language (i18n.error_text) and scripts/translations.py collects it.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from dataclasses import replace

from gdsim.core.activations import Activation
from gdsim.core.architecture import Network
from gdsim.core.errors import InputError, Message
from gdsim.core.lesson_keys import Asking, num
from gdsim.core.naming import neuron_pretty, weight_pretty
from gdsim.core.naming import subscript as _sub
from gdsim.core.naming import superscript as _up
from gdsim.core.racing import SurfaceSnapshot
from gdsim.core.run import Run


def hint(page: Asking) -> tuple[Message, ...]:
    """What to compute for the page's question, and with which formula."""
    q, s = page.question, page.scenario
    if q is None:
        raise InputError("question: this page asks nothing")
    k = s.step if q.at_step is None else q.at_step
    start = Run(replace(s, step=0, phase=0)).snapshot()
    if isinstance(start, SurfaceSnapshot):
        P, prev = (f"P{k}" if k else "A"), (f"P{k - 1}" if k > 1 else "A")
        update = Message("{P} = {prev} − α·grad J({prev})   (3-12): first grad J at {prev}, "
                         "then take α = {lr} times it away from {prev}", P=P, prev=prev,
                         lr=num(start.lr[q.racer]))
        formula = start.surface.formula
        if q.ask == "point":
            return (update,)
        if q.ask == "cost":
            put = Message("Put {P} into J = {formula}", P=P, formula=formula)
            return (update, put) if k else (put,)
        if q.ask == "gradient":
            return (Message("grad J = (∂J/∂w1, ∂J/∂w2): differentiate J = {formula} by w1 and "
                            "by w2, then put in the coordinates of {P}", formula=formula, P=P),)
        if q.ask == "eigenvalues":
            return (Message("H = the second derivatives of J = {formula}: differentiate grad J "
                            "once more, by w1 and by w2, at {P}; its eigenvalues λ solve "
                            "det(H − λI) = 0", formula=formula, P=P),)
        if q.ask == "alpha_limit":
            return (Message("Find λmax, the largest eigenvalue of H at {P}: a step multiplies "
                            "the distance to the bottom along its direction by 1 − αλmax, and "
                            "the descent converges only while |1 − αλmax| < 1, that is for "
                            "α < 2/λmax", P=P),)
        return (Message("∂J/∂l = grad J · l = |grad J| |l| cos θ   (3-9): grad J at {P} dot "
                        "l = (cos {angle}°, sin {angle}°)", P=P,
                        angle=num(s.surface.angle)),)
    net = start.net
    if q.ask == "paths":
        return (Message("After the weight a path passes one neuron of every layer after layer "
                        "{next}: multiply the sizes of those layers", next=q.layer + 1),)
    if q.ask == "cost":
        return (Message("Take the update (3-12) of every weight and bias, run the forward pass "
                        "(3-18) with θ{k} and put the outputs into J = ½ Σ (a − y)²   (3-19)",
                        k=k),) if k else (Message("Put the outputs into J = ½ Σ (a − y)²   "
                                                  "(3-19)"),)
    l, i = q.layer, q.neuron
    if q.ask == "activation":
        return (Message("{z} = Σⱼ w{up}{i}ⱼ a{up}ⱼ + b{up}{i} over layer {prev}   (3-18), then "
                        "{a} = f({z}) with f(z) = {f}", z=neuron_pretty(l, i, "z"),
                        a=neuron_pretty(l, i), up=_up(l - 1), i=_sub(i), prev=l - 1,
                        f=_f(net, l).formula),)
    if q.ask == "delta":
        prime = _f(net, l).prime_formula
        if l == net.L:
            return (Message("{d} = ({a} − y{i})·f′(z)   (3-37), with f′(z) = {prime}",
                            d=neuron_pretty(l, i, "δ"), a=neuron_pretty(l, i), i=_sub(i),
                            prime=prime),)
        return (Message("{d} = (Σₖ δ{next}ₖ w{up}ₖ{i})·f′(z)   (3-36): each δ of layer {n} "
                        "times the weight from this neuron, added, times f′(z) = {prime}",
                        d=neuron_pretty(l, i, "δ"), next=_up(l + 1), up=_up(l), i=_sub(i),
                        n=l + 1, prime=prime),)
    w = weight_pretty(l, i, q.source)
    return (Message("∂J/∂{w} = {a}·{d}   (3-34): find the sign of {d}; the update {w} ← {w} − "
                    "α·∂J/∂{w} (3-12) moves {w} against the sign of ∂J/∂{w}", w=w,
                    a=neuron_pretty(l, q.source), d=neuron_pretty(l + 1, i, "δ")),)


def _f(net: Network, layer: int) -> Activation:
    """The activation record layer `layer` (2 … L) came through."""
    return net.f[layer - 2]
