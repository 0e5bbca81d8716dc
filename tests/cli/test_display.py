"""No display, clear words: the window refuses in one line, export starts its own X server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GDSIM = [sys.executable, "-m", "gdsim"]


def _env(display: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if display is not None:
        env["DISPLAY"] = display
    return env


# gdsim, then on stdout whether Qt was loaded by the time it ended
GDSIM_SAYING_IF_QT = [sys.executable, "-c", (
    "import atexit, sys\n"
    "atexit.register(lambda: print('Qt loaded' if 'PySide6.QtGui' in sys.modules else 'no Qt'))\n"
    "from gdsim.cli import main\n"
    "sys.exit(main([]))")]


@pytest.mark.parametrize("display", [None, ":999"])
def test_the_window_without_a_display_exits_2_with_one_line(display: str | None) -> None:
    """At once: it answers before Qt is loaded (Qt would abort after its own attempts)."""
    out = subprocess.run(GDSIM_SAYING_IF_QT, env=_env(display), capture_output=True, text=True,
                         timeout=60)  # only bounds a failure
    assert out.stdout.strip() == "no Qt"
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "no display" in lines[0] and "gdsim export" in lines[0]
    assert "xcb" not in out.stderr and "Traceback" not in out.stderr


def test_export_ignores_a_dead_display(tmp_path: Path) -> None:
    """A stale DISPLAY: export starts its private X server (the 3-D view needs OpenGL)."""
    if not any((Path(p) / "Xvfb").exists() for p in os.environ.get("PATH", "").split(os.pathsep)):
        pytest.skip("Xvfb is not installed")
    target = tmp_path / "surface.png"
    out = subprocess.run([*GDSIM, "export", "--view", "surface", "--steps", "2", "--size",
                          "320x240", "--out", str(target)], env=_env(":999"), capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 1000


def test_export_of_a_2d_view_with_a_dead_display(tmp_path: Path) -> None:
    target = tmp_path / "loss.png"
    out = subprocess.run([*GDSIM, "export", "--view", "loss", "--steps", "3", "--size", "320x240",
                          "--out", str(target)], env=_env(":999"), capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 1000
