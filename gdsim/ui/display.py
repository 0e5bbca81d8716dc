"""A display for the window and for off-screen export: the user's, or a private Xvfb.

The window checks that a display answers before Qt starts (Qt itself aborts the process with a
misleading hint about xcb libraries). The 3-D view needs OpenGL, which Qt's `offscreen` platform
cannot give; with no display that answers, export starts its own virtual X server when Xvfb is
installed, and otherwise says how to get it.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import shutil
import socket
import subprocess
import sys
import threading

from gdsim.core.errors import GdsimError

INSTALL_HINT = ("no display and no Xvfb to start one: install it, e.g. "
                "`sudo apt-get install xvfb libgl1-mesa-dri`")
NO_DISPLAY = ("no display answers ({where}): run gdsim in a desktop session or set DISPLAY to a "
              "running X server; or run \"gdsim export …\", which needs no display")
QT_HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def _xcb_answers(display: str) -> bool | None:
    """Whether libxcb can connect to `display` (authorisation included); None without libxcb."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def _wayland_answers(name: str) -> bool:
    path = name if name.startswith("/") else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""),
                                                          name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        try:
            s.connect(path)
        except OSError:
            return False
    return True


def _x_socket_answers(display: str) -> bool:
    """Without libxcb: a local X server's socket accepts a connection."""
    number = display.rpartition(":")[2].split(".")[0]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        for path in (f"/tmp/.X11-unix/X{number}", f"\0/tmp/.X11-unix/X{number}"):
            try:
                s.connect(path)
                return True
            except OSError:
                continue
    return False


def display_answers(timeout: float = 3.0) -> bool:
    """True when $WAYLAND_DISPLAY or $DISPLAY names a display server that accepts us."""
    wayland, x = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if wayland and _wayland_answers(wayland):
        return True
    if not x:
        return False
    answer: list[bool | None] = []
    probe = threading.Thread(target=lambda: answer.append(_xcb_answers(x)), daemon=True)
    probe.start()
    probe.join(timeout)  # a remote display that never answers must not hang us
    if not answer:
        return False
    return answer[0] if answer[0] is not None else _x_socket_answers(x)


def require_display() -> None:
    """Before the window's QApplication: a display that answers, or one clear GdsimError."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in QT_HEADLESS:
        return
    if display_answers():
        return
    where = ", ".join(f"{k}={os.environ[k]}" for k in ("DISPLAY", "WAYLAND_DISPLAY")
                      if os.environ.get(k)) or "DISPLAY is not set"
    raise GdsimError(NO_DISPLAY.format(where=where))


def _end_x_server(process: subprocess.Popen[bytes]) -> None:
    """At exit: the QApplication first, so that its connection closes while the X server still
    answers (Xlib ends a process whose server has gone with status 1), then the X server,
    waited for."""
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore is not None else None
    if app is not None and hasattr(app, "shutdown"):  # PySide6 ≥ 6.6
        app.shutdown()
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def ensure_display(size: str = "1920x1200") -> str | None:
    """Make sure $DISPLAY points at a usable X server; return the one started, if any.

    A DISPLAY that does not answer (a stale one from an ended session) is replaced."""
    if display_answers():
        return None
    os.environ.pop("WAYLAND_DISPLAY", None)
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise GdsimError(INSTALL_HINT)
    read, write = os.pipe()
    # A session of its own: the terminal's Ctrl-C goes to gdsim's process group, and the X
    # server must not die under gdsim's feet (an X I/O error, exit 1) while gdsim stops and
    # removes what it staged; gdsim ends it at exit. -terminate: it also ends when its last
    # client (gdsim) disconnects, should gdsim be killed outright.
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp",
         "+extension", "GLX", "+render", "-ac", "-terminate"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        process.kill()
        raise GdsimError("could not start a virtual X server (Xvfb ended at once)")
    atexit.register(_end_x_server, process)
    os.environ["DISPLAY"] = f":{number}"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    return os.environ["DISPLAY"]
