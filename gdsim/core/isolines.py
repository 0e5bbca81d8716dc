"""Contour lines of J: where a grid of values crosses a level (marching squares, numpy only).

The contour view and the floor of the 3-D view draw J's level sets {w : J(w) = c} from J sampled
on a grid. Each cell of four neighbouring samples is crossed by the level on the edges whose two
ends lie on opposite sides of it; the crossing point is interpolated linearly along the edge, and
the crossings of a cell, taken in the order of its edges, are joined in pairs. This is the rule of
pyqtgraph's `functions.isocurve` (with the same choice at saddle cells), done for all cells at
once instead of one by one in Python (about 100× faster: the window's first frame waited for it),
and without its half-cell shift: a point's coordinates are grid indices, so index t along an axis
sampled by `np.linspace(a, b, n)` is the point a + t·(b − a)/(n − 1).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray

# The four edges of the cell whose corner (0, 0) is sample (i, j): each from one corner to
# another, as offsets (di, dj) — the left side, the bottom, the right side, the top.
START = np.array([(0, 1), (0, 0), (1, 0), (1, 1)])
END = np.array([(0, 0), (1, 0), (1, 1), (0, 1)])
BIT = {(0, 0): 1, (1, 0): 2, (0, 1): 4, (1, 1): 8}  # a corner below the level sets its bit


def _edges_crossed(case: int) -> list[int]:
    """The edges whose two ends lie on opposite sides of the level, for a cell's case (the
    bits of its corners below the level), in order."""
    return [e for e in range(4)
            if bool(case & BIT[tuple(START[e])]) != bool(case & BIT[tuple(END[e])])]


# For each of the 16 cases: the first two edges crossed (a segment joins them; a cell crossed
# on all four edges, a saddle, has a second segment joining edges 2 and 3).
FIRST = np.array([(_edges_crossed(c) + [0, 0])[0] for c in range(16)])
SECOND = np.array([(_edges_crossed(c) + [0, 0])[1] for c in range(16)])
SADDLES = (6, 9)


def isolines(values: NDArray[np.float64], levels: Iterable[float]) -> NDArray[np.float64]:
    """Line segments along which the grid `values[i, j]` (finite) equals each of `levels`:
    an array of shape (m, 2, 2) — m segments, two ends, (i, j) in grid-index coordinates."""
    v = np.asarray(values, dtype=float)
    level = np.asarray(list(levels), dtype=float)
    below = (v[None] < level[:, None, None]).view(np.uint8)  # (levels, rows, columns)
    ni, nj = v.shape[0] - 1, v.shape[1] - 1
    case = np.zeros((len(level), ni, nj), np.uint8)
    for (di, dj), bit in BIT.items():
        case |= below[:, di:di + ni, dj:dj + nj] * np.uint8(bit)
    crossed = np.nonzero((case != 0) & (case != 15))  # (level index, i, j) of each cell crossed
    cases = case[crossed]

    def point(edge: NDArray[np.intp], cells: tuple[NDArray[np.intp], ...]) -> NDArray[np.float64]:
        """Where the level crosses `edge` of each cell (level index, i, j), by linear
        interpolation between the edge's two samples."""
        k, i, j = cells
        a = v[i + START[edge, 0], j + START[edge, 1]]
        b = v[i + END[edge, 0], j + END[edge, 1]]
        f = ((level[k] - a) / (b - a))[:, None]
        return START[edge] * (1 - f) + END[edge] * f + np.column_stack([i, j])

    saddle = np.isin(cases, SADDLES)
    at_saddles = tuple(index[saddle] for index in crossed)
    two, three = np.full(saddle.sum(), 2), np.full(saddle.sum(), 3)
    ends = [(point(FIRST[cases], crossed), point(SECOND[cases], crossed)),
            (point(two, at_saddles), point(three, at_saddles))]
    return np.concatenate([np.stack(pair, axis=1) for pair in ends])
