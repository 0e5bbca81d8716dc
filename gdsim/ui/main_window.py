"""The main window: menus, toolbar, docks, status bar; wires the controller to the views."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSlider,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.core.run import LAYER, PHASE, Snapshot
from gdsim.core.scenario import Scenario, keeps_course, load_scenario, save_scenario
from gdsim.core.status import Status
from gdsim.core.training import NetworkSnapshot
from gdsim.examples import FOLDER, example_names, example_path
from gdsim.ui.controller import FAR, SimController
from gdsim.ui.export_dialog import ExportDialog
from gdsim.ui.i18n import language, tr
from gdsim.ui.lesson_dock import Lessons
from gdsim.ui.network_panel import NetworkPanel
from gdsim.ui.style import CONVERGED_COLOR, DIVERGED_COLOR
from gdsim.ui.surface_panel import SurfacePanel
from gdsim.ui.views.diagram_values import phase_text
from gdsim.ui.viewset import MODES, SURFACE_MODE, TITLES, Mode, ViewSet

FILE_FILTER = "gdsim scenarios (*.json);;All files (*)"
MAX_SIZE = (2400, 1400)  # a window opens no larger than this on a very large screen


def opening_size(width: int, height: int) -> tuple[int, int, bool]:
    """The window's first size on a screen whose free area is width × height: all of it up to
    MAX_SIZE (maximized then), else MAX_SIZE."""
    w, h = min(width, MAX_SIZE[0]), min(height, MAX_SIZE[1])
    return w, h, (w, h) == (width, height)


class MainWindow(QMainWindow):
    def __init__(self, scenario: Scenario | None = None, path: Path | None = None,
                 remember: bool = True):
        super().__init__()
        self.remember = remember  # False for the off-screen windows export draws with
        far = scenario is not None and min(scenario.step, scenario.max_steps) > FAR
        # A scenario standing far away opens at step 0, then goes there with progress shown.
        self.controller = SimController(scenario.at(0) if far and scenario else scenario, self)
        if far and scenario is not None:
            QTimer.singleShot(0, lambda: self.controller.set_scenario(scenario))
        self.path = path  # the file the scenario came from or was last saved to
        self.setWindowTitle("gdsim — gradient descent and backpropagation")
        self.views = ViewSet()
        v = self.views
        self.surface3d, self.diagram, self.contour, self.trace = (v.surface3d, v.diagram,
                                                                  v.contour, v.trace)
        self.controller.pace_by(self.surface3d.gl.frameSwapped)  # play at the display's pace
        self.central = QSplitter(Qt.Orientation.Horizontal)
        self.central.addWidget(self.surface3d)
        self.central.addWidget(self.diagram)
        self.central.setChildrenCollapsible(False)
        self.central.setStretchFactor(0, 1)  # network mode: the diagram gets the larger part
        self.central.setStretchFactor(1, 3)
        self.setCentralWidget(self.central)
        self.surface_panel = SurfacePanel()
        self.network_panel = NetworkPanel()
        self.layout_mode: Mode | None = None  # the mode the docks are laid out for
        self._make_docks()
        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self._make_status_bar()
        c = self.controller
        c.changed.connect(self._on_controller_changed)
        c.scenario_changed.connect(self._on_scenario_changed)
        c.playing_changed.connect(self._on_playing_changed)
        c.message.connect(self._on_controller_message)
        c.refused.connect(self._on_controller_refused)
        self.surface_panel.scenario_requested.connect(self._on_scenario_requested)
        self.network_panel.scenario_requested.connect(self._on_scenario_requested)
        self.diagram.selected.connect(self._on_diagram_selected)
        v.chain.paths_changed.connect(self.diagram.highlight_paths)
        self.contour.start_clicked.connect(self._on_contour_start_clicked)
        self.trace.row_selected.connect(c.seek)
        v.directions.angle_changed.connect(self._on_directions_angle_changed)
        if remember:
            self._restore_settings()
        self._fit_screen()
        self._on_scenario_changed(c.scenario)
        self._on_controller_changed(c.snapshot())

    # -- construction ---------------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget,
              area: Qt.DockWidgetArea | None = None) -> QDockWidget:
        """A dock; placed now in `area`, or later by _arrange for the mode it belongs to."""
        dock = QDockWidget(tr(title), self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        if area is not None:
            self.addDockWidget(area, dock)
        if hasattr(widget, "set_shown"):  # a view that skips drawing while its dock is hidden
            dock.visibilityChanged.connect(widget.set_shown)
        return dock

    def _make_docks(self) -> None:
        self.panels = QStackedWidget()
        for panel in (self.surface_panel, self.network_panel):
            scroll = QScrollArea()
            scroll.setWidget(panel)
            scroll.setWidgetResizable(True)
            self.panels.addWidget(scroll)
        self.panels.setMinimumWidth(330)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.settings_dock = self._dock("Settings", self.panels, left)
        self.docks = {name: self._dock(title, self.views.views[name])
                      for name, title in TITLES.items()}
        self.settings_dock.raise_()

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
        bar = QToolBar("Run")
        bar.setObjectName("Run")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.mode = QComboBox()
        for key, mode in MODES.items():
            self.mode.addItem(tr(mode.title), key)
        self.mode.setToolTip("Surface mode: descend J(w1, w2) (3.3.1–3.3.3). Network mode: "
                             "forward, backward and update in a network (3.3.4–3.3.6)")
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
        self.speed.setToolTip("Play speed: iterations per second")
        self.speed.valueChanged.connect(self.controller.set_speed)
        bar.addSeparator()
        bar.addWidget(QLabel(tr(" speed ")))
        bar.addWidget(self.speed)
        bar.addSeparator()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(200)
        self.slider.setToolTip("The timeline: drag to revisit any step so far")
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        bar.addWidget(QLabel(tr(" step ")))
        bar.addWidget(self.slider)
        self.fine_bar = QToolBar("Inside one iteration")
        self.fine_bar.setObjectName("Inside one iteration")
        self.fine_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.granularity = QComboBox()
        self.granularity.addItem(tr("by phase"), PHASE)
        self.granularity.addItem(tr("by layer"), LAYER)
        self.granularity.setCurrentIndex(1)
        self.granularity.setToolTip("How far Next and Previous go: a whole phase (forward, "
                                    "backward, update) or one layer of it")
        self.fine_bar.addAction(self.fine_back_action)
        self.fine_bar.addAction(self.fine_action)
        self.fine_bar.addWidget(self.granularity)
        self.phase_label = QLabel()
        self.phase_label.setToolTip("Where the iteration stands: forward moves right, backward "
                                    "moves left, then the update")
        self.fine_bar.addWidget(self.phase_label)
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.fine_bar)
        self.step_label = QLabel()
        self.step_label.setToolTip("One step is one whole iteration: compute the gradient, then "
                                   "update the weights")
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
        helpm = menus.addMenu(tr("&Help"))
        self.lessons = Lessons(self, helpm)  # Help ▸ Lessons, the lesson dock, Alt+←/→
        helpm.addAction(self._action("About gdsim", self._on_about_triggered))

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_k = QLabel()
        self.status_point = QLabel()
        self.status_J = QLabel()
        self.status_grad = QLabel()
        self.status_run = QLabel()
        for label in (self.status_k, self.status_point, self.status_J, self.status_grad):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.status_run, 1)

    # -- the controller speaks ------------------------------------------------------------------
    def _on_controller_changed(self, snap: Snapshot) -> None:
        view = self.views.render(snap, playing=self.controller.playing)
        if isinstance(snap, NetworkSnapshot):
            self.phase_label.setText(f"  {phase_text(snap.phase_label)}  ")
        mode = MODES.get(self.controller.scenario.mode, SURFACE_MODE)
        self.status_k.setText(f"{tr('step k')} = {snap.k}")
        self.status_point.setText(mode.point_text(view))
        self.status_J.setText(f"J = {view.points[0].J:.6g}")
        self.status_grad.setText(mode.gradient_text(view))
        self._show_status(snap.status)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(self.controller.run.timeline.last, snap.k))
        self.slider.setValue(snap.k)
        self.slider.blockSignals(False)
        self.step_label.setText(f" {snap.k} / {snap.max_steps} {tr('iterations')} ")
        at_end = self.controller.run.at_end
        self.step_action.setEnabled(not at_end)
        self.fine_action.setEnabled(not at_end)
        self.back_action.setEnabled(snap.k > 0)
        self.fine_back_action.setEnabled(snap.k > 0 or self.controller.run.phase > 0)

    def _show_status(self, status: Status) -> None:
        if status.diverged:
            style = f"color: white; background: {DIVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = (f"⚠ {str(status).upper()} — {tr('the last finite state is shown')}"
                    if language() == "en" else f"⚠ {tr('diverged')}（{status}）— "
                    f"{tr('the last finite state is shown')}")
        elif status.converged:
            style = f"color: white; background: {CONVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"✓ {status}"
        else:
            style, text = "", tr(str(status))
        self.status_run.setStyleSheet(style)
        self.status_run.setText(text)

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        mode = MODES[scenario.mode]
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(scenario.mode))
        self.mode.blockSignals(False)
        self.panels.setCurrentIndex(list(MODES).index(mode.key))
        self._panel(mode).show_scenario(scenario)
        self.views.directions.set_angle(scenario.surface.angle)
        self.diagram.setVisible("diagram" in mode.central)
        self.fine_bar.setVisible(mode.phases)
        self._arrange(mode)
        if scenario.network.data != getattr(self, "_data_raised", None):  # a data set loaded
            self._raise_data_view()
        self._show_figure_view()
        title = scenario.title or (self.path.name if self.path else "untitled")
        self.setWindowTitle(f"{title} — gdsim")

    def _panel(self, mode: Mode) -> SurfacePanel | NetworkPanel:
        return self.network_panel if mode.phases else self.surface_panel

    def _arrange(self, mode: Mode) -> None:
        """Lay the docks out for the mode, from scratch: its groups of docks side by side
        (each group's docks tabbed, the first in front), some behind the settings."""
        mode = mode.for_size(self.width(), self.height())  # a large window: another layout
        if mode is self.layout_mode:
            return
        self.layout_mode = mode if self.isVisible() else None  # sizes hold once it is shown
        for dock in self.docks.values():
            self.removeDockWidget(dock)
        for name in mode.behind_settings:
            self.tabifyDockWidget(self.settings_dock, self.docks[name])
            self.docks[name].show()
        firsts = []
        for first, *others in ([self.docks[n] for n in group] for group in mode.groups):
            self.addDockWidget(mode.area, first, mode.along)
            first.show()
            for dock in others:
                self.tabifyDockWidget(first, dock)
                dock.show()
            first.raise_()
            firsts.append(first)
        across = Qt.Orientation.Horizontal if mode.along == Qt.Orientation.Vertical else \
            Qt.Orientation.Vertical
        for a, b in mode.beside:  # side by side in one row (or column) of the groups
            self.splitDockWidget(self.docks[a], self.docks[b], across)
            self.docks[b].show()
        self.settings_dock.raise_()
        self._raise_data_view()
        if mode.settings_share:
            self.resizeDocks([self.settings_dock, *firsts],
                             [mode.settings_share, *mode.shares], mode.along)
        else:
            self.resizeDocks(firsts, list(mode.shares), mode.along)
        for a, b in mode.beside:
            self.resizeDocks([self.docks[a], self.docks[b]], [4, 5], across)
        self.resizeDocks(firsts[:1], [mode.depth], across)
        if len(mode.central) > 1:
            self.central.setSizes(list(mode.central_sizes))
        self._show_figure_view(force=True)

    def _raise_data_view(self) -> None:
        """With a data set the decision region (or the digits) is the telling picture: in
        front of the tab it may share; the loss curve in front for one sample."""
        s = self.controller.scenario
        if s.mode != "network":
            return
        self._data_raised = s.network.data
        name = "decision" if s.network.data != "one" else "loss"
        self.docks[name].raise_()

    def _show_figure_view(self, force: bool = False) -> None:
        """The view a scenario's figure is drawn in (its `view`): in front, the contour with
        room; once per scenario opened, and again when the docks are laid out anew."""
        s = self.controller.scenario
        key = (s.title, s.view)
        if (key == getattr(self, "_figure_shown", None) and not force) or s.view not in self.docks:
            self._figure_shown = key
            return
        self._figure_shown = key
        dock = self.docks[s.view]
        dock.raise_()
        if s.view in ("contour", "directions"):  # a figure drawn in it: give it room
            self.resizeDocks([dock], [self.width() // 2], Qt.Orientation.Horizontal)
            other = [d for d in self.docks.values() if d is not dock and d.isVisible()
                     and not d.visibleRegion().isEmpty()
                     and self.dockWidgetArea(d) == self.dockWidgetArea(dock)][:1]
            h = self.height() - 120
            want = h * 3 // 5 if s.view == "contour" else min(
                h * 3 // 5, dock.widget().minimumSizeHint().height() + 30)
            self.resizeDocks([dock, *other], [want, h - want][: 1 + len(other)],
                             Qt.Orientation.Vertical)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)  # the layout may change with the size (Mode.for_size)
        QTimer.singleShot(0, lambda: self._arrange(MODES[self.controller.scenario.mode]))

    def _on_playing_changed(self, playing: bool) -> None:
        self.play_action.setText(tr("Pause") if playing else tr("Play"))

    def _on_controller_message(self, text: str) -> None:
        """How the run stands (converged, at its limit): the status bar's words, beside the
        run's own indicator; never the settings panel's error label."""
        self.statusBar().showMessage(text, 8000)

    def _on_controller_refused(self, text: str) -> None:
        """An input that was not taken: said in the panel where it was typed, and the bar."""
        self.statusBar().showMessage(text, 8000)
        self._panel(MODES[self.controller.scenario.mode]).show_error(text)

    # -- the user asks --------------------------------------------------------------------------
    def _on_scenario_requested(self, scenario: Scenario) -> None:
        """New settings from a panel. A change that keeps every θ_k (the landscape's axes, the
        step limit) keeps the run where it stands; any other starts it afresh at step 0."""
        run = self.controller.run
        if keeps_course(self.controller.scenario, scenario):
            k = min(run.k, scenario.max_steps)
            scenario = scenario.at(k, run.phase if k == run.k < scenario.max_steps else 0)
        else:
            scenario = scenario.at(scenario.step, 0)
        if not self.controller.set_scenario(scenario):
            self._on_scenario_changed(self.controller.scenario)  # back to what still holds

    def _on_directions_angle_changed(self, angle: float) -> None:
        """The explorer's l is part of the scenario (saved with it) but moves no run."""
        s = self.controller.run.scenario
        self.controller.run.scenario = replace(s, surface=replace(s.surface, angle=angle))

    def _on_mode_changed(self, _index: int) -> None:
        mode = self.mode.currentData()
        self._on_scenario_requested(replace(self.controller.scenario, mode=mode, step=0))

    def _on_fine_step_triggered(self) -> None:
        if MODES[self.controller.scenario.mode].phases:
            self.controller.step(self.granularity.currentData())

    def _on_fine_back_triggered(self) -> None:
        if MODES[self.controller.scenario.mode].phases:
            self.controller.back(self.granularity.currentData())

    def _on_diagram_selected(self, selection: Any) -> None:
        self.views.formula.set_selection(selection)
        self.views.chain.set_selection(selection)
        self.network_panel.pick_weight(selection)

    def _on_contour_start_clicked(self, w1: float, w2: float) -> None:
        s = self.controller.scenario
        self._on_scenario_requested(replace(s, surface=replace(s.surface, start=(w1, w2)), step=0))

    def _on_slider_value_changed(self, k: int) -> None:
        self.controller.seek(k)

    def _on_open_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open scenario", str(self._folder()),
                                              FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            scenario = load_scenario(path)
        except GdsimError as exc:
            QMessageBox.warning(self, "Cannot open", str(exc))
            return False
        if self.controller.set_scenario(scenario):  # it opens where the file stands
            self.path = None if path.parent == FOLDER else path
            if self.path is not None:
                self._remember_recent(path)
            self._on_scenario_changed(self.controller.scenario)
            return True
        if self.controller.refusal is not None:  # else cancelled: the session is as it was
            QMessageBox.warning(self, "Cannot open", f"{path.name}: {self.controller.refusal}")
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
        self.controller.pause()
        dialog = ExportDialog(self.controller.scenario, self.controller.run.k,
                              self.controller.run.timeline.last, self._folder(), self)
        if dialog.exec() and dialog.written:
            where = dialog.written[0] if len(dialog.written) == 1 else dialog.written[0].parent
            self.statusBar().showMessage(f"Exported {len(dialog.written)} file(s) to {where}",
                                         8000)

    def _on_save_triggered(self) -> None:
        if self.path is None:
            self._on_save_as_triggered()
        else:
            self.save_to(self.path)

    def _on_save_as_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save scenario", str(self._folder()),
                                              FILE_FILTER)
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            run = self.controller.run  # where it stands: the step and the phase inside it
            save_scenario(self.controller.scenario.at(run.k, run.phase), path)
        except OSError as exc:
            QMessageBox.warning(self, "Cannot save", f"{path}: {exc.strerror or exc}")
            return False
        self.path = path
        self._remember_recent(path)
        self._on_scenario_changed(self.controller.scenario)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _folder(self) -> Path:
        return self.path.parent if self.path else Path.home()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, "About gdsim", "gdsim — watch gradient descent and "
                          "backpropagation happen, one iteration at a time (section 3.3).\n\n"
                          "One step = one iteration: compute the gradient, then update (3-12).")

    def _fit_screen(self) -> None:
        """Use the screen: a window whose size was not restored opens as large as the screen
        allows (up to MAX_SIZE), maximized where it fills it; a restored size only shrinks to
        the screen."""
        area = self.screen().availableGeometry()
        if self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # restored from the settings
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            return
        width, height, maximized = opening_size(area.width(), area.height())
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        if maximized and self.remember:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # -- settings remembered between runs -------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        speed = settings.value("run/speed")
        if speed is not None:
            try:
                self.speed.setValue(float(speed))
            except (TypeError, ValueError):
                pass

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.controller.pause()
        if not self.remember:
            super().closeEvent(event)
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("run/speed", self.speed.value())
        super().closeEvent(event)
