"""The status bar's permanent labels: the step k, the point, J, the gradient and how the run
stands (diverged in red, converged in green)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from gdsim.core.status import Status
from gdsim.ui.i18n import error_text, language, tr
from gdsim.ui.style import CONVERGED_COLOR, DIVERGED_COLOR


class StatusLine:
    """The labels, made once in `bar`; show() fills them from what the views drew, say()
    puts a passing message beside them."""

    def __init__(self, bar: QStatusBar):
        self.bar = bar
        self.k, self.point, self.J, self.grad, self.run = (QLabel() for _ in range(5))
        for label in (self.k, self.point, self.J, self.grad):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.run, 1)

    def say(self, text: str, ms: int = 8000) -> None:
        """A message in the bar for `ms` milliseconds, beside the labels."""
        self.bar.showMessage(text, ms)

    def show(self, k: int, point: str, J: float, gradient: str, status: Status) -> None:  # noqa: N803
        self.k.setText(f"{tr('step k')} = {k}")
        self.point.setText(point)
        self.J.setText(f"J = {J:.6g}")
        self.grad.setText(gradient)
        self.show_status(status)

    def show_status(self, status: Status) -> None:
        if status.diverged:
            style = f"color: white; background: {DIVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = (f"⚠ {str(status).upper()} — {tr('the last finite state is shown')}"
                    if language() == "en" else f"⚠ {tr('diverged')}（{status}）— "
                    f"{tr('the last finite state is shown')}")
        elif status.converged:
            style = f"color: white; background: {CONVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"✓ {status}"
        else:  # running, perhaps with a note (Newton's |H|: a Message the window translates)
            note = f" ({error_text(status.detail)})" if status.detail else ""
            style, text = "", tr(status.state.value) + note
        self.run.setStyleSheet(style)
        self.run.setText(text)
