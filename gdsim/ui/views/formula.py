"""The formula behind the selected neuron or edge, in the current phase, with today's numbers.

Forward: z^{l+1}_i = Σ_j a^l_j w^l_ij + b^l_i, a = f(z) (3-14 … 3-18). Backward: δ^L (3-33, 3-37),
δ^l (3-27, 3-36), ∂J/∂w^l_ij = δ^{l+1}_i a^l_j (3-30, 3-34), ∂J/∂b (3-31, 3-35). Update: w ← w −
α ∂J/∂w (3-12). Everything in the seed's numbering: layer 1 is the input; w^l_ij joins neuron j of
layer l to neuron i of layer l+1; b^l_i is the bias of neuron i of layer l+1.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from gdsim.core.network import ACTIVATIONS
from gdsim.ui.views import LazyRender
from gdsim.ui.views.diagram import fmt

TERMS_UP_TO = 6  # terms of a sum written out with numbers; longer sums are cut with …

F_TEXT = {"sigmoid": "1 / (1 + e<sup>−z</sup>)", "tanh": "tanh z", "relu": "max(0, z)",
          "leaky_relu": "max(0.01 z, z)", "identity": "z"}
F_PRIME_TEXT = {"sigmoid": "a (1 − a)", "tanh": "1 − a²", "relu": "1 if z &gt; 0 else 0",
                "leaky_relu": "1 if z &gt; 0 else 0.01", "identity": "1"}
HELP = ("<p><b>Click a neuron or an edge</b> in the network diagram to see the formula that "
        "computes it in the current phase, with the numbers of this iteration filled in.</p>"
        "<ul><li>Forward: z = a W + b, a = f(z) &nbsp;(3-18)</li>"
        "<li>Backward: δ, then ∂J/∂w = δ a &nbsp;(3-30 … 3-37)</li>"
        "<li>Update: w ← w − α ∂J/∂w &nbsp;(3-12)</li></ul>")


def sym(s: str, l: int | str, i: int | str = "") -> str:
    """s^l_i as HTML: a<sup>2</sup><sub>1</sub>."""
    return f"{s}<sup>{l}</sup><sub>{i}</sub>" if i != "" else f"{s}<sup>{l}</sup>"


def wsym(l: int | str, i: int | str, j: int | str, s: str = "w") -> str:
    sep = "," if isinstance(i, int) and isinstance(j, int) and max(i, j) > 9 else ""
    return f"{s}<sup>{l}</sup><sub>{i}{sep}{j}</sub>"


def n(v: float) -> str:
    """A number inside a sum: short, and in brackets when negative."""
    text = f"{v:.4g}".replace("-", "−")
    return f"({text})" if v < 0 else text


def terms(products: list[str]) -> str:
    if len(products) <= TERMS_UP_TO:
        return " + ".join(products)
    return " + ".join(products[:3]) + f" + … ({len(products) - 4} more) + " + products[-1]


def section(title: str, equation: str, body: list[str]) -> str:
    lines = "".join(f"<p style='margin:2px 0 2px 12px'>{b}</p>" for b in body)
    return (f"<p style='margin:8px 0 2px 0'><b>{title}</b> &nbsp;<span style='color:#666'>"
            f"({equation})</span></p>{lines}")


class FormulaPanel(LazyRender, QWidget):
    """`render(snapshot)` and `set_selection(sel)`: the formula of the selection, with numbers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.text)
        self.selection: tuple | None = None
        self.snapshot: Any = None
        self.text.setHtml(HELP)

    def set_selection(self, sel: tuple | None) -> None:
        self.selection = tuple(sel) if sel else None
        if self.snapshot is not None:
            self.draw(self.snapshot)
        else:
            self.text.setHtml(HELP)

    def draw(self, snap: Any) -> None:
        self.snapshot = snap
        html = self.html(snap, self.selection)
        if html != getattr(self, "_html", None):
            self._html = html
            self.text.setHtml(html)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    # -- the formulas ---------------------------------------------------------------------------
    def html(self, snap: Any, sel: tuple | None) -> str:
        net = getattr(snap, "net", None)
        if net is None or not sel:
            return HELP
        try:
            if sel[0] == "neuron":
                l, i = int(sel[1]), int(sel[2])
                if not (1 <= l <= net.L and 1 <= i <= net.sizes[l - 1]):
                    return HELP
                head = f"Neuron {sym('a', l, i)} (layer {l}, neuron {i})"
                parts = self.neuron(snap, l, i)
            else:
                l, i, j = int(sel[1]), int(sel[2]), int(sel[3])
                net.weight_index(l, i, j)  # checks the address
                head = (f"Weight {wsym(l, i, j)} (from {sym('a', l, j)} to "
                        f"{sym('a', l + 1, i)})")
                parts = self.edge(snap, l, i, j)
        except (ValueError, IndexError):
            return HELP
        m = len(snap.x)
        batch = (f"<p style='color:#666'>A batch of m = {m} samples: values of a sample are "
                 f"those of sample 1; gradients sum over the batch.</p>" if m > 1 else "")
        return (f"<p style='font-size:large'><b>{head}</b></p><p style='color:#666'>"
                f"{snap.phase_label}</p>{''.join(parts)}{batch}")

    @staticmethod
    def stage(snap: Any) -> str:
        n_w = len(snap.net.W)
        return ("forward" if snap.phase <= n_w else "backward" if snap.phase <= 2 * n_w
                else "update")

    def neuron(self, snap: Any, l: int, i: int) -> list[str]:
        stage, net, L = self.stage(snap), snap.net, snap.net.L
        a = snap.fwd.a[l - 1][0]
        if l == 1:
            if stage == "backward":
                return [section("The input layer has no δ", "3-32: 1 &lt; l ≤ L − 1",
                                ["J depends on the weights, not on a z of the input layer: "
                                 "backpropagation stops at δ².", f"{sym('a', 1, i)} = x"
                                 f"<sub>{i}</sub> = {fmt(a[i - 1])}"])]
            return [section("The input", "a¹ = x", [f"{sym('a', 1, i)} = x<sub>{i}</sub> = "
                                                    f"{fmt(a[i - 1])}",
                                                    f"Shapes: a¹ is 1×{net.sizes[0]}."])]
        if stage == "forward":
            out = [self.forward(snap, l - 1, i)]
            if l - 1 > snap.revealed_forward:
                out.append("<p style='color:#a15c00'>The forward pass has not reached layer "
                           f"{l} yet in this iteration: these are the numbers it will find.</p>")
            return out
        if stage == "backward":
            out = [self.delta(snap, l, i), self.bias_gradient(snap, l - 1, i)]
            if l - 1 < L - snap.revealed_backward:
                out.append("<p style='color:#a15c00'>The backward pass has not reached layer "
                           f"{l} yet: these are the numbers it will find.</p>")
            return out
        return [self.update(snap, net.bias_index(l - 1, i), sym("b", l - 1, i),
                            sym("∂J/∂b", l - 1, i))]

    def edge(self, snap: Any, l: int, i: int, j: int) -> list[str]:
        stage, net, L = self.stage(snap), snap.net, snap.net.L
        if stage == "forward":
            a, w = snap.fwd.a[l - 1][0][j - 1], net.W[l - 1][j - 1, i - 1]
            term = section(f"{wsym(l, i, j)} carries {sym('a', l, j)} into "
                           f"{sym('z', l + 1, i)}", "3-14, 3-18",
                           [f"term j = {j} of the sum: {sym('a', l, j)} {wsym(l, i, j)} = "
                            f"{n(a)} × {n(w)} = {fmt(a * w)}"])
            return [term, self.forward(snap, l, i)]
        if stage == "backward":
            out = [self.weight_gradient(snap, l, i, j), self.bias_gradient(snap, l, i)]
            if l < L - snap.revealed_backward:
                out.append(f"<p style='color:#a15c00'>Waits for {sym('δ', l + 1)}: the backward "
                           "pass has not reached it yet; these are the numbers it will find.</p>")
            return out
        return [self.update(snap, net.weight_index(l, i, j), wsym(l, i, j),
                            wsym(l, i, j, "∂J/∂w"))]

    def forward(self, snap: Any, l: int, i: int) -> str:
        """z^{l+1}_i = Σ_j a^l_j w^l_ij + b^l_i, a^{l+1}_i = f(z^{l+1}_i)   (3-18); l ≥ 1."""
        net = snap.net
        a, W, b = snap.fwd.a[l - 1][0], net.W[l - 1], net.b[l - 1]
        z = snap.fwd.z[l][0][i - 1]
        S, S_next = net.sizes[l - 1], net.sizes[l]
        symbolic = terms([f"{sym('a', l, k)} {wsym(l, i, k)}" for k in range(1, S + 1)])
        numbers = terms([f"{n(a[k])} × {n(W[k, i - 1])}" for k in range(S)])
        out_layer = l == net.L - 1
        if out_layer and net.loss == "cross_entropy":
            f_line = (f"{sym('a', l + 1, i)} = softmax(z)<sub>{i}</sub> = e<sup>z<sub>{i}"
                      f"</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> = "
                      f"{fmt(snap.fwd.a[l][0][i - 1])}")
        else:
            name = net.activations[l - 1]
            f_line = (f"{sym('a', l + 1, i)} = f({sym('z', l + 1, i)}) = {F_TEXT[name]} = "
                      f"f({n(z)}) = {fmt(snap.fwd.a[l][0][i - 1])} &nbsp; (f = {name})")
        return section(f"Forward: {sym('z', l + 1, i)} and {sym('a', l + 1, i)}", "3-18",
                       [f"{sym('z', l + 1, i)} = {symbolic} + {sym('b', l, i)}",
                        f"= {numbers} + {n(b[i - 1])}", f"= <b>{fmt(z)}</b>", f_line,
                        f"In matrices: {sym('z', l + 1)} = {sym('a', l)} {sym('W', l)} + "
                        f"{sym('b', l)} (3-16, 3-17): {sym('a', l)} is 1×{S}, {sym('W', l)} is "
                        f"{S}×{S_next}, {sym('b', l)} and {sym('z', l + 1)} are 1×{S_next}."])

    def f_prime(self, snap: Any, l: int, i: int) -> tuple[str, float]:
        """f′(z^l_i) as text and value (layer l ≥ 2 came through activation l − 1)."""
        name = snap.net.activations[l - 2]
        z = snap.fwd.z[l - 1][0][i - 1]
        with np.errstate(all="ignore"):
            value = float(ACTIVATIONS[name].prime(np.array([z]))[0])
        return (f"f′({sym('z', l, i)}) = {F_PRIME_TEXT[name]} = {n(value)}", value)

    def delta(self, snap: Any, l: int, i: int) -> str:
        net, L = snap.net, snap.net.L
        d = snap.bwd.delta[l - 1][0][i - 1]
        m = len(snap.x)
        per_m = " / m" if m > 1 else ""
        if l == L:
            a, y = snap.fwd.a[-1][0][i - 1], snap.y[0][i - 1]
            if net.loss == "cross_entropy":
                return section(f"Backward: {sym('δ', L, i)} (softmax with cross-entropy)",
                               "δ<sup>L</sup> = a<sup>L</sup> − y",
                               [f"{sym('δ', L, i)} = ({sym('a', L, i)} − y<sub>{i}</sub>)"
                                f"{per_m} = ({n(a)} − {n(y)}){per_m} = <b>{fmt(d)}</b>"])
            fp_text, fp = self.f_prime(snap, L, i)
            return section(f"Backward: {sym('δ', L, i)} of the output layer", "3-33, 3-37",
                           [f"{sym('δ', L, i)} = ({sym('a', L, i)} − y<sub>{i}</sub>) "
                            f"f′({sym('z', L, i)}){per_m}",
                            f"= ({n(a)} − {n(y)}) × {n(fp)}{per_m} = <b>{fmt(d)}</b>",
                            fp_text,
                            f"In matrices: {sym('δ', L)} = ({sym('a', L)} − y) ⊙ "
                            f"f′({sym('z', L)}): all 1×{net.sizes[-1]}."])
        S_next = net.sizes[l]
        dn, W = snap.bwd.delta[l][0], net.W[l - 1]
        fp_text, fp = self.f_prime(snap, l, i)
        symbolic = terms([f"{sym('δ', l + 1, k)} {wsym(l, k, i)}" for k in range(1, S_next + 1)])
        numbers = terms([f"{n(dn[k])} × {n(W[i - 1, k])}" for k in range(S_next)])
        return section(f"Backward: {sym('δ', l, i)} from the layer after it", "3-27, 3-36",
                       [f"{sym('δ', l, i)} = ({symbolic}) f′({sym('z', l, i)})",
                        f"= ({numbers}) × {n(fp)}", f"= <b>{fmt(d)}</b>", fp_text,
                        f"In matrices: {sym('δ', l)} = ({sym('δ', l + 1)} ({sym('W', l)})"
                        f"<sup>T</sup>) ⊙ f′({sym('z', l)}): {sym('δ', l + 1)} is 1×{S_next}, "
                        f"({sym('W', l)})<sup>T</sup> is {S_next}×{net.sizes[l - 1]}, "
                        f"{sym('δ', l)} is 1×{net.sizes[l - 1]}."])

    def weight_gradient(self, snap: Any, l: int, i: int, j: int) -> str:
        d, a = snap.bwd.delta[l][:, i - 1], snap.fwd.a[l - 1][:, j - 1]
        g = snap.bwd.dW[l - 1][j - 1, i - 1]
        m = len(d)
        S, S_next = snap.net.sizes[l - 1], snap.net.sizes[l]
        if m == 1:
            numbers = f"{n(d[0])} × {n(a[0])}"
            lhs = f"{sym('δ', l + 1, i)} {sym('a', l, j)}"
        else:
            numbers = terms([f"{n(d[s])} × {n(a[s])}" for s in range(m)])
            lhs = f"Σ<sub>samples</sub> {sym('δ', l + 1, i)} {sym('a', l, j)}"
        return section(f"Backward: {wsym(l, i, j, '∂J/∂w')}", "3-30, 3-34",
                       [f"{wsym(l, i, j, '∂J/∂w')} = {lhs} = {numbers} = <b>{fmt(g)}</b>",
                        f"In matrices: ∂J/∂{sym('W', l)} = ({sym('a', l)})<sup>T</sup> "
                        f"{sym('δ', l + 1)}: ({sym('a', l)})<sup>T</sup> is {S}×{m}, "
                        f"{sym('δ', l + 1)} is {m}×{S_next}, the result {S}×{S_next} like "
                        f"{sym('W', l)}."])

    def bias_gradient(self, snap: Any, l: int, i: int) -> str:
        g = snap.bwd.db[l - 1][i - 1]
        total = " summed over the batch" if len(snap.x) > 1 else ""
        return section(f"and {sym('∂J/∂b', l, i)}", "3-31, 3-35",
                       [f"{sym('∂J/∂b', l, i)} = {sym('δ', l + 1, i)}{total} = "
                        f"<b>{fmt(g)}</b>"])

    def update(self, snap: Any, k: int, name: str, grad_name: str) -> str:
        old, g = snap.net.theta[k], snap.bwd.grad[k]
        if snap.step is None:
            return section("Update", "3-12", ["No update to show: the run has diverged or "
                                              "reached its last step."])
        step = snap.step[k]
        optimizer = snap.settings.optimizer
        if optimizer == "sgd":
            return section(f"Update: {name} ← {name} − α {grad_name}", "3-12",
                           [f"= {n(old)} − {n(snap.lr)} × {n(g)} = <b>{fmt(old + step)}</b>",
                            f"the change Δ = {fmt(step)}; in PyTorch: loss.backward() then "
                            "optimizer.step()"])
        return section(f"Update by {optimizer}", "not plain 3-12",
                       [f"{optimizer} does not step by −α {grad_name} alone (it keeps a state "
                        f"of past gradients); its actual change is Δ = {fmt(step)}",
                        f"{name} ← {name} + Δ = {n(old)} + {n(step)} = <b>{fmt(old + step)}"
                        f"</b> &nbsp; (−α {grad_name} would be {fmt(-snap.lr * g)})"])
