"""What no view may show while a lesson's question is open: the quantities it asks about.

A lesson page declares its question ({"ask": "delta", "layer": 2, "neuron": 1}); the window
stamps `Hidden` for it on every snapshot it hands the views (`hidden_for` builds it), and each
view asks it before printing a number: `snap.hidden.delta(k, 2, 1)` → print "?" instead. Once
the student checks a right answer or asks to be shown, the window stamps NOTHING again.

What a question hides is what gives its answer away: a point's P_k, a cost's J, a gradient's
components with every slope ∂J/∂l at that point (V1's and V2's are its components), a
directional derivative's slopes with |grad J| (the largest of them), the Hessian's eigenvalues
or gradient descent's limit 2/λmax (both: every λ and what is made of λ, at every step), an
activation's a and z, a
δ (and ∂J/∂w, ∂J/∂b made from it), a weight's move (its ∂J/∂w, the δ it is made of, Δw and
the new w), a loss J(θ_k), a count of paths. Steps k and racers are the question's own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    """The open question's `ask` with its step and address; `NOTHING` (ask "") hides nothing."""

    ask: str = ""
    k: int = 0  # the step the question is about (after k iterations; network: iteration k)
    racer: int = 0
    layer: int = 0
    neuron: int = 0  # i
    source: int = 0  # j: a weight w^layer_ij leaves neuron j of `layer`

    def __bool__(self) -> bool:
        return bool(self.ask)

    def _is(self, ask: str, k: int, racer: int = 0) -> bool:
        return self.ask == ask and k == self.k and racer == self.racer

    # -- surface mode: racer r after k steps ----------------------------------------------------
    def point(self, k: int, racer: int = 0) -> bool:
        """P_k (and the step that lands on it, drawn from P_{k−1})."""
        return self._is("point", k, racer)

    def cost(self, k: int, racer: int = 0) -> bool:
        """J(P_k) in surface mode, J(θ_k) in network mode."""
        return self._is("cost", k, racer)

    def gradient(self, k: int, racer: int = 0) -> bool:
        """grad J(P_k)'s components."""
        return self._is("gradient", k, racer)

    def slopes(self, k: int, racer: int = 0) -> bool:
        """Every ∂J/∂l at P_k, |grad J| and the curve of them over all angles."""
        return self._is("directional", k, racer) or self.gradient(k, racer)

    def steers(self, k: int, racer: int = 0) -> bool:
        """−grad J drawn at P_k (the 3-D view's arrow, figure 3-10's steepest direction): it
        tells the gradient's direction, and the next point lies along it."""
        return self.slopes(k, racer) or self.point(k + 1, racer)

    def curvature(self) -> bool:
        """H's eigenvalues and what is made of them: κ, 1/λmax, the limit 2/λmax, a step's
        factors 1 − αλᵢ and what they do, where the α map's descents stop converging. At every
        step and point, not only the asked one: on a quadratic H is the same everywhere."""
        return self.ask in ("eigenvalues", "alpha_limit")

    # -- network mode: iteration k, the seed's numbering ----------------------------------------
    def activation(self, k: int, layer: int, i: int) -> bool:
        """a^layer_i and z^layer_i."""
        return self._is("activation", k) and (layer, i) == (self.layer, self.neuron)

    def delta(self, k: int, layer: int, i: int) -> bool:
        """δ^layer_i: asked, or the δ whose sign says which way an asked weight moves."""
        if self._is("weight_move", k):
            return (layer, i) == (self.layer + 1, self.neuron)
        return self._is("delta", k) and (layer, i) == (self.layer, self.neuron)

    def weight_gradient(self, k: int, layer: int, i: int, j: int) -> bool:
        """∂J/∂w^layer_ij = δ^{layer+1}_i a^layer_j (3-34), its Δw and the new w."""
        return self.delta(k, layer + 1, i)

    def bias_gradient(self, k: int, layer: int, i: int) -> bool:
        """∂J/∂b^layer_i = δ^{layer+1}_i (3-35), its Δb and the new b."""
        return self.delta(k, layer + 1, i)

    def paths(self, layer: int) -> bool:
        """How many chain-rule paths lead from a weight of `layer` to J."""
        return self.ask == "paths" and layer == self.layer


NOTHING = Hidden()
MASK = "?"  # what a view prints where a hidden number would be


def masked(hidden: bool, text: str) -> str:
    """"name = value" with the value as the placeholder where it is hidden: "J = ?"."""
    if not hidden or " = " not in text:
        return text
    return f"{text.rpartition(' = ')[0]} = {MASK}"
