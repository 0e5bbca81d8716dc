"""A display for the window and for off-screen export: the user's, or a private Xvfb.

The 3-D view needs OpenGL, which Qt's `offscreen` platform cannot give; with no display,
gdsim starts its own virtual X server when Xvfb is installed, and otherwise says how to get it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess

from gdsim.core.errors import GdsimError

INSTALL_HINT = ("no display and no Xvfb to start one: install it, e.g. "
                "`sudo apt-get install xvfb libgl1-mesa-dri`")


def ensure_display(size: str = "1920x1200") -> str | None:
    """Make sure $DISPLAY points at a usable X server; return the one started, if any."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise GdsimError(INSTALL_HINT)
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp",
         "+extension", "GLX", "+render", "-ac"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        process.kill()
        raise GdsimError("could not start a virtual X server (Xvfb ended at once)")
    atexit.register(process.terminate)
    os.environ["DISPLAY"] = f":{number}"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    return os.environ["DISPLAY"]
