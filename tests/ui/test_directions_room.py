"""Issue 19: the direction explorer fits the laptop's layout, in the loss curve's place under the
3-D view (it stood in the right column under the contour, 430 px wide, until the loss curve moved
under the 3-D view and it with it). Its two extremes stood side by
side and made its least width 501 px (656 in Chinese) at 1366 × 768, so bringing it to the front
widened the right column past its 430 px and squeezed the 3-D view; its least height, shared by
the docks tabbed with it, took room from the contour above (to 91 px in presentation mode); and
its word-wrapped summary asked for one line's height only, so the table slid under the plot.
Now it scrolls when its dock is short, and lays out whole inside."""

from __future__ import annotations

import pytest

from gdsim.ui import i18n


@pytest.fixture
def language(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_the_directions_keep_their_column_and_show_every_row(make_window, screen_of, qtbot,
                                                             language):
    screen_of((1366, 768))
    w = make_window()
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1366, 768) and w.docking.layout is not None
                    and w.docking.shared_for == w.size())  # the docks shared out for its size
    contour, loss, dock = w.docks["contour"], w.docks["loss"], w.docks["directions"]
    column, place = contour.geometry(), loss.geometry()  # the contour's column, the loss's place
    dock.raise_()
    view = w.views.build("directions")
    qtbot.waitUntil(lambda: view.isVisible() and view.picture is not None)
    qtbot.wait(50)  # the dock area's own pass
    assert dock.minimumSizeHint().width() <= place.width()
    assert contour.geometry() == column  # the contour's column as it was: 430 px
    assert all(abs(a - b) <= 2 for a, b in zip(dock.geometry().getRect(), place.getRect()))
    table, plot, summary = view.table, view.plot, view.summary
    assert summary.height() >= summary.heightForWidth(summary.width())
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()  # every row in sight
    assert table.geometry().bottom() < plot.geometry().top()  # none under the plot
    for label in (view.max_label, view.min_label):
        assert label.width() >= label.sizeHint().width()  # on one line each, whole
