"""Issue 11, the rest: J₀ drawn at step 0, the landscape's labels apart and named with real
sub- and superscripts, a short export caption, the digits drawn as digits, the panel's digits."""

import pytest

from gdsim.core.landscape import Landscape
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario


def test_the_loss_curve_at_step_0_shows_J0_as_a_point_with_its_value(qtbot):
    from gdsim.ui.text import fmt
    from gdsim.ui.views.loss_curve import LossCurveView

    view = LossCurveView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
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
def test_the_landscape_labels_overlap_neither_each_other_nor_the_surface(qtbot, size, mode):
    from PySide6.QtGui import QPolygonF

    from gdsim.ui.views.axis_labels import footprint, screen_points
    from gdsim.ui.views.surface3d import Surface3DView, pretty_axis

    view = Surface3DView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    snap = Run(Scenario(mode=mode)).seek(2)
    if mode == "network":
        snap = Landscape().view(snap)
    view.render(snap)
    view.draw(snap)
    qtbot.wait(50)
    view.place_labels()
    shown = view.label_rects()
    texts = [text for text, _ in shown]
    name1, name2 = (pretty_axis(n) for n in snap.surface.axes)
    assert name1 in texts and name2 in texts  # the titles are always there
    if mode == "network":
        assert (name1, name2) == ("w¹₁₁", "w²₁₁")
    assert len(shown) >= 5  # titles and at least the ends of some axes
    matrix, w, h = view._projection()
    outline = footprint(screen_points(matrix, view.mesh_points(), w, h))
    for n, (text, rect) in enumerate(shown):
        assert not QPolygonF(rect).intersects(outline), text
        for other, rect2 in shown[n + 1:]:
            assert not rect.intersects(rect2), (text, other)


def test_axis_names_and_the_status_bar_use_real_sub_and_superscripts():
    from gdsim.ui.views.surface3d import pretty_axis
    from gdsim.ui.viewset import NETWORK_MODE

    assert pretty_axis("w^1_11") == "w¹₁₁" and pretty_axis("b^2_1") == "b²₁"
    assert pretty_axis("w^1_10,3") == "w¹₁₀‚₃" and pretty_axis("w1") == "w1"
    view = Landscape().view(Run(Scenario(mode="network")).seek(0))
    assert NETWORK_MODE.point_text(view).startswith("(w¹₁₁, w²₁₁) = (")


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
    panel.show_scenario(asked[-1])
    assert not panel.n.edit.isEnabled() and not panel.noise.edit.isEnabled()
    assert "n does not apply" in panel.n.edit.toolTip()
    assert "noise does not apply" in panel.noise.edit.toolTip()
    panel.show_scenario(Scenario(mode="network", network=NetworkSettings(
        sizes=(64, 16, 10), data="moons")))  # a network that reads them already: kept
    panel.data.setCurrentIndex(panel.data.findData("digits"))
    assert asked[-1].network.sizes == (64, 16, 10)
    panel.show_scenario(Scenario(mode="network", network=NetworkSettings(data="moons")))
    assert panel.noise.edit.isEnabled() and panel.n.edit.isEnabled()


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
