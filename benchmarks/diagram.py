"""The network diagram's redraw time after a step (SPEC §4: 784-128-10 ≤ 50 ms, 3-4-2 ≤ 2 ms).

`diagram_redraw_ms(sizes)` steps a network phase by phase and times `draw(snapshot)` for each
new snapshot: what the window pays per frame while playing. With paint=True the time also
includes painting the diagram once (synchronously), as a user would wait for it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence

import numpy as np


def _app():
    from gdsim.ui.display import ensure_display

    ensure_display()
    from PySide6.QtWidgets import QApplication

    import gdsim.ui  # noqa: F401  (shared OpenGL contexts: before the QApplication)

    return QApplication.instance() or QApplication([])


def _scenario(sizes: Sequence[int]):
    from gdsim.core.scenario import NetworkSettings, Scenario

    sizes = tuple(int(s) for s in sizes)
    if sizes == (3, 4, 2):
        return Scenario(mode="network")  # the seed's network and sample
    rng = np.random.default_rng(0)
    y = np.zeros(sizes[-1])
    y[0] = 1.0
    return Scenario(mode="network", network=NetworkSettings(
        sizes=sizes, x=tuple(rng.uniform(0, 1, sizes[0])), y=tuple(y)))


def diagram_redraw_ms(sizes: Sequence[int], show_all: bool = False, paint: bool = False,
                      frames: int = 24, rounds: int = 5, pause: float = 0.2) -> float:
    """Median milliseconds to redraw the diagram for a new snapshot, default view: over
    `rounds` runs of `frames` consecutive steps, `pause` seconds apart, so that a moment when
    the shared machine is slow (a round takes ~30 ms) is one round of several, not the row."""
    app = _app()
    from gdsim.core.run import Run
    from gdsim.ui.views.diagram import NetworkDiagramView

    run = Run(_scenario(sizes))
    view = NetworkDiagramView()
    view.resize(1000, 640)
    view.show_all.setChecked(show_all)
    view.show()
    view.render(run.step("layer"))  # builds the items for this shape
    for _ in range(3):
        app.processEvents()
    times = []
    for _ in range(rounds):
        for snap in [run.step("layer") for _ in range(frames)]:
            start = time.perf_counter()
            view.render(snap)
            if paint:
                view.graphics.viewport().repaint()
            times.append(time.perf_counter() - start)
        app.processEvents()
        time.sleep(pause)
    view.close()
    view.deleteLater()
    app.processEvents()
    return 1000 * statistics.median(times)


if __name__ == "__main__":
    for sizes in ((3, 4, 2), (784, 128, 10)):
        for show_all in (False, True):
            for paint in (False, True):
                ms = diagram_redraw_ms(sizes, show_all, paint)
                print(f"{'-'.join(map(str, sizes)):>10}  show all: {show_all!s:5}  "
                      f"with paint: {paint!s:5}  {ms:8.2f} ms")
