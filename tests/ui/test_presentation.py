"""Presentation mode: full screen, fonts and lines scaled, the settings dock hidden; leaving it
(F11 or Esc) puts back the fonts, the docks and the geometry exactly."""

import pyqtgraph as pg
from PySide6.QtGui import QFont

from gdsim.core.scenario import Scenario
from gdsim.ui.views.decision import DecisionRegionView


def _fonts(w):
    """The application's font size, the loss curve's tick font, a diagram number's and the
    lesson's."""
    from PySide6.QtWidgets import QApplication

    tick = w.views.views["loss"].plot_widget.getAxis("bottom").style.get("tickFont")
    return (QApplication.font().pointSizeF(), tick.pointSizeF() if tick else None,
            w.views.diagram.values[0].textItem.font().pointSizeF(),
            w.lessons.panel.font().pointSizeF())


def test_presentation_scales_the_fonts_hides_the_settings_and_restores_both(make_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = make_window(Scenario(mode="network"))
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    before = _fonts(w)
    decision = w.views.views["decision"].findChild(DecisionRegionView)
    message = decision.message  # a long text grows no wider than its view
    message_width = message.textItem.boundingRect().width()
    geometry, app_font = w.geometry(), QApplication.font()
    assert w.settings_dock.isVisible()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.views.contour.setFocus()
    qtbot.keyClick(w.views.contour, Qt.Key.Key_F11)
    assert w.presentation.active and w.isFullScreen()
    assert not w.settings_dock.isVisible()
    now = _fonts(w)
    assert now[0] == before[0] * 1.5
    assert now[2] == before[2] * 1.5
    assert now[3] >= before[3] * 1.5 * 1.2 - 0.01  # the lesson larger still
    assert now[1] == (before[1] or before[0]) * 1.5
    panel = w.lessons.panel  # styled labels and formulas grow with the lesson's text
    assert panel.formula_size == 17 * 1.5 * 1.2 and "font-size: 19.8pt" in \
        panel.lesson_title.styleSheet()
    assert message.textItem.boundingRect().width() <= max(message_width, decision.width())
    qtbot.keyClick(w.views.contour, Qt.Key.Key_Escape)
    assert not w.presentation.active and not w.isFullScreen()
    qtbot.waitUntil(lambda: w.geometry() == geometry)
    assert _fonts(w) == before and QApplication.font() == app_font
    assert w.settings_dock.isVisible()
    assert panel.formula_size == 17 and panel.lesson_title.styleSheet() == (
        "font-weight: bold; font-size: 11pt")
    assert w.views.diagram.values[0].textItem.font().pointSizeF() == before[2]


def test_f11_toggles_and_the_scale_is_a_setting(make_window, qtbot):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    QSettings().setValue("view/presentation_scale", 2.0)
    w = make_window()
    size = QApplication.font().pointSizeF()
    w.view_menu.presentation_action.trigger()
    assert w.presentation.scale == 2.0 and QApplication.font().pointSizeF() == size * 2
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.views.contour.setFocus()
    qtbot.keyClick(w.views.contour, Qt.Key.Key_F11)
    assert not w.presentation.active and QApplication.font().pointSizeF() == size
    QSettings().clear()


def test_lines_are_wider_in_presentation_and_as_before_after(make_window, qtbot):
    w = make_window(Scenario(mode="network"))
    curves = [item for view in w.findChildren(pg.GraphicsView)
              for item in view.scene().items() if isinstance(item, pg.PlotCurveItem)]
    assert curves
    widths = [c.opts["pen"].widthF() for c in curves]
    w.presentation.enter()
    assert all(c.opts["pen"].widthF() >= max(width, 1.0) * 1.5 - 1e-9
               for c, width in zip(curves, widths, strict=True))
    w.presentation.leave()
    assert [c.opts["pen"].widthF() for c in curves] == widths


def test_a_lesson_page_turned_in_presentation_draws_its_formulas_large(make_window, qtbot):
    from PySide6.QtCore import QSettings

    from gdsim.core.lessons import load_lessons
    from gdsim.ui.lesson_panel import Progress
    from gdsim.ui.math_render import FormulaLabel

    lesson = next(x for x in load_lessons()[0] if x.id == "3.3.4")
    w = make_window()
    w.lessons.panel.progress = Progress(QSettings())
    w.lessons.open(lesson, 0)
    w.presentation.enter()
    w.lessons.next_action.trigger()

    def drawn_large():
        shown = [f for f in w.lessons.panel.findChildren(FormulaLabel) if f.isVisibleTo(w)]
        assert shown and all(f.size_pt == 17 * 1.5 * 1.2 for f in shown)

    qtbot.waitUntil(drawn_large)  # the next page's formulas, once shown
    w.presentation.leave()
    assert all(f.size_pt == 17 for f in w.lessons.panel.findChildren(FormulaLabel)
               if f.isVisibleTo(w))
    assert w.lessons.panel.formula_size == 17


def test_a_network_changed_in_presentation_leaves_cleanly(make_window, qtbot):
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    w = make_window(Scenario(mode="network"))
    size = QApplication.font().pointSizeF()
    w.presentation.enter()
    s = w.controller.scenario
    bigger = replace(s, network=replace(s.network, sizes=(2, 5, 3, 1), x=(0.1, 0.2), y=(0.5,)))
    assert w.controller.set_scenario(bigger)
    assert len(w.views.diagram.values) == 2 + 5 + 3 + 1  # the new network drawn, its own texts
    w.presentation.leave()  # the diagram's old texts are gone: nothing to put back there
    assert QApplication.font().pointSizeF() == size and w.settings_dock.isVisible()


def test_the_presentation_size_is_chosen_in_the_view_menu_and_remembered(make_window):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    w = make_window()
    size = QApplication.font().pointSizeF()
    labels = [a.text() for a in w.view_menu.presentation_sizes.actions()]
    assert labels == ["125 %", "150 %", "200 %", "250 %"]
    assert w.view_menu.presentation_sizes.actions()[1].isChecked()  # the default, 150 %
    w.presentation.enter()
    # 200 %, while presenting: applied at once
    w.view_menu.presentation_sizes.actions()[2].trigger()
    assert w.presentation.active and QApplication.font().pointSizeF() == size * 2
    assert float(QSettings().value("view/presentation_scale")) == 2.0
    w.presentation.leave()
    assert QApplication.font().pointSizeF() == size
    QSettings().clear()


def _gl_label_sizes(w):
    """The 3-D view's tick labels and axis titles: each one's text and point size, and the
    font place_labels measures it in (the same)."""
    return [(label.text, item.font.pointSizeF(), label.font.pointSizeF(), label.font.bold())
            for item, label in w.views.surface3d.labels]


def test_the_3d_views_labels_are_scaled_and_restored_exactly(make_window, qtbot):
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    w = make_window()
    app_size = QApplication.font().pointSizeF()
    before = _gl_label_sizes(w)
    fonts = [QFont(item.font) for item, _ in w.views.surface3d.labels]
    assert before and {size for _, size, _, _ in before} == {app_size}
    assert {text for text, *_ in before} >= {"w1", "w2", "J"}
    # its numbers grow too (a style sheet keeps the app's font off)
    bar = w.views.surface3d.colorbar
    bar_size, bar_width = bar.font().pointSizeF(), bar.width()
    w.presentation.enter()
    during = _gl_label_sizes(w)
    assert [(text, size * 1.5, size * 1.5, bold) for text, size, _, bold in before] == during
    assert bar.font().pointSizeF() == bar_size * 1.5 and bar.width() > bar_width
    assert any(item.visible() for item, _ in w.views.surface3d.labels)  # placed for their new size
    s = w.controller.scenario  # a surface built while presenting: its labels large too
    assert w.controller.set_scenario(replace(s, surface=replace(s.surface, surface="himmelblau")))
    assert {size for _, size, _, _ in _gl_label_sizes(w)} == {app_size * 1.5}
    w.presentation.leave()
    assert {size for _, size, _, _ in _gl_label_sizes(w)} == {app_size}
    assert bar.font().pointSizeF() == bar_size
    w.controller.set_scenario(s)
    assert bar.width() == bar_width  # the seed's ticks again, as wide as before
    assert _gl_label_sizes(w) == before
    # exactly the fonts of before
    assert [item.font for item, _ in w.views.surface3d.labels] == fonts


def _outside(view, item) -> float:
    """How many pixels a text item of a plot runs past its view box, left or right."""
    box = view.plot.vb.sceneBoundingRect()
    rect = item.sceneBoundingRect()
    return max(0.0, box.left() - rect.left()) + max(0.0, rect.right() - box.right())


def test_the_contours_vector_labels_stay_inside_it_in_presentation(make_window, qtbot,
                                                                  monkeypatch):
    """The contour's OA, AP, OP and OQ labels grow alike (one size) and are placed again for
    it: none drawn runs past the view's edge or over another (a 1366×768 screen, already
    filled by the window); back as before after."""
    from tests.ui.legibility import outside, overlaps, text_rects

    w = make_window()
    monkeypatch.setattr(w, "showFullScreen", lambda: None)  # the screen a class has
    w.resize(1366, 740)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1366, 740))
    w.run_bar.step_button.click()
    contour = w.views.contour
    vectors = [contour.oa, contour.ap, contour.op, contour.oq]
    qtbot.waitUntil(lambda: all(v.text.isVisible() for v in vectors))
    sizes = [v.text.textItem.font().pointSizeF() for v in vectors]
    before = [_outside(contour, v.text) for v in vectors]
    w.presentation.enter()
    qtbot.waitUntil(lambda: w.presentation.settled)
    assert {v.text.textItem.font().pointSizeF() for v in vectors} == {sizes[0] * 1.5}
    labels = text_rects(contour)
    assert contour.oa.text.isVisible() and overlaps(labels) == []
    assert outside(labels, contour.plot.vb.sceneBoundingRect()) == []
    w.presentation.leave()
    qtbot.waitUntil(lambda: w.presentation.settled)
    assert [v.text.textItem.font().pointSizeF() for v in vectors] == sizes
    assert [_outside(contour, v.text) for v in vectors] == before


def test_the_diagrams_colour_bar_titles_and_note_grow_and_come_back(make_window, qtbot):
    """The colour bars' titles (no point size of their own) and the note under the diagram (a
    style sheet keeps it from the application's font) grow with everything else, the bars'
    room with them; leaving puts back exactly what was there."""
    from PySide6.QtGui import QFontInfo

    w = make_window(Scenario(mode="network"))
    d = w.views.diagram
    bars = (d.neuron_bar, d.edge_bar)

    def state():
        return ([(b.label.opts.get("size"), b.label.item.toHtml(), b.label.maximumWidth(),
                  b.maximumHeight()) for b in bars],
                d.note.styleSheet(), QFontInfo(d.note.font()).pointSizeF())

    before = state()
    title = QFontInfo(d.neuron_bar.label.item.font()).pointSizeF()
    w.presentation.enter()
    qtbot.waitUntil(lambda: w.presentation.settled)
    for bar, (size, _, width, height) in zip(bars, before[0], strict=True):
        assert size is None and bar.label.opts["size"] == f"{title * 1.5:g}pt"
        assert bar.label.maximumWidth() == width * 1.5 and bar.maximumHeight() == height * 1.5
    assert "font-size" in d.note.styleSheet()
    assert QFontInfo(d.note.font()).pointSizeF() >= before[2] * 1.5 - 0.5
    w.presentation.leave()
    qtbot.waitUntil(lambda: w.presentation.settled)
    assert state() == before


def test_presentation_hides_what_shares_the_settings_tabs_and_brings_it_back(make_window, qtbot):
    """The trace is tabbed behind the settings in surface mode: hiding only the settings would
    put it, squeezed, in their place."""
    w = make_window()
    trace = w.docks["trace"]
    assert trace in w.tabifiedDockWidgets(w.settings_dock) and not trace.isHidden()
    w.presentation.enter()
    qtbot.waitUntil(lambda: w.presentation.settled)
    assert w.settings_dock.isHidden() and trace.isHidden()
    w.presentation.leave()
    qtbot.waitUntil(lambda: w.presentation.settled)
    assert not w.settings_dock.isHidden() and not trace.isHidden()


def test_leaving_presentation_shows_the_modes_own_docks_only(make_window, qtbot):
    """Qt's restoreState puts back every dock the window has: after a network, leaving
    presentation mode in surface mode showed the network's docks beside the surface's."""
    from gdsim.ui.layouts import LAYOUTS

    w = make_window(Scenario(mode="network"))
    qtbot.waitUntil(lambda: w.docking.layout is not None)
    w.controller.set_scenario(Scenario())
    qtbot.waitUntil(lambda: w.docking.layout is not None and w.docking.layout.mode == "surface")
    w.presentation.enter()
    w.presentation.leave()
    qtbot.waitUntil(lambda: w.presentation.settled)
    shown = {name for name, dock in w.docks.items() if not dock.isHidden()}
    assert shown and shown <= set(LAYOUTS["surface"].docked)
