"""Numbers as the views print them (a true minus sign, six or three significant digits), and
core's phase labels in the window's language."""

from __future__ import annotations

from gdsim.ui.i18n import tr


def fmt(v: float) -> str:
    """A value as shown in tooltips and formulas: "−0.0230584"."""
    return f"{v:.6g}".replace("-", "−")


def short(v: float) -> str:
    """A value as printed on a neuron or a colour bar's tick: "−0.023"."""
    return f"{v:.3g}".replace("-", "−")


def phase_text(label: str) -> str:
    """A phase's label (core's words: "Forward: layer 2", "Backward: δ³", "Update", the
    whole iteration) in the window's language."""
    forward = "Forward: layer "
    if label.startswith(forward):
        return tr("Forward: layer {n}").format(n=label[len(forward):])
    if label.startswith("Backward:"):
        return tr("Backward:") + label[len("Backward:"):]
    return tr(label)
