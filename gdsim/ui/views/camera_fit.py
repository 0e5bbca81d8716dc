"""The 3-D view's camera fitted to what it shows: its lens narrowed or widened (the field of
view) and shifted (an off-centre frustum) so the surface's box fills the view, less a margin for
the tick labels and axis titles, and stands in its middle — in a tall narrow pane (network
mode's landscape beside the diagram) as in a wide one. The camera itself stays where it is, so
the surface is seen from the same height and angle: moving it closer would flatten a high
surface to an edge. Surface3DView fits again on a new size until the user moves the camera, and
on View ▸ Reset camera."""

from __future__ import annotations

from math import atan, degrees, radians, tan

import numpy as np
from numpy.typing import NDArray
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtGui import QMatrix4x4

from gdsim.ui.views.axis_labels import screen_points

Array = NDArray[np.float64]
ROUNDS = 4  # each round corrects the last's small error; four settle it within a pixel
FOV = 60.0  # the lens each fit starts from (degrees), as pyqtgraph's camera has it


class ShiftedLens:
    """For a GLViewMixin: `shift` (x, y), in the view's normalized units, moves what the lens
    sees sideways and up or down without moving the camera (projectionMatrix)."""

    shift = (0.0, 0.0)

    def projectionMatrix(self, region: object, viewport: object) -> QMatrix4x4:  # noqa: N802
        matrix = super().projectionMatrix(region, viewport)  # type: ignore[misc]
        sx, sy = self.shift  # in clip space: x' = x − sx·w, y' = y − sy·w
        lens = QMatrix4x4(1, 0, 0, -sx, 0, 1, 0, -sy, 0, 0, 1, 0, 0, 0, 0, 1)
        return lens * matrix


def fit_camera(view: GLViewMixin, points: Array, width: int, height: int,
               margin: tuple[float, float]) -> None:
    """Set `view`'s field of view and lens shift so that `points` (display coordinates) fill
    the width × height view less `margin` (pixels, each side, across and down), centred.

    Each fit starts from the same lens (FOV, no shift), so it depends on the camera, the size
    and the points alone: fitting again to the same size draws the same picture, however many
    resize events the window system sent before (a frame exported alone equals that frame of a
    film)."""
    if width < 2 or height < 2 or len(points) == 0:
        return
    view.shift, view.opts["fov"] = (0.0, 0.0), FOV
    room_x, room_y = max(width - 2 * margin[0], 1.0), max(height - 2 * margin[1], 1.0)
    for _ in range(ROUNDS):
        matrix = (view.projectionMatrix((0, 0, width, height), (0, 0, width, height))
                  * view.viewMatrix())
        p = screen_points(matrix, points, width, height)
        p = p[np.all(np.isfinite(p), axis=1)]
        if len(p) == 0:
            return
        (x0, y0), (x1, y1) = p.min(axis=0), p.max(axis=0)
        scale = float(max((x1 - x0) / room_x, (y1 - y0) / room_y))
        sx, sy = view.shift
        dx = (x0 + x1) / width - 1  # the box's middle from the view's, normalized
        dy = 1 - (y0 + y1) / height
        view.shift = ((sx + dx) / scale, (sy + dy) / scale)
        fov = 2 * degrees(atan(tan(radians(view.opts["fov"]) / 2) * scale))
        view.opts["fov"] = min(max(fov, 1.0), 120.0)
    view.update()
