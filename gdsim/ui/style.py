"""Colours shared by every view: one colour per racer everywhere, and the colour maps."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray

# One colour per optimizer racing, the same in every view (Okabe-Ito, readable by all).
RACER_COLORS = ["#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                "#000000", "#f0e442"]
HEIGHT_MAP = pg.colormap.get("viridis")  # J: low is dark blue, high is yellow
# Diverging, centred on zero: orange negative, white zero, blue positive (as in the playground).
DIVERGING_MAP = pg.ColorMap([0.0, 0.5, 1.0], [(230, 120, 20), (245, 245, 245), (30, 100, 200)])
# The directions of figure 3-10, the same in the explorer, the contour view and the 3-D view.
DIRECTION_COLORS = {"V1": "#1f77b4", "V2": "#2ca02c", "−grad J": "#d62728", "l": "#9467bd"}
STEEPEST = "−grad J"  # figure 3-10's direction that an open question on the gradient hides
CONVERGED_COLOR = "#1b7f3b"
DIVERGED_COLOR = "#c0392b"
# Where drawn values are clipped: far beyond any axis, but never inf or NaN for pyqtgraph.
DRAW_LIMIT = 1e12


def racer_color(i: int) -> str:
    return RACER_COLORS[i % len(RACER_COLORS)]


def rgba(color: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    c = pg.mkColor(color)
    return (c.redF(), c.greenF(), c.blueF(), alpha)


def finite(values: NDArray[np.float64], limit: float = DRAW_LIMIT) -> NDArray[np.float64]:
    """The same array with NaN, inf and absurd magnitudes made drawable (clipped to ±limit)."""
    a = np.asarray(values, float)
    if (np.abs(a) <= limit).all():  # the usual case, a third of the cost (NaN compares False)
        return a.copy()
    return np.clip(np.nan_to_num(a, nan=0.0, posinf=limit,
                                 neginf=-limit), -limit, limit)


def finite_number(value: float, limit: float = DRAW_LIMIT) -> float:
    """`finite` of one number, without numpy's cost for a call (dozens per diagram frame)."""
    v = float(value)
    return 0.0 if v != v else max(-limit, min(limit, v))


def thinned(count: int, most: int = 2000, recent: int = 500) -> slice | np.ndarray:
    """Which of `count` path points to draw: all while they are few; else the most recent
    ones and an even sample of the older (a long path needs no 100,000 vertices)."""
    if count <= most:
        return slice(None)
    old = np.linspace(0, count - recent - 1, most - recent).astype(int)
    return np.concatenate([np.unique(old), np.arange(count - recent, count)])


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep each axis as a pixmap: it is redrawn only when its range or size changes, not on
    every frame the plot's data moves (replaying an axis costs more than drawing the data).
    The axes pyqtgraph makes and hides (top, right) keep no SI prefix: on every range change
    it set each one's title anew, laying out a rich-text document no one sees."""
    from PySide6.QtWidgets import QGraphicsItem

    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if not axis.isVisible():
            axis.enableAutoSIPrefix(False)


def nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 × 10^n at or above value (axes that grow in jumps, not per frame)."""
    if value <= 0:
        return 1.0
    exponent = np.floor(np.log10(value))
    for m in (1, 2, 5, 10):
        if m * 10**exponent >= value:
            return float(m * 10**exponent)
    return float(10 ** (exponent + 1))


Bounds = tuple[tuple[float, float], ...]


def clip_path(path: NDArray[np.float64], bounds: Bounds
              ) -> tuple[NDArray[np.float64], NDArray[np.bool_], NDArray[np.float64]]:
    """A path P_0 … P_k cut to the box `bounds` ((x0, x1), (y0, y1)[, (z0, z1)]), for drawing:
    the contour cuts (w1, w2) to the surface's box, the 3-D view (x, y, height) to its own.

    Returns the points to draw (each segment's part inside the box, Liang-Barsky), `connect`
    (True where a point joins the next: pyqtgraph's connect array) and the points where the
    path leaves the box (for a marker). Points outside never reach the plot: a diverging path
    is drawn up to the edge, not out to 1e149, and never moved to a place it did not pass.
    """
    lo = np.array([b[0] for b in bounds], float)
    hi = np.array([b[1] for b in bounds], float)
    p = np.asarray(path, float).reshape(-1, len(bounds))
    inside = ((p >= lo) & (p <= hi)).all(axis=1) & np.isfinite(p).all(axis=1)
    empty = np.zeros((0, len(bounds)))
    if inside.all():
        return p, np.ones(len(p), bool), empty
    points: list[NDArray[np.float64]] = []
    connect: list[bool] = []
    exits: list[NDArray[np.float64]] = []
    if len(p) == 1 or inside[0]:
        points.append(p[0])
        connect.append(False)
    for a, b, a_in, b_in in zip(p[:-1], p[1:], inside[:-1], inside[1:]):
        if a_in and b_in:
            connect[-1] = True
            points.append(b)
            connect.append(False)
            continue
        part = _clip_segment(a, b, lo, hi)
        if part is None:
            continue
        s, e = part
        if not a_in:  # enters the box at s
            points.append(s)
            connect.append(True)
        else:
            connect[-1] = True
        points.append(e)
        connect.append(False)
        if not b_in:
            exits.append(e)
    exits_array = np.array(exits).reshape(-1, len(bounds)) if exits else empty
    if not points:
        return empty, np.zeros(0, bool), exits_array
    return np.array(points), np.array(connect, bool), exits_array


def _clip_segment(a: NDArray[np.float64], b: NDArray[np.float64], lo: NDArray[np.float64],
                  hi: NDArray[np.float64]
                  ) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
    """The part of the segment a→b inside the box lo … hi (Liang-Barsky), or None."""
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        return None
    d = b - a
    t0, t1 = 0.0, 1.0
    for i in range(len(a)):
        for q, r in ((-d[i], a[i] - lo[i]), (d[i], hi[i] - a[i])):
            if q == 0:
                if r < 0:
                    return None
                continue
            t = r / q
            if q < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return None
    return a + t0 * d, a + t1 * d
