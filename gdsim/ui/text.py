"""Numbers as the window shows them, and core's phase labels in the window's language.

`fmt` is the one place a number becomes text on screen — every view, table, tooltip, label,
axis tick and export caption goes through it: up to six significant digits, scientific
notation outside 1e-4 … 1e6 (so 1.41e+73 never reads 1.4), a true minus sign. A place with
little room asks for fewer digits (a neuron's value: 3), never for another notation.
`typed` is a number put back into a field, exactly as it parses back. Core's printed trace keeps
the seed's own format (`core/descent.py: printed_trace`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from gdsim.core.naming import superscript
from gdsim.core.phases import Stage
from gdsim.ui.i18n import tr
from gdsim.ui.steps import theta

if TYPE_CHECKING:  # imported when a network first runs (gdsim.core.run._training)
    from gdsim.core.training import NetworkSnapshot

SIGNIFICANT = 6  # digits of a number on screen
SHORT = 3  # digits where the room is a neuron's or a colour bar's
LOW, HIGH = 1e-4, 1e6  # written out from LOW up to HIGH, in scientific notation outside


def fmt(value: float, digits: int = SIGNIFICANT) -> str:
    """A number as shown: "−0.0230584", "4.00266", "1.41e+73", "6.3e−30", "0" (never "−0").
    Written out, all of its whole part stays (123456.7 with 3 digits: "123457")."""
    v = float(value)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else "∞" if v > 0 else "−∞"
    if v == 0:
        return "0"
    if LOW <= abs(v) < HIGH:
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(v))))
        text = f"{v:.{decimals}f}"
        if abs(float(text)) < HIGH:  # else it rounded up to 1e6: scientific
            return (text.rstrip("0").rstrip(".") if "." in text else text).replace("-", "−")
    mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{exponent}".replace("-", "−")


def typed(value: float) -> str:
    """A number put into a field as the user would type it, parsing back to the same float:
    "2" (not "2.0"), "0.1", "1e-05"."""
    v = float(value)
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


def phase_text(snap: NetworkSnapshot) -> str:
    """Where the iteration stands ("Forward: layer 2", "Backward: δ³", "Update", the whole
    iteration), in the window's language, from the snapshot's stage and layer."""
    if snap.stage is Stage.FORWARD:
        return tr("Forward: layer {n}").format(n=snap.stage_layer)
    if snap.stage is Stage.BACKWARD:
        return f"{tr('Backward:')} δ{superscript(snap.stage_layer)}"
    if snap.stage is Stage.UPDATE:
        return tr("Update")
    return tr("{theta}: the whole iteration shown (Next ▸ walks it)").format(
        theta=f"{theta(snap.k)} → {theta(snap.k + 1)}")
