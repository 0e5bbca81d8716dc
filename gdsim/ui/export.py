"""Export: render these states with these views, into files — through a view set of its own
(the very views the window shows, off screen), so the window on screen never moves.

PNG and SVG frames go to a folder as frame-0000.png, …; GIF, MP4, CSV and JSON to one file.
Files are written to a staging place beside the target and moved in only when all are done,
so a failure or a cancel leaves no partial files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontInfo, QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget

from gdsim.core.errors import GdsimError
from gdsim.core.exporting import FOLDER_FORMATS, ExportJob, cannot_write_in
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.png import write_png
from gdsim.core.run import Run, Snapshot
from gdsim.core.scenario import Scenario
from gdsim.core.svg import in_picture_units
from gdsim.core.traces import hide_rows, to_csv, to_json, trace_rows
from gdsim.core.view_names import WINDOW
from gdsim.ui import gui_gc
from gdsim.ui.export_window import ExportPicture, ExportWindow
from gdsim.ui.layouts import LAYOUTS
from gdsim.ui.qtapp import dispose
from gdsim.ui.svg_clips import plot_clips
from gdsim.ui.views.surface3d import Surface3DView
from gdsim.ui.viewset import ViewSet


class Cancelled(GdsimError):
    """The user cancelled an export; nothing was left behind."""


# ----------------------------------------------------------------------------------------------
# Writing safely.


@contextmanager
def staged(out: Path, folder: bool, replace: Sequence[Path] = ()) -> Iterator[Path]:
    """A staging folder beside `out`; its files move into place only if the block succeeds,
    and then the files `replace` that were not written again are removed."""
    home = out if folder else out.parent
    created = not home.exists()
    try:
        home.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=".gdsim-export-", dir=home))
    except OSError as exc:
        _remove_if_empty(home, created)
        raise cannot_write_in(home, exc) from None
    try:
        yield stage
        written = set()
        for f in sorted(stage.iterdir()):
            written.add(out / f.name if folder else out)
            os.replace(f, out / f.name if folder else out)
        for old in replace:
            if old not in written:
                old.unlink(missing_ok=True)
    except OSError as exc:
        raise GdsimError("out: cannot write {out} ({reason})", out=str(out),
                         reason=exc.strerror or str(exc)) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        _remove_if_empty(home, created)


def _remove_if_empty(folder: Path, created: bool) -> None:
    """Remove a folder this export made, when nothing was exported into it."""
    if created and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


# ----------------------------------------------------------------------------------------------
# Rendering through the window's own views.


class FrameRenderer:
    """A view set of its own over a Run of the scenario; `image(k)` and `svg(k, path)` draw
    state k: one view as a picture (`ExportPicture`), or the window's arrangement of the
    mode's views."""

    def __init__(self, scenario: Scenario, view: str, size: tuple[int, int],
                 caption: bool = False, hidden: Hidden = NOTHING,
                 draws: tuple[str, ...] | None = None):
        self.run = Run(scenario)
        self.view = view
        self.hidden = hidden  # an open lesson question's quantities: every view prints "?"
        layout = LAYOUTS[scenario.mode]
        window = view == WINDOW.name
        self.views = ViewSet(ExportWindow.views_of(layout) if window else (view,))
        self.target: ExportWindow | ExportPicture = (
            ExportWindow(self.views, layout, caption) if window
            else ExportPicture(self.views.views[view], layout, caption))
        self.surface3d = self.views.surface3d if "surface" in self.views.views else None
        if draws is not None:  # a lesson page's: figure 3-13's vectors, figure 3-10's directions
            if "contour" in self.views.views:
                self.views.contour.set_overlays("vectors" in draws, "directions" in draws)
            if "surface" in self.views.views:
                self.views.surface3d.set_directions_shown("directions" in draws)
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

    @staticmethod
    def _settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    def seek(self, k: int) -> None:
        """Draw state k in every view of the set, and say which state it is."""
        self.show(self.run.seek(k))

    def show(self, snap: Snapshot) -> None:
        """Draw this snapshot in every view of the set (what is hidden stamped on it), and say
        which state it is."""
        if self.hidden:
            snap = replace(snap, hidden=self.hidden)
        shown = self.views.render(snap)
        self.target.show_state(snap, shown)
        self._settle()
        if self.surface3d is not None:  # the native 3-D window follows a new layout later
            for _ in range(50):
                if self.surface3d.gl.size() == self.surface3d.container.size():
                    break
                QApplication.processEvents()

    def image(self, k: int) -> QImage:
        """State k as an image of exactly the asked size."""
        self.seek(k)
        image = grab(self.target, self.surface3d)
        if (image.width(), image.height()) != self.size:
            image = image.scaled(*self.size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return image

    def svg(self, k: int, path: Path) -> None:
        """State k as vector graphics: the picture painted into an SVG, every scatter symbol,
        line and text a shape of its own at its place (the heat maps stay images)."""
        self.seek(k)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(*self.size))
        generator.setViewBox(QRect(0, 0, self.target.width(), self.target.height()))
        generator.setResolution(self.target.logicalDpiX())  # text as large as on screen
        generator.setTitle(f"gdsim — {self.view}, step {k}")
        with vector_shapes(self.target):
            clips = plot_clips(self.target)
            painter = QPainter(generator)
            self.target.render(painter, QPoint(0, 0), QRegion(),
                               QWidget.RenderFlag.DrawChildren
                               | QWidget.RenderFlag.DrawWindowBackground)
            painter.end()
        # no scaling transforms strokes depend on (librsvg), the fonts Qt drew with named
        in_picture_units(path, clips, lambda family: QFontInfo(QFont(family)).family())

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """The state shown, drawn into `rect` of any painter (a PDF page: a handout's figure) as
        shapes and text at the painter's resolution; the 3-D view's frame is its image."""
        scale = min(rect.width() / self.target.width(), rect.height() / self.target.height())
        painter.save()
        painter.translate(rect.x() + (rect.width() - self.target.width() * scale) / 2,
                          rect.y() + (rect.height() - self.target.height() * scale) / 2)
        painter.scale(scale, scale)
        with vector_shapes(self.target):
            self.target.render(painter, QPoint(0, 0), QRegion(),
                               QWidget.RenderFlag.DrawChildren
                               | QWidget.RenderFlag.DrawWindowBackground)
        surface3d = self.surface3d
        if surface3d is not None and surface3d.container.isVisible():
            container = surface3d.container
            top_left = container.mapTo(self.target, QPoint(0, 0))
            painter.drawImage(QRectF(QPointF(top_left), QSizeF(container.size())),
                              surface3d.frame())
        painter.restore()

    def close(self) -> None:
        dispose(self.target)


@contextmanager
def vector_shapes(widget: QWidget) -> Iterator[None]:
    """Paint the plots under `widget` as shapes while the block runs: pyqtgraph's export mode
    (scatter symbols drawn one by one, not copied from their pixmap atlas) and no item caches
    (an axis kept as a pixmap would be an image in the SVG)."""
    views = widget.findChildren(QGraphicsView)
    if isinstance(widget, QGraphicsView):
        views.append(widget)
    items = [item for view in views if view.scene() is not None for item in view.scene().items()]
    caches = [item.cacheMode() for item in items]
    backgrounds = [view.cacheMode() for view in views]
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if isinstance(item, pg.GraphicsItem):
            item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item, cache in zip(items, caches):
            if isinstance(item, pg.GraphicsItem):
                item.setExportMode(False)
            item.setCacheMode(cache)
        for view, background in zip(views, backgrounds):
            view.setCacheMode(background)


def grab(widget: QWidget, surface3d: Surface3DView | None) -> QImage:
    """The widget as a QImage, with the native 3-D view painted in where it sits — drawn
    for the state just rendered, not whatever its last scheduled repaint showed."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if surface3d is None:
        return image
    container = surface3d.container
    if container.isVisible() and (container is widget or widget.isAncestorOf(container)):
        frame = surface3d.frame()
        top_left = container.mapTo(widget, QPoint(0, 0)) if container is not widget else QPoint()
        scale = image.width() / max(1, widget.width())
        painter = QPainter(image)
        painter.drawImage(QRect(top_left * scale, container.size() * scale), frame)
        painter.end()
    return image


def as_array(image: QImage) -> np.ndarray:
    """A QImage as an (h, w, 3) uint8 array of its RGB. The grabbed frames are 32-bit
    (B, G, R, A in memory): their channels are picked by numpy, no conversion by Qt."""
    if image.format() not in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return data[:, : w * 4].reshape(h, w, 4)[:, :, 2::-1].copy()


# ----------------------------------------------------------------------------------------------


def export(job: ExportJob, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Carry out the job; `progress(done, total)` may raise (Cancelled, interrupts.Stopped) up to
    its last call, (total, total), just before the files move in. Returns the files."""
    job.check()
    job.check_out()
    total = len(job.steps)
    report = progress or (lambda done, total: None)
    if job.fmt in ("csv", "json"):
        return _export_trace(job, report)
    folder = job.to_folder
    renderer = FrameRenderer(job.scenario, job.view, job.size, job.caption, job.hidden,
                             job.draws)
    try:
        with staged(job.out, folder, job.earlier_frames()) as stage:
            names = [path.name for path in job.frame_paths()]  # by step: frame-0010.png
            if folder and job.fmt == "svg":
                for i, k in enumerate(job.steps):
                    report(i, total)
                    renderer.svg(k, stage / names[i])
                written = job.frame_paths()
            elif folder:
                encode_behind(renderer, job.steps, report,
                              lambda i, image: save_png(image, stage / names[i]))
                written = job.frame_paths()
            elif job.fmt in FOLDER_FORMATS:  # one state into one named file
                if job.fmt == "svg":
                    renderer.svg(job.steps[0], stage / "frame")
                else:
                    save_png(renderer.image(job.steps[0]), stage / "frame")
                written = [job.out]
            else:
                target = stage / f"movie.{job.fmt}"
                movie = GifWriter(target, job) if job.fmt == "gif" else Mp4Writer(target, job)
                try:
                    encode_behind(renderer, job.steps, report, lambda _, image: movie.add(image))
                finally:
                    movie.close()  # ffmpeg ends with the export, finished or not
                written = [job.out]
            report(total, total)
        return written
    finally:
        renderer.close()


def save_png(image: QImage, path: Path) -> None:
    """The frame as PNG, by gdsim's own writer (core/png.py): a fifth of the time of Qt's,
    about as small, and without holding Python's lock (it runs beside the drawing)."""
    write_png(as_array(image), path)


BEHIND = 4  # frames drawn ahead of the encoder at most (memory: a few frames)


def encode_behind(renderer: FrameRenderer, steps: Sequence[int],
                  report: Callable[[int, int], None],
                  encode: Callable[[int, QImage], None]) -> None:
    """Draw each state on this thread and `encode(i, image)` it on another meanwhile, in order
    (a single encoder thread takes them as they come): gdsim's PNG
    writer, Pillow's quantizer and the pipe to ffmpeg let go of the GIL, so encoding costs
    the drawing little. An encoder's error is raised here. Garbage is collected on this
    thread only (gui_gc): the views' Qt objects must not be deleted on the encoder's."""
    with gui_gc.worker_threads(), ThreadPoolExecutor(max_workers=1) as encoder:
        pending: list[Future[None]] = []
        for i, k in enumerate(steps):
            report(i, len(steps))
            pending.append(encoder.submit(encode, i, renderer.image(k)))
            gui_gc.collect_due()
            while len(pending) > BEHIND or (pending and pending[0].done()):
                pending.pop(0).result()
        for done in pending:
            done.result()


class GifWriter:
    """Frames in 255 colours, written as they come: the file grows while the next frames are
    drawn; `close` ends it. The palette is chosen once, from the first frame (the surface's
    colour map, the plots, the path are all in it), and every later frame takes each pixel's
    nearest colour in it: a third of the time of choosing a palette per frame, as close."""

    def __init__(self, path: Path, job: ExportJob):
        self.path, self.job = path, job
        self.file: Any = None
        self.palette: Any = None  # the first frame, quantized: its palette serves them all
        self.duration = max(20, int(round(1000 / job.fps)))  # ms a frame

    def add(self, image: QImage) -> None:
        from PIL import GifImagePlugin, Image

        rgb = Image.fromarray(as_array(image))
        if self.palette is None:
            frame = self.palette = rgb.quantize(colors=255, method=Image.Quantize.FASTOCTREE)
        else:
            frame = rgb.quantize(palette=self.palette, dither=Image.Dither.NONE)
        if self.file is None:
            self.file = open(self.path, "wb")  # noqa: SIM115 (closed by close())
            header, _ = GifImagePlugin.getheader(frame, None, {
                "loop": self.job.loop, "duration": self.duration, "optimize": False})
            self.file.write(b"".join(header))
        self.file.write(b"".join(GifImagePlugin.getdata(
            frame, (0, 0), duration=self.duration, include_color_table=True)))

    def close(self) -> None:
        if self.file is not None:
            self.file.write(b";")  # the GIF trailer
            self.file.close()


PRESET = "veryfast"  # x264's effort: 0.6 s less for 100 frames than "medium", files ~6 % larger


class Mp4Writer:
    """Frames piped to ffmpeg (H.264) as they come; ffmpeg encodes in its own process."""

    def __init__(self, path: Path, job: ExportJob):
        self.path, self.job = path, job
        self.writer: Any = None

    def add(self, image: QImage) -> None:
        import imageio_ffmpeg

        frame = as_array(image)
        h, w = (d - d % 2 for d in frame.shape[:2])  # H.264 wants even sizes
        frame = np.ascontiguousarray(frame[:h, :w])
        if self.writer is None:
            self.writer = imageio_ffmpeg.write_frames(
                str(self.path), (w, h), fps=self.job.fps, codec="libx264",
                pix_fmt_out="yuv420p", macro_block_size=1, quality=7,
                output_params=["-preset", PRESET])
            self.writer.send(None)
        self.writer.send(frame)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _export_trace(job: ExportJob, report: Callable[[int, int], None]) -> list[Path]:
    run = Run(job.scenario.with_step(0))
    rows = hide_rows(trace_rows(run, job.steps), job.hidden, run)
    text = to_csv(rows) if job.fmt == "csv" else to_json(rows, run)
    with staged(job.out, folder=False) as stage:
        (stage / "trace").write_text(text, encoding="utf-8")
        report(len(job.steps), len(job.steps))
    return [job.out]
