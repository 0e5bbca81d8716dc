"""Window tests run in a real X server (pytest-xvfb) with Mesa's software OpenGL."""

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
def make_window(qapp, qtbot):
    from PySide6.QtCore import QSettings

    from gdsim.ui.app import make_app
    from gdsim.ui.main_window import MainWindow

    make_app()
    qapp.setOrganizationName("gdsim-tests")
    QSettings().clear()

    def make(scenario: Scenario | None = None) -> MainWindow:
        window = MainWindow(scenario or Scenario())
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def color_fraction(image, rgb, tolerance=40):
    """The fraction of pixels of a QImage within `tolerance` of the colour rgb."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=stride * h)
    pixels = buffer.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).astype(int)
    close = np.abs(pixels - np.array(rgb)).sum(axis=2) <= tolerance
    return float(close.mean()), pixels
