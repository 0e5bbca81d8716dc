"""SVG as every renderer draws it: Qt's SVG rewritten in the picture's own units.

Qt's SVG generator draws a plot inside groups whose transform maps data to the picture
(`matrix(441.64,0,0,-197.667,…)`) and keeps its thin lines thin with
`vector-effect="non-scaling-stroke"`. librsvg (GNOME's viewer, rsvg-convert) and ImageMagick
do not honour that, so every line and symbol came out 400 times too wide. `in_picture_units`
applies each group's transform to the coordinates of the shapes inside it (paths, polylines,
polygons, rectangles), so no stroke depends on a scaling transform; text and images take their
group's transform on themselves (a transform of a text or an image scales no stroke). Font
families end in a generic family, so a renderer without Qt's font alias ("Sans Serif") still
finds one with every glyph (−, α, ·). Each plot's data is clipped to the plot with a clip path
on a group in the picture's units, which every renderer honours.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

Matrix = tuple[float, float, float, float, float, float]  # SVG's a, b, c, d, e, f
# A plot's data → picture transform and the rectangle (x, y, width, height) it clips its data
# to, both in the picture's units (`gdsim.ui.svg_clips`)
Clip = tuple[Matrix, tuple[float, float, float, float]]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
GENERIC = "sans-serif"
QT_ALIASES = {"sans serif": GENERIC, "sans": GENERIC, "serif": "serif",
              "monospace": "monospace", "helvetica": GENERIC}
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
POINT_COMMANDS = set("MLCQST")  # absolute commands whose numbers are all (x, y) pairs


def in_picture_units(path: Path, clips: Sequence[Clip] = (),
                     drawn_with: Callable[[str], str] = str) -> None:
    """Rewrite the SVG file at `path` in place (see the module's docstring); a group drawn in
    a plot's data coordinates (its transform one of `clips`' matrices) is clipped to that
    plot's rectangle; `drawn_with(family)`: the font Qt drew a family with (its "Sans Serif"
    is DejaVu Sans on Debian), named first so a browser spaces the text as Qt did."""
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("version", "1.1")  # clip paths: not in SVG Tiny, which Qt names
    root.attrib.pop("baseProfile", None)
    defs = root.find(f"{{{SVG}}}defs")
    if defs is None:
        defs = ET.SubElement(root, f"{{{SVG}}}defs")
    for i, (_, (x, y, w, h)) in enumerate(clips):
        clip = ET.SubElement(defs, f"{{{SVG}}}clipPath", id=f"gdsim-plot-{i}")
        ET.SubElement(clip, f"{{{SVG}}}rect", x=fmt(x), y=fmt(y), width=fmt(w), height=fmt(h))
    for group in root.iter(f"{{{SVG}}}g"):
        matrix = parse_matrix(group.get("transform", ""))
        if matrix is None:
            continue
        del group.attrib["transform"]
        if matrix == IDENTITY:
            continue
        plot = next((i for i, (m, _) in enumerate(clips) if same(m, matrix)), None)
        if plot is not None:
            group.set("clip-path", f"url(#gdsim-plot-{plot})")
        scale = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
        width = float(group.get("stroke-width", "1"))
        for child in list(group):
            _bake(child, matrix, scale, width)
    for element in tree.getroot().iter():
        family = element.get("font-family")
        if family is not None:
            element.set("font-family", font_list(family, drawn_with(family)))
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def _bake(element: ET.Element, m: Matrix, scale: float, width: float) -> None:
    """Put the group's transform m into one of its shapes (or onto it, for text and images).
    A cosmetic pen keeps its width in the picture's units; any other (`width`, the group's,
    unless the shape has its own) grows with the transform's scale, as it did under it."""
    tag = element.tag.rsplit("}", 1)[-1]
    cosmetic = element.attrib.pop("vector-effect", None) == "non-scaling-stroke"
    if not cosmetic and scale != 1.0 and tag in ("path", "polyline", "polygon", "rect"):
        element.set("stroke-width", fmt(float(element.get("stroke-width", width)) * scale))
    if tag == "path" and (d := transform_path(element.get("d", ""), m)) is not None:
        element.set("d", d)
    elif tag in ("polyline", "polygon"):
        element.set("points", transform_points(element.get("points", ""), m))
    elif tag == "rect" and "transform" not in element.attrib:
        x, y = float(element.get("x", "0")), float(element.get("y", "0"))
        w, h = float(element.get("width", "0")), float(element.get("height", "0"))
        corners = f"{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h}"
        if m[1] == 0 and m[2] == 0:  # still a rectangle
            (x0, y0), (x1, y1) = apply(m, x, y), apply(m, x + w, y + h)
            for key, value in (("x", min(x0, x1)), ("y", min(y0, y1)), ("width", abs(x1 - x0)),
                               ("height", abs(y1 - y0))):
                element.set(key, fmt(value))
        else:
            element.tag = f"{{{SVG}}}polygon"
            for key in ("x", "y", "width", "height"):
                element.attrib.pop(key, None)
            element.set("points", transform_points(corners, m))
    else:  # text, image, or what the rewrite does not read: the transform on the element
        own = parse_matrix(element.get("transform", "")) or IDENTITY
        element.set("transform", "matrix(" + ",".join(fmt(v) for v in compose(m, own)) + ")")
        if cosmetic:
            element.set("vector-effect", "non-scaling-stroke")


def same(m: Matrix, n: Matrix) -> bool:
    """The same transform, to the precision Qt writes (six significant digits)."""
    return all(abs(a - b) <= 1e-4 * max(1.0, abs(a), abs(b)) for a, b in zip(m, n, strict=True))


def parse_matrix(text: str) -> Matrix | None:
    """The six numbers of "matrix(a,b,c,d,e,f)", or None for any other transform."""
    match = re.fullmatch(r"\s*matrix\(([^)]*)\)\s*", text)
    if match is None:
        return None
    values = [float(v) for v in NUMBER.findall(match.group(1))]
    return (values[0], values[1], values[2], values[3], values[4], values[5]) \
        if len(values) == 6 else None


def compose(m: Matrix, n: Matrix) -> Matrix:
    """m ∘ n: n applied first."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e,
            b * t + d * u + f)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def fmt(value: float) -> str:
    return f"{value:.6g}"


def transform_points(points: str, m: Matrix) -> str:
    values = [float(v) for v in NUMBER.findall(points)]
    pairs = (apply(m, x, y) for x, y in zip(values[::2], values[1::2], strict=False))
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in pairs)


def transform_path(d: str, m: Matrix) -> str | None:
    """Path data of absolute M, L, C, Q, S, T and Z commands (what Qt writes) transformed;
    None for anything else (arcs, relative or one-axis commands)."""
    out: list[str] = []
    numbers: list[float] = []

    def flush() -> None:
        out.extend(f"{fmt(x)},{fmt(y)}" for x, y in
                   (apply(m, px, py) for px, py in zip(numbers[::2], numbers[1::2],
                                                       strict=False)))
        numbers.clear()

    for token in PATH_TOKEN.findall(d):
        if token.isalpha():
            if token not in POINT_COMMANDS and token not in "Zz":
                return None
            flush()
            out.append(token)
        else:
            numbers.append(float(token))
    if len(numbers) % 2:
        return None
    flush()
    return " ".join(out)


def font_list(family: str, drawn: str = "") -> str:
    """Qt's font family as a list a browser or librsvg can use: the font it was drawn with,
    the family, then a generic one."""
    names = [n.strip().strip("'\"") for n in (drawn, *family.split(",")) if n.strip()]
    names = list(dict.fromkeys(names))
    generic = next((QT_ALIASES[n.lower()] for n in names if n.lower() in QT_ALIASES), GENERIC)
    named = [n for n in names if n.lower() not in QT_ALIASES]
    return ", ".join([*(f"'{n}'" if " " in n else n for n in named), generic])
