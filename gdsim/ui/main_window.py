"""The main window: menus, toolbar, docks, status bar; wires the controller to the views."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSlider,
    QToolBar,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.core.scenario import Scenario, load_scenario, save_scenario
from gdsim.ui.controller import SimController
from gdsim.ui.style import CONVERGED_COLOR, DIVERGED_COLOR
from gdsim.ui.surface_panel import SurfacePanel
from gdsim.ui.views.contour import ContourView
from gdsim.ui.views.directions import DirectionExplorer
from gdsim.ui.views.loss_curve import LossCurveView
from gdsim.ui.views.surface3d import Surface3DView
from gdsim.ui.views.trace_table import TraceTableView

FILE_FILTER = "gdsim scenarios (*.json);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, scenario: Scenario | None = None, path: Path | None = None):
        super().__init__()
        self.controller = SimController(scenario, self)
        self.path = path  # the file the scenario came from or was last saved to
        self.setWindowTitle("gdsim — gradient descent and backpropagation")
        self.surface3d = Surface3DView()
        self.setCentralWidget(self.surface3d)
        self.contour = ContourView()
        self.trace = TraceTableView()
        self.loss = LossCurveView()
        self.directions = DirectionExplorer()
        self.surface_panel = SurfacePanel()
        self.views: list[Any] = [self.surface3d, self.contour, self.trace, self.loss,
                                 self.directions]
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
        self.surface_panel.scenario_requested.connect(self._on_scenario_requested)
        self.contour.start_clicked.connect(self._on_contour_start_clicked)
        self.trace.row_selected.connect(c.seek)
        self.resize(1280, 720)
        self._restore_settings()
        self._on_scenario_changed(c.scenario)
        self._on_controller_changed(c.snapshot())

    # -- construction ---------------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if hasattr(widget, "set_shown"):  # a view that skips drawing while its dock is hidden
            dock.visibilityChanged.connect(widget.set_shown)
        return dock

    def _make_docks(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.surface_panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.settings_dock = self._dock("Settings", scroll, left)
        self.contour_dock = self._dock("Contour", self.contour, right)
        self.loss_dock = self._dock("Loss curve", self.loss, right)
        self.trace_dock = self._dock("Trace", self.trace, left)
        self.directions_dock = self._dock("Directions", self.directions, right)
        self.tabifyDockWidget(self.settings_dock, self.trace_dock)
        self.tabifyDockWidget(self.loss_dock, self.directions_dock)
        self.settings_dock.raise_()
        self.loss_dock.raise_()
        self.resizeDocks([self.contour_dock, self.loss_dock], [360, 300], Qt.Orientation.Vertical)
        self.resizeDocks([self.settings_dock, self.contour_dock], [340, 400],
                         Qt.Orientation.Horizontal)

    def _action(self, text: str, slot: Any, shortcut: str | None = None, tip: str = "") -> QAction:
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
        self.step_action = self._action("Step", c.step, "Right",
                                        "One iteration: gradient, then the update (3-12)")
        self.back_action = self._action("Step back", c.back, "Left", "Back one iteration")
        self.play_action = self._action("Play", c.toggle_play, "Space", "Play or pause")
        self.reset_action = self._action("Reset", c.reset, "Home", "Back to the start, step 0")
        self.open_action = self._action("Open…", self._on_open_triggered, "Ctrl+O",
                                        "Open a scenario file")
        self.save_action = self._action("Save", self._on_save_triggered, "Ctrl+S",
                                        "Save the scenario and where it stands")
        self.save_as_action = self._action("Save as…", self._on_save_as_triggered,
                                           "Ctrl+Shift+S")
        self.quit_action = self._action("Quit", self.close, "Ctrl+Q")
        self.camera_action = self._action("Reset camera", self.surface3d.reset_camera, "Ctrl+R",
                                          "Look at the surface from the default angle")

    def _make_toolbar(self) -> None:
        bar = QToolBar("Run")
        bar.setObjectName("Run")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        for action in (self.reset_action, self.back_action, self.step_action, self.play_action):
            bar.addAction(action)
        self.step_button = bar.widgetForAction(self.step_action)
        self.back_button = bar.widgetForAction(self.back_action)
        self.play_button = bar.widgetForAction(self.play_action)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 500)
        self.speed.setValue(10)
        self.speed.setSuffix(" steps/s")
        self.speed.setToolTip("Play speed: iterations per second")
        self.speed.valueChanged.connect(self.controller.set_speed)
        bar.addSeparator()
        bar.addWidget(QLabel(" speed "))
        bar.addWidget(self.speed)
        bar.addSeparator()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(200)
        self.slider.setToolTip("The timeline: drag to revisit any step so far")
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        bar.addWidget(QLabel(" step "))
        bar.addWidget(self.slider)
        self.step_label = QLabel()
        self.step_label.setToolTip("One step is one whole iteration: compute the gradient, then "
                                   "update the weights")
        bar.addWidget(self.step_label)

    def _make_menus(self) -> None:
        menus = self.menuBar()
        file = menus.addMenu("&File")
        for a in (self.open_action, self.save_action, self.save_as_action):
            file.addAction(a)
        file.addSeparator()
        file.addAction(self.quit_action)
        run = menus.addMenu("&Run")
        for a in (self.step_action, self.back_action, self.play_action, self.reset_action):
            run.addAction(a)
        view = menus.addMenu("&View")
        view.addAction(self.camera_action)
        view.addSeparator()
        for dock in (self.settings_dock, self.trace_dock, self.contour_dock, self.loss_dock,
                     self.directions_dock):
            view.addAction(dock.toggleViewAction())
        helpm = menus.addMenu("&Help")
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
    def _on_controller_changed(self, snap: Any) -> None:
        for view in self.views:
            view.render(snap)
        p = snap.points[0]
        self.status_k.setText(f"step k = {snap.k}")
        self.status_point.setText(f"(w1, w2) = ({p.w[0]:.6g}, {p.w[1]:.6g})")
        self.status_J.setText(f"J = {p.J:.6g}")
        self.status_grad.setText(f"|grad J| = {p.grad_norm:.4g}")
        self._show_status(snap.status)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(self.controller.run.timeline.last, snap.k))
        self.slider.setValue(snap.k)
        self.slider.blockSignals(False)
        self.step_label.setText(f" {snap.k} / {snap.max_steps} iterations ")
        at_end = self.controller.run.at_end
        self.step_action.setEnabled(not at_end)
        self.back_action.setEnabled(snap.k > 0)

    def _show_status(self, status: str) -> None:
        if status.startswith("diverged"):
            style = f"color: white; background: {DIVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"⚠ {status.upper()} — the last finite state is shown"
        elif status.startswith("converged"):
            style = f"color: white; background: {CONVERGED_COLOR}; font-weight: bold; padding: 2px"
            text = f"✓ {status}"
        else:
            style, text = "", status
        self.status_run.setStyleSheet(style)
        self.status_run.setText(text)

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        self.surface_panel.show_scenario(scenario)
        title = scenario.title or (self.path.name if self.path else "untitled")
        self.setWindowTitle(f"{title} — gdsim")

    def _on_playing_changed(self, playing: bool) -> None:
        self.play_action.setText("Pause" if playing else "Play")

    def _on_controller_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        self.surface_panel.show_error(text if "diverged" not in text else "")

    # -- the user asks --------------------------------------------------------------------------
    def _on_scenario_requested(self, scenario: Scenario) -> None:
        if not self.controller.set_scenario(scenario, keep_step=False):
            self.surface_panel.show_scenario(self.controller.scenario)

    def _on_contour_start_clicked(self, w1: float, w2: float) -> None:
        from dataclasses import replace

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
        if self.controller.set_scenario(scenario, keep_step=True):
            self.controller.seek(min(scenario.step, scenario.max_steps))
            self.path = path
            self._on_scenario_changed(self.controller.scenario)
            return True
        return False

    def _on_save_triggered(self) -> None:
        if self.path is None or self.path.parent == Path(__file__).parent.parent / "assets":
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
            save_scenario(self.controller.scenario.with_step(self.controller.run.k), path)
        except OSError as exc:
            QMessageBox.warning(self, "Cannot save", f"{path}: {exc.strerror or exc}")
            return False
        self.path = path
        self._on_scenario_changed(self.controller.scenario)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _folder(self) -> Path:
        return self.path.parent if self.path else Path.home()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, "About gdsim", "gdsim — watch gradient descent and "
                          "backpropagation happen, one iteration at a time (section 3.3).\n\n"
                          "One step = one iteration: compute the gradient, then update (3-12).")

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
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("run/speed", self.speed.value())
        super().closeEvent(event)
