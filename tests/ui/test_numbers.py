"""Numbers are never cut: one format everywhere (text.fmt), tables whose columns fit their
numbers (scrolling sideways rather than eliding), the full value in a cell's tooltip and in
Copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gdsim.core.scenario import load_scenario
from gdsim.examples import example_path
from gdsim.ui.text import fmt, typed
from tests.ui import legibility

UI = Path(__file__).resolve().parents[2] / "gdsim" / "ui"


@pytest.mark.parametrize(("value", "shown"), [
    (1.41e73, "1.41e+73"), (6.3e-30, "6.3e−30"), (-0.0230584, "−0.0230584"),
    (4.002663, "4.00266"), (0.0, "0"), (-0.0, "0"), (1e-4, "0.0001"), (9.99e-5, "9.99e−05"),
    (999999.4, "999999"), (999999.7, "1e+06"), (1e6, "1e+06"), (123456.7, "123457"),
    (0.1 + 0.2, "0.3"), (-2.0, "−2"), (float("inf"), "∞"), (float("-inf"), "−∞"),
    (float("nan"), "nan")])
def test_one_format_six_digits_scientific_outside_1e_minus_4_to_1e6(value, shown):
    assert fmt(value) == shown


def test_fewer_digits_keep_the_notation_and_the_whole_part():
    assert fmt(-0.0230584, 3) == "−0.0231"
    assert fmt(123456.7, 3) == "123457"  # not 1.23e+05, not 123000
    assert fmt(2.5e-7, 3) == "2.5e−07" and fmt(3.14159e8, 3) == "3.14e+08"


def test_a_typed_number_parses_back_to_the_same_float():
    for v in (2.0, 0.1, 1e-05, 0.123456789012, -3.0, 1e20):
        assert float(typed(v)) == v
    assert typed(2.0) == "2" and typed(0.1) == "0.1"


FORMAT = re.compile(r"\{[^{}:]+:[ +\-#0,]*\d*(\.\d+)?[efgEG%]\}(?!pt)")  # {v:.4g}, not {v:,}


def test_numbers_reach_the_screen_through_fmt_only():
    """No view formats a float itself (f"{v:.4g}" read 1.4 for 1.41e+73): only text.py does,
    and presentation.py writes font sizes."""
    found = {}
    for path in UI.rglob("*.py"):
        if path.name == "text.py":
            continue
        hits = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                if FORMAT.search(line)]
        if hits:
            found[str(path.relative_to(UI))] = hits
    assert found == {}


def trace_of(make_window, qtbot, name, k):
    w = make_window(load_scenario(example_path(name)).with_step(k))
    w.resize(1366, 768)
    w.docks["trace"].raise_()
    trace = w.views.trace
    qtbot.waitUntil(lambda: trace.model.rowCount() == k + 1 and legibility.seen(trace.table))
    return w, trace


def test_the_trace_shows_every_digit_of_a_diverging_run(make_window, qtbot):
    """Lesson 3.3.3 asks students to compare these rows: 3.355e+08 must not read "3.3…". The
    run stops at step 6, where the divergence rule says it has diverged (J > 10⁶ × J₀)."""
    w, trace = trace_of(make_window, qtbot, "diverging-lr", 6)
    model, table = trace.model, trace.table
    J = float(model.rows[6, 2])
    assert model.data(model.index(6, 3)) == fmt(J) and J > 1e6 * 24 and "e+08" in fmt(J)
    assert model.data(model.index(6, 3), Qt.ItemDataRole.ToolTipRole) == repr(J)
    assert [str(c) for c in legibility.elided_texts(w) if c.where.startswith("QTableView")] == []
    header, option = table.horizontalHeader(), option_of(table)
    for c in range(model.columnCount()):  # every row's number fits, not only those in sight
        need = max(table.itemDelegate().sizeHint(option, model.index(r, c)).width()
                   for r in range(model.rowCount()))
        assert header.sectionSize(c) >= need
    assert table.textElideMode() == Qt.TextElideMode.ElideNone  # too wide: it scrolls sideways


def option_of(table):
    from PySide6.QtWidgets import QStyleOptionViewItem

    opt = QStyleOptionViewItem()
    opt.initFrom(table)
    opt.font = table.font()
    return opt


def test_copy_gives_the_rows_with_every_digit(make_window, qtbot):
    w, trace = trace_of(make_window, qtbot, "diverging-lr", 5)  # it diverges at step 6
    table = trace.table
    table.selectRow(5)
    trace.copy_rows.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["k", "w1", "w2", "J", "|grad J|", "∂J/∂w1", "∂J/∂w2"]
    row = lines[1].split("\t")
    assert row[0] == "5"
    assert [float(v) for v in row[1:]] == trace.model.rows[5].tolist()  # exactly


def test_every_table_fits_its_numbers(make_window, qtbot):
    """The directions, the gradient check and the chain rule at 1366×768: no cell cut."""
    w = make_window()
    w.resize(1366, 768)
    w.controller.seek(5)
    for name in ("trace", "directions"):
        w.docks[name].raise_()
        view = w.views.views[name]
        qtbot.waitUntil(lambda view=view: legibility.seen(view))
        assert [c for c in legibility.elided_texts(w) if "QTable" in c.where] == []
    net = make_window(load_scenario(example_path("fig-3-16-network")).with_step(1))
    net.resize(1366, 768)
    net.docks["gradcheck"].raise_()
    check = net.views.views["gradcheck"]
    qtbot.waitUntil(lambda: legibility.seen(check))
    check.button.click()
    net.views.diagram.selected.emit(("edge", 1, 1, 1))
    for name in ("gradcheck", "chain"):
        net.docks[name].raise_()
        view = net.views.views[name]
        qtbot.waitUntil(lambda view=view: legibility.seen(view.table))
        cuts = [c for c in legibility.elided_texts(net) if "QTable" in c.where]
        assert cuts == [], [str(c) for c in cuts]
        assert view.table.textElideMode() == Qt.TextElideMode.ElideNone
