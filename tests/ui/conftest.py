"""Window tests run in a real X server (pytest-xvfb) with Mesa's software OpenGL."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from fractions import Fraction

import numpy as np
import pytest

import gdsim.ui  # noqa: F401  (shares OpenGL contexts: must come before the QApplication)
from gdsim.core.scenario import Scenario


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _delete_closed_widgets(qapp):
    """Delete the windows qtbot closed at once: a native OpenGL window left for deletion at
    exit crashes the interpreter as it shuts down."""
    yield
    from PySide6.QtCore import QEvent

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qapp.processEvents()


@pytest.fixture
def show(qtbot):
    """`show(widget, (width, height))`: the widget on the test screen, at that size if given,
    returned once the X server has exposed it; closed and deleted after the test."""

    def show(widget, size: tuple[int, int] | None = None):
        qtbot.addWidget(widget)
        if size is not None:
            widget.resize(*size)
        with qtbot.waitExposed(widget):
            widget.show()
        return widget

    return show


@pytest.fixture
def settings_file(qapp, tmp_path):
    """QSettings() writes to a file under tmp_path for this test; its name."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from gdsim.ui.app import make_app

    make_app()
    qapp.setOrganizationName("gdsim-tests")
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, user, str(tmp_path / "settings"))
    yield QSettings().fileName()
    QSettings.setPath(native, user, QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation))


@pytest.fixture
def screen_of(monkeypatch):
    """`screen_of((width, height))`: the window's screen offers that much room from now on (the
    test X screen is 1600 × 1000; a window never grows past what its screen offers)."""
    from PySide6.QtCore import QRect

    import gdsim.ui.window_state

    def set_screen(size: tuple[int, int]) -> None:
        monkeypatch.setattr(gdsim.ui.window_state, "available", lambda window: QRect(0, 0, *size))

    return set_screen


@pytest.fixture
def make_window(qapp, show):
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    qapp.setOrganizationName("gdsim-tests")
    QSettings().clear()

    def make(scenario: Scenario | None = None) -> MainWindow:
        return show(MainWindow(scenario or Scenario()), (1280, 720))

    return make


class QtGarbage:
    """Qt objects in reference cycles — garbage only Python's cyclic collector frees, as the
    views leave behind — that note the thread each is freed on."""

    def __init__(self) -> None:
        self.made = 0
        self.freed_on: list[str] = []

    def make(self, n: int) -> None:
        import threading

        from PySide6.QtCore import QObject

        freed_on = self.freed_on

        class Cyclic(QObject):
            def __del__(self) -> None:
                freed_on.append(threading.current_thread().name)

        for _ in range(n):
            item = Cyclic()
            item.me = item  # only a cyclic collection frees it
        self.made += n


@pytest.fixture
def qt_garbage():
    return QtGarbage()


def allocating(times: int = 20):
    """Work that allocates as a busy thread does: enough containers at once that a cyclic
    collection falls due on the thread that runs it, whatever was allocated before."""
    import gc

    for _ in range(times):
        junk = [[] for _ in range(2 * gc.get_threshold()[0] + 10)]
        del junk


def color_fraction(image, rgb, tolerance=40):
    """The fraction of pixels of a QImage within `tolerance` of the colour rgb."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=stride * h)
    pixels = buffer.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).astype(int)
    close = np.abs(pixels - np.array(rgb)).sum(axis=2) <= tolerance
    return float(close.mean()), pixels


class FakeTimer:
    """A single-shot timer of a FakeClock: due `ms` after it was started, fired by the clock."""

    def __init__(self, clock: FakeClock, callback: Callable[[], None]):
        self.clock, self.callback = clock, callback
        self.due: Fraction | None = None
        self.order = 0  # timers due at the same time fire in the order they were started

    def start(self, ms: int) -> None:
        self.due, self.order = self.clock.now + Fraction(ms, 1000), next(self.clock.started)

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:  # noqa: N802  (QTimer's name)
        return self.due is not None


class FakeClock:
    """Time that moves only when the test says so, for gdsim.ui.timing's seam: call it for the
    seconds; `timer` is the timer factory. `advance(s)` lets s seconds pass with the event loop
    free (the timers due fire, in order, each at its time); `spend(s)` lets s seconds pass
    while the thread is busy (no timer can fire: a slow computation). Exact (fractions), so
    that a timer due at t fires when the test advances to t, not a rounding later."""

    def __init__(self) -> None:
        self.now = Fraction(0)
        self.timers: list[FakeTimer] = []
        self.started = itertools.count()

    def __call__(self) -> float:
        return float(self.now)

    def timer(self, owner: object, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(self, callback)
        self.timers.append(timer)
        return timer

    def spend(self, seconds: float | Fraction) -> None:
        self.now += Fraction(seconds)

    def advance(self, seconds: float | Fraction = 0) -> None:
        end = self.now + Fraction(seconds)
        for _ in range(100_000):
            due = [t for t in self.timers if t.due is not None and t.due <= end]
            if not due:
                break
            timer = min(due, key=lambda t: (t.due, t.order))
            self.now = max(self.now, timer.due)  # type: ignore[type-var]
            timer.due = None
            timer.callback()
        else:
            raise AssertionError("timers keep firing without time passing")
        self.now = max(self.now, end)


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock and timer factory for what paces by wall time (gdsim.ui.timing)."""
    return FakeClock()
