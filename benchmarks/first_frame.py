"""Child process for the first-frame benchmark: prints seconds from launch to the first frame
on screen — the 3-D view's first frame presented (its `frameSwapped`) and the window's widgets
painted, the pass that painted them ended.

    python -m benchmarks.first_frame gdsim|bare LAUNCH_WALL_TIME   ->  "SECONDS FRAMES"

FRAMES: the 3-D view's frames presented by then (1, unless one more came in the same pass).

"bare" is a PySide6 + pyqtgraph 3-D window (GLViewWidget) drawing a surface of the same grid.
Both windows open at 1280×800, as in the play rows.

Not the first paint event: a QOpenGLWidget (the bare window) is sent its first paint before it
has an OpenGL context, so that event comes before its OpenGL set-up and its first drawing, which
gdsim's 3-D view (a QOpenGLWindow) has done by its first paint. Presented frames count the same
work in both.
"""

import sys
import time

which, launched = sys.argv[1], float(sys.argv[2])

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from benchmarks.play import SIZE  # noqa: E402

PAINTED = QEvent.Type(QEvent.registerEventType())
HIGH = Qt.EventPriority.HighEventPriority.value


class FirstFrame(QObject):
    """Prints the time once the 3-D view has presented a frame and a pass painting the
    window's widgets has ended, then quits."""

    def __init__(self, view) -> None:
        super().__init__()
        self.swapped, self.painting, self.painted, self.done = 0, False, False, False
        view.frameSwapped.connect(self.on_swapped)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and not self.painting:
            self.painting = True
            # Delivered once the pass painting the widgets ends, before anything the window
            # queued for after its first frame (gdsim builds its hidden views then).
            QCoreApplication.postEvent(self, QEvent(PAINTED), HIGH)
        return False

    def event(self, event):  # noqa: N802
        if event.type() == PAINTED:  # the first pass painting the widgets has ended
            self.painted = True
            self.check()
            return True
        return super().event(event)

    def on_swapped(self) -> None:
        self.swapped += 1
        self.check()

    def check(self) -> None:
        if self.swapped and self.painted and not self.done:
            self.done = True
            print(f"{time.time() - launched:.4f} {self.swapped}", flush=True)
            QTimer.singleShot(0, app.quit)


if which == "gdsim":
    from gdsim.core.scenario_names import resolve_scenario
    from gdsim.ui.qtapp import make_app

    scenario, path = resolve_scenario(None)
    app = make_app()
    from gdsim.ui.main_window import MainWindow

    window = MainWindow(scenario, path, remember=False)
    view = window.views.surface3d.gl
else:  # the bare reference: a PySide6 + pyqtgraph 3-D window drawing the same surface
    import numpy as np
    import pyqtgraph.opengl as gl
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    window = view = gl.GLViewWidget()
    xs = np.linspace(-5, 5, 61)
    z = xs[:, None] ** 2 + xs[None, :] ** 2
    window.addItem(gl.GLSurfacePlotItem(x=xs, y=xs, z=z / z.max() * 6, shader="shaded"))
window.resize(*SIZE)
watcher = FirstFrame(view)
app.installEventFilter(watcher)
window.show()
app.exec()
