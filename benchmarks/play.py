"""Child process for the play benchmark: frames PRESENTED per second, and memory.

    python -m benchmarks.play gdsim-surface|gdsim-network|gdsim-digits|bare [--seconds S]
                                                                [--warmup W] [--grid N]

Frames are counted where they reach the screen: the `frameSwapped` signal of the 3-D view's
OpenGL window (gdsim) or widget (bare), never timer ticks. The bare reference is pyqtgraph's
GLViewWidget filling a window of the same size, drawing the same surface grid with a growing
path, redrawn as fast as it can (QTimer(0), no 60 Hz cap). gdsim-digits plays the bundled
digits example (64-32-10 on 1,797 images, full batch). Prints "FPS RSS_MIB".
"""

from __future__ import annotations

import argparse
import time

import numpy as np

SIZE = (1280, 800)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _count(app, signal_owner, seconds: float, warmup: float) -> float:
    """Run the event loop; count frameSwapped over `seconds` after `warmup`."""
    from PySide6.QtCore import QTimer

    frames, marks = [0], {}

    def swapped() -> None:
        frames[0] += 1

    def begin() -> None:
        marks["start"], marks["frames"] = time.perf_counter(), frames[0]

    signal_owner.frameSwapped.connect(swapped)
    QTimer.singleShot(int(warmup * 1000), begin)
    QTimer.singleShot(int((warmup + seconds) * 1000), app.quit)
    app.exec()
    return (frames[0] - marks["frames"]) / (time.perf_counter() - marks["start"])


def scenario(mode: str):
    """What each play row plays: surface mode at α = 1e-4 (it walks the valley for ~80,000
    steps: play goes on), the seed's 3-4-2 network, the bundled digits; none stops early."""
    from dataclasses import replace
    from pathlib import Path

    from gdsim.core.scenario import Scenario, SurfaceSettings, load_scenario

    if mode == "surface":
        return Scenario(surface=SurfaceSettings(lr=1e-4), max_steps=10_000_000)
    if mode == "digits":
        digits = Path(__file__).resolve().parent.parent / "assets/scenarios/digits.json"
        return replace(load_scenario(digits), max_steps=10_000_000)
    return Scenario(mode="network", max_steps=10_000_000)


def gdsim_fps(mode: str, seconds: float, warmup: float, grid: int | None) -> float:
    from gdsim.ui.qtapp import make_app

    app = make_app()
    from gdsim.ui.main_window import MainWindow

    if grid:
        import gdsim.ui.views.surface3d as s3d

        s3d.GRID = grid
    w = MainWindow(scenario(mode), remember=False)  # leave the user's window settings alone
    w.resize(*SIZE)
    w.show()
    w.controller.set_speed(1000)  # at least one new iteration for every frame
    w.controller.play()
    fps = _count(app, w.views.surface3d.gl, seconds, warmup)
    w.controller.pause()
    return fps


def bare_fps(seconds: float, warmup: float, grid: int) -> float:
    import pyqtgraph.opengl as gl
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gdsim.core.surfaces import get_surface

    app = QApplication([])
    _, _, J = get_surface("seed-bowl").grid(grid)
    view = gl.GLViewWidget()
    view.resize(*SIZE)
    xs = np.linspace(-5, 5, grid)
    colors = np.ones((grid, grid, 4)) * 0.5
    view.addItem(gl.GLSurfacePlotItem(x=xs, y=xs, z=J / J.max() * 6, colors=colors,
                                      shader="shaded", smooth=True))
    line = gl.GLLinePlotItem(mode="line_strip", width=3)
    view.addItem(line)
    view.show()
    path = np.cumsum(np.random.default_rng(0).normal(size=(2000, 3)) * 0.01, axis=0)
    k = [1]

    def tick() -> None:
        k[0] = k[0] % 1999 + 1
        line.setData(pos=path[: k[0] + 1])

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(0)  # as fast as it can
    return _count(app, view, seconds, warmup)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("gdsim-surface", "gdsim-network", "gdsim-digits", "bare"))
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--grid", type=int, default=None)
    args = parser.parse_args()
    if args.kind == "bare":
        from gdsim.ui.views.surface3d import GRID

        fps = bare_fps(args.seconds, args.warmup, args.grid or GRID)
    else:
        fps = gdsim_fps(args.kind.split("-")[1], args.seconds, args.warmup, args.grid)
    print(f"{fps:.3f} {rss_mib():.1f}", flush=True)


if __name__ == "__main__":
    main()
