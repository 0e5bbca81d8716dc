"""The curvature panel: the Hessian H of J at the current point, its eigenvalues and
eigen-directions, κ = λmax/λmin, gradient descent's limit α < 2/λmax, and what this step does
along each eigen-direction (its factor 1 − αλᵢ), every number from `gdsim.core.curvature` with
the formula it comes from.

It explains the first racer's point and α. On the seed's valley H = 2I, so the limit is 1 and
α = 0.5 lands on the minimum in one step (both factors 0)."""

from __future__ import annotations

from html import escape

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from gdsim.core.curvature import Behaviour, Curvature, behaviour, curvature_at
from gdsim.core.hidden import MASK
from gdsim.core.racing import SurfaceSnapshot
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender, SurfaceLike

SUBSCRIPTS = "₁₂"
# What a factor 1 − αλ does to the distance along its direction, as the panel says it.
VERDICTS = {
    Behaviour.SHRINKS: tr_noop("shrinks: closer, from the same side"),
    Behaviour.OVERSHOOTS: tr_noop("shrinks, but overshoots to the other side: a zig-zag"),
    Behaviour.BOUNCES: tr_noop("bounces between two points for ever"),
    Behaviour.GROWS: tr_noop("grows: the step moves away, and the descent diverges"),
}
VERDICT_COLORS = {Behaviour.SHRINKS: "#1a7f37", Behaviour.OVERSHOOTS: "#9a6700",
                  Behaviour.BOUNCES: "#c0392b", Behaviour.GROWS: "#c0392b"}


def vector(v: ArrayLike) -> str:
    x, y = np.asarray(v, float)
    return f"({fmt(float(x))}, {fmt(float(y))})"


def matrix_html(rows: list[list[str]]) -> str:
    """A 2×2 matrix between brackets, as a table."""
    cells = "".join("<tr>" + "".join(f"<td align='center'>&nbsp;{x}&nbsp;</td>" for x in row)
                    + "</tr>" for row in rows)
    bracket = "<td rowspan='2' style='font-size: xx-large'>{}</td>"
    return (f"{bracket.format('[')}<td><table cellspacing='2'>{cells}</table></td>"
            f"{bracket.format(']')}")


SECOND = [["∂²J/∂w1²", "∂²J/∂w1∂w2"], ["∂²J/∂w2∂w1", "∂²J/∂w2²"]]


def curvature_html(c: Curvature, w: ArrayLike, lr: float, label: str, gradient_step: bool,
                   hide: bool = False) -> str:
    """Everything the panel says about H at w and a step of size lr, in the window's language;
    with `hide` (an open lesson question asks for λ or the limit) every number made of λ is
    "?" and what a factor does is not said (core/hidden.py)."""

    def val(x: float) -> str:
        return MASK if hide else fmt(x)

    numbers = [[fmt(float(x)) for x in row] for row in c.hessian]
    out = [f"<p><b>{tr('Curvature at the current point')}</b> {escape(vector(w))}, "
           f"{escape(label)}</p>",
           "<table cellspacing='0'><tr><td valign='middle'>H =&nbsp;</td>"
           f"{matrix_html(SECOND)}<td valign='middle'>&nbsp;=&nbsp;</td>"
           f"{matrix_html(numbers)}</tr></table>"]
    if not c.finite:
        return "".join(out) + f"<p>{tr('H cannot be computed here (the numbers overflow).')}</p>"
    out.append(f"<p>{tr('Eigenvalues and eigen-directions (H v = λ v):')}<br>")
    out.append("<br>".join(f"&nbsp;&nbsp;λ{s} = <b>{val(float(c.eigenvalues[i]))}</b>, "
                           f"v{s} = {vector(c.eigenvectors[:, i])}"
                           for i, s in enumerate(SUBSCRIPTS)) + "</p>")
    kappa = c.condition
    out.append("<p>κ = λmax / λmin = " + (f"<b>{val(kappa)}</b>" if kappa is not None else tr(
        "none: H is not positive definite (no bowl here)")) + "</p>")
    limit = c.alpha_limit
    if limit is None:
        out.append(f"<p>{tr('No limit on α: no direction curves up here (λmax ≤ 0).')}</p>")
    else:
        stable = tr("Gradient descent is stable for {limit}; α = 1/λmax = {half} lands on the "
                    "bottom along the most curved direction in one step.").format(
            limit=f"<b>α &lt; 2/λmax = {val(limit)}</b>", half=val(limit / 2))
        out.append(f"<p>{stable}</p>")
    step = tr("This step, α = {lr}: along each eigen-direction the distance to the bottom of "
              "the local quadratic is multiplied by 1 − αλ:").format(lr=fmt(lr))
    out.append(f"<p>{step}<br>")
    rows = []
    for i, (s, f) in enumerate(zip(SUBSCRIPTS, c.contraction(lr), strict=True)):
        factor = f"&nbsp;&nbsp;1 − αλ{s} = 1 − {fmt(lr)} × {val(float(c.eigenvalues[i]))} = "
        if hide:
            rows.append(f"{factor}<b>{MASK}</b>")
            continue
        b = behaviour(float(f))
        rows.append(f"{factor}<b>{fmt(float(f))}</b>: <span style='color: {VERDICT_COLORS[b]}'>"
                    f"{tr(VERDICTS[b])}</span>")
    out.append("<br>".join(rows) + "</p>")
    if not gradient_step:
        note = tr("The factors are those of plain gradient descent (3-12) with this α; this "
                  "racer steps by its own rule.")
        out.append(f"<p style='color: #555'>{note}</p>")
    return "".join(out)


class CurvatureView(LazyRender, QTextBrowser):
    """`render(snapshot)`: H and what follows from it at the first racer's point."""

    shown_changed = Signal(bool)  # the panel came into view or left it (its dock)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.curvature: Curvature | None = None  # what the panel shows now

    def draw(self, snap: SurfaceLike) -> None:
        w = snap.points[0].w
        self.curvature = curvature_at(snap.surface, w)
        hide = isinstance(snap, SurfaceSnapshot) and snap.hidden.curvature()
        self.setHtml(curvature_html(self.curvature, w, snap.lr[0], snap.labels[0],
                                    snap.gradient_steps[0], hide))

    def set_shown(self, shown: bool) -> None:
        super().set_shown(shown)
        self.shown_changed.emit(shown)
