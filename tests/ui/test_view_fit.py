"""Every view earns its room (issue 19): the 3-D view's surface fills its pane, tall or wide,
and the contour's range is the surface's own with one scale on both axes, the plot shaped
like the surface's box rather than the range widened to the plot's shape."""

from __future__ import annotations

import numpy as np
import pytest

from gdsim.core.landscape import Landscape
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario


def surface_box(view) -> tuple[np.ndarray, np.ndarray, int, int]:
    """The surface's box on the 3-D view's screen: its least and greatest pixel, the size."""
    from gdsim.ui.views.axis_labels import screen_points
    from gdsim.ui.views.surface3d import box_points

    matrix, w, h = view._projection()
    points = screen_points(matrix, box_points(view), w, h)
    return points.min(axis=0), points.max(axis=0), w, h


def fills(view) -> tuple[float, float]:
    """How much of the view's width and height the surface's box takes, and how far its middle
    is from the view's, in pixels."""
    low, high, w, h = surface_box(view)
    across = max((high[0] - low[0]) / w, (high[1] - low[1]) / h)
    off = float(np.hypot(*((low + high) / 2 - (w / 2, h / 2))))
    return across, off


@pytest.mark.parametrize("mode", ["surface", "network"])
@pytest.mark.parametrize("size", [(330, 650), (900, 450), (600, 600)])
def test_the_surface_fills_its_pane_tall_or_wide(show, qtbot, mode, size):
    from gdsim.ui.views.surface3d import Surface3DView

    view = show(Surface3DView(), size)
    snap = Run(Scenario(mode=mode)).seek(0)
    if mode == "network":
        snap = Landscape().view(snap)
    view.render(snap)
    qtbot.waitUntil(lambda: view.gl.isExposed() and view.gl.size() == view.container.size())
    qtbot.waitUntil(lambda: fills(view)[0] > 0.75)  # fitted to the size it is shown at
    low, high, w, h = surface_box(view)
    assert low[0] >= 0 and low[1] >= 0 and high[0] <= w and high[1] <= h  # all of it in view
    across, off = fills(view)
    assert off <= 3, off  # in the middle
    width, height = (high - low) / (w, h)
    assert max(width, height) >= 0.75  # as large as its margins for the labels allow
    view.gl.opts["distance"] *= 2  # the user zoomed out: the camera is theirs now
    view.gl.moved = True
    before = view.gl.opts["distance"]
    view.container.resize(size[0] - 40, size[1] - 40)
    qtbot.waitUntil(lambda: view.gl.size() == view.container.size())
    assert view.gl.opts["distance"] == before
    view.reset_camera()  # View ▸ Reset camera: fitted again
    assert fills(view)[0] >= 0.75 and not view.gl.moved


@pytest.mark.parametrize("size", [(380, 310), (380, 700), (900, 400)])
def test_the_contour_shows_the_surfaces_range_at_one_scale(show, qtbot, size):
    from gdsim.ui.views.contour import ContourView

    view = show(ContourView(), size)
    view.show_step.setChecked(False)  # the box alone (the vectors' labels: below)
    snap = Run(Scenario()).seek(0)
    view.render(snap)
    (x0, x1), (y0, y1) = snap.surface.bounds

    def fitted() -> bool:
        (a0, a1), (b0, b1) = view.plot.vb.viewRange()
        sx, sy = view.plot.vb.viewPixelSize()
        return (abs(a0 - x0) <= 0.05 * (x1 - x0) and abs(a1 - x1) <= 0.05 * (x1 - x0)
                and abs(b0 - y0) <= 0.05 * (y1 - y0) and abs(b1 - y1) <= 0.05 * (y1 - y0)
                and abs(sx / sy - 1) < 0.02)

    qtbot.waitUntil(fitted)  # −3 … 3 by −4 … 4, not −9 … 9 for a box drawn on −3 … 3
    vb = view.plot.vb
    assert vb.width() <= size[0] and vb.height() <= size[1]
    view.equal_scales.setChecked(False)  # one scale off: the plot takes all of its room again
    qtbot.waitUntil(lambda: view.plot.layout.getContentsMargins() == (1, 1, 1, 1))
    view.equal_scales.setChecked(True)
    qtbot.waitUntil(fitted)


def test_the_contour_is_never_narrower_than_its_widest_label(show, qtbot):
    from gdsim.ui.views.contour import ContourView

    view = show(ContourView(), (380, 260))  # a box of −3 … 3 by −4 … 4 would be 180 px wide
    view.render(Run(Scenario()).seek(1))
    from gdsim.ui.views.contour import LABEL_GROWTH, LABEL_MARGIN

    widest = view.widest_label()
    assert widest > 100  # |AP| = α·|grad J| = 0.8944
    need = widest * LABEL_GROWTH + 2 * LABEL_MARGIN  # room to grow in presentation mode
    qtbot.waitUntil(lambda: abs(view.plot.vb.width() - need) < 2)  # and no wider
    sx, sy = view.plot.vb.viewPixelSize()
    assert abs(sx / sy - 1) < 0.02  # one scale still: the range widened, only as needed


def test_fitting_again_to_the_same_size_draws_the_same_picture(show, qtbot):
    """The fit is a function of the camera, the size and the surface, not of the fits before:
    the window system may send a view one resize event or three (more on a busy machine), and
    a frame exported alone must equal the same frame of a film (test_export)."""
    from gdsim.ui.views.surface3d import Surface3DView, fit_view

    view = show(Surface3DView(), (320, 240))
    view.render(Run(Scenario()).seek(3))
    qtbot.waitUntil(lambda: view.gl.isExposed() and view.gl.size() == view.container.size())
    fit_view(view)
    once, first = (view.gl.opts["fov"], view.gl.shift), view.container.size()
    for size in ((500, 300), (200, 400)):  # fitted to other sizes in between
        view.container.resize(*size)
        qtbot.waitUntil(lambda: view.gl.size() == view.container.size())
        fit_view(view)
    view.container.resize(first)
    qtbot.waitUntil(lambda: view.gl.size() == first)
    for _ in range(3):
        fit_view(view)
        assert (view.gl.opts["fov"], view.gl.shift) == once
