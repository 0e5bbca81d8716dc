"""Group `export`: 100 whole-window frames at 1280×800 as PNG, GIF and MP4, against the
reference of doing the same without writing anything: opening the off-screen window, drawing
and grabbing each of the 100 states, closing it (the best of two, after a first window has
compiled OpenGL's shaders for the process)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import row

FRAMES = 100
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

    bare = min(grab_only() for _ in range(2))
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        timings = {}
        for fmt, out in (("png", "frames"), ("gif", "movie.gif"), ("mp4", "movie.mp4")):
            jobs = [ExportJob(scenario, steps, "window", SIZE, fmt, Path(folder) / f"{i}{out}")
                    for i in range(2)]  # the best of two, as for the reference
            try:
                jobs[0].check()
            except Exception as exc:  # MP4 without its optional extra
                print(f"export {fmt}: skipped ({exc})")
                continue
            for job in jobs:
                start = time.perf_counter()
                export(job)
                timings[fmt] = min(timings.get(fmt, np.inf), time.perf_counter() - start)
    png = timings["png"]
    rows.append(row(f"export {FRAMES} window frames {SIZE[0]}×{SIZE[1]} as PNG (reference: "
                    "the same frames drawn and grabbed, nothing written)", png, "s", bare,
                    "≤ 1.1× reference, ≤ 10 s", png <= 1.1 * bare and png <= 10))
    for fmt in ("gif", "mp4"):
        if fmt in timings:
            rows.append(row(f"export {FRAMES} window frames as {fmt.upper()}", timings[fmt], "s",
                            bare, "≤ 1.3× reference", timings[fmt] <= 1.3 * bare))
    return rows
