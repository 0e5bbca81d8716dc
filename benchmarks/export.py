"""Group `export`: 100 whole-window frames at 1280×800 as PNG, GIF and MP4, against the
reference of doing the same without writing anything: opening the off-screen window, drawing
and grabbing each of the 100 states, closing it (after a first window has compiled OpenGL's
shaders for the process). Three rounds, the reference and the formats taking turns."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import row

FRAMES = 100
ROUNDS = 3
SIZE = (1280, 800)


def run_export() -> list[dict]:
    from gdsim.ui.display import ensure_display

    ensure_display()
    import gdsim.ui  # noqa: F401  (shared OpenGL contexts)
    from gdsim.core.exporting import ExportJob
    from gdsim.core.scenario import Scenario, SurfaceSettings
    from gdsim.ui.export import FrameRenderer, export
    from gdsim.ui.qtapp import make_app

    make_app()
    scenario = Scenario(surface=SurfaceSettings(lr=0.02), max_steps=1000)
    steps = tuple(range(FRAMES))
    FrameRenderer(scenario, "window", SIZE).close()  # OpenGL's shaders compiled once for all

    def grab_only() -> float:
        """The reference: open the off-screen window, draw and grab every frame, close."""
        start = time.perf_counter()
        renderer = FrameRenderer(scenario, "window", SIZE)
        for k in steps:
            renderer.image(k)
        renderer.close()
        return time.perf_counter() - start

    def export_time(fmt: str, out: Path) -> float | None:
        job = ExportJob(scenario, steps, "window", SIZE, fmt, out)
        try:
            job.check()
        except Exception as exc:  # MP4 without its optional extra
            print(f"export {fmt}: skipped ({exc})")
            return None
        start = time.perf_counter()
        export(job)
        return time.perf_counter() - start

    # Rounds in which the reference and each format take turns: on a shared machine the
    # speed drifts over minutes, so each export is compared with its own round's reference.
    times: dict[str, list[float]] = {"grab": [], "png": [], "gif": [], "mp4": []}
    with tempfile.TemporaryDirectory() as folder:
        for i in range(ROUNDS):
            times["grab"].append(grab_only())
            for fmt, out in (("png", "frames"), ("gif", "movie.gif"), ("mp4", "movie.mp4")):
                seconds = export_time(fmt, Path(folder) / f"{i}-{out}")
                if seconds is not None:
                    times[fmt].append(seconds)
    bare = float(np.median(times["grab"]))
    rows = []
    for fmt, most in (("png", 1.1), ("gif", 1.3), ("mp4", 1.3)):
        if not times[fmt]:
            continue
        value = float(np.median(times[fmt]))
        ratio = float(np.median([t / g for t, g in zip(times[fmt], times["grab"])]))
        name = (f"export {FRAMES} window frames {SIZE[0]}×{SIZE[1]} as PNG (reference: the same "
                "frames drawn and grabbed, nothing written" if fmt == "png" else
                f"export {FRAMES} window frames as {fmt.upper()} (the same reference")
        rows.append(row(f"{name}; medians of {ROUNDS} rounds, ratio: of the rounds' ratios)",
                        value, "s", bare, f"≤ {most:g}× reference" + (", ≤ 10 s" if fmt == "png"
                                                                      else ""),
                        ratio <= most and value <= 10, ratio=ratio))
    return rows
