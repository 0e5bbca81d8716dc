"""Surface-mode settings: the function, the start, α, the step limit and the optimizers racing.

State flows down (`show_scenario` fills the fields without signals); events flow up
(`scenario_requested` carries a whole new Scenario for the controller to accept or refuse).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gdsim.core import settings
from gdsim.core.errors import InputError
from gdsim.core.optimizers import HYPER_PARAMETERS, OPTIMIZERS, make_optimizer
from gdsim.core.run import build_surface
from gdsim.core.scenario import Racer, Scenario
from gdsim.core.surfaces import SURFACES
from gdsim.ui.fields import CheckedField
from gdsim.ui.i18n import tr
from gdsim.ui.style import racer_color

CUSTOM = "your own J(w1, w2)…"  # the combo's last entry (shown translated)


def parse_lr(text: str) -> float:
    return float(settings.parse(settings.SURFACE_LR, text))


def parse_optional_lr(text: str) -> float | None:
    return parse_lr(text) if text.strip() else None


def parse_start(text: str) -> tuple[float, float]:
    w = settings.parse(settings.START, text)
    return (w[0], w[1])


def parse_max_steps(text: str) -> int:
    return int(settings.parse(settings.MAX_STEPS, text))


def parse_hyper(text: str) -> dict[str, float]:
    """`momentum=0.9, eps=1e-8` → {"momentum": 0.9, "eps": 1e-8}, every value range-checked."""
    hyper: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise InputError(f"hyper-parameters: {part!r} needs the form name=value")
        key, _, value = (s.strip() for s in part.partition("="))
        if key not in HYPER_PARAMETERS:
            raise InputError(f"hyper-parameters: unknown name {key!r}")
        hyper[key] = settings.parse(settings.HYPER[key], value, key)
    return hyper


class RacerRow:
    """One optimizer in the race: take part or not, its own α, its hyper-parameters."""

    def __init__(self, name: str):
        self.name = name
        self.check = QCheckBox(name)
        self.check.setToolTip(make_optimizer(name).__doc__.splitlines()[0])
        defaults = {k: v for k, v in make_optimizer(name).hyper().items() if k != "lr"}
        self.lr = CheckedField(parse_optional_lr, f"{name}'s own α (empty: the common α)",
                               "α")
        self.hyper = CheckedField(parse_hyper, "Hyper-parameters as name=value, separated by "
                                  "commas; empty means torch.optim's defaults: "
                                  + ", ".join(f"{k}={v:g}" for k, v in defaults.items()),
                                  ", ".join(f"{k}={v:g}" for k, v in defaults.items()))
        if not defaults:
            self.hyper.edit.setEnabled(False)
            self.hyper.edit.setPlaceholderText("no hyper-parameters")


class SurfacePanel(QWidget):
    scenario_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = Scenario()
        self.surface = QComboBox()
        self.surface.addItems(list(SURFACES))
        self.surface.addItem(tr(CUSTOM), CUSTOM)
        self.surface.setToolTip("The function J(w1, w2) to descend")
        self.expression = CheckedField(self._parse_expression, "Type J using w1 and w2 (or x "
                                       "and y), "
                                       "+ − * / ^, sin cos tan exp log sqrt abs tanh sinh cosh, "
                                       "pi, e. Press Enter to use it.",
                                       "e.g. w1^2 + 3 w2^2")
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.start = CheckedField(parse_start, "The start A = (w1, w2); or click the contour view",
                                  "w1, w2")
        self.lr = CheckedField(parse_lr, "The learning rate α of (3-12): w ← w − α ∂J/∂w", "α")
        self.max_steps = CheckedField(parse_max_steps, "Step and Play stop after this many "
                                      "iterations", "steps")
        form = QFormLayout()
        form.addRow(tr("surface"), self.surface)
        self.expression_label = QLabel("J(w1, w2) =")
        form.addRow(self.expression_label, self.expression)
        form.addRow(self.formula)
        form.addRow(tr("start A"), self.start)
        form.addRow("α", self.lr)
        form.addRow(tr("maximum steps"), self.max_steps)
        race = QGroupBox(tr("Optimizers (tick several to race them)"))
        grid = QGridLayout(race)
        self.rows = [RacerRow(name) for name in OPTIMIZERS]
        for i, row in enumerate(self.rows):
            grid.addWidget(row.check, i, 0)
            grid.addWidget(row.lr, i, 1)
            grid.addWidget(row.hyper, i, 2)
            row.check.toggled.connect(self._on_race_changed)
            row.lr.accepted.connect(self._on_race_changed)
            row.hyper.accepted.connect(self._on_race_changed)
        grid.setColumnStretch(2, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(race)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.surface.currentIndexChanged.connect(self._on_surface_changed)
        self.expression.accepted.connect(self._on_expression_accepted)
        self.start.accepted.connect(lambda v: self._request(start=v))
        self.lr.accepted.connect(lambda v: self._request(lr=v))
        self.max_steps.accepted.connect(self._on_max_steps_accepted)
        self.show_scenario(self.scenario)

    # -- state flows down -----------------------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        self.scenario = scenario
        s = scenario.surface
        surface = build_surface(s)
        self.surface.blockSignals(True)
        self.surface.setCurrentIndex(self.surface.findData(CUSTOM) if s.expression
                                     else self.surface.findText(s.surface))
        self.surface.blockSignals(False)
        custom = bool(s.expression) or self.surface.currentData() == CUSTOM
        self.expression.setVisible(custom)
        self.expression_label.setVisible(custom)
        self.expression.set_text(s.expression or "")
        self.formula.setText(f"J = {surface.formula}\n∂J/∂w1 = {surface.gradient_formula[0]}"
                             f"\n∂J/∂w2 = {surface.gradient_formula[1]}")
        start = s.start or surface.start
        self.start.set_text(f"{start[0]:g}, {start[1]:g}")
        self.lr.set_text(f"{s.lr or surface.lr:g}")
        self.max_steps.set_text(str(scenario.max_steps))
        racing: dict[str, tuple[int, Racer]] = {}
        for i, r in enumerate(s.racers):  # one row per optimizer: its first racer's colour
            racing.setdefault(r.optimizer, (i, r))
        for row in self.rows:
            i, r = racing.get(row.name, (None, None))
            row.check.blockSignals(True)
            row.check.setChecked(r is not None)
            row.check.blockSignals(False)
            color = racer_color(i) if i is not None else "palette(window-text)"
            row.check.setStyleSheet(f"QCheckBox {{ color: {color}; font-weight: "
                                    f"{'bold' if i is not None else 'normal'}; }}")
            row.lr.set_text(f"{r.lr:g}" if r and r.lr else "")
            row.hyper.set_text(", ".join(f"{k}={v:g}" for k, v in r.hyper.items()) if r else "")
        self.error.clear()

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _parse_expression(self, text: str) -> str:
        from gdsim.core.expr import surface_from_expression

        # Raises ExpressionError naming what is wrong and where (the field marks the place).
        surface_from_expression(text, start=self.scenario.surface.start)
        return text

    # -- events flow up -------------------------------------------------------------------------
    def _request(self, **changes: object) -> None:
        surface = replace(self.scenario.surface, **changes)
        self.scenario_requested.emit(replace(self.scenario, surface=surface, step=0))

    def _on_surface_changed(self, _index: int) -> None:
        name = self.surface.currentText()
        if self.surface.currentData() == CUSTOM:
            self.expression.show()
            self.expression_label.show()
            self.expression.edit.setFocus()
            return
        self._request(surface=name, expression=None, start=None, lr=None)

    def _on_expression_accepted(self, text: str) -> None:
        self._request(expression=text, start=None, lr=None)

    def _on_max_steps_accepted(self, value: int) -> None:
        self.scenario_requested.emit(replace(self.scenario, max_steps=value, step=0))

    def _on_race_changed(self, *_: object) -> None:
        racers = []
        for row in self.rows:
            if not row.check.isChecked():
                continue
            ok_lr, lr = row.lr.validate()
            ok_h, hyper = row.hyper.validate()
            if not (ok_lr and ok_h):
                return
            racers.append(Racer(row.name, lr=lr, hyper=hyper or {}))
        if not racers:
            self.show_error("Tick at least one optimizer.")
            return
        self._request(racers=tuple(racers))
