"""The dock "In PyTorch": section 3.3 opens by asking what `loss.backward()` and
`optimizer.step()` do. For the network on screen, the few lines of PyTorch that define it and
run iteration k (written by `gdsim.core.pytorch_code`, each line commented with what gdsim
showed), a list mapping the lines to gdsim's phases, Copy, and — when torch is installed — a
button that runs the code from θ_k and sets torch's ∂J/∂θ and θ_{k+1} beside gdsim's.

torch is imported only when the button is pressed, and runs off the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.core.hidden import MASK, NOTHING, Hidden
from gdsim.core.naming import parameter_pretty
from gdsim.core.pytorch_code import (
    INSTALL,
    Comparison,
    History,
    Script,
    compare_with_torch,
    iteration_script,
    torch_available,
)
from gdsim.ui import gui_gc
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.text import fmt
from gdsim.ui.views import LazyRender

WIDE = 720  # pixels from which the code and the results stand side by side
ROWS = 12  # parameters listed side by side; the largest differences are always named

MAPPING = [
    ("loss = J(model(x), y)", "forward pass: a and z layer by layer (3-18), then J (3-19)"),
    ("loss.backward()", "backward pass: δ^L (3-37), δ^l (3-36), ∂J/∂W (3-34), ∂J/∂b (3-35)"),
    ("optimizer.step()", "the update: w ← w − α ∂J/∂w (3-12)"),
    ("optimizer.zero_grad()", "torch adds into .grad; gdsim starts each iteration afresh"),
]


def mapping_html() -> str:
    rows = "".join(f"<tr><td><code>{code}</code></td><td>↔ {tr(text)}</td></tr>"
                   for code, text in MAPPING)
    return f"<b>{tr('The lines and what gdsim showed')}</b><table cellspacing=4>{rows}</table>"


def comparison_html(c: Comparison, hidden: Hidden = NOTHING) -> str:
    """torch beside gdsim: the largest differences, then the first parameters side by side;
    "?" for what an open lesson question asks (J(θ_k); a parameter's ∂J/∂θ and θ_k+1 where its
    δ is asked or its move)."""
    worst = parameter_pretty(c.addresses[c.worst])
    J, torch_J = (MASK, MASK) if hidden.cost(c.k) else (fmt(c.J), fmt(c.torch_J))
    head = (f"<b>{tr('Iteration')} k = {c.k}: torch {tr('beside')} gdsim, float64</b><br>"
            f"{tr('largest difference')} |∂J/∂θ|: <b>{fmt(c.grad_difference, 2)}</b> ({worst}); "
            f"θ<sub>k+1</sub>: <b>{fmt(c.theta_difference, 2)}</b><br>"
            f"J(θ<sub>k</sub>): gdsim {J}, torch {torch_J}")
    rows = "".join(
        f"<tr><td>{parameter_pretty(c.addresses[i])}</td>"
        + "".join(f"<td align=right>{MASK if asked(hidden, c.k, c.addresses[i]) else fmt(v)}"
                  "</td>" for v in (c.grad[i], c.torch_grad[i], c.after[i], c.torch_after[i]))
        + "</tr>"
        for i in range(min(ROWS, len(c.names))))
    more = (f"<br>… {len(c.names) - ROWS:,} {tr('more parameters')}"
            if len(c.names) > ROWS else "")
    table = ("<table cellspacing=3><tr><th></th><th>∂J/∂θ gdsim</th><th>∂J/∂θ torch</th>"
             f"<th>θ<sub>k+1</sub> gdsim</th><th>θ<sub>k+1</sub> torch</th></tr>{rows}</table>")
    return head + table + more


def asked(hidden: Hidden, k: int, address: tuple[str, int, int, int | None]) -> bool:
    """Whether a parameter's ∂J/∂θ at iteration k (and so θ_k+1) is what a question hides."""
    kind, l, i, j = address
    return (hidden.weight_gradient(k, l, i, j or 0) if kind == "w"
            else hidden.bias_gradient(k, l, i))


class PyTorchView(LazyRender, QWidget):
    """`render(snapshot)`: the PyTorch code of iteration k; Run compares torch with gdsim."""

    finished = Signal(object)  # a Comparison, or the message of what went wrong

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = QPlainTextEdit()
        self.code.setReadOnly(True)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        self.code.setToolTip(tr("The PyTorch program for this network and this iteration; "
                                "Copy copies it whole, data included"))
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the whole program to the clipboard"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.run_button = QPushButton(tr("Run in PyTorch"))
        self.run_button.setToolTip(tr("Run this code with torch from θₖ and set torch's "
                                      "gradients and θₖ₊₁ beside gdsim's"))
        self.run_button.clicked.connect(self._on_run_clicked)
        self.mapping = QLabel(mapping_html())
        self.mapping.setWordWrap(True)
        self.mapping.setTextFormat(Qt.TextFormat.RichText)
        self.result = QTextBrowser()
        self.result.setOpenLinks(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(4, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.mapping)
        column.addWidget(self.result, 1)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.code)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(split)
        self._laid_out = False
        self.history: History | None = None
        self.script: Script | None = None
        self.snapshot: Any = None
        self.running = False
        self.comparison: Comparison | None = None  # torch's last result, shown
        self.hidden: Hidden = NOTHING  # what an open lesson question asks: "?" in the result
        self.failure: object = None  # or what went wrong running it
        self.result_for: tuple[int, Any] | None = None  # (k, settings) they belong to
        self.finished.connect(self._on_finished)
        self._show_install_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Code beside the results when wide; above them when narrow, the mapping then left to
        the code's own comments."""
        wide = event.size().width() >= WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.split.orientation() or not self._laid_out:
            self.split.setOrientation(orientation)
            extent = event.size().width() if wide else event.size().height()
            self.split.setSizes([extent * 3 // 5, extent * 2 // 5])  # the code gets the most
            self._laid_out = True
        self.mapping.setVisible(wide)
        super().resizeEvent(event)

    # -- drawing --------------------------------------------------------------------------------
    def draw(self, snap: Any) -> None:
        settings = getattr(snap, "settings", None)
        if settings is None:
            return
        if snap.hidden != self.hidden:  # a question opened or answered: the result again
            self.hidden = snap.hidden
            if self.comparison is not None and not self.running:
                self.result.setHtml(comparison_html(self.comparison, self.hidden))
        if self.snapshot is not None and snap.k == self.snapshot.k and (
                snap.settings == self.snapshot.settings):
            self.snapshot = snap  # another phase of the same iteration: the same code
            return
        self.snapshot = snap
        try:
            if self.history is None or self.history.settings != settings:
                self.history = History(settings)
            state = self.history.at(snap.k)
            self.script = iteration_script(state.net, settings, snap.k, state.opt_state)
        except GdsimError as exc:
            self.script = None
            self.code.setPlainText(f"# {error_text(exc)}")
            return
        bar = self.code.verticalScrollBar().value()
        self.code.setPlainText(self.script.shown)
        self.code.verticalScrollBar().setValue(bar)
        if not self.running and self.result_for != (snap.k, settings):
            self.comparison = self.failure = self.result_for = None  # of another iteration
            self._show_install_hint()

    def _show_install_hint(self) -> None:
        if torch_available():
            self.run_button.setEnabled(not self.running)
            if not self.running:
                self.result.setHtml(tr("Press “Run in PyTorch” to run these lines with torch "
                                       "from θₖ and compare its gradients and θₖ₊₁ with "
                                       "gdsim's."))
        else:
            self.run_button.setEnabled(False)
            hint = tr("PyTorch is not installed, so the code cannot be run here. Install the "
                      "CPU build with:")
            self.result.setHtml(f"{hint}<br><code>{INSTALL}</code><br>{tr('(or simply')} "
                                "<code>pip install torch</code>)")

    # -- View ▸ Language ------------------------------------------------------------------------
    def forget_drawn(self) -> None:
        """The code is written again (its comments say what gdsim showed, in words of core)."""
        self.snapshot = None

    def retranslate_words(self) -> None:
        """The mapping of lines to phases, and what the result box shows: torch's comparison
        or its failure again, else the hint (how to run it, or how to install torch)."""
        self.mapping.setText(mapping_html())
        if self.running:
            self.result.setHtml(tr("Running in PyTorch…"))
        elif self.comparison is not None:
            self.result.setHtml(comparison_html(self.comparison, self.hidden))
        elif self.failure is not None:
            self._show_failure(self.failure)
        else:
            self._show_install_hint()

    # -- events ---------------------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        if self.script is not None:
            QGuiApplication.clipboard().setText(self.script.text)

    def _on_run_clicked(self) -> None:
        if self.running or self.history is None or self.snapshot is None:
            return
        self.running = True
        self.run_button.setEnabled(False)
        self.result.setHtml(tr("Running in PyTorch…"))
        history, k = self.history, int(self.snapshot.k)
        self.result_for = (k, history.settings)

        def work() -> None:
            try:
                outcome: object = compare_with_torch(history, k)
            except GdsimError as exc:
                outcome = exc  # put into words on the window's thread (_on_finished)
            except Exception as exc:  # torch's own errors: shown, never a crash of the window
                outcome = f"{type(exc).__name__}: {exc}"
            self.finished.emit(outcome)

        gui_gc.begin()  # torch allocates a lot: no collection of the window's objects there
        threading.Thread(target=work, name="gdsim-pytorch", daemon=True).start()

    def _on_finished(self, outcome: object) -> None:
        if self.running:  # the thread _on_run_clicked began has ended
            gui_gc.end()
        self.running = False
        self.run_button.setEnabled(torch_available())
        if isinstance(outcome, Comparison):
            self.comparison, self.failure = outcome, None
            self.result.setHtml(comparison_html(outcome, self.hidden))
        else:
            self.comparison, self.failure = None, outcome
            self._show_failure(outcome)

    def _show_failure(self, outcome: object) -> None:
        if isinstance(outcome, GdsimError):
            outcome = error_text(outcome)
        self.result.setHtml(f"<b>{tr('Could not run it')}:</b> {outcome}")
