"""Your own θ in the window: a weight or bias typed by hand (double-click an edge or a neuron's
bias in the diagram, or the θ table), File ▸ Import θ… and Export θ….

Editing θ at step k starts the run anew from the edited θ as θ₀ (`Scenario.from_theta`): the
history before it is dropped and the status bar says so, so Step back never mixes two runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from gdsim.core.errors import GdsimError
from gdsim.core.modes import Mode
from gdsim.core.naming import bias_plain, pretty_axis, weight_plain
from gdsim.core.parse import parse_float
from gdsim.core.theta import names, read_theta, to_mapping, write_theta
from gdsim.ui.controller import SimController
from gdsim.ui.file_menu import FileMenu
from gdsim.ui.i18n import error_text, tr, tr_noop
from gdsim.ui.menus import make_action
from gdsim.ui.text import typed


def diagram_parameter(what: Any, sizes: tuple[int, ...]) -> str | None:
    """The parameter a double-click in the diagram edits: an edge's weight w^l_ij, a neuron's
    bias b^{l−1}_i (none for an input neuron)."""
    if not isinstance(what, tuple) or not what:
        return None
    if what[0] == "edge":
        return weight_plain(*what[1:4])
    if what[0] == "neuron" and 2 <= what[1] <= len(sizes):
        return bias_plain(what[1] - 1, what[2])
    return None


class OwnNumbers(QObject):
    """θ by hand and θ files, for the network the controller runs."""

    message = Signal(str, int)  # for the status bar, and for how many milliseconds

    def __init__(self, window: QMainWindow, controller: SimController, files: FileMenu):
        super().__init__(window)
        self.window, self.controller, self.files = window, controller, files
        self.import_action = make_action(window, tr_noop("Import θ…"), self._on_import_triggered,
                                         tip=tr_noop("Read every weight and bias (w^1_11 … "
                                                     "b^2_2) from a JSON or CSV file and start "
                                                     "the run from them"))
        self.export_action = make_action(window, tr_noop("Export θ…"), self._on_export_triggered,
                                         tip=tr_noop("Write every weight and bias of θ at this "
                                                     "step to a JSON or CSV file"))
        self.table_action = make_action(window, tr_noop("Edit θ…"), self.open_table,
                                        tip=tr_noop("A table of every weight and bias: type a "
                                                    "value to start the run from it"))
        menu = files.menu
        for action in (self.table_action, self.import_action, self.export_action):
            menu.insertAction(files.export_action, action)
        menu.insertSeparator(files.export_action)
        self.table: Any = None  # the θ table, made when first opened
        controller.scenario_changed.connect(self._on_scenario_changed)
        self._on_scenario_changed(controller.scenario)

    def _on_scenario_changed(self, scenario: Any) -> None:
        network = scenario.mode is Mode.NETWORK
        for action in (self.import_action, self.export_action, self.table_action):
            action.setEnabled(network)

    # -- θ now ----------------------------------------------------------------------------------
    def theta(self) -> np.ndarray:
        """θ_k, the parameters of the state shown."""
        return np.asarray(self.controller.snapshot().net.theta)

    def sizes(self) -> tuple[int, ...]:
        return tuple(self.controller.snapshot().net.sizes)

    # -- edits ----------------------------------------------------------------------------------
    def set_parameter(self, name: str, value: float) -> bool:
        """θ_k with one parameter set to `value`, as the new θ₀."""
        theta = self.theta().copy()
        theta[names(self.sizes()).index(name)] = value
        return self.start_from(theta, tr("{name} = {value}").format(name=pretty_axis(name),
                                                                     value=typed(value)))

    def start_from(self, theta: np.ndarray, what: str) -> bool:
        """Start the run anew from θ as θ₀, saying what changed and that the history went."""
        k = self.controller.run.k
        scenario = self.controller.scenario.from_theta(to_mapping(theta, self.sizes()))
        if not self.controller.set_scenario(scenario):
            return False
        self.files.shown.emit()
        text = (tr("θ₀ set ({what}): the run starts anew from it") if k == 0 else
                tr("θ edited at step {k} ({what}): the run starts anew from it as θ₀; the {k} "
                   "steps before are dropped"))
        self.message.emit(text.format(k=k, what=what), 10000)
        return True

    def edit_in_diagram(self, what: Any) -> None:
        """A double-click on an edge or a neuron: type the weight or the bias."""
        if self.controller.scenario.mode is not Mode.NETWORK:
            return
        name = diagram_parameter(what, self.sizes())
        if name is None:
            return
        value = float(self.theta()[names(self.sizes()).index(name)])
        self.controller.pause()
        text, ok = QInputDialog.getText(
            self.window, tr("Edit θ"), tr("{name} (the run starts anew from the new θ):")
            .format(name=pretty_axis(name)), text=repr(value))
        if ok:
            try:
                self.set_parameter(name, parse_float(text, pretty_axis(name)))
            except GdsimError as exc:
                QMessageBox.warning(self.window, tr("Edit θ"), error_text(exc))

    # -- files ----------------------------------------------------------------------------------
    def import_from(self, path: Path) -> bool:
        try:
            theta = read_theta(path, self.sizes())
        except GdsimError as exc:
            QMessageBox.warning(self.window, tr("Cannot import θ"), error_text(exc))
            return False
        return self.start_from(theta, path.name)

    def export_to(self, path: Path) -> bool:
        try:
            write_theta(self.theta(), self.sizes(), path)
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Cannot export θ"),
                                f"{path}: {exc.strerror or exc}")
            return False
        self.message.emit(tr("θ at step {k} written to {path}").format(
            k=self.controller.run.k, path=path), 8000)
        return True

    def _filters(self) -> str:
        return ";;".join((tr("θ files ({patterns})").format(patterns="*.json *.csv"),
                          tr("All files (*)")))

    def _on_import_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, tr("Import θ"),
                                              str(self.files.folder()), self._filters())
        if name:
            self.import_from(Path(name))

    def _on_export_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Export θ"),
                                              str(self.files.folder() / "theta.json"),
                                              self._filters())
        if name:
            self.export_to(Path(name))

    # -- the table ------------------------------------------------------------------------------
    def open_table(self) -> None:
        from gdsim.ui.theta_table import ThetaTable

        if self.table is None:
            self.table = ThetaTable(self.window)
            self.table.edited.connect(self.set_parameter)
            self.controller.changed.connect(self.table.show_state)
        self.table.show_state(self.controller.snapshot())
        self.table.show()
        self.table.raise_()
