"""The main window: the views in the centre and in docks, the settings, toolbars, menus and
status bar around them, wired to the controller.

Each part is an object of its own that says what the user asked for with signals; the window
wires them to the controller and to each other, and decides: the run's controls (run_bar), File
(file_menu), View (menus), the docks and their layout per mode (docking), the settings panels
(panels), the status bar (status_line), what it remembers (window_state), presentation mode
(presentation), the lessons (lesson_dock) and the language (language). Each mode's layout, its
panel included, is looked up by the mode (layouts.LAYOUTS); each view is built from the registry.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from gdsim.core.curvature import curvature_at
from gdsim.core.hidden import masked
from gdsim.core.modes import Mode
from gdsim.core.run import Snapshot, SurfaceSnapshot
from gdsim.core.scenario import Scenario, keeps_course
from gdsim.ui.controller import FAR, SimController
from gdsim.ui.docking import Docking
from gdsim.ui.file_menu import FileMenu
from gdsim.ui.i18n import language, tr
from gdsim.ui.language import switch_language
from gdsim.ui.layouts import LAYOUTS, Layout
from gdsim.ui.lesson_dock import Lessons
from gdsim.ui.menus import ViewMenu, make_action, show_about
from gdsim.ui.own_numbers import OwnNumbers
from gdsim.ui.panels import Panels
from gdsim.ui.presentation import Presentation
from gdsim.ui.registry import DOCKED
from gdsim.ui.run_bar import RunBar
from gdsim.ui.status_line import StatusLine
from gdsim.ui.steps import state_text
from gdsim.ui.text import fmt, phase_text
from gdsim.ui.viewset import BARS_EVERY, ViewSet
from gdsim.ui.window_state import WindowState, fit_screen, keep_on_screen


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
        # The views the first frame shows are built now, the others once it is on screen
        # (_build_the_rest), or when something asks for one before.
        opening = self.controller.scenario
        self.views = ViewSet(now=(*LAYOUTS[opening.mode].in_sight,
                                  *([opening.view] if opening.view in DOCKED else [])))
        surface = self.views.surface3d
        self.controller.pace_by(surface.gl.frameSwapped)  # play at the display's pace
        surface.gl.frameSwapped.connect(self._on_first_frame)
        self.setCentralWidget(surface)
        self.panels = Panels(self)
        self.panels.panel(opening.mode)  # the other modes' panels: after the first frame
        self.state = WindowState(self)
        self.reported = ""  # the settings named as ignored so far
        self.presentation = Presentation(self, self.state.presentation_scale(1.5))
        self.docking = Docking(self, self.panels.stack, self.views, self.state, remember)
        self.docks, self.settings_dock = self.docking.docks, self.docking.settings
        self.run_bar = RunBar(self)
        self.file_menu = FileMenu(self, self.controller, path, self.views)
        self.own_numbers = OwnNumbers(self, self.controller, self.file_menu)  # θ by hand, files
        run_menu = self.menuBar().addMenu(tr("&Run"))
        bar = self.run_bar
        for action in (bar.step_action, bar.back_action, bar.fine_action, bar.fine_back_action,
                       bar.play_action, bar.reset_action):
            run_menu.addAction(action)
        self.view_menu = ViewMenu(self, (self.settings_dock, *self.docks.values()),
                                  self.presentation.scale)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.lessons = Lessons(self, help_menu)  # Help ▸ Lessons, the lesson dock, Alt+←/→
        self.docking.lesson_open = lambda: (self.lessons.lesson is not None
                                            and not self.lessons.dock.isHidden())
        help_menu.addAction(make_action(self, "About gdsim", lambda: show_about(self)))
        self.status_line = StatusLine(self.statusBar())
        self._wire()
        if remember:
            self.state.restore_geometry()
            speed = self.state.speed()
            if speed is not None:
                bar.speed.setValue(speed)
        fit_screen(self, maximize=remember)
        self._on_scenario_changed(self.controller.scenario)
        self._on_controller_changed(self.controller.snapshot())
        self._report_settings()

    def _wire(self) -> None:
        """What each part asks for, to whom it goes."""
        c, bar, files, menu = self.controller, self.run_bar, self.file_menu, self.view_menu
        bar.step_requested.connect(lambda: c.step())
        bar.back_requested.connect(lambda: c.back())
        bar.fine_step_requested.connect(c.step)
        bar.fine_back_requested.connect(c.back)
        bar.play_requested.connect(c.toggle_play)
        bar.reset_requested.connect(c.reset)
        bar.seek_requested.connect(c.seek)
        bar.speed_changed.connect(c.set_speed)
        bar.mode_chosen.connect(self._on_mode_chosen)
        files.shown.connect(lambda: self._on_scenario_changed(c.scenario))
        files.message.connect(self.status_line.say)
        self.own_numbers.message.connect(self.status_line.say)
        files.quit_requested.connect(self.close)
        menu.camera_requested.connect(lambda: self.views.surface3d.reset_camera())
        menu.presentation_requested.connect(self.presentation.toggle)
        menu.presentation_size_chosen.connect(self.presentation.set_size)
        menu.reset_layout_requested.connect(self._on_reset_layout_requested)
        menu.language_chosen.connect(lambda code: switch_language(self, code))
        c.changed.connect(self._on_controller_changed)
        c.scenario_changed.connect(self._on_scenario_changed)
        c.playing_changed.connect(bar.show_playing)
        c.playing_changed.connect(self.status_line.show_playing)
        c.message.connect(self.status_line.say)  # how the run stands; never the panel's error
        c.refused.connect(self._on_controller_refused)
        self.panels.scenario_requested.connect(self._on_scenario_requested)
        self.docking.restored.connect(self._on_layout_restored)
        self.lessons.title_changed.connect(self.refresh_title)
        self.views.watch(self._on_view_built)

    def _on_view_built(self, name: str, view: QWidget) -> None:
        """A view just built: into its place, wired to the controls and views it works with."""
        c = self.controller
        self.docking.place_view(name, view)
        if name == "diagram":
            self.views.diagram.selected.connect(self._on_diagram_selected)
            self.views.diagram.pointer.edit_requested.connect(self.own_numbers.edit_in_diagram)
        if name == "contour":
            self.views.contour.start_clicked.connect(self._on_contour_start_clicked)
        if name == "trace":
            self.views.trace.row_selected.connect(c.seek)
        if name == "alpha_map":
            view.alpha_chosen.connect(self._on_alpha_chosen)  # type: ignore[attr-defined]
        if name == "directions":
            self.views.directions.set_angle(c.scenario.surface.angle)
            self.views.directions.angle_changed.connect(self._on_directions_angle_changed)

    def _on_first_frame(self) -> None:
        """The first frame is on screen: build the views it did not show, one at a time."""
        self.views.surface3d.gl.frameSwapped.disconnect(self._on_first_frame)
        QTimer.singleShot(0, self, self._build_the_rest)

    def _build_the_rest(self) -> None:
        missing = [name for name in self.views.names if name not in self.views.built]
        if missing:
            self.views.build(missing[0])
            QTimer.singleShot(0, self, self._build_the_rest)
        else:
            self.panels.build_all()  # the other modes' settings, last

    # -- the controller speaks ------------------------------------------------------------------
    def _on_controller_changed(self, snap: Snapshot) -> None:
        playing = self.controller.playing
        view = self.views.render(snap, playing=playing)
        if not self.views.due("bars", BARS_EVERY, playing):
            return
        layout, run = LAYOUTS[self.controller.scenario.mode], self.controller.run
        h, k = snap.hidden, snap.k  # an open lesson question's numbers are "?"
        self.status_line.show(k, masked(h.point(k), layout.point_text(view)),
                              masked(h.cost(k), f"J = {fmt(view.points[0].J)}"),
                              masked(h.slopes(k), layout.gradient_text(view)), snap.status,
                              snap.k >= snap.max_steps)
        self.run_bar.show_state(snap.k, run.timeline.last, snap.max_steps, run.at_end, run.phase,
                                None if isinstance(snap, SurfaceSnapshot) else phase_text(snap))
        if isinstance(snap, SurfaceSnapshot):  # the α field's limit at the current point
            w = snap.points[0].w
            self.panels.surface.show_curvature(
                curvature_at(snap.surface, w) if np.all(np.isfinite(w)) else None,
                h.curvature())

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        layout = LAYOUTS[scenario.mode]
        self.run_bar.show_layout(layout)
        self.panels.show(scenario)
        if "directions" in self.views.built:
            self.views.directions.set_angle(scenario.surface.angle)
        self._arrange()
        if scenario.network.data != self.docking.data_raised:  # a data set loaded
            self.docking.raise_data_view(layout, scenario)
        self.docking.show_figure_view(scenario)
        self.refresh_title()

    def _on_controller_refused(self, text: str) -> None:
        """An input that was not taken: said in the panel where it was typed, and the bar."""
        self.status_line.say(text)
        self.panels.panel(self.controller.scenario.mode).show_error(text)

    # -- what the window shows of the state ---------------------------------------------------
    def refresh(self) -> None:
        """The window's words computed from the state, computed again (after a language
        switch): the views' state, the status bar, the step and phase labels, the title, the
        language checked in View ▸ Language. The docks stay where they are."""
        self._on_controller_changed(self.controller.snapshot())
        self.refresh_title()
        self.view_menu.show_language(language())

    def refresh_title(self) -> None:
        """The program, the mode and what is open: the lesson, else the scenario's title (a
        built-in example's in the window's language), else its file's name."""
        scenario, path = self.controller.scenario, self.file_menu.path
        lesson = self.lessons.lesson if self.lessons.dock.isVisible() else None
        if lesson is not None:
            from gdsim.core.lessons import text_in  # imported already: a lesson is open

            name = text_in(lesson.title, language())
        else:
            name = (tr(scenario.title) if scenario.title
                    else path.name if path else tr("untitled"))
        mode = tr(LAYOUTS[scenario.mode].title)
        self.setWindowTitle(tr("{name} — {mode} — gdsim").format(name=name, mode=mode))

    # -- the layout -----------------------------------------------------------------------------
    def _layout(self) -> Layout:
        """The layout of the mode shown, for the window's size."""
        return LAYOUTS[self.controller.scenario.mode].for_size(self.width(), self.height())

    def _arrange(self) -> None:
        """The docks laid out for the mode and the window's size; presentation mode's layout
        stands until it is left."""
        if not self.presentation.active:
            self.docking.arrange(self._layout(), self.controller.scenario)
            keep_on_screen(self)  # however the docks grew it

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)  # the layout may change with the size (Layout.for_size)
        QTimer.singleShot(0, self._arrange)

    def _on_layout_restored(self) -> None:
        """A remembered layout is back: the mode's own toolbars (the state restored them as
        they were when it was saved), a lesson dock it shows with no lesson open hidden, and
        what could not be read named."""
        self.run_bar.show_layout(LAYOUTS[self.controller.scenario.mode])
        if self.lessons.lesson is None:
            self.lessons.dock.hide()  # left open last time, but no lesson is open now
        self._report_settings()

    def _on_reset_layout_requested(self) -> None:
        """View ▸ Reset layout: the mode's own layout, the remembered one forgotten."""
        if self.presentation.active:
            self.presentation.leave()
        self.docking.reset(self._layout(), self.controller.scenario)

    # -- the user asks --------------------------------------------------------------------------
    def _on_scenario_requested(self, scenario: Scenario) -> None:
        """New settings from a panel. A change that keeps every θ_k (the landscape's axes, the
        step limit) keeps the run where it stands; any other starts it afresh at step 0."""
        run = self.controller.run
        refusal = self.lessons.refusal(self.controller.scenario, scenario)
        if refusal is not None:  # a lesson page holds α, the start or the optimizer still
            self.status_line.say(refusal, 8000)
            self._on_scenario_changed(self.controller.scenario)  # the panel as it was
            return
        if keeps_course(self.controller.scenario, scenario):
            k = min(run.k, scenario.max_steps)
            scenario = scenario.at(k, run.phase if k == run.k < scenario.max_steps else 0)
        else:
            scenario = scenario.at(scenario.step, 0)
        if not self.controller.set_scenario(scenario):
            self._on_scenario_changed(self.controller.scenario)  # back to what still holds

    def _on_mode_chosen(self, mode: Mode) -> None:
        self._on_scenario_requested(replace(self.controller.scenario, mode=mode, step=0))

    def _on_directions_angle_changed(self, angle: float) -> None:
        """The explorer's l is part of the scenario (saved with it) but moves no run."""
        s = self.controller.run.scenario
        self.controller.run.scenario = replace(s, surface=replace(s.surface, angle=angle))

    def _on_diagram_selected(self, selection: Any) -> None:
        self.views.formula.set_selection(selection)
        self.views.chain.set_selection(selection)
        self.panels.network.pick_weight(selection)

    def _on_alpha_chosen(self, lr: float, beta: float | None) -> None:
        """The α map was clicked: that α for the first racer (its own, if it has one, else the
        common α), and that β if the map is momentum's."""
        s = self.controller.scenario
        first, *others = s.surface.racers
        hyper = first.hyper if beta is None else {**first.hyper, "momentum": beta}
        own = first.lr is not None
        first = replace(first, lr=lr if own else None, hyper=hyper)
        surface = replace(s.surface, racers=(first, *others), lr=s.surface.lr if own else lr)
        self._on_scenario_requested(replace(s, surface=surface, step=0))

    def _on_contour_start_clicked(self, w1: float, w2: float) -> None:
        s = self.controller.scenario
        self._on_scenario_requested(replace(s, surface=replace(s.surface, start=(w1, w2)), step=0))

    # -- settings remembered between runs -------------------------------------------------------
    def _report_settings(self) -> None:
        """Name the settings that were ignored, once, in the status bar."""
        text = self.state.report()
        if text and text != self.reported:
            self.status_line.say(text, 20000)
            self.reported = text

    def reopen_last(self) -> bool:
        """Open the scenario gdsim stood at when it was last closed, at its step, if any."""
        last = self.state.last_session()
        self._report_settings()
        if last is None or not self.controller.set_scenario(last[0]):
            return False
        self.file_menu.path = last[1]
        self._on_scenario_changed(self.controller.scenario)
        self.status_line.say(tr("Reopened where you left off: {state}").format(
            state=state_text(self.controller.run.k)))
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.controller.pause()
        if self.presentation.active:
            self.presentation.leave()
        if self.remember:
            self.docking.save()
            run = self.controller.run
            self.state.save(self.run_bar.speed.value(),
                            self.controller.scenario.at(run.k, run.phase), self.file_menu.path)
        super().closeEvent(event)
