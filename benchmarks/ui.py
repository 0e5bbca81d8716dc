"""Group `ui`: frames presented per second while playing, memory, and the first frame.

Every figure is measured in fresh child processes (benchmarks/play.py, benchmarks/first_frame.py)
against a bare pyqtgraph 3-D window measured in the same run, `--repeat N` rounds in which gdsim
and the bare window take turns; the table gives medians and their spread, and the ratio is the
median of each round's own ratio (the machine's speed drifts between rounds, not within one).
Play is measured in the suite's own window and as a user launches `gdsim FILE`
(benchmarks/user_play.py); each row says which.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np

from benchmarks.common import row

SIZE = (1280, 800)
# How a play row was taken: in this suite's own window, or as a user launches `gdsim`.
IN_PROCESS = "in-process window 1280×800 at 1000 steps/s"
AS_USER = ("`gdsim FILE` as a user launches it (fresh settings, 1280×800 screen, the speed "
           "field's top 500 steps/s, Play pressed)")


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


def compiled() -> None:
    """gdsim's modules compiled to bytecode, as pip compiles a package it installs (the bare
    window's numpy, PySide6 and pyqtgraph were, at their install): where PYTHONDONTWRITEBYTECODE
    is set, an editable checkout would otherwise compile its ~100 modules at every launch."""
    import compileall

    import gdsim

    compileall.compile_dir(os.path.dirname(gdsim.__file__), quiet=1)


def first_frame(which: str, repeat: int) -> list[float]:
    """Seconds from launching a fresh process to its window's first frame on screen
    (benchmarks/first_frame.py)."""
    compiled()
    times = []
    for _ in range(repeat):
        out = child(["benchmarks.first_frame", which, repr(time.time())], 1)
        times.append(out[0][0])
    return times


def paired(kinds: list[str], repeat: int, seconds: float, grid: int | None = None
           ) -> dict[str, list[list[float]]]:
    """[fps, rss MiB] per run of each kind, the kinds taking turns round after round: a
    machine shared with others changes its speed over minutes, so each gdsim run is compared
    with the bare run of its own round."""
    runs: dict[str, list[list[float]]] = {kind: [] for kind in kinds}
    for _ in range(repeat):
        for kind in kinds:
            runs[kind] += play(kind, 1, seconds, grid)
    return runs


def ratio_row(name: str, runs: list[list[float]], bare: list[list[float]], column: int,
              unit: str, target: str, ok: Callable[[float], bool]) -> dict:
    """A row whose ratio is the median of the rounds' own ratios (gdsim / bare)."""
    value, note = median_spread([r[column] for r in runs])
    reference, bare_note = median_spread([r[column] for r in bare])
    ratio = float(np.median([g[column] / b[column] for g, b in zip(runs, bare)]))
    return row(f"{name} ({note}; bare: {bare_note}; ratio: median of the rounds' ratios)",
               value, unit, reference, target, ok(ratio), ratio=ratio)


def run_ui(repeat: int = 3, seconds: float = 6.0) -> list[dict]:
    _app()  # a display for the children too
    rows = []
    runs = paired(["bare", "gdsim-surface", "gdsim-network", "gdsim-digits"], repeat, seconds)
    bare = runs["bare"]
    for kind, label in (("gdsim-surface", "surface mode"), ("gdsim-network", "network 3-4-2")):
        rows.append(ratio_row(f"play, {label}, {IN_PROCESS}, frames presented/s", runs[kind],
                              bare, 0, "fps", "≥ 0.8× bare", lambda r: r >= 0.8))
        if kind == "gdsim-surface":
            rows.append(ratio_row(f"memory of the playing window after {seconds + 2:g} s",
                                  runs[kind], bare, 1, "MiB", "≤ 1.15× bare",
                                  lambda r: r <= 1.15))
    fps, note = median_spread([r[0] for r in runs["gdsim-digits"]])
    rows.append(row(f"play, digits 64-32-10 (1,797 images, full batch), {IN_PROCESS}, frames "
                    f"presented/s ({note})", fps, "fps", None, "≥ 20 fps", fps >= 20))
    rows += user_rows(repeat, seconds)
    from gdsim.ui.views.surface3d import GRID

    big = 200
    runs = paired(["bare", "gdsim-surface"], repeat, seconds, big)
    rows.append(ratio_row(f"play, surface mode, {big}×{big} grid (default {GRID})",
                          runs["gdsim-surface"], runs["bare"], 0, "fps", "≥ 0.8× bare",
                          lambda r: r >= 0.8))
    rows += diagram_rows()
    t_gdsim, t_bare = [], []
    # Taking turns, as for play, three times the rounds: a launch takes under a second, and
    # one round's ratio swings by ±0.08 on a shared machine (1.20–1.39 in nine, one commit).
    for _ in range(3 * repeat):
        t_gdsim += first_frame("gdsim", 1)
        t_bare += first_frame("bare", 1)
    ratio = float(np.median([g / b for g, b in zip(t_gdsim, t_bare)]))
    value, note = median_spread(t_gdsim)
    reference, bare_note = median_spread(t_bare)
    rows.append(row(f"first frame presented after launch, 1280×800 ({note}; bare 3-D window: "
                    f"{bare_note})", value,
                    "s", reference, "≤ 1.3× bare, ≤ 2 s", ratio <= 1.3 and value <= 2.0,
                    ratio=ratio))
    return rows


def user_rows(repeat: int, seconds: float) -> list[dict]:
    """Play as a user launches it (benchmarks/user_play.py), the bare window taking turns with
    each kind on the same 1280×800 X server."""
    from benchmarks.user_play import bare_fps, private_display, user_fps

    kinds = ("surface", "network", "digits")
    runs: dict[str, list[list[float]]] = {kind: [] for kind in ("bare", *kinds)}
    with private_display() as display:
        if display is None:
            print("user rows: skipped (no Xvfb)", file=sys.stderr)
            return []
        for _ in range(repeat):
            runs["bare"].append([bare_fps(display, seconds)])
            for kind in kinds:
                runs[kind].append([user_fps(kind, display, seconds)])
    rows = []
    for kind, label in (("surface", "surface mode"), ("network", "network 3-4-2")):
        rows.append(ratio_row(f"play, {label}, {AS_USER}, frames presented/s", runs[kind],
                              runs["bare"], 0, "fps", "≥ 0.8× bare", lambda r: r >= 0.8))
    fps, note = median_spread([r[0] for r in runs["digits"]])
    rows.append(row(f"play, digits 64-32-10, {AS_USER}, frames presented/s ({note})", fps,
                    "fps", None, "≥ 20 fps", fps >= 20))
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
