"""Group `export`: 100 whole-window frames at 1280×800 as PNG in at most 10 s; GIF and MP4
times beside it. The reference is grabbing the same window 100 times with no files written."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import row

FRAMES = 100
SIZE = (1280, 800)


def run_export() -> list[dict]:
    from gdsim.ui.display import ensure_display

    ensure_display()
    import gdsim.ui  # noqa: F401  (shared OpenGL contexts)
    from gdsim.core.exporting import ExportJob
    from gdsim.core.scenario import Scenario, SurfaceSettings
    from gdsim.ui.export import FrameRenderer, export, grab
    from gdsim.ui.qtapp import make_app

    make_app()
    scenario = Scenario(surface=SurfaceSettings(lr=0.02), max_steps=1000)
    steps = tuple(range(FRAMES))
    renderer = FrameRenderer(scenario, "window", SIZE)
    start = time.perf_counter()
    for k in steps:
        renderer.seek(k)
        grab(renderer.target, renderer.surface3d)
    bare = time.perf_counter() - start
    renderer.close()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        timings = {}
        for fmt, out in (("png", "frames"), ("gif", "movie.gif"), ("mp4", "movie.mp4")):
            job = ExportJob(scenario, steps, "window", SIZE, fmt, Path(folder) / out)
            try:
                job.check()
            except Exception as exc:  # MP4 without its optional extra
                print(f"export {fmt}: skipped ({exc})")
                continue
            start = time.perf_counter()
            export(job)
            timings[fmt] = time.perf_counter() - start
    png = timings["png"]
    rows.append(row(f"export {FRAMES} window frames {SIZE[0]}×{SIZE[1]} as PNG", png, "s",
                    bare, "≤ 10 s", png <= 10))
    for fmt in ("gif", "mp4"):
        if fmt in timings:
            rows.append(row(f"export {FRAMES} window frames as {fmt.upper()}", timings[fmt], "s",
                            bare, "(reported)", True))
    return rows
