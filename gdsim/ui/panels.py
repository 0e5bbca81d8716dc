"""The settings panels, one per mode (its layout names the class), in one stack that the
settings dock shows: each panel built the first time it is needed, the one of the mode shown in
front. Every panel asks for new settings with the same signal, passed on as `scenario_requested`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from gdsim.core.modes import Mode
from gdsim.core.scenario import Scenario
from gdsim.ui.layouts import LAYOUTS

if TYPE_CHECKING:
    from gdsim.ui.network_panel import NetworkPanel
    from gdsim.ui.surface_panel import SurfacePanel

MIN_WIDTH = 330  # the settings' narrowest


class Panel(Protocol):
    """What every settings panel does (and `scenario_requested`, a Signal(object))."""

    def show_scenario(self, scenario: Scenario) -> None: ...

    def show_error(self, message: str) -> None: ...

    def lock(self, locks: tuple[str, ...], hides: tuple[str, ...]) -> None: ...


class Panels(QObject):
    scenario_requested = Signal(object)  # a Scenario, from whichever panel

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QStackedWidget()
        for _ in LAYOUTS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            self.stack.addWidget(scroll)
        self.stack.setMinimumWidth(MIN_WIDTH)
        self.built: dict[Mode, QWidget] = {}
        self.locks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # a lesson page's

    def panel(self, mode: Mode) -> Panel:
        """The mode's panel, built (into its place in the stack) if it was not."""
        if mode not in self.built:
            module, name = LAYOUTS[mode].panel.split(".")
            widget = getattr(importlib.import_module(f"gdsim.ui.{module}"), name)()
            widget.scenario_requested.connect(self.scenario_requested)
            scroll = self.stack.widget(list(LAYOUTS).index(mode))
            assert isinstance(scroll, QScrollArea)
            scroll.setWidget(widget)
            self.built[mode] = widget
            widget.lock(*self.locks)
        return cast(Panel, self.built[mode])

    def lock(self, locks: tuple[str, ...] = (), hides: tuple[str, ...] = ()) -> None:
        """The settings a lesson page holds still (greyed out) or hides, in every panel."""
        self.locks = (locks, hides)
        for widget in self.built.values():
            cast(Panel, widget).lock(locks, hides)

    def build_all(self) -> None:
        for mode in LAYOUTS:
            self.panel(mode)

    def show(self, scenario: Scenario) -> None:
        """The scenario's settings, in its mode's panel, in front."""
        self.stack.setCurrentIndex(list(LAYOUTS).index(scenario.mode))
        self.panel(scenario.mode).show_scenario(scenario)

    # The panels the window speaks to by name.
    @property
    def surface(self) -> SurfacePanel:
        return cast("SurfacePanel", self.panel(Mode.SURFACE))

    @property
    def network(self) -> NetworkPanel:
        return cast("NetworkPanel", self.panel(Mode.NETWORK))
