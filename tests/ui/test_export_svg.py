"""SVG export draws what the PNG export draws: each SVG, rendered by Qt's own QSvgRenderer, is
compared with the PNG of the same state — every scatter symbol (neurons, path markers, the
minimum) a shape of its own at its place, the colour bars and the text where the PNG has them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path
from gdsim.ui.export import FrameRenderer, as_array
from gdsim.ui.text import fmt

SIZE = (1280, 800)
FAR = 100  # summed |ΔR| + |ΔG| + |ΔB| at which two pixels are plainly different colours


@pytest.fixture
def app(qapp):
    from gdsim.ui.qtapp import make_app

    return make_app()


def scenario_of(view: str) -> Scenario:
    if view == "diagram":
        return load_scenario(example_path("fig-3-16-network")).with_step(0)
    return Scenario()


def svg_pixels(path: Path) -> np.ndarray:
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    return as_array(image).astype(int)


def png_and_svg(view: str, k: int, tmp_path: Path) -> tuple[FrameRenderer, np.ndarray, np.ndarray]:
    renderer = FrameRenderer(scenario_of(view), view, SIZE)
    assert (renderer.target.width(), renderer.target.height()) == SIZE  # no scaling to undo
    png = as_array(renderer.image(k)).astype(int)
    renderer.svg(k, tmp_path / f"{view}.svg")
    return renderer, png, svg_pixels(tmp_path / f"{view}.svg")


def symbols(renderer: FrameRenderer) -> list[tuple[int, int, float]]:
    """Every scatter symbol drawn in the picture: its centre in picture pixels and size."""
    found = []
    for view in renderer.target.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if not isinstance(item, pg.ScatterPlotItem) or not item.isVisible():
                continue
            for x, y, size in zip(item.data["x"], item.data["y"], item.data["size"]):
                size = item.opts["size"] if size < 0 else size
                at = view.mapFromScene(item.mapToScene(QPointF(float(x), float(y))))
                at = view.viewport().mapTo(renderer.target, at)
                if 0 <= at.x() < SIZE[0] and 0 <= at.y() < SIZE[1]:
                    found.append((at.x(), at.y(), float(size)))
    return found


def far(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b).sum(axis=-1) > FAR


@pytest.mark.parametrize("view", ["diagram", "contour", "loss"])
def test_the_svg_looks_like_the_png(app, tmp_path, view):
    renderer, png, svg = png_and_svg(view, 3, tmp_path)
    try:
        assert far(png, svg).mean() < 0.012  # antialiasing and half-pixel edges only
        # Around every symbol the SVG shows what the PNG shows (pyqtgraph's symbol atlas once
        # came out whole in each symbol's place: a strip of ellipses per neuron or marker).
        for x, y, size in symbols(renderer):
            s = int(max(size, 6))
            window = np.s_[max(0, y - s):y + s, max(0, x - s):x + 3 * s]
            assert far(png[window], svg[window]).mean() < 0.15, (view, x, y, size)
    finally:
        renderer.close()


def test_the_diagrams_neurons_in_svg_have_their_colours_and_count(app, tmp_path):
    renderer, png, svg = png_and_svg("diagram", 3, tmp_path)
    try:
        diagram = renderer.views.diagram
        neurons = diagram.neurons
        fills = [QColor(brush.color()).getRgb()[:3] for brush in neurons.data["brush"]]
        r = int(diagram.radius)
        centres = [(x, y) for x, y, size in symbols(renderer) if size == 2 * diagram.radius]
        assert len(centres) == len(fills) == 9
        for (x, y), fill in zip(centres, fills):
            above = (y - r // 2, x)  # clear of the value printed across the middle
            assert np.abs(svg[above] - fill).sum() < 40, (x, y, svg[above], fill)
            assert np.abs(svg[above] - png[above]).sum() < 40
        assert blobs(png, centres, fills, r) == blobs(svg, centres, fills, r) == 9
    finally:
        renderer.close()


def blobs(pixels: np.ndarray, centres: list[tuple[int, int]], fills: list[tuple[int, ...]],
          r: int) -> int:
    """How many patches of a neuron's fill colour lie across the line a half radius above each
    neuron's centre (clear of its printed value), within three radii either side: one per
    neuron when each is one disc (the symbol atlas once gave a strip of four)."""
    count = 0
    for x, y in centres:
        row = pixels[y - r // 2, max(0, x - 3 * r):x + 3 * r]
        near = np.zeros(len(row), bool)
        for fill in set(fills):
            near |= np.abs(row - fill).sum(axis=1) < 24
        edges = np.diff(np.concatenate([[0], near.astype(int), [0]]))
        starts, stops = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        count += int(((stops - starts) >= r // 2).sum())
    return count


def test_the_svg_keeps_its_shapes_as_shapes(app, tmp_path):
    """Symbols and text are vector shapes, not pictures: the only images are heat maps."""
    renderer, _, _ = png_and_svg("diagram", 3, tmp_path)
    J = renderer.run.seek(3).J
    renderer.close()
    text = (tmp_path / "diagram.svg").read_text()
    assert text.count("<image") <= 2  # the two colour bars at most
    assert f"{fmt(J)}" in text  # J written as text
