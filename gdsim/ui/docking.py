"""The window's docks: the settings, and one for each view with a title (gdsim/ui/registry.py),
laid out for a mode as its layout says (gdsim/ui/layouts.py) — from scratch each time the mode
or the layout for the window's size changes, or as the user left them in that mode last time —
and the room the central views share.

`Docking` places the docks; a dock's view goes into it when the view is built. It says
`restored` when a mode's remembered layout was put back (the window then tidies what the
remembered state may have shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabBar, QWidget

from gdsim.core.datasets import DATASETS
from gdsim.core.scenario import Scenario
from gdsim.ui.i18n import tr
from gdsim.ui.layouts import Layout
from gdsim.ui.registry import DOCKED
from gdsim.ui.viewset import ViewSet
from gdsim.ui.window_state import WindowState


class Docking(QObject):
    restored = Signal()  # a mode's remembered layout was put back

    def __init__(self, window: QMainWindow, settings: QWidget, central: QSplitter,
                 views: ViewSet, state: WindowState, remember: bool):
        super().__init__(window)
        self.window, self.central, self.views = window, central, views
        self.state, self.remember = state, remember
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        window.setCorner(Qt.Corner.BottomLeftCorner, left)  # the columns the whole height: docks
        window.setCorner(Qt.Corner.BottomRightCorner, right)  # under the centre, between them
        self.settings = self._dock("Settings", settings)
        window.addDockWidget(left, self.settings)
        self.docks = {name: self._dock(title) for name, title in DOCKED.items()}
        self.settings.raise_()
        self.layout: Layout | None = None  # what the docks are laid out for, once shown
        self.restored_mode: str | None = None  # the mode whose remembered layout was restored
        self.data_raised: object = None  # the data set whose view was last put in front
        self.figure_shown: tuple[str, str] | None = None  # (title, view) of the last scenario
        self.lesson_open: Callable[[], bool] = lambda: False  # the window says
        window.installEventFilter(self)  # the tab bars Qt makes for tabbed docks (eventFilter)

    def remembering(self) -> bool:
        """Whether the docks as they stand are the mode's own, to remember and to restore: not
        while a lesson is open (its pages arrange the docks they talk about)."""
        return self.remember and not self.lesson_open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        """A tab bar Qt made for tabbed docks: its titles whole, scrolled rather than cut
        ("Gradient c…", "In PyT…" at 1366 px and in presentation mode)."""
        if (event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent)
                and isinstance(bar := event.child(), QTabBar)):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
        return False

    def _dock(self, title: str, widget: QWidget | None = None) -> QDockWidget:
        """A dock named by its English title (how a remembered layout finds it again)."""
        dock = QDockWidget(tr(title), self.window)
        dock.setObjectName(title)
        if widget is not None:
            dock.setWidget(widget)
        return dock

    def place_view(self, name: str, view: QWidget) -> None:
        """A view just built: into its dock, if it has one, drawing only while it is seen."""
        dock = self.docks.get(name)
        if dock is None:
            return
        dock.setWidget(view)
        if hasattr(view, "set_shown"):  # a view that skips drawing while its dock is hidden
            dock.visibilityChanged.connect(view.set_shown)
            if self.window.isVisible():  # behind another tab: drawn when its tab is chosen
                view.set_shown(not dock.visibleRegion().isEmpty())

    def arrange(self, layout: Layout, scenario: Scenario) -> None:
        """Lay the docks out for the layout, from scratch: its groups of docks side by side
        (each group's docks tabbed, the first in front), some behind the settings."""
        w = self.window
        if layout is self.layout:
            return
        if self.remembering() and self.layout is not None and self.layout.mode != layout.mode:
            self.state.save_layout(self.layout.mode)  # the mode left, as it was left
        self.layout = layout if w.isVisible() else None  # sizes hold once it is shown
        for dock in self.docks.values():
            w.removeDockWidget(dock)
        for name in layout.behind_settings:
            w.tabifyDockWidget(self.settings, self.docks[name])
            self.docks[name].show()
        firsts = [self._tabbed(layout.area, group, layout.along) for group in layout.groups]
        across = Qt.Orientation.Horizontal if layout.along == Qt.Orientation.Vertical else \
            Qt.Orientation.Vertical
        for a, b in layout.beside:  # side by side in one row (or column) of the groups
            w.splitDockWidget(self.docks[a], self.docks[b], across)
            self.docks[b].show()
        under = [self._tabbed(Qt.DockWidgetArea.BottomDockWidgetArea, layout.under, across)
                 ] if layout.under else []
        self.settings.raise_()
        self.raise_data_view(layout, scenario)
        if layout.settings_share:
            w.resizeDocks([self.settings, *firsts], [layout.settings_share, *layout.shares],
                          layout.along)
        else:
            w.resizeDocks(firsts, list(layout.shares), layout.along)
        for a, b in layout.beside:
            w.resizeDocks([self.docks[a], self.docks[b]], [4, 5], across)
        w.resizeDocks(firsts[:1], [layout.depth], across)
        w.resizeDocks(under[:1], [round(w.height() * layout.under_share)], Qt.Orientation.Vertical)
        if len(layout.central) > 1:
            self.central.setSizes(list(layout.central_sizes))
        self.show_figure_view(scenario, force=True)
        if self.remembering() and w.isVisible() and self.restored_mode != layout.mode:
            self.restored_mode = layout.mode  # as this mode was left last time, if remembered
            if self.state.restore_layout(layout.mode):
                self.drop_strays()
                self.restored.emit()

    def _tabbed(self, area: Qt.DockWidgetArea, names: tuple[str, ...],
                along: Qt.Orientation) -> QDockWidget:
        """The docks called `names` tabbed together in `area` (beside those there, `along`),
        the first in front; that first one."""
        first, *others = [self.docks[n] for n in names]
        self.window.addDockWidget(area, first, along)
        first.show()
        for dock in others:
            self.window.tabifyDockWidget(first, dock)
            dock.show()
        first.raise_()
        return first

    def drop_strays(self) -> None:
        """The mode's own docks only, whatever a restored state kept: Qt's restoreState puts
        back every dock the window has, those of the other mode too (leaving presentation mode
        in surface mode showed the network's six docks)."""
        for name, dock in self.docks.items():
            if self.layout is not None and name not in self.layout.docked and not dock.isHidden():
                self.window.removeDockWidget(dock)

    def raise_data_view(self, layout: Layout, scenario: Scenario) -> None:
        """With a data set the decision region (or the digits) is the telling picture: in
        front of the tab it may share; the loss curve in front for one sample (a layout with
        `data_views`)."""
        if layout.data_views is None:
            return
        self.data_raised = scenario.network.data
        typed = DATASETS[scenario.network.data].typed
        self.docks[layout.data_views[not typed]].raise_()

    def show_figure_view(self, scenario: Scenario, force: bool = False) -> None:
        """The view a scenario's figure is drawn in (its `view`): in front and given room; once
        per scenario opened, and again when the docks are laid out anew."""
        s = scenario
        key = (s.title, s.view)
        if (key == self.figure_shown and not force) or s.view not in self.docks:
            self.figure_shown = key
            return
        self.figure_shown = key
        self.views.build(s.view)  # in front now: built if it was not
        self.docks[s.view].raise_()
        self.give_room(s.view)

    def give_room(self, name: str) -> None:
        """The view a lesson page or a figure talks about, large: a dock beside the centre half
        the window's width and three fifths of its column's height, one under the centre two
        thirds of the window's height (the column beside it narrower); the 3-D view or the
        diagram in the centre the larger part of the centre, the docks beside and under it
        less."""
        w, layout = self.window, self.layout
        if layout is None:
            return
        across = Qt.Orientation.Horizontal
        firsts = [self.docks[group[0]] for group in layout.groups]
        if name in layout.central:
            if len(layout.central) > 1:  # the diagram and the landscape share the centre
                big = [4 if view == name else 1 for view in layout.central]
                self.central.setSizes([self.central.width() * b // sum(big) for b in big])
            else:
                w.resizeDocks(firsts[:1], [w.width() * 3 // 10], across)
                w.resizeDocks([self.docks[n] for n in layout.under[:1]], [w.height() // 4],
                              Qt.Orientation.Vertical)
            return
        dock = self.docks.get(name)
        if dock is None or dock.isHidden():
            return
        if name in layout.under:  # two thirds of the height, the column beside a quarter wide
            w.resizeDocks(firsts[:1], [w.width() // 4], across)
            w.resizeDocks([dock], [w.height() * 2 // 3], Qt.Orientation.Vertical)
            return
        w.resizeDocks([dock], [w.width() // 2], across)
        other = [d for d in self.docks.values() if d is not dock and d.isVisible()
                 and not d.visibleRegion().isEmpty()
                 and w.dockWidgetArea(d) == w.dockWidgetArea(dock)][:1]
        h = w.height() - 120
        want = h * 3 // 5
        w.resizeDocks([dock, *other], [want, h - want][: 1 + len(other)],
                      Qt.Orientation.Vertical)

    def reset(self, layout: Layout, scenario: Scenario) -> None:
        """View ▸ Reset layout: the mode's own layout, the remembered one forgotten."""
        self.state.forget_layout(layout.mode)
        for dock in (self.settings, *self.docks.values()):
            dock.setFloating(False)
        self.settings.show()
        self.layout = None
        self.arrange(layout, scenario)

    def save(self) -> None:
        """Remember how the docks stand in the mode they are laid out for (on closing)."""
        if self.layout is not None and self.remembering():
            self.state.save_layout(self.layout.mode)
