"""Ctrl-C (SIGINT) and SIGTERM: noted when they come, obeyed where it is safe to stop.

Python runs a signal handler only when the main thread runs Python, and an exception raised
there inside a Qt callback is swallowed (pyqtgraph's paint prints it and draws on). So the
handler only notes the signal. The window's event loop, which waits in C++, is woken by the
signal's number written to a socket (`signal.set_wakeup_fd`; gdsim/ui/qtapp.py
`quit_on_signals` watches it) and leaves with 128 + the number; an export calls `check()`
between frames, and the `Stopped` it raises unwinds through the staging, which removes what
was written. The command line says one line and exits 130 or 143, as a shell expects.
"""

from __future__ import annotations

import signal
import socket

STOPS = (signal.SIGINT, signal.SIGTERM)

_received: list[int] = []
_wakeup: tuple[socket.socket, socket.socket] | None = None


class Stopped(KeyboardInterrupt):
    """A stop signal arrived; `code` is the exit status a shell expects of it."""

    def __init__(self, signum: int, detail: str = "") -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum, self.detail = signum, detail

    @property
    def code(self) -> int:
        return 128 + self.signum

    def line(self, prog: str) -> str:
        """What the command line says: `gdsim export: stopped by SIGINT; no files …`."""
        detail = f"; {self.detail}" if self.detail else ""
        return f"{prog}: stopped by {signal.Signals(self.signum).name}{detail}"


def _note(signum: int, _frame: object) -> None:
    if not _received:
        _received.append(signum)


def install() -> None:
    """From now on, note SIGINT and SIGTERM instead of dying (a SIGINT ignored from the start,
    as a shell does for a background job, stays ignored), and write each one's number to the
    socket `wakeup()` reads."""
    global _wakeup
    if _wakeup is None:
        _wakeup = socket.socketpair()
        for end in _wakeup:
            end.setblocking(False)
        signal.set_wakeup_fd(_wakeup[1].fileno(), warn_on_full_buffer=False)
    for sig in STOPS:
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _note)


def wakeup() -> socket.socket | None:
    """The socket that becomes readable when a signal arrives (None before `install`)."""
    return None if _wakeup is None else _wakeup[0]


def received() -> int | None:
    """The first stop signal noted, if any."""
    return _received[0] if _received else None


def check(detail: str = "") -> None:
    """Raise `Stopped` if a stop signal has been noted."""
    if _received:
        raise Stopped(_received[0], detail)
