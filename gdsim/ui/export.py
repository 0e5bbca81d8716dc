"""Export: render these states with these views, into files — through the very views the
window shows, in an off-screen window of its own, so the window on screen never moves.

PNG and SVG frames go to a folder as frame-0000.png, …; GIF, MP4, CSV and JSON to one file.
Files are written to a staging place beside the target and moved in only when all are done,
so a failure or a cancel leaves no partial files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gdsim.core.errors import GdsimError, InputError
from gdsim.core.scenario import Scenario

VIEWS = ("window", "surface", "contour", "diagram", "loss", "table")
FORMATS = ("png", "svg", "gif", "mp4", "csv", "json")
SVG_VIEWS = ("contour", "diagram", "loss")
GL_VIEWS = ("window", "surface")  # the ones that need OpenGL, hence a display
FOLDER_FORMATS = ("png", "svg")
MAX_FRAMES = 100_000
PNG_QUALITY = 80  # Qt's PNG "quality" is zlib's effort: 80 is fast and nearly as small
MP4_HINT = "MP4 needs the optional extra: pip install 'gdsim[video]' (imageio-ffmpeg)"


class Cancelled(GdsimError):
    """The user cancelled an export; nothing was left behind."""


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


# ----------------------------------------------------------------------------------------------
# Writing safely.


@contextmanager
def staged(out: Path, folder: bool) -> Iterator[Path]:
    """A staging folder beside `out`; its files move into place only if the block succeeds."""
    home = out if folder else out.parent
    created = not home.exists()
    try:
        home.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=".gdsim-export-", dir=home))
    except OSError as exc:
        _remove_if_empty(home, created)
        raise GdsimError(f"export: cannot write to {home} ({exc.strerror or exc})") from None
    try:
        yield stage
        for f in sorted(stage.iterdir()):
            os.replace(f, out / f.name if folder else out)
    except OSError as exc:
        raise GdsimError(f"export: cannot write {out} ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        _remove_if_empty(home, created)


def _remove_if_empty(folder: Path, created: bool) -> None:
    """Remove a folder this export made, when nothing was exported into it."""
    if created and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def single_file(job: ExportJob) -> bool:
    """One state as PNG or SVG to a path ending in .png/.svg is one file, not a folder."""
    return len(job.steps) == 1 and job.out.suffix.lower() == f".{job.fmt}"


def existing_outputs(job: ExportJob) -> list[Path]:
    """The files an export would overwrite (for the question before overwriting)."""
    if job.fmt in FOLDER_FORMATS and not single_file(job):
        return [p for p in frame_paths(job) if p.exists()]
    return [job.out] if job.out.exists() else []


def frame_paths(job: ExportJob) -> list[Path]:
    return [job.out / f"frame-{i:04d}.{job.fmt}" for i in range(len(job.steps))]


# ----------------------------------------------------------------------------------------------
# Rendering through the window's own views.


class FrameRenderer:
    """An off-screen main window on the scenario; `image(k)` draws state k with one view."""

    def __init__(self, scenario: Scenario, view: str, size: tuple[int, int]):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from gdsim.ui.main_window import MainWindow

        self.app = QApplication.instance()
        self.window = MainWindow(scenario, remember=False)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.view = view
        self.target = self.window if view == "window" else self._detach(view)
        self.target.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.size = size
        self.target.show()
        self.target.resize(*self._drawn_size(size))
        self._settle()

    def _drawn_size(self, size: tuple[int, int]) -> tuple[int, int]:
        """The size to draw at: the asked size, or if the widget cannot be that small, the
        smallest size of the same shape it can be (the image is then scaled down)."""
        least = self.target.minimumSizeHint()
        grow = max(1.0, least.width() / size[0], least.height() / size[1])
        return (int(round(size[0] * grow)), int(round(size[1] * grow)))

    def _detach(self, view: str) -> Any:
        w = self.window
        widget = {"surface": w.surface3d, "contour": w.contour, "diagram": w.diagram,
                  "loss": w.loss, "table": w.trace}[view]
        widget.setParent(None)
        if hasattr(widget, "set_shown"):
            widget.set_shown(True)
        return widget

    def _settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def seek(self, k: int) -> None:
        self.window.controller.seek(k)
        self._settle()

    def image(self, k: int) -> Any:  # QImage of exactly the asked size
        from PySide6.QtCore import Qt

        self.seek(k)
        image = grab(self.target, self.window.surface3d)
        if (image.width(), image.height()) != self.size:
            image = image.scaled(*self.size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return image

    def svg(self, k: int, path: Path) -> None:
        """State k as vector graphics: each plot scene of the view paints into an SVG."""
        import pyqtgraph as pg
        from PySide6.QtCore import QPoint, QRect, QRectF, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        self.seek(k)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(*self.size))
        generator.setViewBox(QRect(0, 0, self.target.width(), self.target.height()))
        generator.setTitle(f"gdsim — {self.view}, step {k}")
        views = [self.target] if isinstance(self.target, pg.GraphicsView) else \
            self.target.findChildren(pg.GraphicsView)
        painter = QPainter(generator)
        for view in views:
            if not view.isVisible():
                continue
            top_left = view.mapTo(self.target, QPoint(0, 0)) if view is not self.target \
                else QPoint(0, 0)
            where = QRectF(QRect(top_left, view.size()))
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            view.scene().render(painter, where, shown)
        painter.end()

    def close(self) -> None:
        from gdsim.ui.app import dispose

        dispose(self.target, self.window)


def grab(widget: Any, surface3d: Any) -> Any:
    """The widget as a QImage, with the native 3-D view painted in where it sits."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage, QPainter

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    container = surface3d.container
    if container.isVisible() and (container is widget or widget.isAncestorOf(container)):
        frame = surface3d.gl.grabFramebuffer()
        top_left = container.mapTo(widget, QPoint(0, 0)) if container is not widget else QPoint()
        scale = image.width() / max(1, widget.width())
        painter = QPainter(image)
        painter.drawImage(QRect(top_left * scale, container.size() * scale), frame)
        painter.end()
    return image


def as_array(image: Any) -> np.ndarray:
    """A QImage as an (h, w, 3) uint8 array."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return data[:, : w * 3].reshape(h, w, 3).copy()


# ----------------------------------------------------------------------------------------------


def export(job: ExportJob, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Carry out the job; `progress(done, total)` may raise Cancelled. Returns the files."""
    job.check()
    total = len(job.steps)
    report = progress or (lambda done, total: None)
    if job.fmt in ("csv", "json"):
        return _export_trace(job, report)
    folder = job.fmt in FOLDER_FORMATS and not single_file(job)
    renderer = FrameRenderer(job.scenario, job.view, job.size)
    try:
        with staged(job.out, folder) as stage:
            if folder and job.fmt == "svg":
                for i, k in enumerate(job.steps):
                    report(i, total)
                    renderer.svg(k, stage / f"frame-{i:04d}.svg")
                written = frame_paths(job)
            elif folder:
                # Encode each PNG on a second thread while the next frame is drawn.
                with ThreadPoolExecutor(max_workers=1) as encoder:
                    pending = []
                    for i, k in enumerate(job.steps):
                        report(i, total)
                        image, path = renderer.image(k), stage / f"frame-{i:04d}.png"
                        pending.append(encoder.submit(save_png, image, path))
                    for done in pending:
                        done.result()
                written = frame_paths(job)
            elif job.fmt in FOLDER_FORMATS:  # one state into one named file
                if job.fmt == "svg":
                    renderer.svg(job.steps[0], stage / "frame")
                else:
                    save_png(renderer.image(job.steps[0]), stage / "frame")
                written = [job.out]
            else:
                frames = (as_array(renderer.image(k)) for k in _reporting(job.steps, report))
                target = stage / f"movie.{job.fmt}"
                (_write_gif if job.fmt == "gif" else _write_mp4)(frames, target, job)
                written = [job.out]
        report(total, total)
        return written
    finally:
        renderer.close()


def save_png(image: Any, path: Path) -> None:
    """PNG at zlib's middle setting: a third of the time of its default, about as small."""
    if not image.save(str(path), "PNG", PNG_QUALITY):
        raise GdsimError(f"export: could not write {path.name}")


def _reporting(steps: Sequence[int], report: Callable[[int, int], None]) -> Iterator[int]:
    for i, k in enumerate(steps):
        report(i, len(steps))
        yield k


def _write_gif(frames: Iterator[np.ndarray], path: Path, job: ExportJob) -> None:
    from PIL import Image

    images = [Image.fromarray(f).quantize(colors=255, method=Image.Quantize.FASTOCTREE)
              for f in frames]
    images[0].save(path, format="GIF", save_all=True, append_images=images[1:],
                   duration=max(20, int(round(1000 / job.fps))), loop=job.loop, optimize=False)


def _write_mp4(frames: Iterator[np.ndarray], path: Path, job: ExportJob) -> None:
    import imageio_ffmpeg

    writer = None
    for frame in frames:
        h, w = (d - d % 2 for d in frame.shape[:2])  # H.264 wants even sizes
        frame = np.ascontiguousarray(frame[:h, :w])
        if writer is None:
            writer = imageio_ffmpeg.write_frames(str(path), (w, h), fps=job.fps, codec="libx264",
                                                 pix_fmt_out="yuv420p", macro_block_size=1,
                                                 quality=7)
            writer.send(None)
        writer.send(frame)
    if writer is not None:
        writer.close()


def _export_trace(job: ExportJob, report: Callable[[int, int], None]) -> list[Path]:
    from gdsim.core.run import Run
    from gdsim.core.traces import to_csv, to_json, trace_rows

    run = Run(job.scenario.with_step(0))
    rows = trace_rows(run, job.steps)
    text = to_csv(rows) if job.fmt == "csv" else to_json(rows, run)
    with staged(job.out, folder=False) as stage:
        (stage / "trace").write_text(text, encoding="utf-8")
    report(len(job.steps), len(job.steps))
    return [job.out]
