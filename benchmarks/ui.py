"""Group `ui`: frames presented per second while playing, memory, and the first frame.

Every figure is measured in fresh child processes (benchmarks/play.py, benchmarks/first_frame.py)
against a bare pyqtgraph 3-D window measured in the same run, `--repeat N` times; the table
gives medians and their spread.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np

from benchmarks.common import row

SIZE = (1280, 800)


def _app():
    from gdsim.ui.display import ensure_display

    ensure_display()
    import gdsim.ui  # noqa: F401  (shared OpenGL contexts)
    from gdsim.ui.qtapp import make_app

    return make_app()


def child(args: list[str], repeat: int) -> list[list[float]]:
    """Run `python -m benchmarks.ARGS` in fresh processes; each prints numbers on its last line."""
    results = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True,
                             env=dict(os.environ), timeout=180)
        lines = out.stdout.strip().splitlines()
        if out.returncode != 0 or not lines:
            raise RuntimeError(f"{' '.join(args)} failed: {out.stderr[-800:]}")
        results.append([float(x) for x in lines[-1].split()])
    return results


def median_spread(values: list[float]) -> tuple[float, str]:
    """The median and, for the table, how far the runs spread."""
    med = float(np.median(values))
    if len(values) == 1:
        return med, "1 run"
    return med, f"median of {len(values)}, {min(values):.4g}–{max(values):.4g}"


def play(kind: str, repeat: int, seconds: float, grid: int | None = None) -> list[list[float]]:
    """[fps, rss MiB] per run: frames presented (frameSwapped) over `seconds` after 2 s."""
    args = ["benchmarks.play", kind, "--seconds", str(seconds)]
    return child(args + (["--grid", str(grid)] if grid else []), repeat)


def first_frame(which: str, repeat: int) -> list[float]:
    """Seconds from launching a fresh process to the first paint of its window."""
    times = []
    for _ in range(repeat):
        out = child(["benchmarks.first_frame", which, repr(time.time())], 1)
        times.append(out[0][0])
    return times


def run_ui(repeat: int = 3, seconds: float = 10.0) -> list[dict]:
    _app()  # a display for the children too
    rows = []
    bare = play("bare", repeat, seconds)
    bare_fps, bare_note = median_spread([r[0] for r in bare])
    bare_mem = float(np.median([r[1] for r in bare]))
    for kind, label in (("gdsim-surface", "surface mode"), ("gdsim-network", "network 3-4-2")):
        runs = play(kind, repeat, seconds)
        fps, note = median_spread([r[0] for r in runs])
        rows.append(row(f"play, {label}, 1280×800, frames presented/s ({note}; bare: "
                        f"{bare_note})", fps, "fps", bare_fps, "≥ 0.8× bare",
                        fps / bare_fps >= 0.8))
        if kind == "gdsim-surface":
            mem = float(np.median([r[1] for r in runs]))
            rows.append(row("memory of the playing window after 12 s", mem, "MiB", bare_mem,
                            "≤ 1.15× bare", mem / bare_mem <= 1.15))
    runs = play("gdsim-digits", repeat, seconds)
    fps, note = median_spread([r[0] for r in runs])
    rows.append(row(f"play, digits 64-32-10 (1,797 images, full batch), 1280×800, frames "
                    f"presented/s ({note})", fps, "fps", None, "≥ 20 fps", fps >= 20))
    from gdsim.ui.views.surface3d import GRID

    big = 200
    bare200 = median_spread([r[0] for r in play("bare", repeat, seconds, big)])[0]
    fps200, note = median_spread([r[0] for r in play("gdsim-surface", repeat, seconds, big)])
    rows.append(row(f"play, surface mode, {big}×{big} grid (default {GRID}) ({note})", fps200,
                    "fps", bare200, "≥ 0.8× bare", fps200 / bare200 >= 0.8))
    rows += diagram_rows()
    t_gdsim = median_spread(first_frame("gdsim", repeat))
    t_bare = median_spread(first_frame("bare", repeat))
    rows.append(row(f"first frame after launch ({t_gdsim[1]}; bare 3-D window: {t_bare[1]})",
                    t_gdsim[0], "s", t_bare[0], "≤ 1.3× bare, ≤ 2 s",
                    t_gdsim[0] <= 1.3 * t_bare[0] and t_gdsim[0] <= 2.0))
    return rows


def diagram_rows() -> list[dict]:
    from benchmarks.diagram import diagram_redraw_ms

    rows = []
    for sizes, target in (((3, 4, 2), 2.0), ((784, 128, 10), 50.0)):
        name = "-".join(map(str, sizes))
        ms = diagram_redraw_ms(sizes)
        rows.append(row(f"diagram redraw after a step, {name}", ms, "ms", None,
                        f"≤ {target:g} ms", ms <= target))
        every = diagram_redraw_ms(sizes, show_all=True)
        rows.append(row(f"diagram redraw, {name}, show all edges", every, "ms", None,
                        "(reported)", True))
        painted = diagram_redraw_ms(sizes, paint=True)
        rows.append(row(f"diagram redraw and repaint on screen, {name}", painted, "ms", None,
                        "(reported)", True))
    return rows
