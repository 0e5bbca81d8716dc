"""An exported SVG is the picture the PNG of the same state is, drawn by librsvg too (GNOME's
image viewer, rsvg-convert): no scaling transform that a stroke depends on, each plot's data
clipped to the plot, fonts that end in a generic family. rsvg-convert is librsvg2-bin's
(scripts/test installs it); without it the rendering test is skipped."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from gdsim.core.exporting import ExportJob
from gdsim.core.scenario import Scenario
from gdsim.core.svg import font_list, in_picture_units, parse_matrix, transform_path
from gdsim.core.view_names import EXPORTS

SIZE = (640, 400)
SVG_VIEWS = [name for name, view in EXPORTS.items() if "svg" in view.exports]


@pytest.fixture
def app(qapp):
    from gdsim.ui.qtapp import make_app

    return make_app()


def scenario_for(view: str) -> Scenario:
    return Scenario(mode="network") if view == "diagram" else Scenario()


def rgb(path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(float)


def blocks(image: np.ndarray, size: int = 16) -> np.ndarray:
    """The image's mean colour in size × size blocks: where its shapes are, not its edges."""
    h, w = (image.shape[0] // size) * size, (image.shape[1] // size) * size
    return image[:h, :w].reshape(h // size, size, w // size, size, 3).mean(axis=(1, 3))


@pytest.mark.skipif(shutil.which("rsvg-convert") is None,
                    reason="rsvg-convert (Debian: librsvg2-bin) is not installed")
@pytest.mark.parametrize("view", SVG_VIEWS)
def test_librsvg_draws_the_svg_as_the_png_shows_it(app, tmp_path, view):
    from gdsim.ui.export import export

    assert SVG_VIEWS == ["contour", "diagram", "loss"]
    svg, png, drawn = tmp_path / "a.svg", tmp_path / "a.png", tmp_path / "drawn.png"
    for fmt, out in (("svg", svg), ("png", png)):
        export(ExportJob(scenario_for(view), (3,), view, SIZE, fmt, out))
    subprocess.run(["rsvg-convert", "-w", str(SIZE[0]), "-h", str(SIZE[1]), "-b", "white",
                    str(svg), "-o", str(drawn)], check=True, timeout=60)
    a, b = rgb(png), rgb(drawn)
    assert a.shape == b.shape == (SIZE[1], SIZE[0], 3)
    # Before: strokes 400 times too wide under matrix(441.64, …) drew grey discs and orange
    # bands over the whole plot (a mean difference of 40 and more).
    assert np.abs(a - b).mean() < 6
    far = np.abs(blocks(a) - blocks(b)).max(axis=2) > 48  # a shape missing or out of place
    assert far.mean() < 0.01, f"{far.sum()} of {far.size} blocks differ"


def test_the_svg_has_no_scaling_transform_and_generic_fonts(app, tmp_path):
    from gdsim.ui.export import export

    out = tmp_path / "contour.svg"
    export(ExportJob(Scenario(), (3,), "contour", SIZE, "svg", out))
    root = ET.parse(out).getroot()
    for element in root.iter():
        m = parse_matrix(element.get("transform", ""))
        if m is not None:  # text and images only, never scaled
            assert element.tag.rsplit("}", 1)[-1] in ("text", "image"), element.tag
        assert element.get("vector-effect") is None
        family = element.get("font-family")
        assert family is None or family.endswith("sans-serif")
    clips = root.findall(".//{http://www.w3.org/2000/svg}clipPath")
    assert clips and out.read_text().count('clip-path="url(#gdsim-plot-') >= 2


def test_qts_groups_are_rewritten_in_the_pictures_units(tmp_path):
    path = tmp_path / "qt.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        'viewBox="0 0 100 100"><defs></defs>'
        '<g stroke-width="2" font-family="Sans Serif" transform="matrix(10,0,0,-10,50,50)">'
        '<path vector-effect="non-scaling-stroke" d="M0,0 L1,2 C1,1 2,2 3,3 Z"/>'
        '<polyline points="0,0 1,1"/><rect x="0" y="0" width="1" height="2"/>'
        '<text x="0" y="0">J</text></g></svg>')
    in_picture_units(path, [((10, 0, 0, -10, 50, 50), (0, 0, 60, 60))], lambda f: "DejaVu Sans")
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    group = root.find(f"{ns}g")
    assert "transform" not in group.attrib and group.get("clip-path") == "url(#gdsim-plot-0)"
    assert group.get("font-family") == "'DejaVu Sans', sans-serif"
    p = group.find(f"{ns}path")
    assert p.get("d") == "M 50,50 L 60,30 C 60,40 70,30 80,20 Z"
    assert p.get("vector-effect") is None and p.get("stroke-width") is None  # stays 2
    assert group.find(f"{ns}polyline").get("points") == "50,50 60,40"
    assert group.find(f"{ns}polyline").get("stroke-width") == "20"  # a pen that scaled
    rect = group.find(f"{ns}rect")
    assert [rect.get(k) for k in ("x", "y", "width", "height")] == ["50", "30", "10", "20"]
    assert group.find(f"{ns}text").get("transform") == "matrix(10,0,0,-10,50,50)"
    assert root.get("version") == "1.1" and root.get("baseProfile") is None
    assert transform_path("M0,0 A1,1 0 0 1 1,1", (1, 0, 0, 1, 0, 0)) is None  # arcs: kept


def test_font_lists_end_in_a_generic_family():
    assert font_list("Sans Serif") == "sans-serif"
    assert font_list("Sans Serif", "DejaVu Sans") == "'DejaVu Sans', sans-serif"
    assert font_list("Noto Sans CJK SC", "Noto Sans CJK SC") == "'Noto Sans CJK SC', sans-serif"
