"""Hovering the diagram with the mouse shows the values of the neuron or edge under it, and
they stay while the mouse rests (Qt's tooltip event then reaches the view: the scene used to
answer it with no item's tooltip, which hid them)."""

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QToolTip

from gdsim.core.scenario import Scenario
from gdsim.ui.text import fmt


class Resting(QObject):
    """Counts the tooltip events Qt sends a widget once the mouse rests on it."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        self.count += event.type() == QEvent.Type.ToolTip
        return False


def hover(qtbot, diagram, point, want: str) -> None:
    """Move the mouse from the diagram's corner (where nothing is: the last tooltip goes)
    to `point` (viewport pixels) as a hand would, wait until the tooltip says `want`, and
    until Qt's tooltip event for the resting mouse has come and gone; the values must still
    be shown then."""
    port = diagram.graphics.viewport()
    start = QPoint(4, 4)
    qtbot.mouseMove(port, start)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    resting = Resting(port)
    for t in (0.5, 0.9, 1.0):
        qtbot.mouseMove(port, start + (point - start) * t)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and want in QToolTip.text())
    qtbot.waitUntil(lambda: resting.count > 0, timeout=10_000)
    # A tooltip told to hide goes 300 ms later (QTipLabel's timer): one second's timer,
    # started after it, fires after it however busy the machine is.
    later = QTimer(port)
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout, timeout=10_000):
        later.start(1000)
    assert QToolTip.isVisible() and want in QToolTip.text()
    resting.deleteLater()


def test_hovering_a_neuron_and_an_edge_shows_their_values(make_window, qtbot):
    window = make_window(Scenario(mode="network"))
    window.activateWindow()  # Qt sends tooltip events to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    diagram = window.views.diagram
    qtbot.waitUntil(lambda: diagram.snapshot is not None and diagram.isVisible())
    snap = diagram.snapshot
    to_view = diagram.graphics.mapFromScene
    hover(qtbot, diagram, to_view(diagram.pointer.neuron_scene_pos(2, 1)),
          f"a = {fmt(snap.fwd.a[1][0][0])}")
    assert QToolTip.text().startswith("a²₁")
    hover(qtbot, diagram, to_view(diagram.pointer.edge_scene_pos(2, 1, 2, at=0.35)),
          f"w = {fmt(snap.net.W[1][1, 0])}")
    assert QToolTip.text().startswith("w²₁₂")
    assert f"∂J/∂w = {fmt(snap.bwd.dW[1][1, 0])}" in QToolTip.text()
