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

from PySide6.QtCore import QChildEvent, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QStyle,
    QStyleOptionDockWidget,
    QStyleOptionFrame,
    QStylePainter,
    QTabBar,
    QWidget,
)

from gdsim.core.dataset_names import TYPED
from gdsim.core.scenario import Scenario
from gdsim.ui.i18n import tr
from gdsim.ui.layouts import LESSON_WIDTH, Layout
from gdsim.ui.registry import DOCKED
from gdsim.ui.viewset import ViewSet
from gdsim.ui.window_state import WindowState

Area = Qt.DockWidgetArea
OPPOSITE = {Area.LeftDockWidgetArea: Area.RightDockWidgetArea,
            Area.RightDockWidgetArea: Area.LeftDockWidgetArea}  # across the centre


class Dock(QDockWidget):
    """A dock whose title is painted in its font as it is now. Qt paints a dock's title in the
    font the application had when the dock was made while the dock's font is the
    application's, so in presentation mode the titles stayed small over larger tabs and views;
    the title bar's height already followed the font."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt's name)
        if self.titleBarWidget() is not None:
            return
        painter = QStylePainter(self)
        if self.isFloating():
            frame = QStyleOptionFrame()
            frame.initFrom(self)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameDockWidget, frame)
        title = QStyleOptionDockWidget()
        self.initStyleOption(title)  # its font's metrics: the painter's font is the dock's
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, title)


class Docking(QObject):
    restored = Signal()  # a mode's remembered layout was put back

    def __init__(self, window: QMainWindow, settings: QWidget, views: ViewSet,
                 state: WindowState, remember: bool):
        super().__init__(window)
        self.window, self.views = window, views
        self.state, self.remember = state, remember
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        window.setCorner(Qt.Corner.BottomLeftCorner, left)  # the columns the whole height: docks
        window.setCorner(Qt.Corner.BottomRightCorner, right)  # under the centre, between them
        self.settings = self._dock("Settings", settings)
        window.addDockWidget(left, self.settings)
        self.docks = {name: self._dock(title) for name, title in DOCKED.items()}
        self.settings.raise_()
        self.layout: Layout | None = None  # what the docks are laid out for, once shown
        self.placed: Layout | None = None  # what they were placed for before it was shown
        self.before: Layout | None = None  # in presentation mode: the layout before it
        self.shared_for: QSize | None = None  # the window's size when the docks' shares were
        # last set; None: as put back (remembered, or as before presentation mode), kept
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
        dock = Dock(tr(title), self.window)
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
            if self.shared_for is not None and w.size() != self.shared_for:
                self.share_out()  # Qt gives a window's new room to the centre
            return
        if self.remembering() and self.layout is not None and self.layout.mode != layout.mode:
            self.state.save_layout(self.layout.mode)  # the mode left, as it was left
        self.layout = layout if w.isVisible() else None  # sizes hold once it is shown
        placed, self.placed = self.placed, None if w.isVisible() else layout
        across = Qt.Orientation.Horizontal if layout.along == Qt.Orientation.Vertical else \
            Qt.Orientation.Vertical
        if layout is not placed:  # else placed so before the window was shown: sized now
            self._place(layout, across)
        firsts = [self.docks[group[0]] for group in layout.groups]
        self.settings.raise_()
        self.raise_data_view(layout, scenario)
        if layout.settings_share:
            w.resizeDocks([self.settings, *firsts], [layout.settings_share, *layout.shares],
                          layout.along)
        else:
            w.resizeDocks(firsts, list(layout.shares), layout.along)
        for a, b in layout.beside:
            w.resizeDocks([self.docks[a], self.docks[b]], [4, 5], across)
        self._resize(firsts, layout.depth, across)
        self.share_out(layout)
        self.show_figure_view(scenario, force=True)
        if self.remembering() and w.isVisible() and self.restored_mode != layout.mode:
            self.restored_mode = layout.mode  # as this mode was left last time, if remembered
            if self.state.restore_layout(layout.mode):
                self.shared_for = None
                self.drop_strays()
                self.restored.emit()

    def _place(self, layout: Layout, across: Qt.Orientation) -> None:
        """The docks where the layout puts them, from scratch."""
        w = self.window
        for dock in self.docks.values():
            w.removeDockWidget(dock)
        for name in layout.behind_settings:
            w.tabifyDockWidget(self.settings, self.docks[name])
            self.docks[name].show()
        for group in layout.groups:
            self._tabbed(layout.area, group, layout.along)
        for area, names in ((Qt.DockWidgetArea.BottomDockWidgetArea, layout.under),
                            (OPPOSITE[layout.area], layout.opposite)):
            if names:  # under the centre, and across from the groups
                self._tabbed(area, names, across)
        for a, b in layout.beside:  # side by side in one row (or column) of docks
            w.splitDockWidget(self.docks[a], self.docks[b], across)
            self.docks[b].show()

    def present(self, scenario: Scenario, on: bool) -> None:
        """Entering presentation mode: the layout's own for presenting, if it has one; leaving
        it (the window has put the docks back as they stood): the layout it was."""
        if on:
            self.before = self.layout
            if self.layout is not None and self.layout.presenting is not None:
                self.arrange(self.layout.presenting, scenario)
        else:
            self.layout, self.shared_for = self.before, None

    def share_out(self, layout: Layout | None = None) -> None:
        """The column across from the groups and the docks under the centre their shares of
        the window as it is now (`layout`, else the one laid out): when laid out, when the
        window's size changes, and in presentation mode once full screen (the diagram takes
        the room, not the landscape)."""
        layout, w = layout or self.layout, self.window
        if layout is None:
            return
        self.shared_for = w.size()
        lesson = LESSON_WIDTH if layout.lesson_right and self.lesson_open() else 0  # beside it
        self._resize([self.docks[n] for n in layout.opposite],
                     (w.width() - lesson) * layout.opposite_share, Qt.Orientation.Horizontal)
        self._resize([self.docks[n] for n in layout.under], w.height() * layout.under_share,
                     Qt.Orientation.Vertical)

    def _resize(self, docks: list[QDockWidget], size: float, along: Qt.Orientation) -> None:
        """The first of `docks`, if any, `size` pixels `along` (Qt warns of an empty list)."""
        if docks:
            self.window.resizeDocks(docks[:1], [round(size)], along)

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
        self.docks[layout.data_views[scenario.network.data != TYPED]].raise_()

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
        the window's width (and three fifths of its column's height, where it shares one), one
        under the centre two thirds of the window's height (the column beside it narrower);
        the 3-D view the larger part, the docks beside and under it less."""
        w, layout = self.window, self.layout
        if layout is None:
            return
        across = Qt.Orientation.Horizontal
        firsts = [self.docks[group[0]] for group in layout.groups]
        if name in layout.central:
            self._resize(firsts, w.width() * 3 // 10, across)
            self._resize([self.docks[n] for n in layout.under], w.height() // 4,
                         Qt.Orientation.Vertical)
            return
        dock = self.docks.get(name)
        if dock is None or dock.isHidden():
            return
        if name in layout.under:  # two thirds of the height, the column beside a quarter wide
            self._resize(firsts, w.width() // 4, across)
            self._resize([dock], w.height() * 2 // 3, Qt.Orientation.Vertical)
            return
        if name in layout.opposite:  # the diagram: its share of the whole height already
            return
        w.resizeDocks([dock], [w.width() // (3 if layout.opposite else 2)], across)
        self._resize([self.docks[n] for n in layout.opposite], w.width() // 4, across)
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
