"""A hidden hook for the benchmark suite: play the window as a user does and count its frames.

    GDSIM_BENCH_PLAY=WARMUP,SECONDS gdsim SCENARIO

Once the window is on screen this sets the speed field to its top speed (as a user types it),
presses Play (the toolbar's action), counts the frames the 3-D window presents (its
`frameSwapped`) over SECONDS after WARMUP seconds of play, writes "FPS" on stdout and closes
the window as a user would. `python -m benchmarks` launches `gdsim` this way for its rows
"as launched by a user" (benchmarks/user_play.py). Nothing else reads the variable.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

VARIABLE = "GDSIM_BENCH_PLAY"
SETTLE_MS = 500  # after the event loop starts: the window built and on screen, as a user sees it


def requested() -> tuple[float, float] | None:
    """(warm-up, seconds) asked for by GDSIM_BENCH_PLAY, or None."""
    text = os.environ.get(VARIABLE)
    if not text:
        return None
    warmup, seconds = (float(x) for x in text.split(","))
    return warmup, seconds


def start(window: QMainWindow, warmup: float, seconds: float) -> None:
    """Press Play at the top speed once the window has settled; count, report, close."""
    frames = [0]
    marks: dict[str, float] = {}

    def presented() -> None:
        frames[0] += 1

    def begin() -> None:
        marks["start"], marks["frames"] = time.perf_counter(), frames[0]

    def end() -> None:
        fps = (frames[0] - marks["frames"]) / (time.perf_counter() - marks["start"])
        print(round(fps, 3), flush=True)  # for the suite to read, not for the screen
        window.close()

    def play() -> None:
        bar = window.run_bar  # type: ignore[attr-defined]
        bar.speed.setValue(bar.speed.maximum())
        window.views.surface3d.gl.frameSwapped.connect(presented)  # type: ignore[attr-defined]
        bar.play_action.trigger()
        QTimer.singleShot(int(warmup * 1000), begin)
        QTimer.singleShot(int((warmup + seconds) * 1000), end)

    QTimer.singleShot(SETTLE_MS, play)
