"""The lesson dock in the real window: pages load their scenarios and highlight their views,
predictions are checked, progress is remembered, formulas are drawn locally."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame

from gdsim.core.lessons import load_lessons
from gdsim.core.view_names import LESSON_TARGETS
from gdsim.ui import i18n
from gdsim.ui.lesson_panel import LessonPanel, Progress
from gdsim.ui.math_render import FormulaLabel, render
from gdsim.ui.registry import VIEWS

LESSONS = {lesson.id: lesson for lesson in load_lessons()[0]}


@pytest.fixture
def progress(tmp_path):
    return Progress(QSettings(str(tmp_path / "progress.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def lesson_window(make_window, progress, monkeypatch):
    import gdsim.ui.lesson_dock

    # the frame around a highlighted view stays while the test looks at it, however slowly
    monkeypatch.setattr(gdsim.ui.lesson_dock, "FLASH_MS", 3_600_000)
    window = make_window()
    window.lessons.panel.progress = progress  # a temporary QSettings location
    return window


def test_a_page_may_point_at_every_view_of_the_window():
    assert set(LESSON_TARGETS) == {*VIEWS, "settings"}


def test_help_lessons_lists_every_lesson(lesson_window):
    menu = lesson_window.lessons.menu
    menu.aboutToShow.emit()
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:8] == [lesson.title["en"] for lesson in LESSONS.values()]
    assert "Open lesson file…" in titles


def test_pages_load_their_scenarios_and_highlight_their_views(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 0)
    panel = w.lessons.panel
    assert w.lessons.dock.isVisible()
    assert panel.counter.text().startswith("Page 1 / 6")
    assert "update rule" in panel.lesson_title.text()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.views.contour.setFocus()
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next page
    assert panel.index == 1 and panel.counter.text().startswith("Page 2 / 6")
    assert w.controller.scenario.title.startswith("Figure 3-13")
    assert w.controller.run.k == 0  # the point to predict is not shown yet
    contour = w.docks["contour"]

    def contour_highlighted():
        assert not contour.visibleRegion().isEmpty()
        flash = w.lessons.last_flash
        assert flash is not None and flash.parent() is contour.widget()
        assert flash.geometry() == contour.widget().rect()

    qtbot.waitUntil(contour_highlighted)  # once the page is laid out
    panel.field.setFocus()  # typing a prediction: the keys still turn the page
    qtbot.keyClick(panel.field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.index == 0
    w.lessons.dock.close()  # a closed lesson turns no pages behind the student's back
    w.views.contour.setFocus()
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.index == 0


def test_a_view_sharing_the_lessons_tabs_comes_out_beside_it(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 5)  # the printed trace: behind the settings in surface mode
    qtbot.waitUntil(lambda: w.lessons.last_flash is not None)  # highlighted, once laid out
    assert not w.docks["trace"].visibleRegion().isEmpty()
    assert not w.lessons.dock.visibleRegion().isEmpty()  # the lesson text still in view
    trace = w.docks["trace"].widget()
    height = trace.height()
    w.resizeDocks([w.docks["trace"]], [height + 40], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: trace.height() != height)
    assert w.lessons.last_flash.geometry() == trace.rect()  # the frame keeps to the view


def test_a_wrong_prediction_is_said_and_the_key_stays_hidden(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 1)
    panel = w.lessons.panel
    panel.field.setText("-1.5, 2.2")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    text = panel.result.text()
    assert "Not quite" in text and "(−1.5, 2.2)" in text and "(−1.6, 2.2)" not in text
    assert w.controller.run.k == 0  # nothing is shown that would tell it
    assert 1 not in panel.answered


def test_a_right_prediction_is_accepted_and_remembered(lesson_window, progress, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 1)
    panel = w.lessons.panel
    panel.field.setText("−1.6, 2.2")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert "Right!" in panel.result.text()
    assert "✓ 1/3" in panel.counter.text()
    again = LessonPanel(Progress(QSettings(progress.settings.fileName(),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.open_lesson(LESSONS["3.3.3"])  # where the student left it
    assert again.index == 1 and again.answered == {1}
    assert "Answered right before" in again.result.text()


def test_an_unreadable_prediction_is_said_not_judged(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.3"], 1)
    panel = w.lessons.panel
    panel.field.setText("-1.6")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "expected 2 numbers" in panel.result.text()
    assert w.controller.run.k == 0


def test_which_way_a_weight_moves_is_chosen(lesson_window, qtbot):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.6"], 0)  # w²₁₁: it moves down
    panel = w.lessons.panel
    assert w.controller.scenario.mode == "network" and w.controller.run.phase == 2
    assert panel.up.isVisible() and not panel.field.isVisible()
    on_label = QPoint(8, panel.up.height() // 2)  # where a radio button takes a click
    qtbot.mouseClick(panel.up, Qt.MouseButton.LeftButton, pos=on_label)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "Not quite" in panel.result.text() and "Δw²₁₁" not in panel.result.text()
    assert w.controller.run.phase == 2  # still before the backward pass
    qtbot.mouseClick(panel.down, Qt.MouseButton.LeftButton, pos=on_label)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "Right!" in panel.result.text() and "Δw²₁₁ = −0.03784" in panel.result.text()
    assert w.controller.run.phase == 5  # the update is shown


def test_formulas_are_drawn_as_pictures(lesson_window):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.6"], 1)
    labels = w.lessons.panel.findChildren(FormulaLabel)
    assert labels and all(label.rendered for label in labels)
    image = render(r"\delta^l = \left(\delta^{l+1} (W^l)^T\right) \odot f'(z^l)")
    assert image is not None and image.width() > 100
    dark = sum(image.pixelColor(x, y).alpha() > 128 for x in range(0, image.width(), 2)
               for y in range(image.height()))
    assert dark > 50  # ink, not an empty picture


def test_the_page_keys_clash_with_no_window_shortcut(lesson_window):
    keys = [a.shortcut() for a in lesson_window.actions() if not a.shortcut().isEmpty()]
    for key in ("Alt+Left", "Alt+Right"):
        assert keys.count(QKeySequence(key)) == 1


def test_the_lesson_speaks_chinese(lesson_window, qtbot):
    i18n.set_language("zh_CN")
    try:
        w = lesson_window
        w.lessons.open(LESSONS["3.3.4"], 2)
        panel = w.lessons.panel
        assert panel.lesson_title.text() == "3.3.4 前向传播"
        assert "它们以完全相同的方式送入第 3 层" in panel.text.text()
        assert panel.check_button.text() in ("Check", "检查")  # built before the switch
        panel.field.setText("0.9")
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        assert "不太对" in panel.result.text()
    finally:
        i18n.set_language("en")


def test_a_broken_lesson_file_opened_by_hand_gives_a_message(lesson_window, tmp_path,
                                                             monkeypatch):
    from gdsim.ui import lesson_dock

    said = []
    monkeypatch.setattr(lesson_dock.QMessageBox, "warning",
                        lambda parent, title, text: said.append(text))
    bad = tmp_path / "mine.json"
    bad.write_text('{"gdsim_lesson": 1, "id": "x", "title": "T", "pages": []}', "utf-8")
    assert not lesson_window.lessons.open_path(bad)
    assert said == ["mine.json: pages: expected a list of 1 to 30 pages"]
    assert not lesson_window.lessons.dock.isVisible()


def test_the_lesson_dock_is_a_dock_of_the_window(lesson_window):
    docks = lesson_window.findChildren(QDockWidget)
    assert lesson_window.lessons.dock in docks
    assert not lesson_window.findChildren(QFrame, "lessonFlash")  # nothing flashed yet


def test_an_exact_question_says_so_and_the_counter_reads_in_chinese(lesson_window):
    w = lesson_window
    w.lessons.open(LESSONS["3.3.5"], 1)  # how many paths: a whole number
    assert w.lessons.panel.tolerance.text() == "Counted right only when exact"
    i18n.set_language("zh_CN")
    try:
        w.lessons.panel.show_page(1)
        assert w.lessons.panel.counter.text().startswith("第 2 / 4 页")
        assert w.lessons.panel.tolerance.text() == "须完全正确"
    finally:
        i18n.set_language("en")


def test_the_panel_changes_language_at_once_keeping_the_prediction(lesson_window):
    panel = lesson_window.lessons.panel
    lesson_window.lessons.open(LESSONS["3.3.3"], 1)
    panel.field.setText("-1.6, 2.2")
    i18n.set_language("zh_CN")
    try:
        panel.retranslate()
        assert panel.check_button.text() == "检查"
        assert panel.page_title.text() == "预测：第一步落在哪里"
        assert panel.lesson_title.text() == "3.3.3 参数更新规则"
        assert panel.field.text() == "-1.6, 2.2"  # what was typed stays
        assert panel.tolerance.text().startswith("误差在此范围内算正确")
    finally:
        i18n.set_language("en")
        panel.retranslate()
    assert panel.check_button.text() == "Check"


def test_without_ziamath_a_formula_is_shown_as_its_text(qtbot, monkeypatch):
    from gdsim.ui import math_render

    monkeypatch.setattr(math_render, "_ziamath", False)  # as if it were not installed
    monkeypatch.setattr(math_render, "_cache", {})
    label = FormulaLabel()
    qtbot.addWidget(label)
    label.set_formula(r"w \leftarrow w - \alpha g")
    assert not label.rendered and label.text() == r"w \leftarrow w - \alpha g"
