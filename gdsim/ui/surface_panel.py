"""Surface-mode settings: the function, the start, α, the step limit and the racers: one row per
racer (its optimizer, start, α, hyper-parameters and colour), so the panel edits anything a
scenario file can say.

State flows down (`show_scenario` fills the fields without signals); events flow up
(`scenario_requested` carries a whole new Scenario for the controller to accept or refuse).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gdsim.core import settings
from gdsim.core.curvature import Curvature
from gdsim.core.errors import InputError, Term
from gdsim.core.optimizers import HYPER_PARAMETERS, OPTIMIZERS, make_optimizer
from gdsim.core.run import build_surface
from gdsim.core.scenario import Racer, Scenario
from gdsim.core.surfaces import SURFACES
from gdsim.ui.alpha_limit import AlphaLimit
from gdsim.ui.fields import CheckedField, hold
from gdsim.ui.i18n import tr, tr_noop
from gdsim.ui.language import tr_for
from gdsim.ui.style import racer_color
from gdsim.ui.text import typed

CUSTOM = "your own J(w1, w2)…"  # the combo's last entry (shown translated)
# The built-in surfaces as the combo shows them: its key (a scenario's "surface", the item's
# data) through tr(), so a Chinese window says 鞍面 for "saddle" and "Rosenbrock 函数".
SURFACE_NAMES = (
    tr_noop("seed-bowl"), tr_noop("seed-paraboloid"), tr_noop("rosenbrock"),
    tr_noop("himmelblau"), tr_noop("beale"), tr_noop("booth"), tr_noop("matyas"),
    tr_noop("saddle"), tr_noop("six-hump-camel"), tr_noop("rastrigin"))


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
            raise InputError("hyper-parameters: {part!r} needs the form name=value", part=part)
        key, _, value = (s.strip() for s in part.partition("="))
        if key not in HYPER_PARAMETERS:
            raise InputError("hyper-parameters: unknown name {key!r}", key=key)
        hyper[key] = settings.parse(settings.HYPER[key], value, key)
    return hyper


def own_hyper(optimizer: str) -> dict[str, float]:
    """The optimizer's hyper-parameters besides α, with torch.optim's defaults."""
    return {k: v for k, v in make_optimizer(optimizer).hyper().items() if k != "lr"}


def hyper_parser(optimizer: str) -> Callable[[str], dict[str, float]]:
    """parse_hyper, refusing the names of other optimizers' hyper-parameters."""
    names = own_hyper(optimizer)

    def parse(text: str) -> dict[str, float]:
        hyper = parse_hyper(text)
        for key in hyper:
            if key not in names:
                takes = ", ".join(names) or Term("none besides α")
                raise InputError("hyper-parameters: {optimizer} has no {key!r} (it takes "
                                 "{takes})", optimizer=optimizer, key=key, takes=takes)
        return hyper

    return parse


def describe_hyper(optimizer: str) -> tuple[str, str, bool]:
    """(tooltip, placeholder, enabled) of a hyper-parameter field for the optimizer, in the
    window's language (formatted: a panel puts it again when the language changes)."""
    defaults = own_hyper(optimizer)
    if not defaults:
        return (tr("{optimizer} has no hyper-parameters besides α").format(optimizer=optimizer),
                tr("no hyper-parameters"), False)
    shown = ", ".join(f"{k}={typed(v)}" for k, v in defaults.items())
    return (tr("{optimizer}'s hyper-parameters as name=value, separated by commas; empty "
               "means torch.optim's defaults: {shown}").format(optimizer=optimizer, shown=shown),
            shown, True)


def rule(optimizer: str) -> str:
    """The optimizer's update rule: the first line of its docstring."""
    return (make_optimizer(optimizer).__doc__ or optimizer).splitlines()[0]


def parse_optional_start(text: str) -> tuple[float, float] | None:
    return parse_start(text) if text.strip() else None


class RacerRow(QFrame):
    """One racer: its colour, its optimizer, its own start, α and hyper-parameters; remove."""

    changed = Signal()
    removed = Signal()

    def __init__(self, index: int, racer: Racer):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        color = racer_color(index)
        self.swatch = QLabel("●")
        self.swatch.setStyleSheet(f"color: {color}; font-size: 16pt;")
        self.swatch.setToolTip(tr("This racer's colour in every view"))
        self.optimizer = QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        self.optimizer.setCurrentText(racer.optimizer)
        self.optimizer.setToolTip(rule(racer.optimizer))
        self.start = CheckedField(parse_optional_start, tr("This racer's own start (w1, w2); "
                                                           "empty: the common start A"),
                                  tr("start A"))
        self.lr = CheckedField(parse_optional_lr, tr("This racer's own α; empty: the common α"),
                               tr("common α"))
        self.hyper = CheckedField(hyper_parser(racer.optimizer))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove this racer"))
        self.remove.setAccessibleName(tr("Remove this racer"))
        grid = QGridLayout(self)
        grid.setContentsMargins(3, 2, 3, 2)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.swatch, 0, 0)
        grid.addWidget(self.optimizer, 0, 1)
        start_from = QLabel()  # 从 is also "from" of other sources: marked as this one's
        start_from.setText(tr_for("from", start_from))
        grid.addWidget(start_from, 0, 2)
        grid.addWidget(self.start, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(QLabel("α"), 1, 0)
        grid.addWidget(self.lr, 1, 1)
        grid.addWidget(self.hyper, 2, 1, 1, 4)  # a row of its own: Adam's defaults are long
        grid.setColumnStretch(3, 1)
        self.show_racer(racer)
        self.optimizer.currentTextChanged.connect(self._on_optimizer_changed)
        for field in (self.start, self.lr, self.hyper):
            field.accepted.connect(lambda _v: self.changed.emit())
        self.remove.clicked.connect(lambda _=False: self.removed.emit())

    def show_racer(self, racer: Racer) -> None:
        self.optimizer.blockSignals(True)
        self.optimizer.setCurrentText(racer.optimizer)
        self.optimizer.blockSignals(False)
        self.start.set_text(", ".join(map(typed, racer.start)) if racer.start else "")
        self.lr.set_text(typed(racer.lr) if racer.lr else "")
        self._fit_hyper(racer.optimizer)
        self.hyper.set_text(", ".join(f"{k}={typed(v)}" for k, v in racer.hyper.items()))

    def _fit_hyper(self, optimizer: str) -> None:
        tip, placeholder, enabled = describe_hyper(optimizer)
        self.hyper.parse = hyper_parser(optimizer)
        self.hyper.edit.setToolTip(tip)
        self.hyper.edit.setPlaceholderText(placeholder)
        self.hyper.edit.setEnabled(enabled)
        self.optimizer.setToolTip(rule(optimizer))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """View ▸ Language: the hyper-parameters' tool tip is formatted, so it is put again."""
        if event.type() == QEvent.Type.LanguageChange:
            tip, _, _ = describe_hyper(self.optimizer.currentText())
            self.hyper.edit.setToolTip(tip)
        super().changeEvent(event)

    def _on_optimizer_changed(self, name: str) -> None:
        self._fit_hyper(name)
        self.hyper.set_text("")  # the old optimizer's hyper-parameters do not apply
        self.changed.emit()

    def racer(self) -> Racer | None:
        """The racer the row says, or None while a field holds a mistake (shown at it)."""
        results = [field.validate() for field in (self.start, self.lr, self.hyper)]
        if not all(ok for ok, _ in results):
            return None
        (_, start), (_, lr), (_, hyper) = results
        return Racer(self.optimizer.currentText(), lr=lr, hyper=hyper or {}, start=start)


class SurfacePanel(QWidget):
    scenario_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = Scenario()
        self.surface = QComboBox()
        for name in SURFACES:  # shown by its name in the window's language; the key as data
            self.surface.addItem(tr(name), name)
        self.surface.addItem(tr(CUSTOM), CUSTOM)
        self.surface.setToolTip(tr("The function J(w1, w2) to descend"))
        self.expression = CheckedField(self._parse_expression, tr(
            "Type J using w1 and w2 (or x and y), + − * / ^, sin cos tan exp log sqrt abs tanh "
            "sinh cosh, pi, e. Press Enter to use it."), tr("e.g. w1^2 + 3 w2^2"))
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.start = CheckedField(parse_start, tr("The start A = (w1, w2); or click the contour "
                                                  "view"), "w1, w2")
        lr_tip = tr_noop("The learning rate α of (3-12): w ← w − α ∂J/∂w")
        self.lr = CheckedField(parse_lr, tr(lr_tip), "α")
        self.lr_limit = QLabel()  # α against 2/λmax at the current point
        self.alpha_limit = AlphaLimit(self.lr, self.lr_limit, lr_tip)
        self.common_lr = 0.0  # the α the field shows
        self.max_steps = CheckedField(parse_max_steps, tr("Step and Play stop after this many "
                                                          "iterations"), tr("steps"))
        self.locks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # a lesson page's
        self.form = form = QFormLayout()
        form.addRow(tr("surface"), self.surface)
        self.expression_label = QLabel("J(w1, w2) =")
        form.addRow(self.expression_label, self.expression)
        form.addRow(self.formula)
        form.addRow(tr("start A"), self.start)
        form.addRow("α", self.lr)
        form.addRow("", self.lr_limit)
        form.addRow(tr("maximum steps"), self.max_steps)
        race = QGroupBox(tr("Racers: one optimizer each, from its own start"))
        race_layout = QVBoxLayout(race)
        quick = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(OPTIMIZERS):
            check = QCheckBox(name)
            check.setToolTip(tr("Tick to add a racer with this optimizer from the common "
                                "start; untick to remove its racers"))
            check.toggled.connect(lambda on, n=name: self._on_check_toggled(n, on))
            quick.addWidget(check, i // 3, i % 3)
            self.checks[name] = check
        race_layout.addLayout(quick)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(3)
        race_layout.addLayout(self.rows_box)
        self.rows: list[RacerRow] = []
        self.add = QPushButton(tr("Add racer"))
        self.add.setToolTip(tr("Another racer: an optimizer not yet racing, from the common "
                               "start"))
        self.add.clicked.connect(self._on_add_clicked)
        race_layout.addWidget(self.add)
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
        self.surface.setCurrentIndex(self.surface.findData(CUSTOM if s.expression
                                                           else s.surface))
        self.surface.blockSignals(False)
        custom = bool(s.expression) or self.surface.currentData() == CUSTOM
        self.expression.setVisible(custom)
        self.expression_label.setVisible(custom)
        self.expression.set_text(s.expression or "")
        self.formula.setText(f"J = {surface.formula}\n∂J/∂w1 = {surface.gradient_formula[0]}"
                             f"\n∂J/∂w2 = {surface.gradient_formula[1]}")
        start = s.start or surface.start
        self.start.set_text(", ".join(map(typed, start)))
        self.common_lr = s.lr or surface.lr
        self.lr.set_text(typed(self.common_lr))
        self.max_steps.set_text(str(scenario.max_steps))
        self._show_racers(s.racers)
        self.error.clear()

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def show_curvature(self, curvature: Curvature | None, hidden: bool = False) -> None:
        """The curvature at the current point: the α field says its limit, and warns past it
        (not while a lesson question asks for it: `hidden`)."""
        self.alpha_limit.show(self.common_lr, curvature, hidden)

    def _parse_expression(self, text: str) -> str:
        from gdsim.core.expr import surface_from_expression

        # Raises ExpressionError naming what is wrong and where (the field marks the place).
        surface_from_expression(text, start=self.scenario.surface.start)
        return text

    # -- events flow up -------------------------------------------------------------------------
    def _request(self, **changes: Any) -> None:
        surface = replace(self.scenario.surface, **changes)
        self.scenario_requested.emit(replace(self.scenario, surface=surface, step=0))

    def _on_surface_changed(self, _index: int) -> None:
        name = str(self.surface.currentData())
        if name == CUSTOM:
            self.expression.show()
            self.expression_label.show()
            self.expression.edit.setFocus()
            return
        self._request(surface=name, expression=None, start=None, lr=None)

    def _on_expression_accepted(self, text: str) -> None:
        self._request(expression=text, start=None, lr=None)

    def _on_max_steps_accepted(self, value: int) -> None:
        self.scenario_requested.emit(replace(self.scenario, max_steps=value, step=0))

    def _show_racers(self, racers: tuple[Racer, ...]) -> None:
        """One row per racer (rows made again only when their number changes)."""
        if len(self.rows) != len(racers):
            for row in self.rows:
                self.rows_box.removeWidget(row)
                row.deleteLater()
            self.rows = []
            for i, r in enumerate(racers):
                row = RacerRow(i, r)
                row.changed.connect(self._on_race_changed)
                row.removed.connect(lambda row=row: self._on_row_removed(row))
                self.rows_box.addWidget(row)
                self.rows.append(row)
        for row, r in zip(self.rows, racers):
            row.show_racer(r)
            row.remove.setEnabled(len(racers) > 1)
            row.remove.setToolTip(tr("Remove this racer") if len(racers) > 1 else
                                  tr("The last racer stays: a run needs one"))
        racing = {r.optimizer for r in racers}
        for name, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(name in racing)
            check.blockSignals(False)
        full = len(racers) >= settings.MAX_RACERS
        self.add.setEnabled(not full)
        self.lock(*self.locks)
        self.add.setToolTip(tr("At most {n} racers").format(n=settings.MAX_RACERS) if full else
                            tr("Another racer: an optimizer not yet racing, from the common "
                               "start"))

    def lock(self, locks: tuple[str, ...], hides: tuple[str, ...]) -> None:
        """Hold α, the start or the optimizer still (greyed out), or hide them, as a lesson page
        asks: the common field, each racer's own, and for the optimizer the race's choices."""
        self.locks = (locks, hides)
        rows = self.rows
        held: dict[str, list[QWidget]] = {"lr": [self.lr, self.lr_limit, *(r.lr for r in rows)],
            "start": [self.start, *(r.start for r in rows)],
            "optimizer": [*self.checks.values(), self.add,
                          *(w for r in rows for w in (r.optimizer, r.hyper, r.remove))]}
        for key, widgets in held.items():
            for widget in widgets:
                hold(widget, key in locks, key in hides, self.form.labelForField(widget))
        if "optimizer" not in locks:  # the race's own rules again: at most so many racers
            full = len(rows) >= settings.MAX_RACERS
            self.add.setEnabled(not full)
            for row in rows:
                row.remove.setEnabled(len(rows) > 1)

    def _racers(self) -> list[Racer] | None:
        racers = [row.racer() for row in self.rows]
        return None if any(r is None for r in racers) else [r for r in racers if r]

    def _on_race_changed(self) -> None:
        racers = self._racers()
        if racers is not None:
            self._request(racers=tuple(racers))

    def _on_row_removed(self, row: RacerRow) -> None:
        racers = list(self.scenario.surface.racers)
        if len(racers) > 1 and row in self.rows:
            del racers[self.rows.index(row)]
            self._request(racers=tuple(racers))

    def _on_add_clicked(self) -> None:
        racers = self.scenario.surface.racers
        racing = {r.optimizer for r in racers}
        name = next((n for n in OPTIMIZERS if n not in racing), racers[-1].optimizer)
        self._request(racers=(*racers, Racer(name)))

    def _on_check_toggled(self, name: str, on: bool) -> None:
        racers = self.scenario.surface.racers
        if on:  # one more racer; the others stay as they are
            if len(racers) >= settings.MAX_RACERS:
                self.show_scenario(self.scenario)
                self.show_error(tr("At most {n} racers").format(n=settings.MAX_RACERS))
                return
            self._request(racers=(*racers, Racer(name)))
            return
        kept = tuple(r for r in racers if r.optimizer != name)
        if not kept:
            self.show_scenario(self.scenario)
            self.show_error(tr("A run needs one racer: tick another optimizer first."))
            return
        self._request(racers=kept)
