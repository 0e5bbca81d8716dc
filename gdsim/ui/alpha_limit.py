"""The α field's word on gradient descent's stability limit: under the field, the limit 2/λmax
at the current point (`gdsim.core.curvature`); past it, the field turns orange and its tool tip
says why the descent will not converge there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gdsim.core.curvature import Curvature
from gdsim.core.hidden import MASK
from gdsim.ui.fields import CheckedField
from gdsim.ui.i18n import tr
from gdsim.ui.text import fmt

WARN_STYLE = "QLineEdit { border: 2px solid #d35400; background: #fff1e0; }"
WARN_COLOR, OK_COLOR = "#b34700", "#555555"


class AlphaLimit:
    """Shows α against 2/λmax beside a CheckedField (its own error, if any, stays first)."""

    def __init__(self, field: CheckedField, label: QLabel, tip: str):
        self.field, self.label, self.tip = field, label, tip
        self.label.setWordWrap(True)
        self.limit: float | None = None
        self.warning = False  # whether α is at or past the limit now

    def show(self, lr: float, curvature: Curvature | None, hidden: bool = False) -> None:
        """α = lr against the limit of `curvature` (None, or not finite: the last one kept);
        `hidden` while a lesson question asks for λ or the limit: "2/λmax = ?", no warning."""
        if curvature is not None and curvature.finite:
            self.limit = curvature.alpha_limit
        limit = self.limit
        self.warning = limit is not None and lr >= limit and not hidden
        if hidden:
            self.label.setText(tr("stable here for α < 2/λmax = {limit}").format(limit=MASK))
        elif limit is None:
            self.label.setText(tr("no limit on α here: no direction curves up (λmax ≤ 0)"))
        elif self.warning:
            self.label.setText(tr("α ≥ 2/λmax = {limit}: too large here").format(
                limit=fmt(limit)))
        else:
            self.label.setText(tr("stable here for α < 2/λmax = {limit}").format(
                limit=fmt(limit)))
        self.label.setStyleSheet(f"color: {WARN_COLOR if self.warning else OK_COLOR};")
        tip = tr(self.tip)
        if self.warning and limit is not None:
            tip += "\n\n" + tr(
                "α = {lr} is not below 2/λmax = {limit}, the limit at the current point: along "
                "the most curved direction each step multiplies the distance to the bottom by "
                "1 − αλmax = {factor}, so the descent does not converge from here. Try α below "
                "{limit}; α = 1/λmax = {half} is the fastest along that direction.").format(
                lr=fmt(lr), limit=fmt(limit), factor=fmt(1 - 2 * lr / limit), half=fmt(limit / 2))
        self.field.edit.setToolTip(tip)
        if not self.field.message:  # a mistake typed is shown first
            self.field.edit.setStyleSheet(WARN_STYLE if self.warning else "")
