"""Python's cyclic garbage collector on the GUI thread only, while other threads run Python.

The collector runs on whichever thread happens to allocate when a generation is due. pyqtgraph's
items, the views and their widgets sit in reference cycles, so a collection on export's encoder
thread or on the PyTorch dock's thread would delete Qt objects there — off the thread that owns
them, which Qt forbids (the full suite hung twice in export; a collection forced on the
encoder thread deadlocks the window's thread as it creates widgets). So while such a thread
runs, automatic collection is off and the GUI thread collects what is due: `collect_due()`
between the frames of a loop that does not return to the event loop, and a timer otherwise.

    with worker_threads():          # on the GUI thread, around the threads' lives
        ...start a thread, draw, collect_due()...

or `begin()` on the GUI thread before a thread starts and `end()` there once it has finished.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

INTERVAL_MS = 200  # how often the timer looks whether a collection is due

_workers = 0  # threads running Python now, besides the GUI thread (begun, not yet ended)
_was_enabled = True  # automatic collection as it was when the first of them began
_timer: QTimer | None = None


def _on_gui_thread() -> None:
    assert threading.current_thread() is threading.main_thread(), \
        "gui_gc is driven from the GUI thread"


def begin() -> None:
    """A thread that runs Python is about to start: from now on, collect only here."""
    global _workers, _was_enabled, _timer
    _on_gui_thread()
    if _workers == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
        _timer = QTimer()
        _timer.setInterval(INTERVAL_MS)
        _timer.timeout.connect(collect_due)
        _timer.start()
    _workers += 1


def end() -> None:
    """A thread begun has finished: when it was the last, collection is as it was before."""
    global _workers, _timer
    _on_gui_thread()
    assert _workers > 0, "gui_gc.end() without begin()"
    _workers -= 1
    if _workers == 0:
        if _timer is not None:
            _timer.stop()
            _timer.deleteLater()
            _timer = None
        gc.collect()  # what piled up, here
        if _was_enabled:
            gc.enable()


@contextmanager
def worker_threads() -> Iterator[None]:
    """The block starts (and ends) threads that run Python; collect only on this thread."""
    begin()
    try:
        yield
    finally:
        end()


def collect_due() -> None:
    """Collect on this thread the generations that are due, as the interpreter would have."""
    _on_gui_thread()
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
    if due:
        gc.collect(max(due))
