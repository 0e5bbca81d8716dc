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
    old = np.linspace(0, count - recent - 1, most - recent).astype(np.intp)  # sorted
    return np.concatenate([old[np.r_[True, old[1:] != old[:-1]]], np.arange(count - recent, count)])


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
    finite = np.isfinite(p).all(axis=1)
    inside = ((p >= lo) & (p <= hi)).all(axis=1) & finite
    empty = np.zeros((0, len(bounds)))
    if inside.all():
        return p, np.ones(len(p), bool), empty
    a, b = p[:-1], p[1:]
    a_in, b_in = inside[:-1], inside[1:]
    with np.errstate(invalid="ignore", over="ignore"):  # inf and nan points: no part
        d = b - a
    t0, t1 = _clip_segments(a, d, lo, hi)
    part = (t0 <= t1) & finite[:-1] & finite[1:]  # the segment has a part inside the box

    def at(t: NDArray[np.float64]) -> NDArray[np.float64]:
        """The points a + t·d, each measured from the nearer end (1e300 + t·d loses b)."""
        t = t[:, None]
        with np.errstate(invalid="ignore", over="ignore"):
            return np.where(t < 0.5, a + t * d, b - (1 - t) * d)

    # Each segment with a part inside adds its end point (b itself when b is inside) and,
    # unless the segment before ended at its start, its start (the entry point, or a); the
    # point before an end joins it.
    starts, ends = at(t0), at(t1)
    starts[a_in], ends[b_in] = a[a_in], b[b_in]
    first = p[:1] if len(p) == 1 or inside[0] else empty
    a_drawn = a_in & np.r_[len(first) > 0, part[:-1]]
    added = np.column_stack([part & ~a_drawn, part])
    points = np.concatenate([first, np.stack([starts, ends], axis=1)[added]])
    connect = np.zeros(len(points), bool)
    end_at = len(first) + np.cumsum(added.sum(axis=1))[part] - 1
    connect[end_at - 1] = True
    exits = ends[part & ~b_in]
    return points, connect, exits


def _clip_segments(a: NDArray[np.float64], d: NDArray[np.float64], lo: NDArray[np.float64],
                   hi: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """For each segment a → a + d, the parameters t0 … t1 of its part inside the box lo … hi
    (Liang-Barsky); t0 > t1 where no part is inside."""
    t0, t1 = np.zeros(len(a)), np.ones(len(a))
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        for i in range(a.shape[1]):
            for q, r in ((-d[:, i], a[:, i] - lo[i]), (d[:, i], hi[i] - a[:, i])):
                t = r / q  # where the line crosses this side: entering (q < 0) or leaving
                t0 = np.where(q < 0, np.maximum(t0, t), t0)
                t1 = np.where(q > 0, np.minimum(t1, t), t1)
                t1 = np.where((q == 0) & (r < 0), -np.inf, t1)  # parallel, outside the side
    return t0, t1
