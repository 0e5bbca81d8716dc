"""The 3-D view draws a step that leaves its box where it goes: up to the face it leaves
through, with a marker and "left the view" there, never moved to another place. At α = 2.5
the step from A = (−2, 3) lands on P1 = (8, −17), J 24 → 324: uphill, out through the top."""

import numpy as np

from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.ui.views.surface3d import BOX, drawn_box


def on_chord(point, a, b) -> bool:
    """Does `point` lie on the segment a → b (in display coordinates)?"""
    d = b - a
    t = float(np.dot(point - a, d) / np.dot(d, d))
    return 0.0 <= t <= 1.0 and np.allclose(a + t * d, point, atol=1e-6)


def test_a_step_uphill_out_of_the_box_is_drawn_uphill_to_the_edge(make_window, qtbot):
    w = make_window(Scenario(surface=SurfaceSettings(lr=2.5), max_steps=10))
    view = w.views.surface3d
    w.controller.seek(1)
    snap = w.controller.snapshot()
    assert snap.costs(0).tolist() == [24.0, 324.0]
    items = view.racers[0]
    a, p1 = view.to_display(snap.path(0)[:, 0], snap.path(0)[:, 1], snap.costs(0), lift=0.04,
                            clip=False)
    segment = items.path.pos
    assert len(segment) == 2 and np.allclose(segment[0], a)
    end = segment[1]
    assert end[2] > a[2]  # it climbs, as J does (the old drawing went down to the front edge)
    assert on_chord(end, a, p1)  # on the way from (A, 24) to (P1, 324), nowhere else
    box = drawn_box(lift=0.04)
    assert any(np.isclose(end[i], box[i][j]) for i in range(3) for j in range(2))  # a face
    assert np.allclose(items.exits.pos, [end])
    assert items.exit_label.text == "left the view"
    assert items.exit_label in view.text.labels()  # painted with the view's labels
    assert np.abs(segment[:, :2]).max() <= BOX / 2 + 1e-9
    assert len(items.head.pos) == 0  # P1 is not in sight: no point is drawn in its place
    assert len(items.step.pos) == 0 and len(items.neg_grad.pos) == 0
    assert not (items.head.visible() or items.step.visible() or items.neg_grad.visible())
    w.controller.seek(0)  # back at A, inside: the plain path again, and no marker
    assert len(items.exits.pos) == 0 and items.exit_label.text == ""
    assert np.allclose(items.head.pos, [a]) and items.head.visible()
    assert not items.exits.visible()


def test_the_exit_label_is_painted_inside_the_view(make_window, qtbot):
    """A path out through the top has its marker at the top edge of the view: its "left the
    view" is moved in to be read (GLTextItem wrote it above the edge, outside the window), and
    stands beside the marker, not on it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage

    from gdsim.ui.style import DIVERGED_COLOR
    from gdsim.ui.views.racer_items import EXIT_SIZE

    w = make_window(Scenario(surface=SurfaceSettings(lr=2.5), max_steps=10))
    w.resize(1366, 768)  # the 3-D view as a laptop shows it: the marker at its top edge
    view = w.views.surface3d
    w.controller.seek(2)
    qtbot.waitUntil(lambda: view.gl.width() < 600)
    with qtbot.waitSignal(view.gl.frameSwapped):
        view.gl.update()
    painted = [(box, at) for text, box, at in view.text.painted if text == "left the view"]
    assert len(painted) == 1
    box, marker = painted[0]
    frame = QRectF(view.gl.rect())
    assert frame.contains(box), (box, frame)
    # beside the marker, not on it and the line ending there ("eft the view" was read)
    assert box.left() >= marker.x() + EXIT_SIZE / 2, (box, marker)
    image = view.gl.grabFramebuffer().convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :3 * image.width()].reshape(
        image.height(), image.width(), 3).astype(int)
    r = box.toAlignedRect().intersected(image.rect())
    ink = pixels[r.top():r.bottom() + 1, r.left():r.right() + 1]
    colour = QColor(DIVERGED_COLOR)
    near = np.abs(ink - [colour.red(), colour.green(), colour.blue()]).max(axis=2) < 60
    assert near.sum() >= 10, near.sum()
