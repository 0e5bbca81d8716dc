"""What every benchmark shares: a row of the table, and timing that resists a noisy machine."""

from __future__ import annotations

import time
from collections.abc import Callable


def row(name: str, value: float, unit: str, reference: float | None, target: str,
        ok: bool, ratio: float | None = None) -> dict:
    """One line of the table. `ratio` defaults to value / reference."""
    if ratio is None and reference:
        ratio = value / reference
    return {"name": name, "value": value, "unit": unit, "reference": reference,
            "ratio": ratio, "target": target, "ok": bool(ok)}


def rate(step: Callable[[], object], seconds: float = 0.5, repeats: int = 5) -> float:
    """Calls per second of `step`: the best of several fixed-length runs after a warm-up."""
    for _ in range(3):
        step()
    best = 0.0
    for _ in range(repeats):
        n, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds:
            step()
            n += 1
        best = max(best, n / elapsed)
    return best
