"""File ▸ Export (Ctrl+E): what, which states, size and format; progress with Cancel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gdsim import interrupts
from gdsim.core import settings as S
from gdsim.core.errors import GdsimError
from gdsim.core.exporting import ExportJob, mp4_hint, parse_steps
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.scenario import Scenario
from gdsim.ui.export import Cancelled, export
from gdsim.ui.i18n import error_text, tr, tr_noop
from gdsim.ui.registry import EXPORT_TITLES

Box = TypeVar("Box", QSpinBox, QDoubleSpinBox)
FORMAT_NAMES = {"png": "PNG image(s)", "svg": "SVG image(s) — 2-D views", "gif": "GIF animation",
                "mp4": "MP4 video (H.264)", "csv": "trace as CSV", "json": "trace as JSON"}


def exportable(scenario: Scenario, view: str) -> bool:
    """Whether the scenario's mode has this view, by the very rule an export job checks."""
    try:
        ExportJob(scenario, (0,), view, fmt="png").check()
    except GdsimError:
        return False
    return True


def has_mp4() -> bool:
    try:
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return False
    return True


def limit(box: Box, setting: S.Setting) -> Box:
    """The spin box holds the setting's range and starts at its default (the schema's)."""
    assert setting.lo is not None and setting.hi is not None
    kind = setting.kind  # int for a QSpinBox, float for a QDoubleSpinBox
    box.setRange(kind(setting.lo), kind(setting.hi))
    box.setValue(kind(setting.default))
    return box


class ExportDialog(QDialog):
    def __init__(self, scenario: Scenario, k: int, last: int, folder: Path, parent=None,
                 hidden: Hidden = NOTHING, draws: tuple[str, ...] | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.scenario, self.k, self.hidden, self.draws = scenario, k, hidden, draws
        self.view = QComboBox()
        for key, text in EXPORT_TITLES.items():
            if exportable(scenario, key):
                self.view.addItem(tr(text), key)
        self.steps = QLineEdit(str(k))
        self.steps.setToolTip(tr("One state (e.g. 5), or A:B for the states after A … B "
                                 "iterations, or A:B:K for every K-th"))
        self.steps.setPlaceholderText(f"{k}   or   0:{max(last, k)}")
        self.width_box = limit(QSpinBox(), S.WIDTH)
        self.height_box = limit(QSpinBox(), S.HEIGHT)
        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_box)
        self.format = QComboBox()
        for key, text in FORMAT_NAMES.items():
            self.format.addItem(tr(text), key)
        mp4 = self.format.findData("mp4")
        if not has_mp4():
            model = self.format.model()
            assert isinstance(model, QStandardItemModel)  # what a QComboBox holds its items in
            model.item(mp4).setEnabled(False)
            self.format.setItemData(mp4, error_text(mp4_hint()), Qt.ItemDataRole.ToolTipRole)
        self.fps = limit(QDoubleSpinBox(), S.FPS)
        self.fps.setSuffix(tr(" frames/s"))
        self.loop = limit(QSpinBox(), S.LOOP)
        self.loop.setSpecialValueText(tr("for ever"))
        self.caption = QCheckBox(tr("the current phase's formula, with its numbers"))
        self.caption.setToolTip(tr("Write a caption under an exported view (not the whole "
                                   "window)"))
        self.out = QLineEdit(str(folder / "gdsim-export"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        out = QHBoxLayout()
        out.addWidget(self.out, 1)
        out.addWidget(browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #c0392b;")
        form = QFormLayout(self)
        form.addRow(tr("what"), self.view)
        form.addRow(tr("states"), self.steps)
        form.addRow(tr("size"), size)
        form.addRow(tr("format"), self.format)
        form.addRow(tr("GIF/MP4 speed"), self.fps)
        form.addRow(tr("GIF loops"), self.loop)
        form.addRow(tr("caption"), self.caption)
        form.addRow(tr("to"), out)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self._on_export_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.steps.textChanged.connect(self._on_format_changed)  # a range goes to a folder
        self._on_format_changed()
        self.written: list[Path] = []

    def job(self) -> ExportJob:
        steps = parse_steps(self.steps.text() or str(self.k), self.scenario.max_steps)
        return ExportJob(self.scenario.with_step(0), steps, self.view.currentData(),
                         (self.width_box.value(), self.height_box.value()),
                         self.format.currentData(), Path(self.out.text()).expanduser(),
                         self.fps.value(), self.loop.value(),
                         caption=self.caption.isChecked(), hidden=self.hidden, draws=self.draws)

    def _on_format_changed(self, *_: object) -> None:
        fmt = self.format.currentData()
        text = self.out.text()
        base = text[: -len(Path(text).suffix)] if Path(text).suffix else text
        single = ":" not in self.steps.text()
        suffix = "" if fmt in ("png", "svg") and not single else f".{fmt}"
        self.out.setText(base + suffix)
        self.note.setText(tr("PNG or SVG of several states go to a folder as frame-0000.png, …")
                          if fmt in ("png", "svg") else "")

    def _on_browse_clicked(self) -> None:
        fmt = self.format.currentData()
        if fmt in ("png", "svg") and ":" in self.steps.text():
            name = QFileDialog.getExistingDirectory(self, tr("Export frames to folder"),
                                                    self.out.text())
        else:
            name, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.out.text(),
                                                  f"{fmt.upper()} (*.{fmt})")
        if name:
            self.out.setText(name)

    def _on_export_clicked(self) -> None:
        try:
            job = self.job()
            job.check()
            clash = job.existing_outputs()
            if clash and not self.confirm_replace(job, clash):
                return
            job = replace(job, overwrite=True)
            job.check_out()
        except GdsimError as exc:
            self.note.setText(error_text(exc))
            return
        self.written = run_with_progress(job, self)
        if self.written:
            self.accept()


    def confirm_replace(self, job: ExportJob, clash: list[Path]) -> bool:
        """Ask before replacing an earlier export: its frames in the folder, or the file."""
        if job.to_folder:
            text = tr("{out} holds {count} frames of an earlier export ({first} …).\nReplace "
                      "them? The folder will then hold exactly this export.").format(
                out=job.out, count=len(clash), first=clash[0].name)
        else:
            text = tr("{out} exists already.\nReplace it?").format(out=job.out)
        answer = QMessageBox.question(self, tr("Replace the earlier export?"), text)
        return answer == QMessageBox.StandardButton.Yes


def run_with_progress(job: ExportJob, parent: QWidget | None) -> list[Path]:
    """Export with a progress dialog and Cancel; errors become a message, not a traceback."""
    dialog = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, len(job.steps), parent)
    dialog.setWindowTitle(tr("Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> None:
        dialog.setValue(done)
        dialog.setLabelText(tr("Exporting state {n} of {total}…").format(
            n=done + 1 if done < total else total, total=total))
        QApplication.processEvents()
        if dialog.wasCanceled() or interrupts.received() is not None:  # Ctrl-C: the window
            raise Cancelled(tr_noop("export cancelled; no files were written"))

    try:
        return export(job, progress)
    except Cancelled as exc:
        QMessageBox.information(parent, tr("Export"), error_text(exc))
    except GdsimError as exc:
        QMessageBox.warning(parent, tr("Cannot export"), error_text(exc))
    finally:
        dialog.close()
    return []
