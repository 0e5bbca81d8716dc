"""The lesson dock in the main window: Help ▸ Lessons, Alt+Left / Alt+Right, each page's
scenario loaded through the controller and the view it is about highlighted.

In surface mode the lesson shares the settings' tabs (a view tabbed there comes out below it
when a page points at it); in network mode it stands on the right, which that layout leaves
free (`Layout.lesson_right`). The frame that flashes round a view keeps to its size while it
lasts. The panel (and the lessons' modules) are built when a lesson is first opened or asked
for, not before the window's first frame.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QFrame, QMenu, QMessageBox, QWidget

from gdsim.core.errors import GdsimError
from gdsim.core.modes import Mode
from gdsim.ui.docking import Dock
from gdsim.ui.i18n import error_text, language, tr
from gdsim.ui.language import tr_for
from gdsim.ui.layouts import LAYOUTS, LESSON_WIDTH, Layout
from gdsim.ui.menus import make_action
from gdsim.ui.window_state import keep_on_screen

if TYPE_CHECKING:
    from gdsim.core.lessons import Lesson, Page
    from gdsim.ui.lesson_panel import LessonPanel, Progress

FLASH_MS = 1500  # how long the frame around the highlighted view stays
FLASH_STYLE = "QFrame { border: 4px solid #e8590c; border-radius: 4px; background: transparent; }"
LESSON_FILTER = "gdsim lessons (*.json);;All files (*)"


class _Flash(QFrame):
    """A frame over its parent that keeps to the parent's size while it lasts."""

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return False


def flash(widget: QWidget) -> QFrame:
    """A frame drawn around `widget` for FLASH_MS, to show where to look."""
    frame = _Flash(widget)
    widget.installEventFilter(frame)
    frame.setObjectName("lessonFlash")
    frame.setStyleSheet(FLASH_STYLE)
    frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    frame.setGeometry(widget.rect())
    frame.show()
    frame.raise_()
    QTimer.singleShot(FLASH_MS, frame.deleteLater)
    return frame


class Lessons(QObject):
    """The lesson dock, Help ▸ Lessons and the page keys, wired to a main window; says
    `title_changed` when the lesson the window's title names may have changed."""

    title_changed = Signal()

    def __init__(self, window: Any, menu: QMenu, progress: Progress | None = None):
        """`window`: the MainWindow (its controller, docks, views and settings dock); not
        imported here, as it imports this module."""
        super().__init__(window)
        self.window = window
        self.progress = progress
        self._panel: LessonPanel | None = None  # built when first needed: `panel`
        self.dock = Dock(tr("Lesson"), window)
        self.dock.setObjectName("Lesson")
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.settings_dock, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.errors: list[str] = []
        self.menu = menu.addMenu("")
        self.menu.setTitle(tr_for("Lessons", self.menu, "menu"))  # 课程 is "Lesson" too
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.next_action = self._action("Next lesson page", "Alt+Right", self._on_next)
        self.previous_action = self._action("Previous lesson page", "Alt+Left",
                                            self._on_previous)
        self.save_action = make_action(window, "Save lesson state…", self._on_save_state,
                                       tip="One file with the lesson, the page, the run as it "
                                           "stands and the page's locks, to hand out")
        self.answers_action = make_action(window, "Export answers…", self._on_export_answers,
                                          tip="Each question with your answers, attempts and "
                                              "whether the answer was shown, as CSV and PDF")
        for action in (self.save_action, self.answers_action):
            action.setEnabled(False)
            window.file_menu.menu.insertAction(window.file_menu.export_action, action)
        self.last_flash: QFrame | None = None
        self.placed: bool | None = False  # True: on the right (network mode)
        self.borrowed: list[QDockWidget] = []  # docks taken out of the lesson's tabs

    @property
    def panel(self) -> LessonPanel:
        """The lesson's pages, questions and buttons: built, into the dock, when first asked
        for."""
        if self._panel is None:
            from gdsim.ui.lesson_panel import LessonPanel

            panel = self._panel = LessonPanel(self.progress)
            self.dock.setWidget(panel)
            panel.hidden_changed.connect(self.window.controller.hide)
            panel.page_shown.connect(self._on_page_shown)
            panel.reveal_requested.connect(self._on_reveal_requested)
        return self._panel

    @property
    def built_panel(self) -> LessonPanel | None:
        """The panel if it was built (it is, once a lesson was opened), without building it."""
        return self._panel

    @property
    def lesson(self) -> Lesson | None:
        """The lesson open, if any (None before a lesson was ever opened)."""
        return None if self._panel is None else self._panel.lesson

    def _action(self, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(tr(text), self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setEnabled(False)
        self.window.addAction(action)
        return action

    def _on_dock_visibility_changed(self, _visible: bool) -> None:
        """A closed lesson asks nothing: the views show everything again (a dock behind
        another tab is not closed)."""
        if self._panel is not None:
            from gdsim.core.hidden import NOTHING

            self.window.controller.hide(NOTHING if self.dock.isHidden() else
                                        self._panel.hidden())
            page = None if self.dock.isHidden() else self._panel.page
            self.window.panels.lock(*((page.locks, page.hides) if page else ((), ())))
        self.title_changed.emit()

    def _on_next(self) -> None:
        if not self.dock.isHidden():  # a closed lesson turns no pages unseen
            self.panel.next_page()

    def _on_previous(self) -> None:
        if not self.dock.isHidden():
            self.panel.previous_page()

    def _on_menu_about_to_show(self) -> None:
        from gdsim.core.lessons import load_lessons, text_in

        self.menu.clear()
        lessons, self.errors = load_lessons()
        for lesson in lessons:
            action = self.menu.addAction(text_in(lesson.title, language()))
            action.triggered.connect(lambda _=False, ls=lesson: self.open(ls))
        for error in self.errors:  # a broken file is named, the others still open
            bad = self.menu.addAction(f"⚠ {error[:90]}")
            bad.setToolTip(error)
            bad.setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(tr("Open lesson file…")).triggered.connect(self._on_open_file)
        for action in (self.previous_action, self.next_action):
            self.menu.addAction(action)

    def _on_open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, tr("Open lesson file…"),
                                              str(Path.home()), LESSON_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        from gdsim.core.lessons import load_lesson

        try:
            lesson = load_lesson(path)
        except GdsimError as exc:
            QMessageBox.warning(self.window, tr("Cannot open the lesson"), error_text(exc))
            return False
        self.open(lesson)
        return True

    def open(self, lesson: Lesson, page: int | None = None) -> None:
        """Show the lesson at `page`, else at the page a saved lesson state opens at, else
        where the student left it."""
        for action in (self.previous_action, self.next_action, self.save_action,
                       self.answers_action):
            action.setEnabled(True)
        self.dock.show()
        self.dock.raise_()
        self.panel.open_lesson(lesson, lesson.page if page is None else page)

    def _on_save_state(self) -> None:
        lesson, panel = self.lesson, self._panel
        if lesson is None or panel is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Save lesson state…"),
                                              str(Path.home() / f"{lesson.id}-state.json"),
                                              LESSON_FILTER)
        if name:
            self.save_state(Path(name))

    def _on_export_answers(self) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Export answers…"),
                                              str(Path.home() / f"{lesson.id}-answers.csv"),
                                              tr("CSV files (*.csv)"))
        if name:
            self.export_answers(Path(name))

    def export_answers(self, path: Path) -> bool:
        """The student's answers to `path` as CSV and beside it as a one-page PDF."""
        from gdsim.ui.answer_sheet import export_answers

        assert self.lesson is not None
        try:
            csv, pdf = export_answers(self.lesson, self.panel.progress, path)
        except GdsimError as exc:
            QMessageBox.warning(self.window, tr("Export answers…"), error_text(exc))
            return False
        self.window.status_line.say(tr("Wrote {csv} and {pdf}").format(csv=csv, pdf=pdf.name))
        return True

    def save_state(self, path: Path) -> bool:
        """Write the lesson, its page, the run as it stands and the page's locks to `path`."""
        from gdsim.core.lesson_state import save_state

        run, panel = self.window.controller.run, self.panel
        assert panel.lesson is not None
        try:
            save_state(panel.lesson, panel.index,
                       self.window.controller.scenario.at(run.k, run.phase), path)
        except GdsimError as exc:
            QMessageBox.warning(self.window, tr("Save lesson state…"), error_text(exc))
            return False
        self.window.status_line.say(tr("Saved the lesson state to {path}").format(path=path))
        return True

    def _on_page_shown(self, page: Page) -> None:
        controller = self.window.controller
        controller.pause()
        self.place(LAYOUTS[page.scenario.mode])  # first, so the mode's docks go round it
        controller.set_scenario(page.scenario)
        self.place(LAYOUTS[controller.scenario.mode])  # the page's, unless it was refused
        self.title_changed.emit()  # the window's title names the lesson
        QTimer.singleShot(0, lambda: self.show_page(page))

    def show_page(self, page: Page) -> None:
        """The page's view in front, framed, and the contour and 3-D views drawing what the
        page talks about (figure 3-13's vectors, figure 3-10's directions)."""
        self.highlight(page.view)
        self.window.docking.give_room(page.view)  # what the page talks about, large
        self.window.panels.lock(page.locks, page.hides)  # so that the class sees one run
        views = self.window.views
        if self.window.controller.scenario.mode is Mode.SURFACE:
            directions = "directions" in page.draws
            views.contour.set_overlays("vectors" in page.draws, directions)
            views.surface3d.set_directions_shown(directions)
        keep_on_screen(self.window)  # the docks of the mode left may have grown it meanwhile

    def refusal(self, before: Any, after: Any) -> str | None:
        """Why the settings `after` may not replace `before` while the lesson's page locks
        them (α, the start, the optimizer), in the window's language; None if they may."""
        page = None if self._panel is None or self.dock.isHidden() else self._panel.page
        if page is None or not page.locks:
            return None
        from gdsim.core.lesson_locks import locked_change

        why = locked_change(page.locks, before, after)
        return None if why is None else error_text(why)

    def place(self, layout: Layout) -> None:
        """On the right, the whole height, where the mode's layout says (network mode: right of
        the diagram); else in the settings' tabs (surface mode: its docks are on the right)."""
        w = self.window
        right = layout.lesson_right
        beside = [w.docks[n] for n in layout.opposite if not w.docks[n].isHidden()][:1]
        inside = bool(beside) and self.dock.x() < beside[0].x()  # the diagram came after it
        if self.placed == right and not inside:
            return
        self.placed = right
        w.removeDockWidget(self.dock)
        if right and beside:  # to the right of the diagram, the whole height too
            w.splitDockWidget(beside[0], self.dock, Qt.Orientation.Horizontal)
        elif right:
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if right:
            w.resizeDocks([self.dock], [LESSON_WIDTH], Qt.Orientation.Horizontal)
        else:
            w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
            w.tabifyDockWidget(w.settings_dock, self.dock)
        self.dock.show()
        self.dock.raise_()
        keep_on_screen(w)

    def _on_reveal_requested(self, scenario: Any) -> None:
        self.window.controller.set_scenario(scenario)
        page = self.panel.page
        view = "" if page is None else (page.question and page.question.show) or page.view
        QTimer.singleShot(0, lambda: self.highlight(view))

    def _below_lesson(self, dock: QDockWidget) -> None:
        """Take `dock` out of the lesson's tabs and put it under the lesson (Qt splits no tab:
        it is removed and added to the same side again, below what is there)."""
        w = self.window
        area = w.dockWidgetArea(self.dock)
        w.removeDockWidget(dock)
        w.addDockWidget(area, dock, Qt.Orientation.Vertical)
        dock.show()
        height = self.dock.height() + dock.height()
        w.resizeDocks([self.dock, dock], [height * 3 // 5, height * 2 // 5],
                      Qt.Orientation.Vertical)

    def highlight(self, name: str) -> QWidget | None:
        """Bring the view called `name` in front, keep the lesson in view, flash a frame."""
        w = self.window
        target: QWidget | None = None
        for lent in self.borrowed:  # back where the layout had it: the lesson's full height
            if lent is not w.docks.get(name) and self.placed is False:
                w.tabifyDockWidget(w.settings_dock, lent)
        self.borrowed = [d for d in self.borrowed if d is w.docks.get(name)]
        if name == "settings":
            dock: QDockWidget | None = w.settings_dock
        else:
            dock = w.docks.get(name)
            if name in w.views.names:
                w.views.build(name)  # in its dock now, if the window had not built it yet
        if dock is not None:
            if dock in w.tabifiedDockWidgets(self.dock):  # it shares the lesson's tabs:
                self._below_lesson(dock)  # both in view, the lesson above it
                self.borrowed.append(dock)
            dock.show()
            dock.raise_()
            target = dock.widget()
        elif name in w.views.views:
            target = w.views.views[name]
        self.dock.raise_()
        if target is not None and target.isVisible():
            self.last_flash = flash(target)
        return target
