"""The neurons and bias markers paint themselves (diagram_marks.Marks, no symbol atlas): what
reaches the screen is read back from a grab of the view and compared with core's numbers and
with pyqtgraph's own drawing of the same marks."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from gdsim.core.run import Run
from gdsim.core.scenario import Scenario
from gdsim.ui.export import as_array
from gdsim.ui.style import DIVERGING_MAP


def pixel_at(image: np.ndarray, view, scene_pos: QPointF) -> np.ndarray:
    at = view.graphics.mapFromScene(scene_pos)
    return image[at.y(), at.x()].astype(int)


def test_each_neuron_is_painted_in_its_activations_colour(show):
    from gdsim.ui.views.diagram import NetworkDiagramView

    view = show(NetworkDiagramView(), (900, 560))
    snap = Run(Scenario(mode="network")).step("layer")  # forward: layer 2's a computed
    view.render(snap)
    image = as_array(view.graphics.grab().toImage())
    a = snap.fwd.a[1][0]
    vmax = max(np.abs(snap.fwd.a[0][0]).max(), np.abs(a).max())
    r = view.radius
    for i in range(1, 5):
        centre = view.pointer.neuron_scene_pos(2, i)
        above = centre - QPointF(0, r / 2)  # clear of the value printed across the middle
        expected = np.array(DIVERGING_MAP.map((a[i - 1] / vmax + 1) / 2, mode="byte")[:3], int)
        assert np.abs(pixel_at(image, view, above) - expected).max() <= 2
        rim = [pixel_at(image, view, centre - QPointF(0, r + d)) for d in (-2, -1, 0, 1, 2)]
        assert min(np.abs(p - 90).max() for p in rim) <= 12, rim  # the grey outline
    grey = view.pointer.neuron_scene_pos(3, 1)  # the output: not computed yet
    assert pixel_at(image, view, grey - QPointF(0, r / 2)).tolist() == [222, 222, 222]


def test_marks_paint_what_pyqtgraphs_scatter_paints(show):
    """The same circles and squares, from Marks and from a ScatterPlotItem: alike but for a
    few levels of rounding on the antialiased rims."""
    from gdsim.ui.views.diagram_marks import Marks

    pictures = []
    for kind in (pg.ScatterPlotItem, Marks):
        widget = show(pg.GraphicsLayoutWidget(), (300, 200))
        widget.setBackground("w")
        box = widget.addViewBox()
        box.setRange(xRange=(0, 4), yRange=(0, 2), padding=0)
        colours = [(240, 120, 30), (40, 90, 200), (255, 255, 255)]
        for symbol, size, y in (("o", 41.3, 1.3), ("s", 11.0, 0.4)):
            box.addItem(kind([1, 2, 3], [y] * 3, symbol=symbol, size=size,
                             pen=pg.mkPen((90, 90, 90), width=1.2),
                             brush=[pg.mkBrush(c) for c in colours]))
        pictures.append(as_array(widget.grab().toImage()).astype(int))
    atlas, marks = pictures
    assert (np.abs(atlas - 255).sum(axis=-1) > 30).sum() > 3000  # the marks are there
    assert np.abs(atlas - marks).max() <= 4
