"""Ctrl-C (SIGINT) and SIGTERM end the window and an export at once and cleanly: exit 130 or
143, one line on stderr, an export's staged files and its private Xvfb gone.

Real processes get real signals. Each test waits for a condition (the window's event loop
running, a frame staged) before it signals; the timeouts only bound a failure.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

GDSIM = [sys.executable, "-m", "gdsim"]
STOPS = [(signal.SIGINT, 130), (signal.SIGTERM, 143)]
BOUND = 90.0  # seconds: only how long a failing test waits


def wait_for(condition: Callable[[], object], what: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + BOUND
    while not condition():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"gdsim ended ({process.returncode}) before {what}:\n{err}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {BOUND} s")
        time.sleep(0.02)


def finish(process: subprocess.Popen) -> str:
    """Its stderr once it has ended; killed (and the test failed) if it outlives the bound."""
    try:
        return process.communicate(timeout=BOUND)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"gdsim still running {BOUND} s after the signal")


def told(err: str) -> list[str]:
    """What gdsim said on stderr (a pipe gets no progress lines: only what it tells)."""
    return err.splitlines()


def as_from_a_terminal() -> None:
    """In the child before gdsim starts: Ctrl-C not ignored, as a terminal starts a command,
    whatever the test runner inherited (a script's background job, `pytest … &`, ignores it,
    and gdsim rightly keeps a SIGINT ignored from the start)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def environment(tmp_path: Path, display: str | None = "inherit") -> dict[str, str]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    if display != "inherit":
        for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(key, None)
    return env


@pytest.mark.parametrize("sig, code", STOPS)
def test_a_signal_ends_the_window(tmp_path: Path, sig: signal.Signals, code: int) -> None:
    ready = tmp_path / "ready"
    env = environment(tmp_path) | {"GDSIM_READY_FILE": str(ready)}
    window = subprocess.Popen(GDSIM, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, preexec_fn=as_from_a_terminal)
    try:
        wait_for(ready.exists, "the window's event loop running", window)
        window.send_signal(sig)
        err = finish(window)
    finally:
        window.kill()
    assert window.returncode == code, err
    assert told(err) == [f"gdsim: stopped by {sig.name}"], err


def staged_frame(out: Path) -> bool:
    return any(out.glob(".gdsim-export-*/frame-*.png"))


@pytest.mark.parametrize("sig, code", STOPS)
def test_a_signal_ends_an_export_and_leaves_nothing(tmp_path: Path, sig: signal.Signals,
                                                    code: int) -> None:
    out = tmp_path / "frames"
    export = subprocess.Popen([*GDSIM, "export", "--steps", "0:200", "--size", "320x240",
                               "--out", str(out)], env=environment(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              preexec_fn=as_from_a_terminal)
    try:
        wait_for(lambda: staged_frame(out), "a frame staged", export)
        export.send_signal(sig)
        err = finish(export)
    finally:
        export.kill()
    assert export.returncode == code, err
    assert told(err) == [f"gdsim export: stopped by {sig.name}; no files were written"], err
    assert not out.exists()  # the folder it made, its staging folder and its frames


def children(pid: int) -> dict[int, str]:
    """The processes `pid` started, by their command name."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                found[int(child)] = Path(f"/proc/{child}/comm").read_text().strip()
            except OSError:
                continue
    return found


def gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] == "Z"  # ended, not yet reaped by its new parent


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
def test_ctrl_c_at_the_terminal_ends_an_export_and_its_private_x_server(tmp_path: Path) -> None:
    """The terminal sends Ctrl-C to the whole foreground process group: the private Xvfb must
    not die under gdsim's feet (an X I/O error, exit 1); gdsim stops and ends it itself."""
    if not any((Path(p) / "Xvfb").exists() for p in os.environ.get("PATH", "").split(os.pathsep)):
        pytest.skip("Xvfb is not installed")
    out = tmp_path / "frames"
    export = subprocess.Popen([*GDSIM, "export", "--steps", "0:200", "--size", "320x240",
                               "--out", str(out)], env=environment(tmp_path, display=None),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True,  # its own group, as a shell's job
                              preexec_fn=as_from_a_terminal)
    try:
        wait_for(lambda: staged_frame(out), "a frame staged", export)
        xvfb = [pid for pid, name in children(export.pid).items() if name == "Xvfb"]
        assert len(xvfb) == 1, children(export.pid)
        os.killpg(export.pid, signal.SIGINT)
        err = finish(export)
    finally:
        export.kill()
    assert export.returncode == 130, err
    assert told(err) == ["gdsim export: stopped by SIGINT; no files were written"], err
    assert not out.exists()
    deadline = time.monotonic() + BOUND
    while not gone(xvfb[0]) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert gone(xvfb[0]), "the private Xvfb outlived the export"
