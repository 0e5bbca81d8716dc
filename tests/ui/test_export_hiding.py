"""While a lesson question is open, what leaves the window hides what it asks too: File ▸ Export
(pictures, their titles, the trace as CSV/JSON), the 3-D view's −grad J arrows and the
PyTorch dock's comparison — "?" where the number would be, as every view prints it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from gdsim.core.exporting import ExportJob
from gdsim.core.hidden import MASK, NOTHING, Hidden
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.core.traces import hide_rows, trace_rows
from gdsim.examples import example_path
from gdsim.ui.export import FrameRenderer, export
from gdsim.ui.views.pytorch_view import comparison_html
from tests.ui.test_lesson_tutor import LESSONS, answer_right, lesson_window, settle  # noqa: F401

P1 = Hidden("point", 1)


def step_vectors() -> Scenario:
    return load_scenario(example_path("fig-3-13-step-vectors")).with_step(0)


def network() -> Scenario:
    return load_scenario(example_path("fig-3-16-network")).with_step(0)


def test_the_trace_rows_hide_the_asked_point_cost_and_gradient_only():
    run = Run(step_vectors())
    rows = trace_rows(run, (0, 1, 2))
    shown = hide_rows(rows, P1, run)
    assert shown[1]["w1"] == shown[1]["w2"] == MASK
    assert shown[1]["J"] == rows[1]["J"] and shown[0] == rows[0] and shown[2] == rows[2]
    cost = hide_rows(rows, Hidden("cost", 2), run)[2]
    assert cost["J"] == MASK and cost["w1"] == rows[2]["w1"]
    slopes = hide_rows(rows, Hidden("gradient", 0), run)[0]
    assert slopes["dJ_dw1"] == slopes["dJ_dw2"] == MASK
    assert hide_rows(rows, NOTHING, run) == rows


def test_a_networks_trace_hides_the_weights_an_asked_delta_moves():
    """δ³₁ at iteration 0 makes ∂J/∂w²₁ⱼ and ∂J/∂b²₁: θ₁'s w^2_1j and b^2_1 would tell it."""
    run = Run(network())
    rows = trace_rows(run, (0, 1))
    shown = hide_rows(rows, Hidden("delta", 0, layer=3, neuron=1), run)
    masked = {name for name, v in shown[1].items() if v == MASK}
    assert masked == {"w^2_11", "w^2_12", "w^2_13", "w^2_14", "b^2_1"}
    assert shown[0] == rows[0]
    assert hide_rows(rows, Hidden("cost", 1), run)[1]["J"] == MASK


def test_an_exported_trace_and_picture_title_say_what_is_asked_as_a_question_mark(qapp,
                                                                                  tmp_path):
    out = tmp_path / "trace.csv"
    export(ExportJob(step_vectors(), (0, 1), "trace", fmt="csv", out=out, hidden=P1))
    lines = out.read_text().splitlines()
    assert lines[2].startswith("1,?,?,") and "-1.6" not in out.read_text()
    renderer = FrameRenderer(step_vectors(), "contour", (640, 480), hidden=P1)
    try:
        renderer.seek(1)
        title = renderer.target.title.text()
        assert "(w1, w2) = ?" in title and "1.6" not in title, title
    finally:
        renderer.close()


def test_file_export_while_a_question_is_open_hides_it(lesson_window, qtbot, monkeypatch,  # noqa: F811
                                                       tmp_path):
    """File ▸ Export hands the open question's Hidden to the export; answered, nothing."""
    from gdsim.ui import export_dialog

    w = lesson_window
    page = LESSONS["3.3.3"].pages[1]  # P1 = ?
    w.lessons.open(LESSONS["3.3.3"], 1)
    settle()
    jobs = []

    def exec_(dialog) -> int:
        dialog.steps.setText("0:1")
        dialog.out.setText(str(tmp_path / "t.csv"))
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        jobs.append(dialog.job())
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", exec_)
    w.file_menu._on_export_triggered()
    assert jobs[-1].hidden == w.controller.hidden == P1
    export(jobs[-1])
    assert (tmp_path / "t.csv").read_text().splitlines()[2].startswith("1,?,?,")
    answer_right(w, page, qtbot)
    w.file_menu._on_export_triggered()
    assert not jobs[-1].hidden


def test_the_3d_and_contour_views_draw_no_minus_gradient_the_question_asks(qapp):
    from gdsim.ui.viewset import ViewSet

    views = ViewSet(("surface", "contour"))
    try:
        views.surface3d.set_directions_shown(True)
        views.contour.set_overlays(False, True)
        snap = Run(step_vectors()).snapshot()

        def drawn(hidden: Hidden) -> tuple[int, int, bool]:
            views.render(replace(snap, hidden=hidden))
            s3 = views.surface3d
            return (len(s3.racers[0].neg_grad.pos), len(s3.directions["−grad J"].pos),
                    views.contour.directions["−grad J"].line.isVisible())

        neg, steepest, contour = drawn(NOTHING)
        assert neg > 0 and steepest > 0 and contour
        for asked in (Hidden("gradient", 0), Hidden("point", 1), Hidden("directional", 0)):
            assert drawn(asked) == (0, 0, False), asked
        assert drawn(Hidden("cost", 1))[:2] == (neg, steepest)  # J(P1) is not along −grad J
    finally:
        for view in views.views.values():
            view.deleteLater()


def test_the_pytorch_comparison_hides_the_asked_j_and_the_weights_of_an_asked_delta():
    pytest.importorskip("torch")
    from gdsim.core.pytorch_code import History, compare_with_torch

    snap = Run(network()).snapshot()
    c = compare_with_torch(History(snap.settings), 0)
    assert MASK not in comparison_html(c)
    cost = comparison_html(c, Hidden("cost", 0))
    assert f"gdsim {MASK}, torch {MASK}" in cost
    delta = comparison_html(c, Hidden("delta", 0, layer=2, neuron=1))  # δ²₁: w¹₁ⱼ, b¹₁
    rows = {row.split("</td>")[0]: row for row in delta.split("<tr><td>")[1:]}
    for name, row in rows.items():
        hidden = name.startswith("w¹₁") or name == "b¹₁"
        assert (row.count(f">{MASK}<") == 4) == hidden, (name, row)


def test_gdsim_export_of_a_lesson_page_hides_its_question(qapp, monkeypatch, tmp_path,
                                                          capsys):
    """`gdsim export --lesson ID --page N`: the page's state, its question's numbers '?'."""
    import gdsim.cli.common as cli_common
    from gdsim.cli import main
    from gdsim.ui.qtapp import make_app

    make_app()
    monkeypatch.setattr(cli_common, "start_qt", lambda needs_gl: None)
    out = tmp_path / "t.csv"
    assert main(["export", "--lesson", "3.3.3", "--page", "3", "--steps", "0:2", "--view",
                 "trace", "--out", str(out)]) == 0  # J(P1) = ?
    assert [line.split(",")[3] for line in out.read_text().splitlines()[1:]] == [
        "24.0", "?", "12.192"]
    svg = tmp_path / "c.svg"
    assert main(["export", "--lesson", "3.3.3", "--page", "2", "--steps", "1", "--view",
                 "contour", "--out", str(svg)]) == 0  # P1 = ?, drawn at step 1
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8"))
    assert any("(w1, w2) = ?" in t for t in texts) and not any("1.6" in t for t in texts)
    assert main(["export", "--lesson", "3.3.3", "--page", "7", "--out",
                 str(tmp_path / "x.png")]) == 2
    assert "page: 7 is not a page of lesson '3.3.3'; it has pages 1 to 6" in (
        capsys.readouterr().err)


@pytest.mark.parametrize("asked, phase", [
    (Hidden("activation", 0, layer=2, neuron=1), 1),  # the forward pass at layer 2: a²₁
    (Hidden("delta", 0, layer=3, neuron=1), 3),  # the backward pass at layer 3: δ³₁
    (Hidden("delta", 0, layer=2, neuron=1), 4),  # δ²₁
    (Hidden("weight_move", 0, layer=2, neuron=1, source=1), 5),  # the update: w²₁₁
    (Hidden("cost", 0), 0),  # the iteration whole: J(θ₀)
])
def test_an_exported_captions_formula_says_the_asked_number_as_a_question_mark(qapp, asked,
                                                                               phase):
    from gdsim.ui.views.formula import caption_text

    snap = Run(network().at(0, phase)).snapshot()
    shown, hidden = caption_text(snap), caption_text(replace(snap, hidden=asked))
    assert MASK not in shown and MASK in hidden, (shown, hidden)
    numbers = set(re.findall(r"\d\.\d+", shown)) - set(re.findall(r"\d\.\d+", hidden))
    assert numbers, "a number of the caption is hidden"


def test_file_export_draws_what_the_window_draws(lesson_window, monkeypatch):  # noqa: F811
    """A lesson page's overlays (figure 3-10's directions, not figure 3-13's vectors) and the
    user's own choice in the contour's Show menu reach File ▸ Export's pictures."""
    from gdsim.ui import export_dialog
    from gdsim.ui.views.contour import overlays

    w = lesson_window
    w.lessons.open(LESSONS["3.3.1"], 2)  # the contour with figure 3-10's directions
    settle()
    jobs = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda dialog: jobs.append(dialog.job()) or 0)
    w.file_menu._on_export_triggered()
    assert jobs[-1].draws == LESSONS["3.3.1"].pages[2].draws == ("directions",)
    renderer = FrameRenderer(w.controller.scenario, "contour", (640, 480),
                             draws=jobs[-1].draws)
    try:
        assert overlays(renderer.views.contour) == ("directions",)
    finally:
        renderer.close()
    w.views.contour.show_step.setChecked(True)  # the Show menu's "Vectors (3-13)"
    w.file_menu._on_export_triggered()
    assert jobs[-1].draws == ("vectors", "directions")
