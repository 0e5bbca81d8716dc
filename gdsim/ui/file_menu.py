"""File: open a scenario (or a recent one, or an example), save it where it stands, export, quit.

`FileMenu` does what these ask through the controller and remembers the file the scenario came
from (`path`); it says `shown` when the window should show the scenario anew (its title, its
panel) and `message` for the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from gdsim.core.errors import GdsimError
from gdsim.core.scenario import SCENARIO_SUFFIX, load_scenario, save_scenario
from gdsim.examples import FOLDER, example_names, example_path
from gdsim.ui.controller import SimController
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.menus import make_action

if TYPE_CHECKING:
    from gdsim.ui.viewset import ViewSet

RECENT = 8  # files in File ▸ Open recent


class FileMenu(QObject):
    shown = Signal()  # a scenario opened or saved: show it anew (title, panel)
    message = Signal(str, int)  # for the status bar, and for how many milliseconds
    quit_requested = Signal()

    def __init__(self, window: QMainWindow, controller: SimController,
                 path: Path | None = None, views: ViewSet | None = None):
        super().__init__(window)
        self.window, self.controller = window, controller
        self.views = views  # the window's: File ▸ Export draws the overlays they draw
        self.path = path  # the file the scenario came from or was last saved to
        self.open_action = make_action(window, "Open…", self._on_open_triggered, "Ctrl+O",
                                       "Open a scenario file")
        self.save_action = make_action(window, "Save", self._on_save_triggered, "Ctrl+S",
                                       "Save the scenario and where it stands")
        self.save_as_action = make_action(window, "Save as…", self._on_save_as_triggered,
                                          "Ctrl+Shift+S")
        self.export_action = make_action(window, "Export…", self._on_export_triggered,
                                         "Ctrl+E", "Export images, animations or the trace")
        self.quit_action = make_action(window, "Quit", self.quit_requested.emit, "Ctrl+Q")
        self.menu = menu = window.menuBar().addMenu(tr("&File"))
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(tr("Open recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        examples = menu.addMenu(tr("Examples"))
        for name in example_names():
            action = examples.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(example_path(n)))
        menu.addSeparator()
        for a in (self.save_action, self.save_as_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def open_path(self, path: Path) -> bool:
        """Open the scenario file `path` where it stands; a file that cannot be read is named
        in a message and the session stays as it was."""
        try:
            scenario = load_scenario(path)
        except GdsimError as exc:
            QMessageBox.warning(self.window, tr("Cannot open"), error_text(exc))
            return False
        if self.controller.set_scenario(scenario):  # it opens where the file stands
            self.path = None if path.parent == FOLDER else path
            if self.path is not None:
                self._remember_recent(path)
            self.shown.emit()
            return True
        if self.controller.refusal is not None:  # else cancelled: the session is as it was
            QMessageBox.warning(self.window, tr("Cannot open"), tr("{name}: {exc}").format(
                name=path.name, exc=self.controller.refusal))
        return False

    def save_to(self, path: Path) -> bool:
        """Save the scenario where it stands (its step and the phase inside it) to `path`."""
        try:
            run = self.controller.run
            save_scenario(self.controller.scenario.at(run.k, run.phase), path)
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Cannot save"),
                                f"{path}: {exc.strerror or exc}")
            return False
        self.path = path
        self._remember_recent(path)
        self.shown.emit()
        self.message.emit(tr("Saved {path}").format(path=path), 5000)
        return True

    def folder(self) -> Path:
        """Where the file dialogs open: beside the scenario's file, else at home."""
        return self.path.parent if self.path else Path.home()

    @staticmethod
    def recent() -> list[str]:
        """The files opened lately, newest first (QSettings gives one name as a plain str)."""
        recent = QSettings().value("recent", []) or []
        return [str(p) for p in recent] if isinstance(recent, list) else [str(recent)]

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self.recent() if p != str(path)]
        QSettings().setValue("recent", [str(path)] + recent[: RECENT - 1])

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        for name in self.recent():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def _on_open_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(  # gdsim's own files and any other .json
            self.window, tr("Open scenario"), str(self.folder()), ";;".join((
                tr("gdsim scenarios ({patterns})").format(patterns=f"*{SCENARIO_SUFFIX} *.json"),
                tr("All files (*)"))))
        if name:
            self.open_path(Path(name))

    def _on_save_triggered(self) -> None:
        if self.path is None:
            self._on_save_as_triggered()
        else:
            self.save_to(self.path)

    def _on_save_as_triggered(self) -> None:
        start = self.path or self.folder() / f"scenario{SCENARIO_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(  # gdsim's own file type (install-desktop's)
            self.window, tr("Save scenario"), str(start), ";;".join((
                tr("gdsim scenarios ({patterns})").format(patterns=f"*{SCENARIO_SUFFIX}"),
                tr("JSON files ({patterns})").format(patterns="*.json"), tr("All files (*)"))))
        if name:
            self.save_to(Path(name))

    def _on_export_triggered(self) -> None:
        from gdsim.ui.export_dialog import ExportDialog  # export's machinery: when first asked
        from gdsim.ui.views.contour import overlays

        self.controller.pause()
        dialog = ExportDialog(self.controller.scenario, self.controller.run.k,
                              self.controller.run.timeline.last, self.folder(), self.window,
                              self.controller.hidden,  # an open lesson question's: "?" too
                              overlays(self.views.contour)
                              if self.views and "contour" in self.views.built else None)
        if dialog.exec() and dialog.written:
            where = dialog.written[0] if len(dialog.written) == 1 else dialog.written[0].parent
            self.message.emit(tr("Exported {count} file(s) to {where}").format(
                count=len(dialog.written), where=where), 8000)
