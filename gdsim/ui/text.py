"""Numbers as the views print them: a true minus sign, six or three significant digits."""

from __future__ import annotations


def fmt(v: float) -> str:
    """A value as shown in tooltips and formulas: "−0.0230584"."""
    return f"{v:.6g}".replace("-", "−")


def short(v: float) -> str:
    """A value as printed on a neuron or a colour bar's tick: "−0.023"."""
    return f"{v:.3g}".replace("-", "−")
