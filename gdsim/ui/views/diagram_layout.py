"""Where the network diagram puts everything, and what lies under a point: numpy only, no Qt,
so it is tested without a window.

Coordinates are the diagram's own: layer t's column at x[t] (the input at 0), neuron 1 at the top;
J sits at x_J. Numbering: list index t of a layer is the seed's layer t+1, list index l0 of a
weight layer is the seed's W^{l0+1}; every address handed out is in the seed's numbering:
("neuron", l, i), ("edge", l, i, j) for w^l_ij (from neuron j of layer l to i of layer l+1), ("J",).
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Index = NDArray[np.int64]
Address = tuple  # ("neuron", l, i) | ("edge", l, i, j) | ("J",)

MAX_SHOWN = 60  # neurons drawn per layer
WIDE = 2000  # edges between two layers above which the weight matrix is drawn as a band
STRONGEST = 200  # edges drawn as lines beside a band
PICK = 6.0  # pixels from an edge that still pick it
CLASS_GAP = 2.4  # between the output neurons of classes drawn with bars (1: any other layer)


@dataclass
class Geometry:
    sizes: tuple[int, ...]
    x: Array  # the column of each layer
    y: list[Array]  # every neuron's height, drawn or not (neuron 1 at the top)
    shown: list[Index]  # 0-based indices of the drawn neurons of each layer
    wide: list[bool]  # per weight layer: a band and the strongest edges
    ex: list[Array]  # per weight layer (E, 2): the x of both ends of each edge, in W.ravel order
    ey: list[Array]  # per weight layer (E, 2): the y of both ends
    top: float
    bottom: float
    x_J: float
    spot_t: Index  # one spot per drawn neuron: its layer,
    spot_i: Index  # its index in the layer (0-based),
    spot_x: Array  # and where it sits
    spot_y: Array

    @classmethod
    def of(cls, sizes: tuple[int, ...], classes: bool = False) -> Geometry:
        """classes: the output layer is one neuron per class, drawn with bars: its neurons
        spread over more height, and J further right to leave the bars room."""
        counts = [min(s, MAX_SHOWN) for s in sizes]
        span = max(max(counts) - 1, 1)
        x, wide = [0.0], []
        for p, q in zip(sizes[:-1], sizes[1:]):
            wide.append(p * q > WIDE)
            x.append(x[-1] + (2.2 if wide[-1] else 1.0))
        ys, shown = [], []
        for t, (s, c) in enumerate(zip(sizes, counts)):
            h = (c - 1) / 2
            if classes and t == len(sizes) - 1:
                h = min(CLASS_GAP * (c - 1) / 2, span / 2)
            ys.append(np.linspace(h, -h, s) if s > 1 else np.zeros(1))
            shown.append(np.unique(np.round(np.linspace(0, s - 1, c)).astype(np.int64)))
        ex, ey = [], []
        for l0, (p, q) in enumerate(zip(sizes[:-1], sizes[1:])):
            ex.append(np.tile([x[l0], x[l0 + 1]], (p * q, 1)))
            ey.append(np.column_stack([np.repeat(ys[l0], q), np.tile(ys[l0 + 1], p)]))
        spot_t = np.concatenate([np.full(len(s), t) for t, s in enumerate(shown)])
        xs = np.array(x)
        spot_y = np.concatenate([ys[t][s] for t, s in enumerate(shown)])
        return cls(sizes, xs, ys, shown, wide, ex, ey, span / 2, -span / 2,
                   x[-1] + (1.6 if classes else 0.5),
                   spot_t, np.concatenate(shown), xs[spot_t], spot_y)

    def band_rect(self, l0: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the band of weight layer l0: rows are sources j."""
        x0, x1 = self.x[l0], self.x[l0 + 1]
        y = self.y[l0]
        cell = (y[0] - y[-1]) / (len(y) - 1) if len(y) > 1 else 1.0
        return (x0 + 0.3 * (x1 - x0), y[-1] - cell / 2, 0.4 * (x1 - x0), y[0] - y[-1] + cell)

    def hit(self, px: float, py: float, ux: float, uy: float, radius: float,
            bands: Iterable[int] = (), drawn: Sequence[tuple[int, Index | None]] = ()
            ) -> Address | None:
        """What lies under the point (px, py): a neuron within `radius` + 3 pixels, J, a cell of
        a band shown, or the nearest edge drawn as a line within PICK pixels. ux, uy: the size
        of a pixel in diagram units; drawn: (l0, which edges, None for all) per weight layer."""
        d = np.hypot((self.spot_x - px) / ux, (self.spot_y - py) / uy)
        k = int(np.argmin(d))
        if d[k] <= radius + 3:
            return ("neuron", int(self.spot_t[k]) + 1, int(self.spot_i[k]) + 1)
        if np.hypot((self.x_J - px) / ux, py / uy) <= radius + 3:
            return ("J",)
        for l0 in bands:
            x, y, w, h = self.band_rect(l0)
            if x <= px < x + w and y <= py < y + h:
                S_l, S_next = self.sizes[l0], self.sizes[l0 + 1]
                i = min(int((px - x) / w * S_next), S_next - 1)
                j = S_l - 1 - min(int((py - y) / h * S_l), S_l - 1)
                return ("edge", l0 + 1, i + 1, j + 1)
        best, found = PICK, None
        for l0, which in drawn:
            ex, ey = self.ex[l0], self.ey[l0]
            if which is not None:
                ex, ey = ex[which], ey[which]
            dist = segment_distance((px - ex[:, 0]) / ux, (py - ey[:, 0]) / uy,
                                    (ex[:, 1] - ex[:, 0]) / ux, (ey[:, 1] - ey[:, 0]) / uy)
            if dist.size and dist.min() < best:
                k = int(np.argmin(dist))
                best = float(dist[k])
                e = k if which is None else int(which[k])
                j, i = divmod(e, self.sizes[l0 + 1])
                found = ("edge", l0 + 1, i + 1, j + 1)
        return found

    def edge_label_points(self, l0: int) -> tuple[Array, Array]:
        """Where the values of weight layer l0's edges are printed (W.ravel order): each source
        neuron's edges are labelled at their own fraction of the way, so the labels of the edges
        leaving one neuron stand in one column and columns of different sources do not meet."""
        p = self.sizes[l0]
        j = np.repeat(np.arange(p), self.sizes[l0 + 1])
        f = 0.5 if p == 1 else 0.3 + 0.4 * j / (p - 1)
        ex, ey = self.ex[l0], self.ey[l0]
        return ex[:, 0] + f * (ex[:, 1] - ex[:, 0]), ey[:, 0] + f * (ey[:, 1] - ey[:, 0])

    def neuron_at(self, l: int, i: int) -> tuple[float, float]:
        """Where neuron i of layer l (seed numbering) sits."""
        return float(self.x[l - 1]), float(self.y[l - 1][i - 1])

    def edge_ends(self, l: int, i: int, j: int) -> tuple[float, float, float, float]:
        """x0, x1, y0, y1 of the edge w^l_ij, from neuron j of layer l to neuron i of l+1."""
        return (float(self.x[l - 1]), float(self.x[l]), float(self.y[l - 1][j - 1]),
                float(self.y[l][i - 1]))

    def path_segments(self, paths: Iterable[Sequence[int]]) -> tuple[list[float], list[float]]:
        """The line pairs (xs, ys) of chain-rule paths: each a list of 1-based neurons in
        consecutive layers, the last in the output layer, every path going on to J (3-20)."""
        segments = set()
        L = len(self.sizes)
        for path in paths:
            first = L - len(path)
            if first < 0 or not all(1 <= n <= self.sizes[first + c] for c, n in enumerate(path)):
                continue
            for c in range(len(path) - 1):
                segments.add((first + c, path[c] - 1, path[c + 1] - 1))
            segments.add((L - 1, path[-1] - 1, -1))  # on to J
        xs: list[float] = []
        ys: list[float] = []
        for t, a, b in sorted(segments):
            xs += [float(self.x[t]), self.x_J if b < 0 else float(self.x[t + 1])]
            ys += [float(self.y[t][a]), 0.0 if b < 0 else float(self.y[t + 1][b])]
        return xs, ys


def segment_distance(px: Array, py: Array, dx: Array, dy: Array) -> Array:
    """Distance from a point (px, py relative to each segment's start) to segments (dx, dy)."""
    length2 = dx * dx + dy * dy
    s = np.clip((px * dx + py * dy) / np.where(length2 > 0, length2, 1), 0, 1)
    return np.hypot(px - s * dx, py - s * dy)


def strongest(flat: Array, count: int = STRONGEST) -> Index:
    """The indices of the `count` largest |values|, in no particular order."""
    k = min(count, flat.size)
    return np.argpartition(np.abs(flat), flat.size - k)[flat.size - k:]
