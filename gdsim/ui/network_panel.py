"""Network-mode settings: layer sizes, activations, loss, data, α, optimizer, seed, the two
weights of the loss landscape. Like the surface panel: fields fill from the scenario without
signals, and a valid change asks for a whole new Scenario."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gdsim.core import settings
from gdsim.core.activations import ACTIVATIONS, LOSSES
from gdsim.core.dataset_names import FILE
from gdsim.core.datasets import DATASETS
from gdsim.core.errors import GdsimError, InputError
from gdsim.core.modes import Mode
from gdsim.core.naming import pretty_axis
from gdsim.core.optimizers import OPTIMIZERS
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.core.sizes import parse_sizes
from gdsim.core.training import build_network, chosen_axes
from gdsim.ui.fields import CheckedField, hold
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.surface_panel import describe_hyper, hyper_parser, parse_max_steps
from gdsim.ui.text import typed


def parse_activation(text: str) -> tuple[str, ...] | str:
    names = tuple(p.strip() for p in text.split(","))
    for position, name in enumerate(names, start=1):
        if name not in ACTIVATIONS:
            raise InputError("activation: unknown name {name!r} at position {position}; "
                             "choose from {names}", name=name, position=position,
                             names=", ".join(ACTIVATIONS))
    return names[0] if len(names) == 1 else names


def parse_vector(name: str) -> Callable[[str], tuple[float, ...]]:
    setting = settings.X if name == "x" else settings.Y
    return lambda text: settings.parse(setting, text, name)


def parse_network_lr(text: str) -> float:
    return float(settings.parse(settings.NETWORK_LR, text))


def parse_seed(text: str) -> int:
    return int(settings.parse(settings.SEED, text))


def parse_n(text: str) -> int:
    return int(settings.parse(settings.N, text))


def parse_noise(text: str) -> float:
    return float(settings.parse(settings.NOISE, text))


def parse_test_fraction(text: str) -> float:
    return float(settings.parse(settings.TEST_FRACTION, text))


def parse_batch(text: str) -> int:
    return int(settings.parse(settings.BATCH_SIZE, text))


def fitted(values: tuple[float, ...], n: int, pattern: tuple[float, ...]) -> tuple[float, ...]:
    """values if it has n numbers, else the default pattern cut or repeated to n numbers."""
    return values if len(values) == n else tuple(pattern[i % len(pattern)] for i in range(n))


class NetworkPanel(QWidget):
    scenario_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = Scenario(mode=Mode.NETWORK)
        self.sizes = CheckedField(parse_sizes, tr("Neurons per layer, input first, e.g. 3,4,2 "
                                                  "(up to 784,128,10 and beyond)"), "3,4,2")
        self.activation = CheckedField(parse_activation, "", "sigmoid")  # tip: _put_words
        self.loss = QComboBox()
        self.loss.addItems(list(LOSSES))
        self.loss.setToolTip(tr("mse: J = (1/m) Σ ½‖a^L − y‖² (3-19); cross_entropy: softmax "
                                "output and mean cross-entropy"))
        self.data = QComboBox()
        for d in DATASETS.values():
            self.data.addItem(tr(d.label), d.name)
        self.data.setToolTip(tr("What the network learns from"))
        self.x_field = CheckedField(parse_vector("x"), tr("The one sample's input a¹ = x"), "x")
        self.y_field = CheckedField(parse_vector("y"), tr("The one sample's target y"), "y")
        self.n = CheckedField(parse_n, tr("How many samples the generated set has"), "n")
        self.noise = CheckedField(parse_noise, tr("How much noise the generated set has"),
                                  tr("noise"))
        self.batch = CheckedField(parse_batch, tr("Samples per iteration; 0 means all of them"),
                                  tr("batch"))
        self.test_fraction = CheckedField(
            parse_test_fraction, tr("The fraction of the samples held out as a test set, drawn "
                                    "with the seed: the loss curve shows its J; 0: none"), "0")
        self.data_note = QLabel()  # what a data file holds, and what it changed
        self.data_note.setWordWrap(True)
        self.lr = CheckedField(parse_network_lr, tr("The learning rate α of (3-12)"), "α")
        self.optimizer = QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        self.hyper = CheckedField(hyper_parser(settings.OPTIMIZER.default), "", "")
        self.seed = CheckedField(parse_seed, tr("The seed of the initial weights and of the "
                                                "data"), "0")
        self.max_steps = CheckedField(parse_max_steps, tr("Step and Play stop after this many "
                                                          "iterations"), tr("steps"))
        self.axis1, self.axis2 = QComboBox(), QComboBox()
        for box in (self.axis1, self.axis2):
            box.setToolTip(tr("The two weights whose loss landscape the 3-D view shows"))
        self.count = QLabel()
        self.picked = QLabel(tr("Click an edge in the diagram to put its weight on an axis."))
        self.picked.setWordWrap(True)
        self.to_axis1, self.to_axis2 = QPushButton(tr("→ axis 1")), QPushButton(tr("→ axis 2"))
        for button, which in ((self.to_axis1, 0), (self.to_axis2, 1)):
            button.setEnabled(False)
            button.setToolTip(tr("Show the loss landscape over the weight clicked in the diagram"))
            button.clicked.connect(lambda _=False, w=which: self._on_to_axis_clicked(w))
        self._picked: int | None = None
        self._picked_name = ""  # the name of the weight last picked, as the label shows it
        self._counts: tuple[int, int] | None = None  # parameters and weights of the network
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
                (tr("layer sizes"), self.sizes), (tr("activation"), self.activation),
                (tr("loss"), self.loss), (tr("data"), self.data), ("x", self.x_field),
                ("y", self.y_field), (tr("samples n"), self.n), (tr("noise"), self.noise),
                (tr("test fraction"), self.test_fraction),
                (tr("batch size"), self.batch), ("α", self.lr), (tr("optimizer"), self.optimizer),
                (tr("hyper-parameters"), self.hyper), (tr("seed"), self.seed),
                (tr("maximum steps"), self.max_steps), (tr("landscape axis 1"), self.axis1),
                (tr("landscape axis 2"), self.axis2)]
        self.labels: dict[QWidget, QLabel] = {}
        for text, widget in rows:
            label = QLabel(text)
            self.labels[widget] = label
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.data_note)
        pick = QHBoxLayout()
        pick.addWidget(self.to_axis1)
        pick.addWidget(self.to_axis2)
        pick.addStretch(1)
        layout.addWidget(self.picked)
        layout.addLayout(pick)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.sizes.accepted.connect(self._on_sizes_accepted)
        self.activation.accepted.connect(lambda v: self._request(activation=v))
        self.loss.currentTextChanged.connect(lambda v: self._request(loss=v))
        self.data.currentIndexChanged.connect(self._on_data_changed)
        self.x_field.accepted.connect(lambda v: self._request(x=v))
        self.y_field.accepted.connect(lambda v: self._request(y=v))
        self.n.accepted.connect(lambda v: self._request(n=v))
        self.noise.accepted.connect(lambda v: self._request(noise=v))
        self.batch.accepted.connect(lambda v: self._request(batch_size=v))
        self.test_fraction.accepted.connect(lambda v: self._request(test_fraction=v))
        self.data.activated.connect(self._on_data_activated)
        self.lr.accepted.connect(lambda v: self._request(lr=v))
        self.optimizer.currentTextChanged.connect(lambda v: self._request(optimizer=v, hyper={}))
        self.hyper.accepted.connect(lambda v: self._request(hyper=v))
        self.seed.accepted.connect(lambda v: self._request(seed=v))
        self.max_steps.accepted.connect(
            lambda v: self.scenario_requested.emit(replace(self.scenario, max_steps=v, step=0)))
        self.axis1.currentIndexChanged.connect(self._on_axes_changed)
        self.axis2.currentIndexChanged.connect(self._on_axes_changed)
        self.show_scenario(self.scenario)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """View ▸ Language: the words the catalogue cannot map back (formatted) put again."""
        if event.type() == QEvent.Type.LanguageChange:
            self._put_words()
        super().changeEvent(event)

    def _put_words(self) -> None:
        """The texts made from the state: the activations' tip, the hyper-parameters' tip, the
        count of parameters, the weight picked in the diagram."""
        self.activation.edit.setToolTip(
            tr("One activation for every layer, or one per weight layer separated by commas: "
               "{names}").format(names=", ".join(ACTIVATIONS)))
        self.hyper.edit.setToolTip(describe_hyper(self.scenario.network.optimizer)[0])
        if self._counts is not None:
            self.count.setText(tr("{n} parameters, {w} of them weights").format(
                n=f"{self._counts[0]:,}", w=f"{self._counts[1]:,}"))
        if self._picked_name:
            self.picked.setText(tr("Selected weight: {name}").format(name=self._picked_name))

    # -- state flows down -----------------------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        self.scenario = scenario
        s = scenario.network
        widgets = (self.loss, self.data, self.optimizer, self.axis1, self.axis2)
        for w in widgets:
            w.blockSignals(True)
        self.sizes.set_text(",".join(map(str, s.sizes)))
        act = s.activation if isinstance(s.activation, str) else ",".join(s.activation)
        self.activation.set_text(act)
        self.loss.setCurrentText(s.loss)
        self.data.setCurrentIndex(max(0, self.data.findData(s.data)))
        self.data.setItemText(self.data.findData(FILE), tr("From file… ({name})").format(
            name=Path(s.data_file).name) if DATASETS[s.data].file and s.data_file else
            tr(DATASETS[FILE].label))
        self.x_field.set_text(", ".join(map(typed, s.x)))
        self.y_field.set_text(", ".join(map(typed, s.y)))
        self.n.set_text(str(s.n))
        self.noise.set_text(typed(s.noise))
        self.batch.set_text(str(s.batch_size))
        self.test_fraction.set_text(typed(s.test_fraction))
        self.lr.set_text(typed(s.lr))
        self.optimizer.setCurrentText(s.optimizer)
        self.hyper.set_text(", ".join(f"{k}={typed(v)}" for k, v in s.hyper.items()))
        self.seed.set_text(str(s.seed))
        self.max_steps.set_text(str(scenario.max_steps))
        self._fit_fields(s)
        self._fill_axes(s)
        self._put_words()
        for w in widgets:
            w.blockSignals(False)
        self.error.clear()

    def _fit_fields(self, s: NetworkSettings) -> None:
        """Fields that do nothing for this data or optimizer: hidden, or disabled saying why."""
        data = DATASETS[s.data]
        one, file = data.typed, data.file
        for w, visible in ((self.x_field, one), (self.y_field, one), (self.n, not (one or file)),
                           (self.noise, not (one or file)), (self.batch, not one),
                           (self.test_fraction, not one)):
            w.setVisible(visible)
            self.labels[w].setVisible(visible)
        for field, note, default in (
                (self.n, data.samples_note, tr("How many samples the generated set has")),
                (self.noise, data.noise_note, tr("How much noise the generated set has"))):
            field.edit.setEnabled(not note)
            field.edit.setToolTip(tr(note) if note else default)
            self.labels[field].setEnabled(not note)
        tip, placeholder, enabled = describe_hyper(s.optimizer)
        self.hyper.parse = hyper_parser(s.optimizer)
        self.hyper.edit.setToolTip(tip)
        self.hyper.edit.setPlaceholderText(placeholder)
        self.hyper.edit.setEnabled(enabled)
        self.labels[self.hyper].setEnabled(enabled)

    def _fill_axes(self, s: NetworkSettings) -> None:
        try:
            net = build_network(s)
            chosen = chosen_axes(s, net)  # -1: the steepest weights on the data at θ₀
        except GdsimError:  # sizes and data that do not fit: said when they are asked for
            return
        weights = [k for k in range(net.n_params) if net.parameter_address(k)[0] == "w"]
        shown = weights[:400]  # a list of every weight of 784-128-10 is no use to anyone
        for box, k in ((self.axis1, chosen[0]), (self.axis2, chosen[1])):
            box.clear()
            for index in sorted(set(shown) | {k}):
                box.addItem(pretty_axis(net.parameter_name(index)), index)
            box.setCurrentIndex(box.findData(k))
        self._counts = (net.n_params, len(weights))

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def lock(self, locks: tuple[str, ...], hides: tuple[str, ...]) -> None:
        """Hold α or the optimizer still (greyed out), or hide them, as a lesson page asks."""
        for key, widgets in (("lr", (self.lr,)), ("optimizer", (self.optimizer, self.hyper))):
            for widget in widgets:
                hold(widget, key in locks, key in hides, self.labels.get(widget))

    def pick_weight(self, selection: object) -> None:
        """An edge clicked in the diagram, ("edge", l, i, j): offer it as a landscape axis."""
        self._picked = None
        if isinstance(selection, tuple) and selection and selection[0] == "edge":
            try:
                net = build_network(self.scenario.network)
                self._picked = net.weight_index(*selection[1:4])
            except InputError:
                self._picked = None
        ok = self._picked is not None
        self.to_axis1.setEnabled(ok)
        self.to_axis2.setEnabled(ok)
        if self._picked is not None:
            self._picked_name = pretty_axis(
                build_network(self.scenario.network).parameter_name(self._picked))
            self._put_words()

    def _on_to_axis_clicked(self, which: int) -> None:
        if self._picked is None:
            return
        axes = list(chosen_axes(self.scenario.network, build_network(self.scenario.network)))
        axes[which] = self._picked
        if axes[0] == axes[1]:
            self.show_error(tr("The two landscape axes must be different weights."))
            return
        self._request(axes=(axes[0], axes[1]))

    # -- events flow up -------------------------------------------------------------------------
    def _request(self, **changes: Any) -> None:
        network = replace(self.scenario.network, **changes)
        self.scenario_requested.emit(replace(self.scenario, network=network, step=0))

    def _on_data_activated(self, _index: int) -> None:
        """"From file…" chosen again while a file is the data: another file."""
        if DATASETS[self.data.currentData()].file and DATASETS[self.scenario.network.data].file:
            self.use_data_file()

    def use_data_file(self, path: str | None = None) -> bool:
        """Data from a CSV file (asked for when not given): the network's input and output
        follow its columns, a note says what changed; a file that cannot be used is named
        and the settings stay as they were."""
        from gdsim.ui.data_choice import ask_for_file, file_changes

        s = self.scenario.network
        folder = str(Path(s.data_file).parent) if s.data_file else ""
        path = path or ask_for_file(self, folder)
        if path is None:
            self.show_scenario(self.scenario)  # the data choice back to what it was
            return False
        try:
            changes, notes = file_changes(path, s)
        except GdsimError as exc:
            self.show_scenario(self.scenario)
            self.show_error(error_text(exc))
            return False
        self._request(**changes)
        self.data_note.setText("\n".join(notes))
        return True

    def _on_data_changed(self, _index: int) -> None:
        """Another data set; a network that cannot read it becomes the one it is learned with
        (the digits: 64-32-10 with softmax and cross-entropy, as in the example)."""
        data = DATASETS[self.data.currentData()]
        s = self.scenario.network
        self.data_note.clear()
        if data.file:
            self.use_data_file()
            return
        try:
            if not data.typed:
                data.fitted(s.sizes)
        except InputError:
            act = s.activation if isinstance(s.activation, str) else s.activation[0]
            self._request(data=data.name, axes=(-1, -1), sizes=data.sizes,
                          loss=data.loss or s.loss, activation=act, weights=None, theta=None)
            return
        self._request(data=data.name, axes=(-1, -1))

    def _on_sizes_accepted(self, sizes: tuple[int, ...]) -> None:
        s = self.scenario.network
        # Keep the one sample usable: refit x and y to the new input and output sizes.
        x = fitted(s.x, sizes[0], (0.05, 0.10, 0.15, 0.20))
        y = fitted(s.y, sizes[-1], (0.01, 0.99))
        act = s.activation if isinstance(s.activation, str) else s.activation[0]
        self._request(sizes=sizes, x=x, y=y, axes=(-1, -1), activation=act, weights=None,
                      theta=None)

    def _on_axes_changed(self, _index: int) -> None:
        a, b = self.axis1.currentData(), self.axis2.currentData()
        if a is None or b is None:
            return
        if a == b:
            self.show_error(tr("The two landscape axes must be different weights."))
            return
        self._request(axes=(int(a), int(b)))
