"""What the network diagram shows of a snapshot, as numbers and text: each layer's a, z or δ,
each weight layer's w, ∂J/∂w or Δw — None where the pass has not been yet — the tooltips, the
phase strip, the layers' headers and the note under the diagram. No widgets here. Numbering
as in diagram_layout: list index t is layer t+1.

Paused on iteration k (stage READY: after a seek, an Open or a whole step) the diagram shows the
complete state of θ_k — every a, z, δ, ∂J/∂w and the Δw the update is about to apply; walking
the iteration phase by phase (Next ▸) reveals the same numbers in the order they are computed.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.hidden import MASK
from gdsim.core.naming import neuron_pretty, weight_pretty
from gdsim.core.phases import Stage
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.i18n import tr
from gdsim.ui.steps import iteration_text, state_text, theta
from gdsim.ui.style import finite, finite_number
from gdsim.ui.text import SHORT, fmt, phase_text
from gdsim.ui.views.diagram_layout import STRONGEST

Array = NDArray[np.float64]


def complete(snap: Any) -> bool:
    """Whether the snapshot shows the whole of iteration k (not walking it phase by phase)."""
    return bool(snap.stage is Stage.READY)


def neuron_values(snap: Any, quantity: str, t: int) -> Array | None:
    """Layer t's a, z or δ for the first sample, or None where the pass has not been yet."""
    n = len(snap.net.W)
    if quantity in ("z", "δ") and t == 0:
        return None  # the input has no z and no δ
    if not complete(snap):
        if quantity in ("a", "z") and t > snap.revealed_forward:
            return None
        if quantity == "δ" and t < n - snap.revealed_backward + 1:
            return None
    source = {"a": snap.fwd.a, "z": snap.fwd.z, "δ": snap.bwd.delta}[quantity]
    values = finite(source[t][0])
    h = snap.hidden
    if h:  # an open lesson question's a, z or δ: NaN, printed "?"
        asked = h.delta if quantity == "δ" else h.activation
        values = np.where([asked(snap.k, t + 1, i + 1) for i in range(len(values))], np.nan,
                          values)
    return values


def text(v: float, digits: Any = fmt) -> str:
    """A value as shown, or "?" where a lesson question hides it (NaN)."""
    return MASK if math.isnan(v) else digits(v)


def short_text(v: float) -> str:
    """A value as printed on a neuron or an edge: short, "?" where a lesson question hides it."""
    return text(v, lambda x: fmt(finite_number(x), SHORT))


def edge_texts(mats: list[Array | None], exs: list[Array]) -> list[str]:
    """The edges' printed values, weight layer by layer ("" where not computed yet)."""
    return [short_text(v) if M is not None else "" for M, ex in zip(mats, exs, strict=True)
            for v in (np.zeros(len(ex)) if M is None else M.ravel())]


def shown_quantity(quantity: str, t: int) -> str:
    """What layer t's neurons show when the neurons show `quantity`: the input shows x
    (its a) whatever the others show, for it has no z and no δ."""
    return "a" if t == 0 else quantity


def neuron_name(quantity: str, t: int, i: int) -> str:
    """The name over neuron i of layer t (list indices), rich text: the quantity it shows,
    a²₁, z²₁ or δ²₁ (the input's a¹₁ = x₁)."""
    return f"{shown_quantity(quantity, t)}<sup>{t + 1}</sup><sub>{i + 1}</sub>"


def neuron_layers(snap: Any, quantity: str) -> tuple[list[str], list[Array | None], float]:
    """What each layer's neurons show (`shown_quantity`), its values (None: not yet) and the
    largest |value| of `quantity` itself, which sets the colour scale (1 if none)."""
    names = [shown_quantity(quantity, t) for t in range(len(snap.net.sizes))]
    layers = [neuron_values(snap, name, t) for t, name in enumerate(names)]
    vmax = max((float(np.nanmax(np.abs(v), initial=0.0)) for v, name in zip(layers, names)
                if v is not None and name == quantity), default=0.0)
    return names, layers, vmax if vmax > 0 else 1.0


def _layer_part(snap: Any, quantity: str, l0: int, part: int) -> Array | None:
    """Weight layer l0's weights (part 0) or biases (part 1) in the edges' quantity: w or b,
    their ∂J/∂ (once the backward pass has reached them) or their Δ; None if not yet."""
    n = len(snap.net.W)
    if quantity == "w":
        return (snap.net.W, snap.net.b)[part][l0]
    if quantity == "∂J/∂w":
        reached = complete(snap) or l0 >= n - snap.revealed_backward
        values = (snap.bwd.dW, snap.bwd.db)[part][l0] if reached else None
    else:
        values = None if snap.step is None else snap.net.split(snap.step)[part][l0]
    h = snap.hidden
    if values is None or not h:
        return values
    # an open lesson question's ∂J/∂w, ∂J/∂b (and the Δ made of them): NaN, printed "?"
    values = np.array(values, float)
    if part == 0:
        for j, i in np.ndindex(values.shape):
            if h.weight_gradient(snap.k, l0 + 1, i + 1, j + 1):
                values[j, i] = np.nan
    else:
        for i in range(len(values)):
            if h.bias_gradient(snap.k, l0 + 1, i + 1):
                values[i] = np.nan
    return values


def edge_values(snap: Any, quantity: str, l0: int) -> Array | None:
    """Weight layer l0's w, ∂J/∂w or Δw as its (S_l, S_{l+1}) matrix, or None if not yet."""
    return _layer_part(snap, quantity, l0, 0)


def bias_values(snap: Any, quantity: str, l0: int) -> Array | None:
    """The biases b^{l0+1} of layer l0+2 in the edges' quantity: b, ∂J/∂b or Δb (None if not
    yet), so a bias marker beside each neuron reads on the edges' colour scale."""
    return _layer_part(snap, quantity, l0, 1)


def neuron_tooltip(snap: Any, l: int, i: int) -> str:
    """What hovering neuron a^l_i shows: its b, z, a and δ (with ∂J/∂b), or why not yet."""
    t = l - 1
    head = (tr("{name} — layer {l}, neuron {i} (input: a = x)") if t == 0 else
            tr("{name} — layer {l}, neuron {i} (output: a = ŷ)") if t == snap.net.L - 1 else
            tr("{name} — layer {l}, neuron {i}"))
    lines = [head.format(name=neuron_pretty(l, i), l=l, i=i)]
    if t > 0:
        b = neuron_pretty(l - 1, i, "b")
        lines.append(tr("b = {b} = {value}  (its bias, 3-18)").format(
            b=b, value=fmt(snap.net.b[t - 1][i - 1])))
    for q in ("z", "a", "δ"):
        if q in ("z", "δ") and t == 0:
            lines.append(tr("{q}: none in the input layer").format(q=q))
            continue
        v = neuron_values(snap, q, t)
        lines.append(f"{q} = {text(v[i - 1])}" if v is not None else (
            tr("{q}: not computed yet (the backward pass is not here yet)") if q == "δ" else
            tr("{q}: not computed yet (the forward pass is not here yet)")).format(q=q))
    if t > 0:
        db = bias_values(snap, "∂J/∂w", t - 1)
        name = neuron_pretty(l - 1, i, "∂J/∂b")
        lines.append(f"{name} = δ = {text(db[i - 1])}  (3-35)" if db is not None
                     else tr("{name}: not yet (shown from the backward pass)").format(name=name))
        step = bias_values(snap, "Δw", t - 1)
        if step is not None:
            lines.append(f"Δb = {text(step[i - 1])}")
    if len(snap.x) > 1:
        lines.append(tr("(sample 1 of the batch of {m}; ∂J/∂b sums over it)").format(
            m=len(snap.x)))
    return "\n".join(lines)


def edge_tooltip(snap: Any, l: int, i: int, j: int) -> str:
    """What hovering edge w^l_ij shows: its w, ∂J/∂w and Δw, or why not yet."""
    lines = [tr("{name} — from {a} to {b}").format(
        name=weight_pretty(l, i, j), a=neuron_pretty(l, j), b=neuron_pretty(l + 1, i))]
    m = len(snap.x)
    for q in ("w", "∂J/∂w", "Δw"):
        M = edge_values(snap, q, l - 1)
        if M is not None:
            batch = (tr(" (summed over the batch of {m})").format(m=m)
                     if q == "∂J/∂w" and m > 1 else "")
            lines.append(f"{q} = {text(M[j - 1, i - 1])}{batch}")
        else:
            lines.append((tr("{q}: not yet (shown from the backward pass)") if q == "∂J/∂w"
                          else tr("{q}: not yet (shown from the update phase)")).format(q=q))
    return "\n".join(lines)


def loss_tooltip(snap: Any) -> str:
    """What hovering J shows: the loss of θ_k."""
    J = MASK if snap.hidden.cost(snap.k) else fmt(snap.J)
    return tr("J = {J}: the loss (3-19) on the whole data set at {theta}").format(
        J=J, theta=theta(snap.k))


def neuron_quantity(mode: str, snap: NetworkSnapshot) -> str:
    """The neurons' quantity: `mode` ("auto" follows the stage: a, then δ from the backward;
    the complete state of θ_k shows a, with δ printed beside)."""
    if mode == "auto":
        return "a" if snap.stage in (Stage.READY, Stage.FORWARD) else "δ"
    return mode


def edge_quantity(mode: str, snap: NetworkSnapshot) -> str:
    """The edges' quantity: `mode` ("auto": w, then ∂J/∂w, then Δw as the stages go; the
    complete state of θ_k shows ∂J/∂w); Δw falls back to w while there is no update to show."""
    if mode == "auto":
        mode = {Stage.BACKWARD: "∂J/∂w", Stage.UPDATE: "Δw",
                Stage.READY: "∂J/∂w"}.get(snap.stage, "w")
    return "w" if mode == "Δw" and snap.step is None else mode


def front_layers(snap: NetworkSnapshot) -> tuple[int, int]:
    """The layers (list indices) the front lights: the one just computed, or all for the update."""
    n = len(snap.net.W)
    if snap.stage is Stage.UPDATE:
        return 0, n
    t = 0 if snap.stage is Stage.READY else snap.stage_layer - 1
    return t, t


def phase_strip(snap: NetworkSnapshot) -> str:
    """The line above the diagram: the step, and Forward › Backward › Update with the stage
    of the iteration lit (all three when the complete state of θ_k is shown)."""
    parts = []
    whole = complete(snap)
    for stage in (Stage.FORWARD, Stage.BACKWARD, Stage.UPDATE):
        style = ("background-color:#ffd24d; font-weight:bold" if stage is snap.stage
                 else "background-color:#fff0bf" if whole else "color:#888")
        parts.append(f'<span style="{style}">&nbsp;{tr(stage.value.title())}&nbsp;</span>')
    if whole:
        label = tr("all of it shown — Next ▸ walks it phase by phase")
    else:
        label = "" if snap.stage is Stage.UPDATE else f"<b>{phase_text(snap)}</b>"
    return (f"<b>{state_text(snap.k)}</b> ({iteration_text(snap.k)}) &nbsp; "
            f"{' › '.join(parts)} &nbsp; {label}")


def layer_header(t: int, n_layers: int) -> str:
    """Layer t's header, short so that three or more layers share a narrow view."""
    return tr("input") if t == 0 else tr("output") if t == n_layers - 1 else f"l = {t + 1}"


def more_neurons(size: int, drawn: int) -> str:
    """Under a layer too tall to draw whole: how many neurons it has, how many are drawn."""
    return tr("… {s} neurons ({n} drawn)").format(s=size, n=drawn)


def diagram_note(snap: Any, edge_note: str, banded: bool) -> str:
    """The line under the diagram: why the edges show w for Δw (`edge_note`), which sample the
    neurons show, what a band is (`banded`: wide layers drawn as bands), else how to use it."""
    notes = [edge_note] if edge_note else []
    m = len(snap.x)
    if m > 1:
        notes.append(tr("Neurons show sample 1 of the batch of {m}; edges show the whole "
                        "batch.").format(m=m))
    if banded:
        notes.append(tr("Wide layers: the weight matrix as a band (rows: source neuron j, "
                        "columns: target i); lines for the {n} strongest edges.")
                     .format(n=STRONGEST))
    return " ".join(notes) or tr("Hover a neuron or an edge for its values; click to select.")
