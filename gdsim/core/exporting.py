"""What an export is asked for — which states, which view, size, format — checked before
anything is drawn or written; and the parsers of its "A:B:K" and "WxH" texts.

The window's export dialog and `gdsim export` build the same ExportJob; gdsim.ui.export draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gdsim.core.errors import InputError
from gdsim.core.scenario import Scenario

VIEWS = ("window", "surface", "contour", "diagram", "loss", "table")
FORMATS = ("png", "svg", "gif", "mp4", "csv", "json")
SVG_VIEWS = ("contour", "diagram", "loss")
GL_VIEWS = ("window", "surface")  # the ones that need OpenGL, hence a display
FOLDER_FORMATS = ("png", "svg")
MAX_FRAMES = 100_000
MP4_HINT = "MP4 needs the optional extra: pip install 'gdsim[video]' (imageio-ffmpeg)"


@dataclass(frozen=True)
class ExportJob:
    scenario: Scenario
    steps: tuple[int, ...]
    view: str = "window"
    size: tuple[int, int] = (1280, 800)
    fmt: str = "png"
    out: Path = Path("gdsim-export")
    fps: float = 10.0
    loop: int = 0  # GIF: 0 loops for ever

    def check(self) -> None:
        """Refuse what cannot be exported, before anything is rendered or written."""
        if self.view not in VIEWS:
            raise InputError(f"view: unknown {self.view!r}; choose one of {', '.join(VIEWS)}")
        if self.fmt not in FORMATS:
            raise InputError(f"format: unknown {self.fmt!r}; choose one of {', '.join(FORMATS)}")
        if self.fmt == "svg" and self.view not in SVG_VIEWS:
            raise InputError(f"format: SVG is for the 2-D views ({', '.join(SVG_VIEWS)}), "
                             f"not {self.view}")
        if self.view == "diagram" and self.scenario.mode != "network":
            raise InputError("view: the diagram exists in network mode only")
        if self.view == "table" and self.scenario.mode != "surface":
            raise InputError("view: the trace table exists in surface mode only")
        w, h = self.size
        if not (64 <= w <= 7680 and 64 <= h <= 4320):
            raise InputError(f"size: {w}x{h} is outside 64x64 … 7680x4320")
        if not self.steps:
            raise InputError("steps: no states to export")
        if len(self.steps) > MAX_FRAMES:
            raise InputError(f"steps: {len(self.steps)} states is more than {MAX_FRAMES}")
        if not 0.1 <= self.fps <= 120:
            raise InputError(f"fps: {self.fps:g} is outside 0.1 … 120")
        if self.fmt == "mp4":
            try:
                import imageio_ffmpeg  # noqa: F401
            except ImportError:
                raise InputError(MP4_HINT) from None


def parse_steps(text: str, limit: int) -> tuple[int, ...]:
    """"A:B" → A, A+1, …, B; "A:B:K" every K-th; "A" one state. Each within 0 … limit."""
    parts = text.strip().split(":")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise InputError(f"steps: {text!r} is not A, A:B or A:B:K with whole numbers") from None
    if len(numbers) > 3 or any(n < 0 for n in numbers):
        raise InputError(f"steps: {text!r} is not A, A:B or A:B:K with numbers ≥ 0")
    a, b, k = (numbers + [numbers[0], 1])[:3] if len(numbers) == 1 else (numbers + [1])[:3]
    if k == 0:
        raise InputError("steps: the K of A:B:K must be at least 1")
    if b < a:
        raise InputError(f"steps: {b} comes before {a}")
    if b > limit:
        raise InputError(f"steps: {b} is past the scenario's maximum of {limit} steps")
    if (b - a) // k + 1 > MAX_FRAMES:
        raise InputError(f"steps: more than {MAX_FRAMES} states")
    return tuple(range(a, b + 1, k))


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError(f"size: {text!r} is not WIDTHxHEIGHT, e.g. 1280x800") from None
    return w, h
