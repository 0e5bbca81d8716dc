"""Play as a user launches it: the `gdsim` command in a fresh process, frames presented.

`user_fps(kind)` writes the row's scenario to a file (benchmarks.play.scenario), launches
`gdsim FILE` with a fresh settings folder (XDG_CONFIG_HOME, XDG_DATA_HOME: the default layout,
the window opening as large as the screen) on a private 1280×800 X server, and lets the hidden
hook GDSIM_BENCH_PLAY (gdsim/ui/play_benchmark.py) set the speed field to its top speed, press
Play and count the 3-D window's presented frames. The bare pyqtgraph window is measured on the
same X server (`bare_fps`), so both fill 1280×800.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

SCREEN = "1280x800"


@contextlib.contextmanager
def private_display(size: str = SCREEN) -> Iterator[str | None]:
    """A private Xvfb of `size` for the children, ended on leaving; None without Xvfb."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp",
         "+extension", "GLX", "+render", "-ac"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}" if number else None
    finally:
        process.terminate()
        process.wait(10)


def gdsim_command() -> list[str]:
    """The `gdsim` command installed beside this Python, else `python -m gdsim`."""
    script = Path(sys.executable).with_name("gdsim")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gdsim"]


def _last_number(args: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=180)
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} failed: {out.stderr[-800:]}")
    return float(lines[-1].split()[0])


def user_fps(kind: str, display: str, seconds: float, warmup: float = 2.0) -> float:
    """Frames presented per second by `gdsim` playing `kind` (surface, network, digits)."""
    from benchmarks.play import scenario
    from gdsim.core.scenario import save_scenario

    with tempfile.TemporaryDirectory(prefix="gdsim-bench-") as folder:
        path = Path(folder) / f"{kind}.json"
        save_scenario(scenario(kind), path)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=str(Path(folder) / "config"),
                   XDG_DATA_HOME=str(Path(folder) / "data"),
                   GDSIM_BENCH_PLAY=f"{warmup},{seconds}")
        env.pop("WAYLAND_DISPLAY", None)
        return _last_number([*gdsim_command(), str(path)], env)


def bare_fps(display: str, seconds: float) -> float:
    """The bare pyqtgraph 3-D window (benchmarks/play.py) on the same X server."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return _last_number([sys.executable, "-m", "benchmarks.play", "bare", "--seconds",
                         str(seconds)], env)
