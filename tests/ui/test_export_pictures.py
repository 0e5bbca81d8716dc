"""An exported view is a figure for a slide: the picture and its colour legend without the
panel's controls, labelled with the state it shows, in the language asked for, with an optional
caption; the whole window's export too (the views' pictures arranged as on screen); and the
export dialog asks before replacing an earlier export's frames."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMessageBox, QWidget

from gdsim.cli import main
from gdsim.core.exporting import ExportJob
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path
from gdsim.ui import i18n
from gdsim.ui.export import FrameRenderer
from gdsim.ui.text import fmt


@pytest.fixture
def app(qapp):
    from gdsim.ui.qtapp import make_app

    return make_app()


@pytest.fixture
def english():
    yield
    i18n.set_language("en")


def network() -> Scenario:
    return load_scenario(example_path("fig-3-16-network")).with_step(0)


def shown(renderer: FrameRenderer, kind: type) -> list[QWidget]:
    return [w for w in renderer.target.findChildren(kind) if w.isVisibleTo(renderer.target)]


@pytest.mark.parametrize("view", ["diagram", "loss", "contour", "alpha_map"])
def test_an_exported_view_has_no_controls(app, view):
    scenario = network() if view == "diagram" else Scenario()
    renderer = FrameRenderer(scenario, view, (800, 500))
    try:
        renderer.image(3)
        assert shown(renderer, QComboBox) == [] and shown(renderer, QAbstractButton) == []
        texts = " ".join(label.text() for label in shown(renderer, QLabel))
        assert "Hover" not in texts and "click to select" not in texts
    finally:
        renderer.close()


def test_the_diagram_says_the_state_it_shows(app):
    renderer = FrameRenderer(network(), "diagram", (800, 500))
    try:
        renderer.image(3)
        texts = " ".join(label.text() for label in shown(renderer, QLabel))
        assert "step k = 3" in texts and "θ₃" in texts
        assert "Step 4" not in texts and "θ₄" not in texts
        assert f"J = {fmt(renderer.run.seek(3).J)}" in texts
    finally:
        renderer.close()


def test_the_caption_is_the_formula_panels_text(app):
    from gdsim.ui.views.formula import caption_text

    renderer = FrameRenderer(network(), "diagram", (800, 500), caption=True)
    try:
        renderer.image(2)
        caption = renderer.target.caption
        assert caption.isVisibleTo(renderer.target)
        assert caption.text() == caption_text(renderer.run.seek(2)) != ""
    finally:
        renderer.close()
    plain = FrameRenderer(Scenario(), "contour", (800, 500))
    try:
        plain.image(2)
        assert not plain.target.caption.isVisibleTo(plain.target)
    finally:
        plain.close()


def test_a_surface_caption_gives_the_step_with_its_numbers(app):
    renderer = FrameRenderer(Scenario(), "contour", (800, 500), caption=True)
    try:
        renderer.image(1)
        snap = renderer.run.seek(1)
        text = renderer.target.caption.text()
        assert "α·grad J" in text and f"{fmt(snap.points[0].grad_norm, 4)}" in text
    finally:
        renderer.close()


def test_the_views_are_built_in_the_language_asked_for(app, english):
    i18n.set_language("zh_CN")
    renderer = FrameRenderer(Scenario(), "loss", (800, 500))
    try:
        renderer.image(1)
        assert "步数 k = 1" in renderer.target.title.text()
    finally:
        renderer.close()


def test_the_command_line_sets_language_and_caption_before_drawing(monkeypatch, tmp_path,
                                                                   english):
    import gdsim.cli.common as cli_common
    import gdsim.ui.export as ui_export

    seen = {}

    def export(job: ExportJob, progress=None):
        seen.update(language=i18n.language(), caption=job.caption)
        return [job.out]

    monkeypatch.setattr(cli_common, "start_qt", lambda needs_gl: None)
    monkeypatch.setattr(ui_export, "export", export)
    assert main(["export", "--view", "contour", "--lang", "zh_CN", "--caption",
                 "--out", str(tmp_path / "c.png")]) == 0
    assert seen == {"language": "zh_CN", "caption": True}


@pytest.mark.parametrize("answer, left", [
    (QMessageBox.StandardButton.No, [f"frame-{i:04d}.png" for i in range(4)]),
    (QMessageBox.StandardButton.Yes, ["frame-0000.png", "frame-0001.png"]),
])
def test_the_dialog_asks_before_replacing_earlier_frames(app, tmp_path, monkeypatch, answer,
                                                         left):
    from gdsim.ui import export_dialog

    out = tmp_path / "frames"
    out.mkdir()
    for i in range(4):
        (out / f"frame-{i:04d}.png").write_bytes(b"old")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or answer)
    dialog = export_dialog.ExportDialog(Scenario(), 0, 10, tmp_path)
    try:
        dialog.view.setCurrentIndex(dialog.view.findData("contour"))
        dialog.steps.setText("0:1")
        dialog.width_box.setValue(200)
        dialog.height_box.setValue(150)
        dialog.out.setText(str(out))
        dialog._on_export_clicked()
    finally:
        dialog.deleteLater()
    assert len(asked) == 1 and "4 frames of an earlier export" in asked[0]
    assert sorted(p.name for p in out.iterdir()) == left
    if answer == QMessageBox.StandardButton.Yes:
        assert (out / "frame-0001.png").read_bytes().startswith(b"\x89PNG")


def test_the_dialogs_path_follows_one_state_or_a_range(app, tmp_path):
    from gdsim.ui.export_dialog import ExportDialog

    dialog = ExportDialog(Scenario(), 0, 10, tmp_path)
    try:
        dialog.steps.setText("0:3")
        assert dialog.out.text() == str(tmp_path / "gdsim-export")
        dialog.job().check_out()
        dialog.steps.setText("3")
        assert dialog.out.text() == str(tmp_path / "gdsim-export.png")
        dialog.job().check_out()
    finally:
        dialog.deleteLater()


# -- --view window: a figure too ------------------------------------------------------------------


def visible_controls(renderer: FrameRenderer) -> list[str]:
    target = renderer.target
    controls = [*target.findChildren(QAbstractButton), *target.findChildren(QComboBox)]
    return [c.text() if isinstance(c, QAbstractButton) else c.currentText()
            for c in controls if c.isVisibleTo(target)]


def visible_words(renderer: FrameRenderer) -> str:
    target = renderer.target
    return " ".join(label.text() for label in target.findChildren(QLabel)
                    if label.isVisibleTo(target))


@pytest.mark.parametrize("scenario", ["default", "fig-3-16-network"])
def test_a_window_export_has_no_controls_and_a_title_with_the_step(app, scenario):
    s = Scenario() if scenario == "default" else load_scenario(example_path(scenario))
    renderer = FrameRenderer(s, "window", (1280, 800))
    try:
        renderer.image(3)
        assert visible_controls(renderer) == []  # "Show ▾", "Log scale", combos: gone
        words = visible_words(renderer)
        assert "Hover a neuron" not in words
        title = renderer.target.status
        assert title.isVisibleTo(renderer.target) and title.y() < 40  # at the top
        assert re.search(r"step k = 3\b", title.text())
    finally:
        renderer.close()


def test_the_caption_applies_to_a_window_export(app, tmp_path):
    from gdsim.core.exporting import ExportJob
    from gdsim.ui.export import export

    plain, captioned = tmp_path / "plain.png", tmp_path / "captioned.png"
    export(ExportJob(Scenario(), (2,), "window", (800, 500), "png", plain))
    export(ExportJob(Scenario(), (2,), "window", (800, 500), "png", captioned, caption=True))
    assert plain.read_bytes() != captioned.read_bytes()  # was byte-identical: ignored
    renderer = FrameRenderer(Scenario(), "window", (800, 500), caption=True)
    try:
        renderer.image(2)
        caption = renderer.target.caption
        assert caption.isVisibleTo(renderer.target) and "α·grad J" in caption.text()
    finally:
        renderer.close()


def test_a_chinese_export_says_the_step_and_status_in_chinese(app, english):
    from gdsim.core.scenario import SurfaceSettings

    i18n.set_language("zh_CN")
    diverging = Scenario(surface=SurfaceSettings(lr=5.0), max_steps=50)
    renderer = FrameRenderer(diverging, "window", (1280, 800))
    try:
        renderer.image(10)  # the run stopped at step 5, where it diverged
        title = renderer.target.status.text()
        assert "步数 k = 5" in title and "在第 5 步发散" in title
        assert not re.search(r"step|running|diverged", title) and "第 k 步 =" not in title
    finally:
        renderer.close()
    renderer = FrameRenderer(Scenario(), "contour", (800, 500))
    try:
        renderer.image(3)
        assert "步数 k = 3" in renderer.target.title.text()
    finally:
        renderer.close()
