"""The status bar's permanent labels: the state shown (step k), the point, J, the gradient and
what the run is doing — paused, playing, converged (green), diverged (red), at its step limit —
in the words of gdsim/ui/steps.py."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from gdsim.core.status import Status
from gdsim.ui.i18n import tr
from gdsim.ui.steps import doing_text, state_text
from gdsim.ui.style import CONVERGED_COLOR, DIVERGED_COLOR


class StatusLine:
    """The labels, made once in `bar`; show() fills them from what the views drew and the
    run's status, show_playing() says whether it plays, say() puts a passing message beside
    them."""

    def __init__(self, bar: QStatusBar):
        self.bar = bar
        self.k, self.point, self.J, self.grad, self.run = (QLabel() for _ in range(5))
        for label in (self.k, self.point, self.J, self.grad):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.run)  # the room left of the labels: say()'s messages
        self.status, self.at_limit, self.playing = Status(), False, False

    def say(self, text: str, ms: int = 8000) -> None:
        """A message in the bar for `ms` milliseconds, beside the labels."""
        self.bar.showMessage(text, ms)

    def show(self, k: int, point: str, J: str, gradient: str, status: Status,  # noqa: N803
             at_limit: bool) -> None:
        self.k.setText(state_text(k))
        self.point.setText(point)
        self.J.setText(J)
        self.grad.setText(gradient)
        self.status, self.at_limit = status, at_limit
        self._show_run()

    def show_playing(self, playing: bool) -> None:
        self.playing = playing
        self._show_run()

    def _show_run(self) -> None:
        """What the run is doing; a diverged run says that the last finite state is shown."""
        status = self.status
        text = doing_text(status, self.playing, self.at_limit)
        if status.diverged:
            style = f"color: white; background: {DIVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"⚠ {text} — {tr('the last finite state is shown')}"
        elif status.left:  # a vanishing gradient far outside the surface: no minimum
            style = f"color: white; background: {DIVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"⚠ {text}"
        elif status.converged:
            style = f"color: white; background: {CONVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"✓ {text}"
        else:
            style = ""
        self.run.setStyleSheet(style)
        self.run.setText(text)
