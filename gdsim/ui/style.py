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
    return np.clip(np.nan_to_num(np.asarray(values, float), nan=0.0, posinf=limit,
                                 neginf=-limit), -limit, limit)


def thinned(count: int, most: int = 2000, recent: int = 500) -> slice | np.ndarray:
    """Which of `count` path points to draw: all while they are few; else the most recent
    ones and an even sample of the older (a long path needs no 100,000 vertices)."""
    if count <= most:
        return slice(None)
    old = np.linspace(0, count - recent - 1, most - recent).astype(int)
    return np.concatenate([np.unique(old), np.arange(count - recent, count)])


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep each axis as a pixmap: it is redrawn only when its range or size changes, not on
    every frame the plot's data moves (replaying an axis costs more than drawing the data)."""
    from PySide6.QtWidgets import QGraphicsItem

    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 × 10^n at or above value (axes that grow in jumps, not per frame)."""
    if value <= 0:
        return 1.0
    exponent = np.floor(np.log10(value))
    for m in (1, 2, 5, 10):
        if m * 10**exponent >= value:
            return float(m * 10**exponent)
    return float(10 ** (exponent + 1))
