"""Numbers as the views print them (a true minus sign, six or three significant digits), and
core's phase labels in the window's language."""

from __future__ import annotations

from gdsim.core.naming import superscript
from gdsim.core.phases import Stage
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.i18n import tr
from gdsim.ui.steps import theta


def fmt(v: float) -> str:
    """A value as shown in tooltips and formulas: "−0.0230584"."""
    return f"{v:.6g}".replace("-", "−")


def short(v: float) -> str:
    """A value as printed on a neuron or a colour bar's tick: "−0.023"."""
    return f"{v:.3g}".replace("-", "−")


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
