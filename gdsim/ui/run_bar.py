"""The run's controls: Step, Step back, Next ▸ and ◂ Previous inside an iteration, Play, Reset
(toolbar buttons, the Run menu and their shortcuts), the mode box, the speed, the timeline slider
and what they show of the run. `RunBar` emits what the user asked for; the window hands it on to
the controller and tells the bar how the run stands (`show_state`, `show_layout`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QMainWindow, QSlider, QToolBar

from gdsim.core.modes import Mode
from gdsim.core.run import LAYER, PHASE
from gdsim.ui.fields import WholeCombo
from gdsim.ui.i18n import tr
from gdsim.ui.layouts import LAYOUTS, Layout
from gdsim.ui.menus import make_action

SPEED = (0.5, 500, 10)  # the play speed's range and first value, iterations per second


class RunBar(QObject):
    step_requested = Signal()  # one whole iteration
    back_requested = Signal()
    fine_step_requested = Signal(object)  # one phase or one layer: a Granularity
    fine_back_requested = Signal(object)
    play_requested = Signal()  # play, or pause if playing
    reset_requested = Signal()
    seek_requested = Signal(int)
    speed_changed = Signal(float)
    mode_chosen = Signal(object)  # a Mode

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.phases = False  # whether the mode shown steps phase by phase
        self.step_action = make_action(window, "Step", self.step_requested.emit, "Right",
                                       "One iteration: gradient, then the update (3-12)")
        self.back_action = make_action(window, "Step back", self.back_requested.emit, "Left",
                                       "Back one iteration")
        self.fine_action = make_action(window, "Next ▸", self._on_fine_step_triggered,
                                       "Shift+Right",
                                       "Network mode: the next phase or layer of the iteration")
        self.fine_back_action = make_action(window, "◂ Previous", self._on_fine_back_triggered,
                                            "Shift+Left",
                                            "Network mode: back one phase or layer")
        self.play_action = make_action(window, "Play", self.play_requested.emit, "Space",
                                       "Play or pause")
        self.reset_action = make_action(window, "Reset", self.reset_requested.emit, "Home",
                                        "Back to the start, step 0")
        self._make_run_bar(window)
        self._make_fine_bar(window)

    def _make_run_bar(self, window: QMainWindow) -> None:
        bar = QToolBar(tr("Run"))
        bar.setObjectName("Run")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.mode_box = WholeCombo()
        for mode, layout in LAYOUTS.items():
            self.mode_box.addItem(tr(layout.title), mode)
        self.mode_box.setToolTip(tr("Surface mode: descend J(w1, w2) (3.3.1–3.3.3). Network "
                                    "mode: forward, backward and update in a network "
                                    "(3.3.4–3.3.6)"))
        self.mode_box.currentIndexChanged.connect(self._on_mode_box_changed)
        bar.addWidget(self.mode_box)
        bar.addSeparator()
        for action in (self.reset_action, self.back_action, self.step_action, self.play_action):
            bar.addAction(action)
        self.step_button = bar.widgetForAction(self.step_action)
        self.back_button = bar.widgetForAction(self.back_action)
        self.play_button = bar.widgetForAction(self.play_action)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(*SPEED[:2])
        self.speed.setValue(SPEED[2])
        self.speed.setSuffix(tr(" steps/s"))
        self.speed.setToolTip(tr("Play speed: iterations per second"))
        self.speed.valueChanged.connect(self.speed_changed.emit)
        bar.addSeparator()
        bar.addWidget(QLabel(tr(" speed ")))
        bar.addWidget(self.speed)
        bar.addSeparator()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(200)
        self.slider.setToolTip(tr("The timeline: drag to revisit any step so far"))
        self.slider.valueChanged.connect(self.seek_requested.emit)
        bar.addWidget(QLabel(tr(" step ")))
        bar.addWidget(self.slider)
        self.step_label = QLabel()
        self.step_label.setToolTip(tr("One step is one whole iteration: compute the gradient, "
                                      "then update the weights"))
        bar.addWidget(self.step_label)

    def _make_fine_bar(self, window: QMainWindow) -> None:
        """Inside one iteration: ◂ Previous, Next ▸, by phase or by layer, where it stands."""
        self.fine_bar = QToolBar(tr("Inside one iteration"))
        self.fine_bar.setObjectName("Inside one iteration")
        self.fine_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.granularity = WholeCombo()
        self.granularity.addItem(tr("by phase"), PHASE)
        self.granularity.addItem(tr("by layer"), LAYER)
        self.granularity.setCurrentIndex(1)
        self.granularity.setToolTip(tr("How far Next and Previous go: a whole phase (forward, "
                                       "backward, update) or one layer of it"))
        self.fine_bar.addAction(self.fine_back_action)
        self.fine_bar.addAction(self.fine_action)
        self.fine_bar.addWidget(self.granularity)
        self.phase_label = QLabel()
        self.phase_label.setToolTip(tr("Where the iteration stands: forward moves right, "
                                       "backward moves left, then the update"))
        self.fine_bar.addWidget(self.phase_label)
        window.addToolBarBreak()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.fine_bar)

    def show_layout(self, layout: Layout) -> None:
        """The mode shown: in the mode box (saying nothing back), the bar inside an iteration
        where the mode has phases."""
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(self.mode_box.findData(layout.mode))
        self.mode_box.blockSignals(False)
        self.phases = layout.phases
        self.fine_bar.setVisible(layout.phases)

    def show_state(self, k: int, last: int, max_steps: int, at_end: bool, phase: int,
                   phase_text: str | None) -> None:
        """Where the run stands: the slider (0 … the last step so far), k of the step limit,
        what can be stepped now, and inside an iteration its phase (None: no phases)."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(last, k))
        self.slider.setValue(k)
        self.slider.blockSignals(False)
        self.step_label.setText(f" {k} / {max_steps} {tr('iterations')} ")
        self.step_action.setEnabled(not at_end)
        self.fine_action.setEnabled(not at_end)
        self.back_action.setEnabled(k > 0)
        self.fine_back_action.setEnabled(k > 0 or phase > 0)
        if phase_text is not None:
            self.phase_label.setText(f"  {phase_text}  ")

    def show_playing(self, playing: bool) -> None:
        self.play_action.setText(tr("Pause") if playing else tr("Play"))

    def _on_fine_step_triggered(self) -> None:
        if self.phases:
            self.fine_step_requested.emit(self.granularity.currentData())

    def _on_fine_back_triggered(self) -> None:
        if self.phases:
            self.fine_back_requested.emit(self.granularity.currentData())

    def _on_mode_box_changed(self, _index: int) -> None:
        self.mode_chosen.emit(Mode(self.mode_box.currentData()))
