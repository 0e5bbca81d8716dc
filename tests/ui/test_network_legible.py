"""Issue 11, the rest: J₀ drawn at step 0, the landscape's labels apart and named with real
sub- and superscripts, a short export caption, the digits drawn as digits, the panel's digits."""

import numpy as np
import pytest

from gdsim.core.landscape import Landscape
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario


def test_the_loss_curve_at_step_0_shows_J0_as_a_point_with_its_value(show):
    from gdsim.ui.text import fmt
    from gdsim.ui.views.loss_curve import LossCurveView

    view = show(LossCurveView(), (400, 300))
    snap = Landscape().view(Run(Scenario(mode="network")).seek(0))
    view.draw(snap)
    curve = view.curves[0]
    x, y = curve.getData()
    assert list(x) == [0] and y[0] == snap.points[0].J
    assert curve.opts["symbol"] == "o"  # a lone point is drawn, not an invisible line
    J0 = snap.points[0].J
    assert view.start.isVisible() and view.start.textItem.toPlainText() == f"J₀ = {fmt(J0)}"
    (x0, x1), (y0, y1) = view.plot.viewRange()
    assert x0 < 0 < x1 and y0 < snap.points[0].J < y1  # the point inside the axes
    view.draw(Landscape().view(Run(Scenario(mode="network")).seek(5)))
    assert curve.opts["symbol"] is None and not view.start.isVisible()


@pytest.mark.parametrize("size", [(300, 500), (420, 900), (700, 500)])
@pytest.mark.parametrize("mode", ["surface", "network"])
def test_the_landscape_labels_overlap_neither_each_other_nor_the_surface(qtbot, show, size,
                                                                         mode):
    from PySide6.QtGui import QPolygonF

    from gdsim.core.naming import pretty_axis
    from gdsim.ui.views.axis_labels import footprint, screen_points
    from gdsim.ui.views.surface3d import Surface3DView

    view = show(Surface3DView(), size)
    snap = Run(Scenario(mode=mode)).seek(2)
    if mode == "network":
        snap = Landscape().view(snap)
    view.render(snap)
    view.draw(snap)
    # the labels are placed in the 3-D window's own size: once it is on screen with it
    qtbot.waitUntil(lambda: view.gl.isExposed() and view.gl.size() == view.container.size())
    view.place_labels()
    shown = view.label_rects()
    texts = [text for text, _ in shown]
    name1, name2 = (pretty_axis(n) for n in snap.surface.axes)
    assert name1 in texts and name2 in texts  # the titles are always there
    if mode == "network":  # the steepest weights at θ₀, by their pretty names
        assert (name1, name2) == ("w²₁₂", "w²₂₂")
    assert len(shown) >= 5  # titles and at least the ends of some axes
    matrix, w, h = view._projection()
    outline = footprint(screen_points(matrix, view.mesh_points(), w, h))
    for n, (text, rect) in enumerate(shown):
        assert not QPolygonF(rect).intersects(outline), text
        for other, rect2 in shown[n + 1:]:
            assert not rect.intersects(rect2), (text, other)


def test_axis_names_and_the_status_bar_use_real_sub_and_superscripts():
    from gdsim.core.naming import pretty_axis
    from gdsim.ui.layouts import NETWORK_LAYOUT

    assert pretty_axis("w^1_11") == "w¹₁₁" and pretty_axis("b^2_1") == "b²₁"
    assert pretty_axis("w^1_10,3") == "w¹₁₀‚₃" and pretty_axis("w1") == "w1"
    snap = Run(Scenario(mode="network")).seek(0)
    view = Landscape().view(snap)
    a, b = (pretty_axis(snap.net.parameter_name(k)) for k in snap.axes)
    assert "^" not in a + b and NETWORK_LAYOUT.point_text(view).startswith(f"({a}, {b}) = (")


def test_choosing_the_digits_makes_the_network_read_them(qtbot):
    from gdsim.ui.network_panel import NetworkPanel

    panel = NetworkPanel()
    qtbot.addWidget(panel)
    panel.show_scenario(Scenario(mode="network"))  # 3-4-2, one sample
    asked: list[Scenario] = []
    panel.scenario_requested.connect(asked.append)
    panel.data.setCurrentIndex(panel.data.findData("digits"))
    s = asked[-1].network
    assert s.data == "digits" and s.sizes == (64, 32, 10) and s.loss == "cross_entropy"
    from gdsim.core.run import Run as R

    assert R(asked[-1]).seek(1).net.sizes == (64, 32, 10)  # runs: no sizes error
    digits = asked[-1]
    panel.show_scenario(digits)
    assert not panel.n.edit.isEnabled() and not panel.noise.edit.isEnabled()
    assert "n does not apply" in panel.n.edit.toolTip()
    assert "noise does not apply" in panel.noise.edit.toolTip()
    panel.show_scenario(Scenario(mode="network", network=NetworkSettings(
        sizes=(64, 16, 10), data="moons")))  # a network that reads them already: kept
    panel.data.setCurrentIndex(panel.data.findData("digits"))
    assert asked[-1].network.sizes == (64, 16, 10)
    panel.show_scenario(Scenario(mode="network", network=NetworkSettings(data="moons")))
    assert panel.noise.edit.isEnabled() and panel.n.edit.isEnabled()
    for before, data, sizes in ((digits, "moons", (2, 4, 2)), (Scenario(mode="network"), "xor",
                                                                (2, 4, 2))):
        panel.show_scenario(before)  # a network that cannot read the set: the set's own
        panel.data.setCurrentIndex(panel.data.findData(data))
        assert (asked[-1].network.data, asked[-1].network.sizes) == (data, sizes)
        assert R(asked[-1]).seek(1).net.sizes == sizes


def test_the_export_caption_is_one_short_formula_of_the_phase_with_its_numbers():
    from PySide6.QtGui import QTextDocument

    from gdsim.ui.text import fmt
    from gdsim.ui.views.formula import caption_text

    def plain(html: str) -> str:
        doc = QTextDocument()
        doc.setHtml(html)
        return doc.toPlainText()

    run = Run(Scenario(mode="network"))
    ready = run.seek(3)
    k = ready.net.weight_index(2, 1, 1)
    seen = {}
    for snap in [ready] + [run.step("layer") for _ in range(5)]:
        text = plain(caption_text(snap))
        assert len(text.splitlines()) <= 2 and len(text) < 200, text
        assert "click" not in text and "Click" not in text  # no panel hints
        seen[snap.stage.name, snap.stage_layer] = (snap, text)
    snap, text = seen["READY", ready.stage_layer]
    assert fmt(snap.net.theta[k] + snap.step[k]) in text and "3-12" in text
    snap, text = seen["FORWARD", 2]
    assert fmt(snap.fwd.a[1][0][0]) in text and "3-18" in text
    snap, text = seen["BACKWARD", 3]
    assert fmt(snap.bwd.delta[2][0][0]) in text and "3-37" in text
    snap, text = seen["BACKWARD", 2]
    assert fmt(snap.bwd.delta[1][0][0]) in text and "3-36" in text


def test_the_diagram_speaks_chinese(show):
    from gdsim.ui import i18n
    from gdsim.ui.text import phase_text
    from gdsim.ui.views.diagram import NetworkDiagramView

    i18n.set_language("zh_CN")
    try:
        view = show(NetworkDiagramView(), (900, 600))
        run = Run(Scenario(mode="network"))
        view.render(run.seek(2))
        view.draw(run.seek(2))
        view._fit()
        top = view.vb.sceneBoundingRect().top()
        for header in view.headers:  # taller glyphs than Latin: still inside the view
            bottom = view.vb.mapViewToScene(header.pos()).y()  # anchored by its bottom
            margin = header.textItem.document().documentMargin()  # blank, may be cut
            assert bottom - header.textItem.boundingRect().height() + margin >= top - 1
        headers = [h.textItem.toPlainText() for h in view.headers]
        assert headers[0] == "输入层" and headers[-1] == "输出层"
        assert "前向传播" in view.phase.text() and "步数 k = 2" in view.phase.text()
        assert view.neuron_mode.itemText(0).startswith("随阶段") and "鼠标" in view.note.text()
        walked = run.step("layer")
        assert phase_text(walked) == "前向传播：第 2 层"
        assert view.show_all.text() == "显示全部连线"
    finally:
        i18n.set_language("en")
    assert phase_text(walked) == "Forward: layer 2"


def test_the_formula_names_the_phase_walked_to_in_chinese(qtbot):
    """Core's phase label ("Forward: layer 3") reaches the formula panel translated."""
    from gdsim.ui import i18n
    from gdsim.ui.views.formula import FormulaPanel

    i18n.set_language("zh_CN")
    try:
        panel = FormulaPanel()
        qtbot.addWidget(panel)
        run = Run(Scenario(mode="network"))
        run.step("layer")
        snap = run.step("layer")
        assert snap.phase_label == "Forward: layer 3"
        panel.draw(snap)
        text = panel.text.toPlainText()
        assert "前向传播：第 3 层" in text and "Forward" not in text
    finally:
        i18n.set_language("en")


def test_digits_are_drawn_as_an_image_and_ten_labelled_bars(show):
    from gdsim.core.scenario import load_scenario
    from gdsim.examples import example_path
    from gdsim.ui.views.color_bar import LUT
    from gdsim.ui.views.diagram import NetworkDiagramView

    view = show(NetworkDiagramView(), (1000, 700))
    snap = Run(load_scenario(example_path("digits"))).seek(40)
    view.render(snap)
    view.draw(snap)
    d = view.decor
    assert d.side == 8 and d.bars_on and d.picture.isVisible()
    image = d.picture.image  # row 0 drawn at the bottom: the digit's top row is the last
    a1 = snap.fwd.a[0][0]
    vmax = max(float(np.abs(layer[0]).max()) for layer in snap.fwd.a)
    want = LUT[np.clip(np.round((a1 / vmax + 1) * 127.5), 0, 255).astype(int)]
    np.testing.assert_array_equal(image[::-1].reshape(64, 3), want)
    for n in range(64):  # each pixel is the colour of its input neuron where one is drawn
        k = np.flatnonzero((view.spot_t == 0) & (view.spot_i == n))
        if len(k):
            text, color = view.pointer.shown_neuron(1, n + 1)
            assert abs(color.red() - int(want[n][0])) <= 2
    aL = snap.fwd.a[-1][0]
    widths = np.asarray(d.bars.opts["width"])
    np.testing.assert_allclose(widths, aL * d.bar_len)
    true = int(np.argmax(snap.y[0]))
    assert [label.textItem.toPlainText() for label in d.digits] == [
        f"y = {i}" if i == true else str(i) for i in range(10)]
    brushes = d.bars.opts["brushes"]
    guess = int(np.argmax(aL))
    assert brushes[guess].color().name() in ("#1e8232", "#c82828")  # right or wrong
    # The image stands left of the input column, inside the view, off the neurons.
    x, y, w, h = d.place
    (x0, _), _ = view.vb.viewRange()
    assert x0 <= x and x + w < view.geom.x[0]


def test_a_network_that_reads_no_images_has_no_picture(qtbot):
    from gdsim.ui.views.diagram import NetworkDiagramView

    view = NetworkDiagramView()
    qtbot.addWidget(view)
    square = Scenario(mode="network", network=NetworkSettings(  # 4 = 2², yet no image
        sizes=(4, 3, 2), x=(0.1, 0.2, 0.3, 0.4)))
    view.draw(Run(square).seek(1))
    assert view.decor.side == 0 and not view.decor.bars_on and not view.decor.picture.isVisible()


@pytest.mark.parametrize("ticks", [("0.5", "1"), ("0.00256", "0.115")])
def test_the_colour_bar_keeps_its_colours_beside_long_tick_labels(qtbot, show, ticks):
    from gdsim.ui.views.height_bar import BAR_PX, HeightBar

    class Scale:
        def ticks(self, n):
            return [(0.0, ticks[0]), (1.0, ticks[1])]

    bar = HeightBar()
    show(bar, (bar.width(), 200))
    bar.set_scale(Scale())
    qtbot.waitUntil(lambda: bar.width() == bar.minimumWidth())  # as wide as the labels need
    rect = bar.bar_rect()
    assert rect.width() == BAR_PX and rect.right() < bar.width()  # the colours are all there
    widest = max(bar.fontMetrics().horizontalAdvance(t) for t in ticks)
    assert rect.left() - 6 >= widest  # beside the longest label, not over it
    image = bar.grab().toImage()
    middle = image.pixelColor(rect.center())
    assert middle.saturation() > 60  # painted in the colour map, not white
    assert bar.width() <= 120  # and it stays compact


def test_the_export_dialog_speaks_chinese(qtbot, tmp_path):
    from PySide6.QtWidgets import QFormLayout, QLabel

    from gdsim.ui import i18n
    from gdsim.ui.export_dialog import ExportDialog

    i18n.set_language("zh_CN")
    try:
        dialog = ExportDialog(Scenario(mode="network"), 0, 10, tmp_path)
        qtbot.addWidget(dialog)
        form = dialog.layout()
        assert isinstance(form, QFormLayout)
        labels = [form.itemAt(r, QFormLayout.ItemRole.LabelRole) for r in range(form.rowCount())]
        texts = [w.widget().text() for w in labels if w is not None
                 and isinstance(w.widget(), QLabel)]
        assert {"导出内容", "格式", "图注", "保存到"} <= set(texts)
        assert dialog.caption.text() == "当前阶段的公式及其数值"
        assert dialog.windowTitle() == "导出" and dialog.format.itemText(0) == "PNG 图片"
    finally:
        i18n.set_language("en")
