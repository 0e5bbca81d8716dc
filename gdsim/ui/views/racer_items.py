"""What the 3-D view draws for each racer: its path, dots, head, step and −grad J arrows, where it
left the view — GL items made once per racer and updated with setData every frame."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from numpy.typing import NDArray
from pyqtgraph.opengl.GLViewWidget import GLViewMixin

from gdsim.ui.style import DIVERGED_COLOR, rgba
from gdsim.ui.views.text_batch import BesideMarker

Array = NDArray[np.float64]
EXIT_SIZE = 14  # pixels across the marker where a path left the view


def arrow(p0: Array, p1: Array) -> Array:
    """Line segments (shaft and two barbs) of an arrow from p0 to p1, barbs in the floor plane."""
    d = p1 - p0
    length = float(np.linalg.norm(d[:2]))
    if length < 1e-9:
        return np.array([p0, p1])
    u = d[:2] / length
    barb = min(0.35, 0.35 * length + 0.05)
    side = np.array([-u[1], u[0]])
    b1 = p1 - np.r_[(u - 0.6 * side) * barb, d[2] / length * barb]
    b2 = p1 - np.r_[(u + 0.6 * side) * barb, d[2] / length * barb]
    return np.array([p0, p1, p1, b1, p1, b2])


def put(item: gl.GLLinePlotItem | gl.GLScatterPlotItem, pos: Array, **options: str) -> None:
    """An item's points; an item with none is hidden (pyqtgraph would still set up its
    shaders, every frame, to draw nothing)."""
    item.setData(pos=pos, **options)
    item.setVisible(len(pos) > 0)


class RacerItems:
    """The GL items of one racer, made once and updated with setData."""

    def __init__(self, view: GLViewMixin, color: str):
        c = rgba(color)
        self.path = gl.GLLinePlotItem(mode="line_strip", width=3, color=c, antialias=True)
        self.exits = gl.GLScatterPlotItem(size=EXIT_SIZE, color=rgba(DIVERGED_COLOR), pxMode=True)
        self.exit_label = BesideMarker(EXIT_SIZE, color=pg.mkColor(DIVERGED_COLOR))
        self.dots = gl.GLScatterPlotItem(size=6, color=c, pxMode=True)
        self.head = gl.GLScatterPlotItem(size=16, color=c, pxMode=True)
        self.step = gl.GLLinePlotItem(mode="lines", width=4, color=c, antialias=True)
        self.neg_grad = gl.GLLinePlotItem(mode="lines", width=3, color=(0.1, 0.1, 0.1, 1),
                                          antialias=True)
        self.items = [self.path, self.dots, self.step, self.neg_grad, self.head, self.exits]
        for item in self.items:
            item.setGLOptions("translucent")
            item.setDepthValue(10)  # drawn after the surface, even one rebuilt later
            view.addItem(item)

    def remove(self, view: GLViewMixin) -> None:
        for item in self.items:
            view.removeItem(item)
