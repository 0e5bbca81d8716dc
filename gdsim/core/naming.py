"""The seed's names for a network's quantities, in one place: w^l_ij, b^l_i, a^l_i, δ^l_i.

Layer numbers follow the seed (layer 1 is the input); w^l_ij joins neuron j of layer l to neuron
i of layer l+1 and b^l_i is the bias of neuron i of layer l+1. Two spellings of each name:

- `plain` — ASCII for files and the command line: "w^1_11", "w^2_10,3", "b^2_1";
- `pretty` — real super- and subscripts for the screen: "w¹₁₁", "w²₁₀,₃", "b²₁", "δ³₁".

When an index has two digits the two subscripts are separated by a comma, so w^1_1,12 and
w^1_11,2 never read alike.
"""

from __future__ import annotations

import re

_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SUB = str.maketrans("0123456789,", "₀₁₂₃₄₅₆₇₈₉‚")


def superscript(n: int | str) -> str:
    """'12' → '¹²'."""
    return str(n).translate(_SUP)


def subscript(n: int | str) -> str:
    """'12' → '₁₂'."""
    return str(n).translate(_SUB)


def _pair(i: int, j: int) -> str:
    return f"{i}{j}" if max(i, j) < 10 else f"{i},{j}"


def weight_plain(l: int, i: int, j: int) -> str:
    """"w^1_12": the weight from neuron j of layer l to neuron i of layer l+1."""
    return f"w^{l}_{_pair(i, j)}"


def bias_plain(l: int, i: int) -> str:
    """"b^1_2": the bias of neuron i of layer l+1."""
    return f"b^{l}_{i}"


def weight_pretty(l: int, i: int, j: int, symbol: str = "w") -> str:
    """"w¹₁₂" (or "w¹₁₀‚₃"); symbol "Δw" or "∂J/∂w" names that quantity of the same edge."""
    return f"{symbol}{superscript(l)}{subscript(_pair(i, j))}"


def neuron_pretty(l: int, i: int, symbol: str = "a") -> str:
    """"a²₁", "z²₁", "δ³₁", "b¹₁": a quantity of neuron i of layer l."""
    return f"{symbol}{superscript(l)}{subscript(i)}"


def parameter_plain(address: tuple[str, int, int, int | None]) -> str:
    """("w", l, i, j) → "w^l_ij"; ("b", l, i, None) → "b^l_i"."""
    kind, l, i, j = address
    return bias_plain(l, i) if kind == "b" or j is None else weight_plain(l, i, j)


def parameter_pretty(address: tuple[str, int, int, int | None]) -> str:
    """("w", l, i, j) → "w¹₁₂"; ("b", l, i, None) → "b¹₂"."""
    kind, l, i, j = address
    return neuron_pretty(l, i, "b") if kind == "b" or j is None else weight_pretty(l, i, j)


def neuron_html(l: int | str, i: int | str | None = None, symbol: str = "a") -> str:
    """"a<sup>2</sup><sub>1</sub>" (a²₁ in rich text); without i, the whole layer: a<sup>2</sup>."""
    return f"{symbol}<sup>{l}</sup>" + ("" if i is None else f"<sub>{i}</sub>")


def weight_html(l: int, i: int, j: int, symbol: str = "w") -> str:
    """"w<sup>1</sup><sub>12</sub>" (w¹₁₂ in rich text); symbol "∂J/∂w" for its gradient."""
    return f"{symbol}<sup>{l}</sup><sub>{_pair(i, j)}</sub>"


_PLAIN = re.compile(r"^([^\W\d_]+)\^(\d+)_(\d+(?:,\d+)?)$")


def pretty_axis(name: str) -> str:
    """A parameter named in plain text ("w^1_11", "b^2_1", "w^1_10,3") with real sub- and
    superscripts ("w¹₁₁", "b²₁", "w¹₁₀‚₃"), as an axis or a list shows it; other names ("w1")
    as they are."""
    m = _PLAIN.match(name)
    return f"{m[1]}{superscript(m[2])}{subscript(m[3])}" if m else name
