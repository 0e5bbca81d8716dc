"""The formula behind the selected neuron or edge, in the current phase, with today's numbers.

Forward: z^{l+1}_i = Σ_j a^l_j w^l_ij + b^l_i, a = f(z) (3-14 … 3-18). Backward: δ^L (3-33, 3-37),
δ^l (3-27, 3-36), ∂J/∂w^l_ij = δ^{l+1}_i a^l_j (3-30, 3-34), ∂J/∂b (3-31, 3-35). Update: w ← w −
α ∂J/∂w (3-12). Everything in the seed's numbering: layer 1 is the input; w^l_ij joins neuron j of
layer l to neuron i of layer l+1; b^l_i is the bias of neuron i of layer l+1. A number an open
lesson question asks about (the snapshot's `hidden`: a, z, δ, ∂J/∂w, the update made of it) is
written "?" until it is answered.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from html import escape
from typing import Any

import numpy as np
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from gdsim.core.hidden import MASK
from gdsim.core.naming import neuron_html, weight_html
from gdsim.core.optimizers import OPTIMIZERS
from gdsim.core.phases import Stage
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.i18n import tr
from gdsim.ui.steps import iteration_text, state_text
from gdsim.ui.text import fmt, phase_text
from gdsim.ui.views import LazyRender

TERMS_UP_TO = 6  # terms of a sum written out with numbers; longer sums are cut with …



def help_html() -> str:
    """What the formula dock says before anything is selected, in the chosen language."""
    return ("<p>" + tr("<b>Click a neuron or an edge</b> in the network diagram to see the formula "
                       "that computes it in the current phase, with the numbers of this iteration "
                       "filled in.") + "</p>"
            f"<ul><li>{tr('Forward')}: z = a W + b, a = f(z) &nbsp;(3-18)</li>"
            f"<li>{tr('Backward')}: δ, {tr('then')} ∂J/∂w = δ a &nbsp;(3-30 … 3-37)</li>"
            f"<li>{tr('Update')}: w ← w − α ∂J/∂w &nbsp;(3-12)</li></ul>")


def n(v: float) -> str:
    """A number inside a sum: short, and in brackets when negative."""
    text = fmt(v, 4)
    return f"({text})" if v < 0 else text


def hid(hide: bool, v: float, form: Any = None) -> str:
    """A value as `form` (fmt by default) writes it, or "?" where a lesson question hides it."""
    return MASK if hide else (form or fmt)(v)


def terms(products: list[str]) -> str:
    if len(products) <= TERMS_UP_TO:
        return " + ".join(products)
    more = tr("({n} more)").format(n=len(products) - 4)
    return " + ".join(products[:3]) + f" + … {more} + " + products[-1]


def representatives(snap: NetworkSnapshot) -> list[tuple[tuple, Stage]]:
    """What the formula dock explains with nothing selected: the current phase's formula for
    neuron 1 of the layer just computed (a²₁ forward, δᴸ₁ at the output, δ²₁ in a hidden layer),
    the last weight layer's w₁₁ in the update; all three in the complete state of θ_k."""
    L = snap.net.L
    if snap.stage in (Stage.FORWARD, Stage.BACKWARD):
        return [(("neuron", snap.stage_layer, 1), snap.stage)]
    if snap.stage is Stage.UPDATE:
        return [(("edge", L - 1, 1, 1), Stage.UPDATE)]
    return [(("neuron", 2, 1), Stage.FORWARD), (("neuron", L, 1), Stage.BACKWARD),
            (("edge", L - 1, 1, 1), Stage.UPDATE)]


def phase_words(snap: NetworkSnapshot) -> str:
    """Where the iteration stands; the whole of it: the state and the iteration from it."""
    if snap.stage is Stage.READY:
        return escape(f"{state_text(snap.k)} — {iteration_text(snap.k)}, "
                      f"{tr('all of it: forward, backward and update')}")
    return escape(phase_text(snap))


def is_(symbol: str, shape: str) -> str:
    return tr("{x} is {shape}").format(x=symbol, shape=shape)


def in_matrices() -> str:
    return tr("In matrices:")


def section(title: str, equation: str, body: list[str]) -> str:
    lines = "".join(f"<p style='margin:2px 0 2px 12px'>{b}</p>" for b in body)
    return (f"<p style='margin:8px 0 2px 0'><b>{title}</b> &nbsp;<span style='color:#666'>"
            f"({equation})</span></p>{lines}")


class Formulas:
    """The formulas of a selection, or of the current phase's representatives, as rich text
    (no widget: the export's caption uses it too)."""

    def html(self, snap: Any, sel: tuple | None) -> str:
        net = getattr(snap, "net", None)
        if net is None:
            return help_html()
        chosen = bool(sel)
        whole = snap.stage is Stage.READY
        if sel:
            stages = ((Stage.FORWARD, Stage.BACKWARD, Stage.UPDATE) if whole
                      else (self.stage(snap),))
            sels = [(tuple(sel), stages)]
        else:
            sels = [(one, (stage,)) for one, stage in representatives(snap)]
        blocks = []
        for one, stages in sels:
            block = self.block(snap, one, stages)
            if block is None:
                return help_html()
            blocks.append(block)
        m = len(snap.x)
        batch = ("<p style='color:#666'>" + tr("A batch of m = {m} samples: values of a sample are "
                                               "those of sample 1; gradients sum over the batch."
                                               ).format(m=m) + "</p>" if m > 1 else "")
        if chosen:
            where = phase_words(snap)
        else:
            where = tr("{phase} — for one neuron or edge; <b>click another</b> in the diagram to "
                       "see its formula").format(phase=phase_words(snap))
        return f"<p style='color:#666'>{where}</p>{''.join(blocks)}{batch}"

    def block(self, snap: Any, sel: tuple, stages: tuple[Stage, ...]) -> str | None:
        """The heading and the formulas of one selection in these stages of the iteration
        (None if it is not in the network)."""
        net = snap.net
        try:
            if sel[0] == "neuron":
                l, i = int(sel[1]), int(sel[2])
                if not (1 <= l <= net.L and 1 <= i <= net.sizes[l - 1]):
                    return None
                stages = stages[:1] if l == 1 else stages  # the input: a¹ = x, nothing more
                head = tr("Neuron {name} (layer {l}, neuron {i})").format(
                    name=neuron_html(l, i), l=l, i=i)
                parts = [p for st in stages for p in self.neuron(snap, l, i, st)]
            else:
                l, i, j = int(sel[1]), int(sel[2]), int(sel[3])
                net.weight_index(l, i, j)  # checks the address
                head = tr("Weight {name} (from {a} to {b})").format(
                    name=weight_html(l, i, j), a=neuron_html(l, j), b=neuron_html(l + 1, i))
                parts = [p for st in stages for p in self.edge(snap, l, i, j, st)]
        except (ValueError, IndexError):
            return None
        return f"<p style='font-size:large; margin-bottom:0'><b>{head}</b></p>{''.join(parts)}"

    @staticmethod
    def stage(snap: NetworkSnapshot) -> Stage:
        """The stage whose formula a selection shows; before anything is computed, forward."""
        return Stage.FORWARD if snap.stage is Stage.READY else snap.stage

    def neuron(self, snap: Any, l: int, i: int, stage: Stage | None = None) -> list[str]:
        stage = stage or self.stage(snap)
        net, L = snap.net, snap.net.L
        a = snap.fwd.a[l - 1][0]
        if l == 1:
            if stage is Stage.BACKWARD:
                return [section(tr("The input layer has no δ"), "3-32: 1 &lt; l ≤ L − 1",
                                [tr("J depends on the weights, not on a z of the input layer: "
                                    "backpropagation stops at δ²."), f"{neuron_html(1, i)} = x"
                                 f"<sub>{i}</sub> = {fmt(a[i - 1])}"])]
            return [section(tr("The input"), "a¹ = x",
                            [f"{neuron_html(1, i)} = x<sub>{i}</sub> = {fmt(a[i - 1])}",
                             tr("Shapes: a¹ is 1×{n}.").format(n=net.sizes[0])])]
        if stage is Stage.FORWARD:
            out = [self.forward(snap, l - 1, i)]
            if l - 1 > snap.revealed_forward and snap.stage is not Stage.READY:
                out.append("<p style='color:#a15c00'>" + tr(
                    "The forward pass has not reached layer {l} yet in this iteration: these are "
                    "the numbers it will find.").format(l=l) + "</p>")
            return out
        if stage is Stage.BACKWARD:
            out = [self.delta(snap, l, i), self.bias_gradient(snap, l - 1, i)]
            if l - 1 < L - snap.revealed_backward and snap.stage is not Stage.READY:
                out.append("<p style='color:#a15c00'>" + tr(
                    "The backward pass has not reached layer {l} yet: these are the numbers it "
                    "will find.").format(l=l) + "</p>")
            return out
        return [self.update_step(snap, net.bias_index(l - 1, i), neuron_html(l - 1, i, "b"),
                                 neuron_html(l - 1, i, "∂J/∂b"),
                                 snap.hidden.bias_gradient(snap.k, l - 1, i))]

    def edge(self, snap: Any, l: int, i: int, j: int, stage: Stage | None = None) -> list[str]:
        stage = stage or self.stage(snap)
        net, L = snap.net, snap.net.L
        if stage is Stage.FORWARD:
            a, w = snap.fwd.a[l - 1][0][j - 1], net.W[l - 1][j - 1, i - 1]
            ha = snap.hidden.activation(snap.k, l, j)
            term = section(tr("{w} carries {a} into {z}").format(
                w=weight_html(l, i, j), a=neuron_html(l, j), z=neuron_html(l + 1, i, 'z')),
                "3-14, 3-18",
                [tr("term j = {j} of the sum:").format(j=j) + f" {neuron_html(l, j)}"
                 f" {weight_html(l, i, j)} = {hid(ha, a, n)} × {n(w)} = {hid(ha, a * w)}"])
            return [term, self.forward(snap, l, i)]
        if stage is Stage.BACKWARD:
            out = [self.weight_gradient(snap, l, i, j), self.bias_gradient(snap, l, i)]
            if l < L - snap.revealed_backward and snap.stage is not Stage.READY:
                out.append("<p style='color:#a15c00'>" + tr(
                    "Waits for {delta}: the backward pass has not reached it yet; these are the "
                    "numbers it will find.").format(delta=neuron_html(l + 1, symbol='δ')) + "</p>")
            return out
        return [self.update_step(snap, net.weight_index(l, i, j), weight_html(l, i, j),
                                 weight_html(l, i, j, "∂J/∂w"),
                                 snap.hidden.weight_gradient(snap.k, l, i, j))]

    def forward(self, snap: Any, l: int, i: int) -> str:
        """z^{l+1}_i = Σ_j a^l_j w^l_ij + b^l_i, a^{l+1}_i = f(z^{l+1}_i)   (3-18); l ≥ 1."""
        net = snap.net
        a, W, b = snap.fwd.a[l - 1][0], net.W[l - 1], net.b[l - 1]
        z = snap.fwd.z[l][0][i - 1]
        h, k_ = snap.hidden, snap.k
        hz = h.activation(k_, l + 1, i)  # z and a of the neuron computed here
        out = hid(hz, snap.fwd.a[l][0][i - 1])
        S, S_next = net.sizes[l - 1], net.sizes[l]
        symbolic = terms([f"{neuron_html(l, k)} {weight_html(l, i, k)}" for k in range(1, S + 1)])
        numbers = terms([f"{hid(h.activation(k_, l, k + 1), a[k], n)} × {n(W[k, i - 1])}"
                         for k in range(S)])
        f = net.f[l - 1]  # the layer's activation record (the loss's own at the output)
        if l == net.L - 1 and net.J.output is not None:  # softmax: not one z at a time
            f_line = (f"{neuron_html(l + 1, i)} = {f.name}(z)<sub>{i}</sub> = e<sup>z<sub>{i}"
                      f"</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> = {out}")
        else:
            f_line = (f"{neuron_html(l + 1, i)}"
                f" = f({neuron_html(l + 1, i, 'z')}) = {escape(f.formula)} = "
                      f"f({hid(hz, z)}) = {out} &nbsp; (f = {f.name})")
        return section(tr("Forward: {z} and {a}").format(z=neuron_html(l + 1, i, 'z'),
                                                          a=neuron_html(l + 1, i)), "3-18",
                       [f"{neuron_html(l + 1, i, 'z')} = {symbolic} + {neuron_html(l, i, 'b')}",
                        f"= {numbers} + {n(b[i - 1])}", f"= <b>{hid(hz, z)}</b>", f_line,
                        f"{in_matrices()} {neuron_html(l + 1, symbol='z')} = {neuron_html(l)}"
                        f" {neuron_html(l, symbol='W')} + "
                        f"{neuron_html(l, symbol='b')} (3-16, 3-17): "
                        f"{is_(neuron_html(l), f'1×{S}')}, "
                        f"{is_(neuron_html(l, symbol='W'), f'{S}×{S_next}')}, "
                        + tr("{x} and {y} are {shape}.").format(
                            x=neuron_html(l, symbol='b'), y=neuron_html(l + 1, symbol='z'),
                            shape=f"1×{S_next}")])

    def f_prime(self, snap: Any, l: int, i: int) -> tuple[str, float]:
        """f′(z^l_i) as text and value, by the activation record layer l ≥ 2 came through,
        from its z and a."""
        f = snap.net.f[l - 2]
        z, a = snap.fwd.z[l - 1][0][i - 1: i], snap.fwd.a[l - 1][0][i - 1: i]
        with np.errstate(all="ignore"):
            value = float(f.prime(z, a)[0])
        hide = snap.hidden.activation(snap.k, l, i)  # f′ would give a away
        return (f"f′({neuron_html(l, i, 'z')}) = {escape(f.prime_formula)} = "
                f"{hid(hide, value, n)}", value)

    def delta(self, snap: Any, l: int, i: int) -> str:
        net, L = snap.net, snap.net.L
        d = snap.bwd.delta[l - 1][0][i - 1]
        h, k_ = snap.hidden, snap.k
        dd = hid(h.delta(k_, l, i), d)
        m = len(snap.x)
        per_m = " / m" if m > 1 else ""
        if l == L:
            a, y = snap.fwd.a[-1][0][i - 1], snap.y[0][i - 1]
            aa = hid(h.activation(k_, L, i), a, n)
            if net.J.output is not None:  # the loss folds the output's f′ into δ^L = a − y
                return section(tr("Backward: {delta} (softmax with cross-entropy)").format(
                                   delta=neuron_html(L, i, 'δ')),
                               "δ<sup>L</sup> = a<sup>L</sup> − y",
                               [f"{neuron_html(L, i, 'δ')} = ({neuron_html(L, i)}"
                                   f" − y<sub>{i}</sub>)"
                                f"{per_m} = ({aa} − {n(y)}){per_m} = <b>{dd}</b>"])
            fp_text, fp = self.f_prime(snap, L, i)
            return section(tr("Backward: {delta} of the output layer").format(
                               delta=neuron_html(L, i, 'δ')), "3-33, 3-37",
                           [f"{neuron_html(L, i, 'δ')} = ({neuron_html(L, i)} − y<sub>{i}</sub>) "
                            f"f′({neuron_html(L, i, 'z')}){per_m}",
                            f"= ({aa} − {n(y)}) × {hid(h.activation(k_, L, i), fp, n)}{per_m} = "
                            f"<b>{dd}</b>",
                            fp_text,
                            f"{in_matrices()} {neuron_html(L, symbol='δ')} = ({neuron_html(L)}"
                            f" − y) ⊙ f′({neuron_html(L, symbol='z')}): "
                            + tr("all {shape}.").format(shape=f"1×{net.sizes[-1]}")])
        S_next = net.sizes[l]
        dn, W = snap.bwd.delta[l][0], net.W[l - 1]
        fp_text, fp = self.f_prime(snap, l, i)
        symbolic = terms([f"{neuron_html(l + 1, k, 'δ')}"
            f" {weight_html(l, k, i)}" for k in range(1, S_next + 1)])
        numbers = terms([f"{hid(h.delta(k_, l + 1, k + 1), dn[k], n)} × {n(W[i - 1, k])}"
                         for k in range(S_next)])
        w_t = f"({neuron_html(l, symbol='W')})<sup>T</sup>"
        return section(tr("Backward: {delta} from the layer after it").format(
                           delta=neuron_html(l, i, 'δ')), "3-27, 3-36",
                       [f"{neuron_html(l, i, 'δ')} = ({symbolic}) f′({neuron_html(l, i, 'z')})",
                        f"= ({numbers}) × {hid(h.activation(k_, l, i), fp, n)}",
                        f"= <b>{dd}</b>", fp_text,
                        f"{in_matrices()} {neuron_html(l, symbol='δ')}"
                        f" = ({neuron_html(l + 1, symbol='δ')} ({neuron_html(l, symbol='W')})"
                        f"<sup>T</sup>) ⊙ f′({neuron_html(l, symbol='z')}): "
                        f"{is_(neuron_html(l + 1, symbol='δ'), f'1×{S_next}')}, "
                        f"{is_(w_t, f'{S_next}×{net.sizes[l - 1]}')}, "
                        f"{is_(neuron_html(l, symbol='δ'), f'1×{net.sizes[l - 1]}')}."])

    def weight_gradient(self, snap: Any, l: int, i: int, j: int) -> str:
        d, a = snap.bwd.delta[l][:, i - 1], snap.fwd.a[l - 1][:, j - 1]
        g = snap.bwd.dW[l - 1][j - 1, i - 1]
        h, k_ = snap.hidden, snap.k
        hd, ha = h.delta(k_, l + 1, i), h.activation(k_, l, j)
        m = len(d)
        S, S_next = snap.net.sizes[l - 1], snap.net.sizes[l]
        if m == 1:
            numbers = f"{hid(hd, d[0], n)} × {hid(ha, a[0], n)}"
            lhs = f"{neuron_html(l + 1, i, 'δ')} {neuron_html(l, j)}"
        else:
            numbers = terms([f"{hid(hd, d[s], n)} × {hid(ha, a[s], n)}" for s in range(m)])
            lhs = f"Σ<sub>{tr('samples')}</sub> {neuron_html(l + 1, i, 'δ')} {neuron_html(l, j)}"
        return section(f"{tr('Backward')}: {weight_html(l, i, j, '∂J/∂w')}", "3-30, 3-34",
                       [f"{weight_html(l, i, j, '∂J/∂w')} = {lhs} = {numbers} = "
                        f"<b>{hid(h.weight_gradient(k_, l, i, j), g)}</b>",
                        f"{in_matrices()} ∂J/∂{neuron_html(l, symbol='W')}"
                        f" = ({neuron_html(l)})<sup>T</sup> "
                        f"{neuron_html(l + 1, symbol='δ')}: "
                        f"{is_(f'({neuron_html(l)})<sup>T</sup>', f'{S}×{m}')}, "
                        f"{is_(neuron_html(l + 1, symbol='δ'), f'{m}×{S_next}')}, "
                        + tr("the result {shape} like {w}.").format(
                            shape=f"{S}×{S_next}", w=neuron_html(l, symbol='W'))])

    def bias_gradient(self, snap: Any, l: int, i: int) -> str:
        g = snap.bwd.db[l - 1][i - 1]
        total = tr(" summed over the batch") if len(snap.x) > 1 else ""
        return section(tr("and {grad}").format(grad=neuron_html(l, i, '∂J/∂b')), "3-31, 3-35",
                       [f"{neuron_html(l, i, '∂J/∂b')} = {neuron_html(l + 1, i, 'δ')}{total} = "
                        f"<b>{hid(snap.hidden.bias_gradient(snap.k, l, i), g)}</b>"])

    def update_step(self, snap: Any, k: int, name: str, grad_name: str,
                    hide: bool = False) -> str:
        """The update of parameter k; `hide`: its gradient is an open lesson question's."""
        old, g = snap.net.theta[k], snap.bwd.grad[k]
        if snap.step is None:
            return section(tr("Update"), "3-12", [tr("No update to show: the run has diverged "
                                                     "or reached its last step.")])
        step = snap.step[k]
        optimizer = snap.settings.optimizer
        if OPTIMIZERS[optimizer].gradient_step:  # (3-12) itself
            return section(f"{tr('Update')}: {name} ← {name} − α {grad_name}", "3-12",
                           [f"= {n(old)} − {n(snap.lr)} × {hid(hide, g, n)} = "
                            f"<b>{hid(hide, old + step)}</b>",
                            tr("the change Δ = {d}; in PyTorch: loss.backward() then "
                               "optimizer.step()").format(d=hid(hide, step))])
        return section(tr("Update by {optimizer}").format(optimizer=optimizer),
                       tr("not plain 3-12"),
                       [tr("{optimizer} does not step by −α {grad} alone (it keeps a state of "
                           "past gradients); its actual change is Δ = {d}").format(
                           optimizer=optimizer, grad=grad_name, d=hid(hide, step)),
                        f"{name} ← {name} + Δ = {n(old)} + {hid(hide, step, n)} = "
                        f"<b>{hid(hide, old + step)}</b> &nbsp; (" + tr(
                            "−α {grad} would be {v}").format(
                            grad=grad_name, v=hid(hide, -snap.lr * g)) + ")"])


class FormulaPanel(Formulas, LazyRender, QWidget):
    """`render(snapshot)` and `set_selection(sel)`: the formula of the selection, with numbers;
    with nothing selected, the current phase's formula for a representative neuron or edge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.text)
        self.selection: tuple | None = None
        self.snapshot: Any = None
        self._html: str | None = None  # what the panel shows, when drawn from a snapshot
        self.text.setHtml(help_html())

    def set_selection(self, sel: tuple | None) -> None:
        self.selection = tuple(sel) if sel else None
        if self.snapshot is not None:
            self.draw(self.snapshot)
        else:
            self.text.setHtml(help_html())

    def draw(self, snap: Any) -> None:
        self.snapshot = snap
        html = self.html(snap, self.selection)
        if html != self._html:
            self._html = html
            self.text.setHtml(html)

    def retranslate_words(self) -> None:
        if self.snapshot is None:  # nothing drawn yet: the help (in surface mode, always)
            self.text.setHtml(help_html())

    def forget_drawn(self) -> None:
        self._html = None

    def plain_text(self) -> str:
        return self.text.toPlainText()


def caption_text(snapshot: NetworkSnapshot) -> str:
    """The caption under an exported diagram (rich text, two short lines): where the iteration
    stands, and the one formula of the current phase for its representative neuron or edge
    with this iteration's numbers (a²₁ forward, δᴸ₁ or δ²₁ backward, w¹₁₁-like in the update;
    the update when the whole iteration is shown)."""
    snap: Any = snapshot  # its passes are complete at every stage shown here
    net, h, k = snap.net, snap.hidden, snap.k  # an open lesson question's numbers: "?"
    L = net.L
    if snap.stage is Stage.READY:
        where = escape(f"{state_text(snap.k)}, J = {hid(h.cost(k), snap.J)} — "
                       f"{iteration_text(snap.k)}"
                       if snap.J is not None else state_text(snap.k))
    else:
        where = escape(phase_text(snap))
    if snap.stage is Stage.FORWARD:
        l = snap.stage_layer
        asked = h.activation(k, l, 1)
        z, a = hid(asked, snap.fwd.z[l - 1][0][0]), hid(asked, snap.fwd.a[l - 1][0][0])
        formula = (f"{neuron_html(l, 1, 'z')} = Σ<sub>j</sub> {neuron_html(l - 1, 'j')} "
                   f"w<sup>{l - 1}</sup><sub>1j</sub> + "
                   f"{neuron_html(l - 1, 1, 'b')} = {z}, &nbsp; {neuron_html(l, 1)} = "
                   f"f({neuron_html(l, 1, 'z')}) = {a} &nbsp; (3-18)")
    elif snap.stage is Stage.BACKWARD:
        l = snap.stage_layer
        d = hid(h.delta(k, l, 1), snap.bwd.delta[l - 1][0][0])
        if l == L:
            rule = (f"({neuron_html(L, 1)} − y<sub>1</sub>)" if net.J.output is not None
                    else f"({neuron_html(L, 1)} − y<sub>1</sub>) f′({neuron_html(L, 1, 'z')})")
            formula = f"{neuron_html(L, 1, 'δ')} = {rule} = {d} &nbsp; (3-37)"
        else:
            formula = (f"{neuron_html(l, 1, 'δ')} = (Σ<sub>k</sub> {neuron_html(l + 1, 'k', 'δ')}"
                       f" w<sup>{l}</sup><sub>k1</sub>) f′({neuron_html(l, 1, 'z')}) = {d}"
                       " &nbsp; (3-36)")
    else:
        formula = short_update(snap, L - 1)
    return f"<p style='margin:0'>{where}<br>{formula}</p>"


def short_update(snap: NetworkSnapshot, l: int) -> str:
    """w^l_11's update in one line: the rule (3-12) with its numbers, or the optimizer's Δ."""
    k = snap.net.weight_index(l, 1, 1)
    name, grad = weight_html(l, 1, 1), weight_html(l, 1, 1, "∂J/∂w")
    old, g = snap.net.theta[k], snap.bwd.grad[k]
    if snap.step is None:
        return f"{name} = {fmt(old)} &nbsp; ({tr('no update: the run has stopped')})"
    new = old + snap.step[k]
    asked = snap.hidden.weight_gradient(snap.k, l, 1, 1)  # an open question's: "?"
    g_, step, new_ = hid(asked, g, n), hid(asked, snap.step[k], n), hid(asked, new)
    if OPTIMIZERS[snap.settings.optimizer].gradient_step:
        return (f"{name} ← {name} − α {grad} = {n(old)} − {n(snap.lr)} × {g_} = {new_}"
                " &nbsp; (3-12)")
    return f"{name} ← {name} + Δ = {n(old)} + {step} = {new_} &nbsp; " \
        f"({escape(snap.settings.optimizer)})"
