"""The main window: docks and their layout per mode; wires the controller to the views.
Its actions, toolbar, menus and file actions are in window_menus, the status bar's labels in
status_line, what it remembers in window_state, presentation mode in presentation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QScrollArea, QSplitter, QStackedWidget, QWidget

from gdsim.core.modes import Mode
from gdsim.core.run import Snapshot
from gdsim.core.scenario import Scenario, keeps_course
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.controller import FAR, SimController
from gdsim.ui.i18n import language, tr
from gdsim.ui.layouts import LAYOUTS, SURFACE_LAYOUT, Layout
from gdsim.ui.presentation import Presentation
from gdsim.ui.registry import DOCKED
from gdsim.ui.status_line import StatusLine
from gdsim.ui.surface_panel import SurfacePanel
from gdsim.ui.text import phase_text
from gdsim.ui.viewset import ViewSet
from gdsim.ui.window_menus import FILE_FILTER, WindowMenus
from gdsim.ui.window_state import MAX_SIZE, WindowState, fit_screen, opening_size

if TYPE_CHECKING:
    from gdsim.ui.network_panel import NetworkPanel
    from gdsim.ui.views.contour import ContourView
    from gdsim.ui.views.diagram import NetworkDiagramView
    from gdsim.ui.views.surface3d import Surface3DView
    from gdsim.ui.views.trace_table import TraceTableView

__all__ = ["FILE_FILTER", "MAX_SIZE", "MainWindow", "opening_size"]


class MainWindow(WindowMenus):
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
        # The views the first frame shows are built now, the others once it is on screen
        # (_build_the_rest), or when something asks for one before.
        opening = self.controller.scenario
        self.views = ViewSet(now=(*LAYOUTS[opening.mode].in_sight,
                                  *([opening.view] if opening.view in DOCKED else [])))
        self.controller.pace_by(self.surface3d.gl.frameSwapped)  # play at the display's pace
        self.surface3d.gl.frameSwapped.connect(self._on_first_frame)
        self.central = QSplitter(Qt.Orientation.Horizontal)
        self.central.addWidget(self.surface3d)
        self.central.setChildrenCollapsible(False)
        self.setCentralWidget(self.central)
        self.surface_panel = SurfacePanel()
        self._network_panel: NetworkPanel | None = None  # built when first needed
        self.layout_mode: Layout | None = None  # the mode the docks are laid out for
        self.restored_mode: str | None = None  # the mode whose remembered layout was restored
        self.state = WindowState(self)
        self._reported = ""  # the settings named as ignored so far
        self.presentation = Presentation(self, self.state.presentation_scale(1.5))
        self._make_docks()
        self._make_actions()
        self._make_toolbar()
        self._make_menus()
        self.status_line = line = StatusLine(self.statusBar())
        self.status_k, self.status_point, self.status_J, self.status_grad, self.status_run = (
            line.k, line.point, line.J, line.grad, line.run)
        c = self.controller
        c.changed.connect(self._on_controller_changed)
        c.scenario_changed.connect(self._on_scenario_changed)
        c.playing_changed.connect(self._on_playing_changed)
        c.message.connect(self._on_controller_message)
        c.refused.connect(self._on_controller_refused)
        self.surface_panel.scenario_requested.connect(self._on_scenario_requested)
        self.views.watch(self._on_view_built)
        self.lessons.dock.visibilityChanged.connect(lambda *_: self._update_title())
        if remember:
            self.state.restore_geometry()
            speed = self.state.speed()
            if speed is not None:
                self.speed.setValue(speed)
        fit_screen(self, maximize=remember)
        self._on_scenario_changed(c.scenario)
        self._on_controller_changed(c.snapshot())
        self._report_settings()

    # The views the window wires to its controls (each built when first asked for).
    @property
    def surface3d(self) -> Surface3DView:
        return self.views.surface3d

    @property
    def diagram(self) -> NetworkDiagramView:
        return self.views.diagram

    @property
    def contour(self) -> ContourView:
        return self.views.contour

    @property
    def trace(self) -> TraceTableView:
        return self.views.trace

    # -- construction ---------------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget | None = None,
              area: Qt.DockWidgetArea | None = None) -> QDockWidget:
        """A dock (its view put in when built: _on_view_built); placed now in `area`, or
        later by _arrange for the mode it belongs to."""
        dock = QDockWidget(tr(title), self)
        dock.setObjectName(title)
        if widget is not None:
            dock.setWidget(widget)
        if area is not None:
            self.addDockWidget(area, dock)
        return dock

    def _on_view_built(self, name: str, view: QWidget) -> None:
        """A view just built: into its place, wired to the controls and views it works with."""
        c, mode = self.controller, LAYOUTS[self.controller.scenario.mode]
        if name in self.docks:
            dock = self.docks[name]
            dock.setWidget(view)
            if hasattr(view, "set_shown"):  # a view that skips drawing while its dock is hidden
                dock.visibilityChanged.connect(view.set_shown)
                if self.isVisible():  # behind another tab: drawn when its tab is chosen
                    view.set_shown(not dock.visibleRegion().isEmpty())
        if name == "diagram":
            self.central.addWidget(view)
            self.central.setStretchFactor(0, 1)  # network mode: the diagram gets the larger part
            self.central.setStretchFactor(1, 3)
            view.setVisible("diagram" in mode.central)
            self.diagram.selected.connect(self._on_diagram_selected)
        if name == "contour":
            self.contour.start_clicked.connect(self._on_contour_start_clicked)
        if name == "trace":
            self.trace.row_selected.connect(c.seek)
        if name == "directions":
            self.views.directions.set_angle(c.scenario.surface.angle)
            self.views.directions.angle_changed.connect(self._on_directions_angle_changed)

    @property
    def network_panel(self) -> NetworkPanel:
        """The network's settings, built the first time they are needed (a window opened in
        surface mode draws its first frame without them)."""
        if self._network_panel is None:
            from gdsim.ui.network_panel import NetworkPanel

            panel = self._network_panel = NetworkPanel()
            panel.scenario_requested.connect(self._on_scenario_requested)
            scroll = self.panels.widget(list(LAYOUTS).index(Mode.NETWORK))
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(panel)
        return self._network_panel

    def _on_first_frame(self) -> None:
        """The first frame is on screen: build the views it did not show, one at a time."""
        self.surface3d.gl.frameSwapped.disconnect(self._on_first_frame)
        QTimer.singleShot(0, self, self._build_the_rest)

    def _build_the_rest(self) -> None:
        missing = [name for name in self.views.names if name not in self.views.built]
        if missing:
            self.views.build(missing[0])
            QTimer.singleShot(0, self, self._build_the_rest)
        else:
            _ = self.network_panel  # built, if it was not

    def _make_docks(self) -> None:
        self.panels = QStackedWidget()
        for panel in (self.surface_panel, None):  # the network panel: put in when built
            scroll = QScrollArea()
            if panel is not None:
                scroll.setWidget(panel)
            scroll.setWidgetResizable(True)
            self.panels.addWidget(scroll)
        self.panels.setMinimumWidth(330)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.settings_dock = self._dock("Settings", self.panels, left)
        self.docks = {name: self._dock(title) for name, title in DOCKED.items()}
        self.settings_dock.raise_()


    # -- the controller speaks ------------------------------------------------------------------
    def _on_controller_changed(self, snap: Snapshot) -> None:
        view = self.views.render(snap, playing=self.controller.playing)
        if isinstance(snap, NetworkSnapshot):
            self.phase_label.setText(f"  {phase_text(snap)}  ")
        mode = LAYOUTS.get(self.controller.scenario.mode, SURFACE_LAYOUT)
        self.status_line.show(snap.k, mode.point_text(view), view.points[0].J,
                              mode.gradient_text(view), snap.status)
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

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        mode = LAYOUTS[scenario.mode]
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(scenario.mode))
        self.mode.blockSignals(False)
        self.panels.setCurrentIndex(list(LAYOUTS).index(mode.mode))
        self._panel(mode).show_scenario(scenario)
        if "directions" in self.views.built:
            self.views.directions.set_angle(scenario.surface.angle)
        if "diagram" in mode.central or "diagram" in self.views.built:
            self.diagram.setVisible("diagram" in mode.central)
        self.fine_bar.setVisible(mode.phases)
        self._arrange(mode)
        if scenario.network.data != getattr(self, "_data_raised", None):  # a data set loaded
            self._raise_data_view()
        self._show_figure_view()
        self._update_title()

    def _update_title(self) -> None:
        """The program, the mode and what is open: the lesson, else the scenario's title (a
        built-in example's in the window's language), else its file's name."""
        scenario = self.controller.scenario
        lesson = self.lessons.lesson if self.lessons.dock.isVisible() else None
        if lesson is not None:
            from gdsim.core.lessons import text_in  # imported already: a lesson is open

            name = text_in(lesson.title, language())
        else:
            name = (tr(scenario.title) if scenario.title
                    else self.path.name if self.path else tr("untitled"))
        mode = tr(LAYOUTS[scenario.mode].title)
        self.setWindowTitle(tr("{name} — {mode} — gdsim").format(name=name, mode=mode))

    def _panel(self, mode: Layout) -> SurfacePanel | NetworkPanel:
        return self.network_panel if mode.phases else self.surface_panel

    def _arrange(self, mode: Layout) -> None:
        """Lay the docks out for the mode, from scratch: its groups of docks side by side
        (each group's docks tabbed, the first in front), some behind the settings."""
        if self.presentation.active:  # its layout stands until it is left
            return
        mode = mode.for_size(self.width(), self.height())  # a large window: another layout
        if mode is self.layout_mode:
            return
        if self.remember and self.layout_mode is not None and self.layout_mode.mode != mode.mode:
            self.state.save_layout(self.layout_mode.mode)  # the mode left, as it was left
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
        if self.remember and self.isVisible() and self.restored_mode != mode.mode:
            self.restored_mode = mode.mode  # as this mode was left last time, if remembered
            if self.state.restore_layout(mode.mode) and self.lessons.lesson is None:
                self.lessons.dock.hide()  # left open last time, but no lesson is open now
            self._report_settings()

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
        self.views.build(s.view)  # in front now: built if it was not
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
        QTimer.singleShot(0, lambda: self._arrange(LAYOUTS[self.controller.scenario.mode]))

    def _on_playing_changed(self, playing: bool) -> None:
        self.play_action.setText(tr("Pause") if playing else tr("Play"))

    def _on_controller_message(self, text: str) -> None:
        """How the run stands (converged, at its limit): the status bar's words, beside the
        run's own indicator; never the settings panel's error label."""
        self.statusBar().showMessage(text, 8000)

    def _on_controller_refused(self, text: str) -> None:
        """An input that was not taken: said in the panel where it was typed, and the bar."""
        self.statusBar().showMessage(text, 8000)
        self._panel(LAYOUTS[self.controller.scenario.mode]).show_error(text)

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

    def _on_diagram_selected(self, selection: Any) -> None:
        self.views.formula.set_selection(selection)
        self.views.chain.set_selection(selection)
        self.network_panel.pick_weight(selection)

    def _on_contour_start_clicked(self, w1: float, w2: float) -> None:
        s = self.controller.scenario
        self._on_scenario_requested(replace(s, surface=replace(s.surface, start=(w1, w2)), step=0))

    # -- layouts and settings remembered between runs ------------------------------------------
    def _report_settings(self) -> None:
        """Name the settings that were ignored, once, in the status bar."""
        text = self.state.report()
        if text and text != self._reported:
            self.statusBar().showMessage(text, 20000)
            self._reported = text

    def _on_reset_layout_triggered(self) -> None:
        """View ▸ Reset layout: the mode's own layout, the remembered one forgotten."""
        if self.presentation.active:
            self.presentation.leave()
        mode = LAYOUTS[self.controller.scenario.mode]
        self.state.forget_layout(mode.mode)
        for dock in (self.settings_dock, *self.docks.values()):
            dock.setFloating(False)
        self.settings_dock.show()
        self.layout_mode = None
        self._arrange(mode)

    def _on_presentation_triggered(self) -> None:
        self.presentation.toggle()

    def reopen_last(self) -> bool:
        """Open the scenario gdsim stood at when it was last closed, at its step, if any."""
        last = self.state.last_session()
        self._report_settings()
        if last is None or not self.controller.set_scenario(last[0]):
            return False
        self.path = last[1]
        self._on_scenario_changed(self.controller.scenario)
        self.statusBar().showMessage(tr("Reopened where you left off: step {k}").format(
            k=self.controller.run.k), 8000)
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.controller.pause()
        if self.presentation.active:
            self.presentation.leave()
        if self.remember:
            if self.layout_mode is not None:
                self.state.save_layout(self.layout_mode.mode)
            run = self.controller.run
            self.state.save(self.speed.value(), self.controller.scenario.at(run.k, run.phase),
                            self.path)
        super().closeEvent(event)
