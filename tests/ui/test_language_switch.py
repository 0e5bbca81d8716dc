"""View ▸ Language switches every word at once (issue 13): a window switched from one language
to the other shows exactly the texts of a window opened in that language at the same state —
every widget's text and tool tip, the window title, the status bar, the plots' titles, texts
and legends, the 3-D view's GL labels, the formula panel, the diagram's labels."""

from collections import Counter
from collections.abc import Collection
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path
from gdsim.ui import i18n

# -- every text the window shows ---------------------------------------------------------------
Texts = dict[str, Counter]


def owner(window, widget: QWidget) -> str:
    """The view a widget belongs to (its name in the view set), else "window"."""
    names = {id(view): name for name, view in window.views.views.items()}
    while widget is not None:
        if id(widget) in names:
            return names[id(widget)]
        widget = widget.parentWidget()
    return "window"


def widget_texts(w: QWidget) -> list[tuple[str, str]]:
    """(what, text) of everything a widget shows in words."""
    out = [("tooltip", w.toolTip()), ("title", w.windowTitle())]
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(("text", w.text()))
    if isinstance(w, QGroupBox):
        out.append(("group", w.title()))
    if isinstance(w, QMenu):
        out.append(("menu", w.title()))
    if isinstance(w, QLineEdit):
        out += [("placeholder", w.placeholderText()), ("text", w.text())]
    if isinstance(w, QAbstractSpinBox):
        out += [("special", w.specialValueText()), ("text", w.text())]
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        out += [("prefix", w.prefix()), ("suffix", w.suffix())]
    if isinstance(w, QComboBox):
        out += [("item", w.itemText(i)) for i in range(w.count())]
        out += [("item tip", str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
                for i in range(w.count())]
    if isinstance(w, QTabBar):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
        out += [("tab tip", w.tabToolTip(i)) for i in range(w.count())]
    if isinstance(w, QTextEdit):
        out.append(("text", w.toPlainText()))
    if isinstance(w, QStatusBar):
        out.append(("message", w.currentMessage()))
    if isinstance(w, QAbstractItemView) and w.model() is not None and not in_combo_box(w):
        out += model_texts(w.model())
    return out


def in_combo_box(w: QWidget) -> bool:
    """A combo box's pop-up list (made when Qt first needs it): its items are the box's."""
    while w is not None:
        if isinstance(w, QComboBox):
            return True
        w = w.parentWidget()
    return False


def model_texts(model: Any) -> list[tuple[str, str]]:
    out = []
    rows, cols = model.rowCount(), model.columnCount()
    for c in range(cols):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            out.append(("header", str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")))
    for r in range(min(rows, 5)):
        for c in range(cols):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                out.append(("cell", str(model.data(index, role) or "")))
    return out


def scene_texts(view: Any) -> list[tuple[str, str]]:
    """pyqtgraph's words in a graphics view: axis titles, texts, labels, legends, tool tips."""
    import pyqtgraph as pg

    out = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        out.append(("item tip", item.toolTip()))
        if isinstance(item, pg.AxisItem):
            out.append(("axis", f"{item.labelText} {item.labelUnits}"))
        elif isinstance(item, pg.TextItem):
            out.append(("text item", item.toPlainText()))
        elif isinstance(item, pg.LabelItem):
            out.append(("label item", item.text))
    return out


def window_texts(window, skip: Collection[QWidget] = (), in_sight: bool = False) -> Texts:
    """owner: what → the multiset of texts, for everything in the window that shows words
    (hidden ones too: a view behind a tab, a menu not open), but the widgets in `skip`;
    `in_sight`: of the views, only those on screen (one behind a tab keeps what it drew
    until it is shown: LazyRender)."""
    import pyqtgraph as pg

    texts: Texts = {}
    out_of_sight = {name for name, view in window.views.built.items()
                    if in_sight and view.visibleRegion().isEmpty()}

    def add(where: str, pairs: list[tuple[str, str]]) -> None:
        if where in out_of_sight:
            return
        for what, text in pairs:
            if text.strip():
                texts.setdefault(f"{where}: {what}", Counter())[text] += 1

    add("window", [("title", window.windowTitle())])
    for w in window.findChildren(QWidget):
        if w in skip:
            continue
        add(owner(window, w), widget_texts(w))
        if isinstance(w, pg.GraphicsView):
            add(owner(window, w), scene_texts(w))
    for action in window.findChildren(QAction):
        add("action", [("text", action.text()), ("tip", action.toolTip()),
                       ("status", action.statusTip())])
    surface = window.views.views["surface"]
    add("surface", [("GL label", item.text) for item, _ in surface.labels])
    digits = window.views.views["decision"].digits  # its title is painted, not a widget's
    add("decision", [("painted title", digits.title())])
    formula = window.views.views["formula"]
    add("formula", [("html", formula.text.toHtml())])
    diagram = window.views.views["diagram"]
    if diagram.geom is not None and diagram.snapshot is not None:
        # what the mouse shows over the first neuron of each layer and over w¹₁₁ (the words,
        # not which of a dense layer's edges a pixel hits: that follows the view's size)
        from gdsim.ui.views.diagram_values import edge_tooltip, neuron_tooltip

        snap = diagram.snapshot
        hovers = [neuron_tooltip(snap, 1 + t, 1) for t in range(len(diagram.geom.sizes))]
        add("diagram", [("hover", text) for text in (*hovers, edge_tooltip(snap, 1, 1, 1))])
    return texts


Difference = tuple[str, str, str]  # owner: what, "shows" or "wants", the text


def differences(got: Texts, want: Texts) -> list[Difference]:
    out = []
    for key in sorted(set(got) | set(want)):
        out += [(key, "shows", text) for text in got.get(key, Counter()) - want.get(key, Counter())]
        out += [(key, "wants", text) for text in want.get(key, Counter()) - got.get(key, Counter())]
    return out


def report(found: list[Difference]) -> str:
    return "\n".join(f"{key}: {kind} {text[:160]!r}" for key, kind, text in found)


# -- the states compared -----------------------------------------------------------------------
@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def click(qtbot, widget, times=1):
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def example(name):
    return lambda: load_scenario(example_path(name))


def steps(n, phases=0):
    """Step n iterations, then walk `phases` phases into the next one."""
    def walk(window, qtbot):
        click(qtbot, window.run_bar.step_button, n)
        click(qtbot, window.run_bar.fine_bar.widgetForAction(window.run_bar.fine_action), phases)
    return walk


def lesson_page(window, qtbot):
    from gdsim.core.lessons import load_lessons

    steps(1)(window, qtbot)
    lesson = {one.id: one for one in load_lessons()[0]}["3.3.4"]
    window.lessons.open(lesson, 1)


def weight_checked(window, qtbot):
    """A weight picked in the diagram (the chain rule lists its paths, the settings offer it
    as an axis), the gradients checked, then one more step (the check is now stale)."""
    steps(1)(window, qtbot)
    selection = ("edge", 2, 1, 2)
    window.views.diagram.set_selection(selection)
    window.views.diagram.selected.emit(selection)
    window.docks["chain"].raise_()  # drawn when shown
    check = window.views.views["gradcheck"]
    window.docks["gradcheck"].raise_()
    qtbot.waitUntil(lambda: check.snapshot is not None)
    check.check(check.snapshot)
    steps(1)(window, qtbot)


STATES = {  # a scenario and how the window is walked to the state compared
    "surface at step 3": (Scenario, steps(3)),
    "figure 3-16 in the backward pass": (example("fig-3-16-network"), steps(2, 3)),
    "digits in the forward pass": (example("digits"), steps(1, 1)),
    "xor": (example("xor"), steps(4)),
    "a lesson's page": (lambda: Scenario(mode="network"), lesson_page),
    "a weight's paths and a stale gradient check": (example("fig-3-16-network"),
                                                    weight_checked),
}


def opened_in(language, make_window, qtbot, state):
    scenario, walk = STATES[state]
    i18n.set_language(language)
    window = make_window(scenario())
    walk(window, qtbot)
    return settled(window, qtbot)


def settled(window, qtbot):
    """The window as the event loop leaves it: every view and panel built (the window may
    build some after its first frame), the widgets deleted later gone."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for name in window.views.views:
        window.views.views[name]  # built now if not before
    window.panels.surface, window.panels.network  # noqa: B018  (built now if not before)
    qtbot.waitUntil(lambda: views_shown_are_drawn(window))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return window


def views_shown_are_drawn(window) -> bool:
    """Whether every view on screen has drawn the last state it was handed (a view hidden
    behind a tab keeps it and draws it when shown: LazyRender)."""
    return all(getattr(view, "_pending", None) is None for view in window.views.built.values()
               if view.isVisible() and not view.visibleRegion().isEmpty())


def raise_every_dock(window, qtbot):
    for dock in window.docks.values():
        if dock.isVisible():
            bring_to_front(dock, qtbot)


def bring_to_front(dock, qtbot) -> None:
    """The dock in front of its tabs, and its view drawn once shown (LazyRender)."""
    dock.raise_()
    qtbot.waitUntil(lambda: getattr(dock.widget(), "_pending", None) is None)


def switched_and_direct(make_window, qtbot, state, was, now):
    """A window opened in `was` and switched to `now`, and one opened in `now`."""
    from gdsim.ui.language import switch_language

    switched = opened_in(was, make_window, qtbot, state)
    title = switched.windowTitle()
    switch_language(switched, now)
    settled(switched, qtbot)
    assert switched.windowTitle() != title  # the switch happened
    return switched, opened_in(now, make_window, qtbot, state)


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("was, now", [("en", "zh_CN"), ("zh_CN", "en")])
def test_a_switched_window_shows_what_a_window_opened_in_that_language_shows(
        make_window, qtbot, english, state, was, now):
    switched, direct = switched_and_direct(make_window, qtbot, state, was, now)

    def compare(in_sight: bool) -> None:
        found = differences(window_texts(switched, in_sight=in_sight),
                            window_texts(direct, in_sight=in_sight))
        assert not found, report(found)

    compare(in_sight=True)  # what is on screen
    for window in (switched, direct):  # what the hidden tabs draw when they come to the front
        raise_every_dock(window, qtbot)
    compare(in_sight=False)  # and everything, each view having drawn the state in its turn


def test_a_shared_translation_goes_back_to_its_own_source(make_window, qtbot, english):
    """Opened in Chinese, where 损失曲线 is "Loss curve" and "loss curve", 课程 "Lesson",
    "Lessons" and "lesson": a dock goes back by its name, a text marked with tr_for by its
    mark, each to its own English."""
    from PySide6.QtWidgets import QLabel

    from gdsim.ui.language import switch_language, tr_for

    i18n.set_language("zh_CN")
    window = make_window(Scenario(mode="network"))
    marked = QLabel(window)
    marked.setText(tr_for("Lessons", marked))
    assert marked.text() == window.lessons.dock.windowTitle() == "课程"
    assert window.docks["loss"].windowTitle() == "损失曲线"
    switch_language(window, "en")
    assert window.docks["loss"].windowTitle() == "Loss curve"
    assert window.lessons.dock.windowTitle() == "Lesson"
    assert marked.text() == window.lessons.menu.title() == "Lessons"
    assert (window.views.diagram.neurons_label.text(), window.views.diagram.edges_label.text()) == (
        "Neurons:", "Edges:")


def test_the_pytorch_dock_keeps_what_it_shows_in_the_new_language(make_window, qtbot, english):
    """Torch's answer (here: that it could not run) stays after a switch, in the new words;
    on another iteration the dock says again how to run the code."""
    from gdsim.ui.language import switch_language

    window = make_window(example("fig-3-16-network")())
    window.docks["pytorch"].show()
    window.docks["pytorch"].raise_()
    view = window.views.views["pytorch"]
    qtbot.waitUntil(lambda: view.snapshot is not None)
    view.result_for = (view.snapshot.k, view.snapshot.settings)  # as "Run in PyTorch" does
    view._on_finished("RuntimeError: no torch here")
    assert "Could not run it" in view.result.toPlainText()
    switch_language(window, "zh_CN")
    settled(window, qtbot)
    assert i18n.tr("Could not run it") in view.result.toPlainText()
    assert "no torch here" in view.result.toPlainText()
    assert "Could not run it" not in view.result.toPlainText()
    assert "gdsim" in view.mapping.text() and "forward pass" not in view.mapping.text()
    click(qtbot, window.run_bar.step_button)
    window.docks["pytorch"].raise_()  # a hidden view draws when shown
    qtbot.waitUntil(lambda: "no torch here" not in view.result.toPlainText())
