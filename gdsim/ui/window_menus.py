"""The window's actions, toolbar and menus, and what File's actions do (open, save, recent
files, export, about): the part of MainWindow that the user clicks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSlider,
    QToolBar,
)

from gdsim.core.errors import GdsimError
from gdsim.core.run import LAYER, PHASE
from gdsim.core.scenario import Scenario, load_scenario, save_scenario
from gdsim.examples import FOLDER, example_names, example_path
from gdsim.ui.controller import SimController
from gdsim.ui.i18n import error_text, tr
from gdsim.ui.language import install_language_menu
from gdsim.ui.layouts import LAYOUTS
from gdsim.ui.lesson_dock import Lessons

FILE_FILTER = "gdsim scenarios (*.json);;All files (*)"
PRESENTATION_SIZES = (125, 150, 200, 250)  # percent, in View ▸ Presentation size


class WindowMenus(QMainWindow):
    """Actions, toolbar, menus and the file actions; MainWindow builds on it."""

    controller: SimController
    path: Path | None  # the file the scenario came from or was last saved to
    surface3d: Any
    settings_dock: QDockWidget
    docks: dict[str, QDockWidget]
    presentation: Any  # presentation.Presentation

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        """Show a new scenario (MainWindow)."""

    def _on_mode_changed(self, _index: int) -> None:
        """The mode box changed (MainWindow)."""

    def set_presentation_size(self, percent: int) -> None:
        """View ▸ Presentation size: the scale of fonts and lines there, remembered."""
        active = self.presentation.active
        if active:
            self.presentation.leave()
        self.presentation.scale = percent / 100
        QSettings().setValue("view/presentation_scale", percent / 100)
        if active:
            self.presentation.enter()

    def _on_presentation_triggered(self) -> None:
        """View ▸ Presentation (MainWindow)."""

    def _on_reset_layout_triggered(self) -> None:
        """View ▸ Reset layout (MainWindow)."""

    def _action(self, text: str, slot: Any, shortcut: str | None = None, tip: str = "") -> QAction:
        text, tip = tr(text), tr(tip)
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else tip or text)
        action.setStatusTip(tip or text)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        c = self.controller
        self.step_action = self._action("Step", lambda: c.step(), "Right",
                                        "One iteration: gradient, then the update (3-12)")
        self.back_action = self._action("Step back", lambda: c.back(), "Left", "Back one iteration")
        self.fine_action = self._action("Next ▸", self._on_fine_step_triggered, "Shift+Right",
                                        "Network mode: the next phase or layer of the iteration")
        self.fine_back_action = self._action("◂ Previous", self._on_fine_back_triggered,
                                             "Shift+Left", "Network mode: back one phase or "
                                             "layer")
        self.play_action = self._action("Play", c.toggle_play, "Space", "Play or pause")
        self.reset_action = self._action("Reset", c.reset, "Home", "Back to the start, step 0")
        self.open_action = self._action("Open…", self._on_open_triggered, "Ctrl+O",
                                        "Open a scenario file")
        self.save_action = self._action("Save", self._on_save_triggered, "Ctrl+S",
                                        "Save the scenario and where it stands")
        self.save_as_action = self._action("Save as…", self._on_save_as_triggered,
                                           "Ctrl+Shift+S")
        self.export_action = self._action("Export…", self._on_export_triggered, "Ctrl+E",
                                          "Export images, animations or the trace")
        self.quit_action = self._action("Quit", self.close, "Ctrl+Q")
        self.camera_action = self._action("Reset camera", self.surface3d.reset_camera, "Ctrl+R",
                                          "Look at the surface from the default angle")

    def _make_toolbar(self) -> None:
        bar = QToolBar(tr("Run"))
        bar.setObjectName("Run")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.mode = QComboBox()
        for key, mode in LAYOUTS.items():
            self.mode.addItem(tr(mode.title), key)
        self.mode.setToolTip(tr("Surface mode: descend J(w1, w2) (3.3.1–3.3.3). Network mode: "
                             "forward, backward and update in a network (3.3.4–3.3.6)"))
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        bar.addWidget(self.mode)
        bar.addSeparator()
        for action in (self.reset_action, self.back_action, self.step_action, self.play_action):
            bar.addAction(action)
        self.step_button = bar.widgetForAction(self.step_action)
        self.back_button = bar.widgetForAction(self.back_action)
        self.play_button = bar.widgetForAction(self.play_action)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 500)
        self.speed.setValue(10)
        self.speed.setSuffix(tr(" steps/s"))
        self.speed.setToolTip(tr("Play speed: iterations per second"))
        self.speed.valueChanged.connect(self.controller.set_speed)
        bar.addSeparator()
        bar.addWidget(QLabel(tr(" speed ")))
        bar.addWidget(self.speed)
        bar.addSeparator()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(200)
        self.slider.setToolTip(tr("The timeline: drag to revisit any step so far"))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        bar.addWidget(QLabel(tr(" step ")))
        bar.addWidget(self.slider)
        self.fine_bar = QToolBar(tr("Inside one iteration"))
        self.fine_bar.setObjectName("Inside one iteration")
        self.fine_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.granularity = QComboBox()
        self.granularity.addItem(tr("by phase"), PHASE)
        self.granularity.addItem(tr("by layer"), LAYER)
        self.granularity.setCurrentIndex(1)
        self.granularity.setToolTip(tr("How far Next and Previous go: a whole phase (forward, "
                                    "backward, update) or one layer of it"))
        self.fine_bar.addAction(self.fine_back_action)
        self.fine_bar.addAction(self.fine_action)
        self.fine_bar.addWidget(self.granularity)
        self.phase_label = QLabel()
        self.phase_label.setToolTip(tr("Where the iteration stands: forward moves right, backward "
                                    "moves left, then the update"))
        self.fine_bar.addWidget(self.phase_label)
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.fine_bar)
        self.step_label = QLabel()
        self.step_label.setToolTip(tr("One step is one whole iteration: compute the gradient, then "
                                   "update the weights"))
        bar.addWidget(self.step_label)

    def _make_menus(self) -> None:
        menus = self.menuBar()
        file = menus.addMenu(tr("&File"))
        file.addAction(self.open_action)
        self.recent_menu = file.addMenu(tr("Open recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        examples = file.addMenu(tr("Examples"))
        for name in example_names():
            action = examples.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(example_path(n)))
        file.addSeparator()
        for a in (self.save_action, self.save_as_action):
            file.addAction(a)
        file.addSeparator()
        file.addAction(self.export_action)
        file.addSeparator()
        file.addAction(self.quit_action)
        run = menus.addMenu(tr("&Run"))
        for a in (self.step_action, self.back_action, self.fine_action, self.fine_back_action,
                  self.play_action, self.reset_action):
            run.addAction(a)
        view = menus.addMenu(tr("&View"))
        view.addAction(self.camera_action)
        view.addSeparator()
        for dock in (self.settings_dock, *self.docks.values()):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.presentation_action = self._action(
            "Presentation", self._on_presentation_triggered, "F11",
            "Full screen with large text and lines, for a class (F11 or Esc leaves)")
        view.addAction(self.presentation_action)
        self.presentation_sizes = view.addMenu(tr("Presentation size"))
        group = QActionGroup(self)
        for percent in PRESENTATION_SIZES:
            action = self.presentation_sizes.addAction(f"{percent} %")
            action.setCheckable(True)
            action.setChecked(round(self.presentation.scale * 100) == percent)
            group.addAction(action)
            action.triggered.connect(lambda _=False, p=percent: self.set_presentation_size(p))
        self.reset_layout_action = self._action(
            "Reset layout", self._on_reset_layout_triggered,
            tip="Put the docks back where this mode has them")
        view.addAction(self.reset_layout_action)
        install_language_menu(self, view)  # View ▸ Language (gdsim/ui/language.py)
        helpm = menus.addMenu(tr("&Help"))
        self.lessons = Lessons(self, helpm)  # Help ▸ Lessons, the lesson dock, Alt+←/→
        helpm.addAction(self._action("About gdsim", self._on_about_triggered))


    def _on_fine_step_triggered(self) -> None:
        if LAYOUTS[self.controller.scenario.mode].phases:
            self.controller.step(self.granularity.currentData())

    def _on_fine_back_triggered(self) -> None:
        if LAYOUTS[self.controller.scenario.mode].phases:
            self.controller.back(self.granularity.currentData())

    def _on_slider_value_changed(self, k: int) -> None:
        self.controller.seek(k)

    def _on_open_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open scenario"), str(self._folder()),
                                              FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            scenario = load_scenario(path)
        except GdsimError as exc:
            QMessageBox.warning(self, tr("Cannot open"), error_text(exc))
            return False
        if self.controller.set_scenario(scenario):  # it opens where the file stands
            self.path = None if path.parent == FOLDER else path
            if self.path is not None:
                self._remember_recent(path)
            self._on_scenario_changed(self.controller.scenario)
            return True
        if self.controller.refusal is not None:  # else cancelled: the session is as it was
            QMessageBox.warning(self, tr("Cannot open"), tr("{name}: {exc}").format(
                name=path.name, exc=self.controller.refusal))
        return False

    @staticmethod
    def _recent() -> list[str]:
        """The files opened lately, newest first (QSettings gives one name as a plain str)."""
        recent = QSettings().value("recent", []) or []
        return [str(p) for p in recent] if isinstance(recent, list) else [str(recent)]

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self._recent() if p != str(path)]
        QSettings().setValue("recent", [str(path)] + recent[:7])

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        for name in self._recent():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def _on_export_triggered(self) -> None:
        from gdsim.ui.export_dialog import ExportDialog  # export's machinery: when first asked

        self.controller.pause()
        dialog = ExportDialog(self.controller.scenario, self.controller.run.k,
                              self.controller.run.timeline.last, self._folder(), self)
        if dialog.exec() and dialog.written:
            where = dialog.written[0] if len(dialog.written) == 1 else dialog.written[0].parent
            self.statusBar().showMessage(tr("Exported {count} file(s) to {where}").format(
                count=len(dialog.written), where=where), 8000)

    def _on_save_triggered(self) -> None:
        if self.path is None:
            self._on_save_as_triggered()
        else:
            self.save_to(self.path)

    def _on_save_as_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save scenario"), str(self._folder()),
                                              FILE_FILTER)
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            run = self.controller.run  # where it stands: the step and the phase inside it
            save_scenario(self.controller.scenario.at(run.k, run.phase), path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Cannot save"), f"{path}: {exc.strerror or exc}")
            return False
        self.path = path
        self._remember_recent(path)
        self._on_scenario_changed(self.controller.scenario)
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def _folder(self) -> Path:
        return self.path.parent if self.path else Path.home()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, "About gdsim", "gdsim — watch gradient descent and "
                          "backpropagation happen, one iteration at a time (section 3.3).\n\n"
                          "One step = one iteration: compute the gradient, then update (3-12).")
