"""The loss landscape: J as a function of two chosen weights, every other parameter held.

It is a Surface like any other, so the 3-D and contour views draw it unchanged, and the two
weights' path during training is drawn on it. Building one costs a forward pass per grid point,
so it is rebuilt only when the held weights have moved (or when asked) and cached otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from gdsim.core.architecture import Network
from gdsim.core.backprop import backpropagate, cost
from gdsim.core.descent import DescentPoint
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.optimizers import OPTIMIZERS
from gdsim.core.status import Status
from gdsim.core.surfaces import Surface
from gdsim.core.training import NetworkSnapshot

Array = NDArray[np.float64]
Index = NDArray[np.intp]
MAX_FORWARD_WORK = 3e7  # multiply-adds for one whole landscape; the grid shrinks to fit
GRID = 41  # grid points per side of a landscape at most
PLAYING_GRID = 25  # … of one rebuilt while playing (a forward pass per point: 2.7× fewer)


def landscape_surface(net: Network, X: Array, Y: Array, axes: tuple[int, int],
                      span: float = 2.0, grid_hint: int = 41) -> Surface:
    """J(θ with θ[a] = w1, θ[b] = w2) around the current values, ±span on each axis."""
    a, b = axes
    theta = net.theta
    center = (float(theta[a]), float(theta[b]))

    def value(w1: Array, w2: Array) -> Array:
        w1, w2 = np.broadcast_arrays(np.asarray(w1, float), np.asarray(w2, float))
        out = np.empty(w1.shape)
        t = np.array(theta)
        for index in np.ndindex(w1.shape):
            t[a], t[b] = w1[index], w2[index]
            candidate = net.with_theta(t) if np.isfinite(t[a]) and np.isfinite(t[b]) else None
            if candidate is None:
                out[index] = np.nan
                continue
            out[index] = cost(candidate, X, Y)
        return out

    def gradient(w1: Array, w2: Array) -> tuple[Array, Array]:
        t = np.array(theta)
        t[a], t[b] = float(w1), float(w2)
        candidate = net.with_theta(t)
        g = backpropagate(candidate, X, Y).bwd.grad
        return g[a], g[b]

    na, nb = net.parameter_name(a), net.parameter_name(b)
    return Surface(
        name=f"J({na}, {nb})",
        formula=f"J({na}, {nb}) with every other parameter held at step's values",
        gradient_formula=(f"∂J/∂{na} by backpropagation", f"∂J/∂{nb} by backpropagation"),
        value_fn=value,
        gradient_fn=gradient,
        bounds=((center[0] - span, center[0] + span), (center[1] - span, center[1] + span)),
        start=center,
        minima=(),
        lr=0.0,
        axes=(na, nb),
    )


def bilinear(x: Array, y: Array, Z: Array, xs: Array, ys: Array) -> Array:
    """Z (given on the grid x × y) at the points (xs, ys), interpolated; clipped to the grid."""
    def locate(axis: Array, v: Array) -> tuple[NDArray[np.intp], Array]:
        v = np.clip(v, axis[0], axis[-1])
        i = np.clip(np.searchsorted(axis, v) - 1, 0, len(axis) - 2)
        return i, (v - axis[i]) / (axis[i + 1] - axis[i])

    i, tx = locate(x, np.asarray(xs, float))
    j, ty = locate(y, np.asarray(ys, float))
    return ((1 - tx) * (1 - ty) * Z[i, j] + tx * (1 - ty) * Z[i + 1, j]
            + (1 - tx) * ty * Z[i, j + 1] + tx * ty * Z[i + 1, j + 1])


def grid_size(net: Network, samples: int, hint: int = GRID) -> int:
    """Grid points per side so one landscape costs at most MAX_FORWARD_WORK multiply-adds."""
    per_point = samples * sum(p * q for p, q in zip(net.sizes, net.sizes[1:]))
    n = int(np.sqrt(MAX_FORWARD_WORK / max(per_point, 1)))
    return max(9, min(hint, n))


@dataclass(frozen=True)
class LandscapeView:
    """A network snapshot seen as a surface snapshot: what the surface views draw."""

    k: int
    surface: Surface
    labels: tuple[str, ...]
    points: tuple[DescentPoint, ...]
    rows: Array
    status: Status
    max_steps: int
    lr: tuple[float, ...]
    gradient_steps: tuple[bool, ...]  # the network's step is −α·grad J (3-12)
    grid: tuple[Array, Array, Array]
    test_costs: Array | None = None  # J on the held-out test set after each iteration
    hidden: Hidden = NOTHING  # the network snapshot's: an open lesson question's J(θ_k) is "?"

    def path(self, racer: int = 0) -> Array:
        return self.rows[:, 1:3]

    def costs(self, racer: int = 0) -> Array:
        """J after each iteration, every parameter at its value then (the loss curve)."""
        return self.rows[:, 0]

    def heights(self, racer: int = 0, shown: slice | Index = slice(None)) -> Array:
        """Where the path's points `shown` (the last among them) lie on the landscape drawn
        now: J with the other parameters held at their current values, read off the
        landscape's grid (exact at the current point)."""
        w1, w2, J = self.grid
        path = self.rows[shown, 1:3]
        h = bilinear(w1, w2, J, path[:, 0], path[:, 1])
        h[-1] = self.points[0].J
        return h

    def height_at(self, w1: Array, w2: Array) -> Array:
        """Where points (w1, w2) lie on the landscape drawn now, read off its grid: not J
        itself, a forward pass over all the data for each point (two per frame for the
        −grad J arrow made digits play a tenth slower)."""
        return bilinear(*self.grid, w1, w2)


class Landscape:
    """Builds landscapes for network snapshots and keeps the last one while it still holds."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._surface: Surface | None = None
        self._grid: tuple[Array, Array, Array] | None = None
        self._theta: Array | None = None

    def view(self, snap: NetworkSnapshot, reuse: bool = False, playing: bool = False
             ) -> LandscapeView:
        """The landscape around θ_k on a grid of at most GRID points a side (PLAYING_GRID
        while `playing`): rebuilt when the held weights moved or the grid changes, unless
        `reuse` asks to keep the last one (while playing) — the same network and axes only."""
        net, axes = snap.net, snap.axes
        X, Y = snap.data
        held = np.delete(net.theta, list(axes))
        n = grid_size(net, len(X), PLAYING_GRID if playing else GRID)
        key = (id(snap.settings), axes, net.sizes)
        stale = (self._theta is None or self._theta.shape != held.shape  # the held moved
                 or not np.allclose(self._theta, held, rtol=1e-3, atol=1e-6)
                 or self._grid is None or len(self._grid[0]) != n)  # or another grid
        if key != self._key or self._surface is None or (stale and not reuse):
            path = snap.rows[:, 1:3]
            extent = np.abs(path - path[-1]).max() if len(path) > 1 else 0.0
            span = max(1.0, 1.3 * float(extent))
            self._surface = landscape_surface(net, X, Y, axes, span)
            with np.errstate(all="ignore"):
                self._grid = self._surface.grid(n)
            self._key, self._theta = key, held
        surface = self._surface
        assert surface is not None and self._grid is not None
        w = np.array([net.theta[axes[0]], net.theta[axes[1]]])
        g = np.array([snap.bwd.grad[axes[0]], snap.bwd.grad[axes[1]]]) if len(snap.x) == len(
            X) else np.array(surface.gradient(w))
        step = snap.rows[-1, 1:3] - snap.rows[-2, 1:3] if len(snap.rows) > 1 else np.zeros(2)
        point = DescentPoint(snap.k, w, snap.J, g, step, {})
        return LandscapeView(snap.k, surface, (f"{snap.settings.optimizer} α={snap.lr:g}",),
                             (point,), snap.rows, snap.status, snap.max_steps, (snap.lr,),
                             (OPTIMIZERS[snap.settings.optimizer].gradient_step,), self._grid,
                             snap.test_losses)
