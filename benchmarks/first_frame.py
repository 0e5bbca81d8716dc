"""Child process for the first-frame benchmark: prints seconds from launch to the first paint.

    python -m benchmarks.first_frame gdsim|bare LAUNCH_WALL_TIME

"bare" is a PySide6 + pyqtgraph 3-D window (GLViewWidget) drawing a surface of the same grid.
"""

import sys
import time

which, launched = sys.argv[1], float(sys.argv[2])

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time() - launched:.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False


if which == "gdsim":
    from gdsim.core.scenario_names import resolve_scenario
    from gdsim.ui.qtapp import make_app

    scenario, path = resolve_scenario(None)
    app = make_app()
    from gdsim.ui.main_window import MainWindow

    window = MainWindow(scenario, path, remember=False)
else:  # the bare reference: a PySide6 + pyqtgraph 3-D window drawing the same surface
    import numpy as np
    import pyqtgraph.opengl as gl
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    window = gl.GLViewWidget()
    xs = np.linspace(-5, 5, 61)
    z = xs[:, None] ** 2 + xs[None, :] ** 2
    window.addItem(gl.GLSurfacePlotItem(x=xs, y=xs, z=z / z.max() * 6, shader="shaded"))
watcher = FirstPaint()
app.installEventFilter(watcher)  # the first paint of any widget of the window
window.show()
app.exec()
