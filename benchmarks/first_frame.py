"""Child process for the first-frame benchmark: prints seconds from launch to the first paint.

    python -m benchmarks.first_frame gdsim|bare LAUNCH_WALL_TIME
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
else:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    window = pg.PlotWidget()
    window.plot([0, 1, 2], [0, 1, 4])
watcher = FirstPaint()
app.installEventFilter(watcher)  # the first paint of any widget of the window
window.show()
app.exec()
