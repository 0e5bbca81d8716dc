"""How J is drawn as height and colour: one scale shared by the 3-D view and its colour bar.

Surfaces with a huge range (Rosenbrock, Beale) would look flat near their valley if drawn
linearly, so such surfaces are drawn with log(1 + J − Jmin); tick labels always show J itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from gdsim.ui.style import finite
from gdsim.ui.text import SHORT, fmt

Array = NDArray[np.float64]


@dataclass(frozen=True)
class HeightScale:
    """Maps J to 0…1 (then to display height), and back for tick labels."""

    jmin: float
    jmax: float
    log: bool

    @classmethod
    def fit(cls, J: Array) -> HeightScale:
        ok = J[np.isfinite(J)]
        if ok.size == 0:
            return cls(0.0, 1.0, False)
        lo, hi, median = (float(q) for q in quantiles(ok, (0.0, 0.995, 0.5)))
        hi = hi if hi > lo else lo + 1.0
        log = (median - lo) / (hi - lo) < 0.08  # most of the surface squashed near the floor
        return cls(lo, hi, log)

    def _f(self, J: Array) -> Array:
        J = finite(J)
        return np.log1p(np.maximum(J - self.jmin, 0.0)) if self.log else J - self.jmin

    def unit(self, J: Array | float, clip: bool = True) -> Array:
        """J → 0 … 1 over the drawn range (clipped a little beyond it, unless clip=False)."""
        top = float(self._f(np.array(self.jmax)))
        unit = self._f(np.asarray(J, float)) / top
        return np.clip(unit, -0.05, 1.5) if clip else unit

    def ticks(self, count: int = 5) -> list[tuple[float, str]]:
        """Nice J values and where they sit on the 0…1 scale."""
        if self.log:
            top = np.log1p(self.jmax - self.jmin)
            values = self.jmin + np.expm1(np.linspace(0, top, count))
        else:
            values = np.linspace(self.jmin, self.jmax, count)
        return [(float(self.unit(v)), compact(v)) for v in values]


def quantiles(values: Array, qs: tuple[float, ...]) -> list[float]:
    """np.quantile's linear interpolation (for finite values), without its first call importing
    numpy.ma (6 ms before the window's first frame): the order statistics by np.partition."""
    n = len(values)
    places = [q * (n - 1) for q in qs]
    below = [int(np.floor(p)) for p in places]
    ranked = np.partition(values, sorted({i for b in below for i in (b, min(b + 1, n - 1))}))
    return [float(ranked[b] + (p - b) * (ranked[min(b + 1, n - 1)] - ranked[b]))
            for p, b in zip(places, below)]


def compact(value: float) -> str:
    """A colour bar's tick: three significant digits (2120, 0.5, 1.2e+07)."""
    return fmt(value, SHORT)
