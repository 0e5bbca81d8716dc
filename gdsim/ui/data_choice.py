"""Data from a file in the settings panel ("From file…"): the CSV chosen, read for the loss —
class labels switch a squared-error network to cross-entropy — and the network's input and
output sizes fitted to its columns, each change said in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from gdsim.core.activations import LOSSES
from gdsim.core.data_file import DataTable, fit_sizes, read_data_file
from gdsim.core.dataset_names import FILE
from gdsim.core.errors import InputError
from gdsim.core.scenario import NetworkSettings
from gdsim.ui.i18n import error_text, tr

CROSS_ENTROPY = "cross_entropy"


def ask_for_file(parent: QWidget, folder: str = "") -> str | None:
    """The CSV file the user picks, or None."""
    name, _ = QFileDialog.getOpenFileName(parent, tr("Data from a file"), folder, ";;".join((
        tr("CSV files ({patterns})").format(patterns="*.csv"), tr("All files (*)"))))
    return name or None


def file_changes(path: str, s: NetworkSettings) -> tuple[dict[str, Any], list[str]]:
    """The settings a data file asks for (data, its path, the loss, the sizes) and what to say
    about them, in the window's language; InputError when the file cannot be used."""
    classes = LOSSES[s.loss].output is not None
    notes: list[str] = []
    try:
        table: DataTable = read_data_file(path, s.target, classes)
        loss = s.loss
    except InputError:
        if classes:
            raise
        table = read_data_file(path, s.target, True)  # labels: refused again if not these
        loss = CROSS_ENTROPY
        notes.append(tr("The target column {name!r} holds class labels: the loss is now "
                        "cross-entropy.").format(name=table.target))
    sizes, note = fit_sizes(tuple(s.sizes), table)
    if note is not None:
        notes.append(error_text(note))
    names = ", ".join(table.classes) if table.classes else tr("numbers")
    notes.insert(0, tr("{file}: {rows} rows, {features} features, target {target} ({names})")
                 .format(file=Path(path).name, rows=f"{len(table.X):,}",
                         features=len(table.features), target=table.target, names=names))
    changes = {"data": FILE, "data_file": str(Path(path).absolute()), "loss": loss,
               "sizes": sizes, "axes": (-1, -1), "weights": None, "theta": None}
    return changes, notes
