"""What an export is asked for — which states, which view, size, format, where to — checked
before anything is drawn or written; and the parsers of its "A:B:K" and "WxH" texts.

The window's export dialog and `gdsim export` build the same ExportJob; gdsim.ui.export draws it.

Where the files go (`out`): one state as PNG or SVG to a path ending in .png/.svg is one file;
PNG or SVG of several states (or one state to a path without an extension) go to a folder as
frame-0000.png, …, each named by its step (--steps 10:12 writes frame-0010 … frame-0012); GIF,
MP4, CSV and JSON go to one file ending in their extension. One rule for both: a file that
exists, or a folder that holds frames of an earlier export, is refused unless `overwrite`
(then the earlier frames are replaced, so the folder holds exactly this export); a folder that
holds anything but frames is refused always, so frames never mix with someone's own files.
"""

from __future__ import annotations

import errno
import shlex
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from gdsim.core import settings as S
from gdsim.core.errors import InputError, Message, Term
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.scenario import Scenario
from gdsim.core.view_names import ALIASES, EXPORTS, MODE_WORDS

FORMATS = ("png", "svg", "gif", "mp4", "csv", "json")
FOLDER_FORMATS = ("png", "svg")
FORMAT_WORDS = {"png": Term("a PNG"), "svg": Term("an SVG"), "gif": Term("a GIF"),
                "mp4": Term("an MP4 video"), "csv": Term("a CSV trace"),
                "json": Term("a JSON trace"), "pdf": Term("a PDF")}


def mp4_hint() -> Message:
    """How to get MP4 export: the install command for the Python that runs gdsim (a bare `pip`
    may belong to another Python, and a clone's gdsim is not the one on the package index)."""
    return Message("MP4 needs the optional extra 'video' (imageio-ffmpeg): {command}",
                   command=f"{shlex.quote(sys.executable)} -m pip install imageio-ffmpeg")


@dataclass(frozen=True)
class ExportJob:
    scenario: Scenario
    steps: tuple[int, ...]
    view: str = "window"
    size: tuple[int, int] = (S.WIDTH.default, S.HEIGHT.default)
    fmt: str = "png"
    out: Path = Path("gdsim-export")
    fps: float = S.FPS.default
    loop: int = S.LOOP.default  # GIF: 0 loops for ever
    overwrite: bool = False  # replace the frames of an earlier export in the folder
    caption: bool = False  # write the current phase's formula under the view
    hidden: Hidden = NOTHING  # an open lesson question's quantities: "?" in every picture and row
    draws: tuple[str, ...] | None = None  # a lesson page's overlays (OVERLAYS); None: the views'

    def __post_init__(self) -> None:
        object.__setattr__(self, "view", ALIASES.get(self.view, self.view))  # table → trace

    def check(self) -> None:
        """Refuse what cannot be exported, before anything is rendered or written."""
        view = EXPORTS.get(self.view)
        if view is None:
            raise InputError("view: unknown {view!r}; choose one of {views}", view=self.view,
                             views=", ".join(EXPORTS))
        if self.fmt not in FORMATS:
            raise InputError("format: unknown {fmt!r}; choose one of {formats}", fmt=self.fmt,
                             formats=", ".join(FORMATS))
        if self.fmt == "svg" and "svg" not in view.exports:
            raise InputError("format: SVG is for the 2-D views ({views}), not {view}",
                             views=", ".join(n for n, v in EXPORTS.items() if "svg" in v.exports),
                             view=self.view)
        if self.scenario.mode not in view.modes:
            raise InputError("view: {view} exists in {mode} only", view=self.view,
                             mode=MODE_WORDS[view.modes[0]])
        w, h = self.size
        if not (S.WIDTH.within(w) and S.HEIGHT.within(h)):
            raise InputError("size: {w}x{h} is outside {lo_w}x{lo_h} … {hi_w}x{hi_h}", w=w, h=h,
                             lo_w=S.WIDTH.lo, lo_h=S.HEIGHT.lo, hi_w=S.WIDTH.hi,
                             hi_h=S.HEIGHT.hi)
        if not self.steps:
            raise InputError("steps: no states to export")
        if len(self.steps) > S.MAX_FRAMES:
            raise InputError("steps: {count} states is more than {most}",
                             count=len(self.steps), most=S.MAX_FRAMES)
        S.check(S.FPS, self.fps, "fps")
        S.check(S.LOOP, self.loop, "loop")
        if self.fmt == "mp4":
            try:
                import imageio_ffmpeg  # noqa: F401
            except ImportError:
                hint = mp4_hint()
                raise InputError(hint.template, **hint.values) from None


    @property
    def to_folder(self) -> bool:
        """Whether the job writes frames into a folder (else one file)."""
        return self.fmt in FOLDER_FORMATS and not (
            len(self.steps) == 1 and self.out.suffix.lower() == f".{self.fmt}")

    def frame_paths(self) -> list[Path]:
        """The frames a folder export writes, in order, each named by its step (frame-0010.png
        is the state after 10 iterations)."""
        return [self.out / f"frame-{k:04d}.{self.fmt}" for k in self.steps]

    def earlier_frames(self) -> list[Path]:
        """The frames of an earlier export in the job's folder (frame-*.png or .svg)."""
        if not self.to_folder or not self.out.is_dir():
            return []
        return sorted(p for p in self.out.iterdir() if is_frame(p))

    def existing_outputs(self) -> list[Path]:
        """What this export would replace: earlier frames in its folder, or its one file."""
        if self.to_folder:
            return self.earlier_frames()
        return [self.out] if self.out.exists() else []

    def check_out(self) -> None:
        """Refuse an `out` that cannot take this export, before anything is rendered: an
        extension gdsim does not write, a range of frames to a file name, a folder where a file
        is wanted or the reverse, a place that cannot be written, or a folder holding earlier
        frames or the file itself (unless `overwrite`), or a folder holding anything but
        frames. Nothing is left behind by the check."""
        out, fmt = self.out, self.fmt
        suffix = out.suffix.lower()
        if suffix and suffix.lstrip(".") not in FORMATS:
            raise InputError("out: {suffix} is not a format gdsim writes; use {suffixes} (or, "
                             "for PNG/SVG frames, a folder name without an extension)",
                             suffix=suffix, suffixes=", ".join("." + f for f in FORMATS))
        if fmt in FOLDER_FORMATS:
            if suffix == f".{fmt}" and len(self.steps) > 1:
                raise InputError("out: {count} states of {FMT} go to a folder as "
                                 "frame-0000.{fmt}, …; give a folder name without {suffix} (or "
                                 "one state, e.g. --steps {first})", count=len(self.steps),
                                 FMT=fmt.upper(), fmt=fmt, suffix=suffix, first=self.steps[0])
            if suffix and suffix != f".{fmt}":
                raise InputError("out: {name} ends in {suffix} but the format is {fmt}",
                                 name=out.name, suffix=suffix, fmt=fmt)
        if not self.to_folder:
            check_file_out(out, fmt, self.overwrite)
            return
        if out.exists() and not out.is_dir():
            raise InputError("out: {out} is a file; frames go to a folder", out=out)
        _check_writable(out)
        # One rule for files and folders: what an earlier export wrote is replaced only with
        # --overwrite; frames never go into a folder that holds anything else.
        if out.is_dir():
            others = sorted(p.name for p in out.iterdir() if not is_frame(p))
            if others:
                raise InputError("out: {out} holds files that are not frames of an export "
                                 "({first}); frames go to a new or empty folder", out=out,
                                 first=others[0])
        if not self.overwrite and (earlier := self.earlier_frames()):
            raise InputError("out: {out} holds {count} frames of an earlier export; choose "
                             "another folder, or replace them with --overwrite", out=out,
                             count=len(earlier))


def check_file_out(out: Path, fmt: str, overwrite: bool) -> None:
    """One file to write (one picture, a movie, a trace, a handout's PDF): its extension is the
    format's, it is no folder, its folder takes files, and a file already there is replaced
    only with `overwrite` (the one overwrite rule, as for a folder of frames)."""
    if out.suffix.lower() != f".{fmt}":
        raise InputError("out: {what} goes to a file ending in .{fmt}, not {name!r}",
                         what=FORMAT_WORDS[fmt], fmt=fmt, name=out.name)
    if out.is_dir():
        raise InputError("out: {out} is a folder; {what} needs a file name", out=out,
                         what=FORMAT_WORDS[fmt])
    _check_writable(out.parent)
    if out.exists() and not overwrite:
        raise InputError("out: {out} exists; choose another name, or replace it with "
                         "--overwrite", out=out)


def is_frame(path: Path) -> bool:
    """A frame an export writes: frame-0000.png, frame-0001.svg, …"""
    return (path.name.startswith("frame-") and path.suffix.lower() in (".png", ".svg")
            and path.stem[6:].isdigit())


def _check_writable(folder: Path) -> None:
    """The folder exists and takes new files, or can be made: its nearest existing ancestor
    is a folder that takes new files (tried with an empty folder, removed at once)."""
    place = folder.absolute()
    while not place.exists() and place != place.parent:
        place = place.parent
    if not place.is_dir():
        raise InputError("out: {place} is a file, not a folder, so {folder} cannot be made",
                         place=place, folder=folder)
    try:
        shutil.rmtree(tempfile.mkdtemp(prefix=".gdsim-check-", dir=place))
    except OSError as exc:
        raise cannot_write_in(place, exc) from None


def cannot_write_in(place: Path, exc: OSError) -> InputError:
    """Why `place` takes no files, in words that send the user the right way (creating a file
    in /proc fails with "No such file or directory", of a folder that is there)."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        reason: str = Message("you may not write there (permission denied)")
    elif exc.errno == errno.EROFS:
        reason = Message("its file system is read-only")
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = Message("there is no space left on its disk")
    elif (system := file_system(place)) in KERNEL_FILE_SYSTEMS:
        reason = Message("it is the kernel's {system!r} file system, which holds no files",
                         system=system)
    else:
        reason = exc.strerror or str(exc)
    return InputError("out: cannot write in {place}: {reason}", place=place, reason=reason)


# Where the kernel shows itself as files: nothing can be written there.
KERNEL_FILE_SYSTEMS = frozenset((
    "proc", "sysfs", "devpts", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs",
    "pstore", "bpf", "configfs", "efivarfs", "binfmt_misc", "fusectl", "mqueue", "autofs"))


def file_system(place: Path) -> str | None:
    """The type of the file system `place` is on (Linux's /proc/self/mounts), if known."""
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return None
    target, found, best = str(place.resolve()), None, -1
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            found, best = fields[2], len(point)
    return found


def format_of(out: Path, asked: str | None) -> str:
    """The format asked for, or else the one `out`'s extension names, or else PNG."""
    if asked:
        return asked.lower()
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "png"


def parse_steps(text: str, limit: int) -> tuple[int, ...]:
    """"A:B" → A, A+1, …, B; "A:B:K" every K-th; "A" one state. Each within 0 … limit."""
    parts = text.strip().split(":")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise InputError("steps: {text!r} is not A, A:B or A:B:K with whole numbers",
                         text=text) from None
    if len(numbers) > 3 or any(n < 0 for n in numbers):
        raise InputError("steps: {text!r} is not A, A:B or A:B:K with numbers ≥ 0", text=text)
    a, b, k = (numbers + [numbers[0], 1])[:3] if len(numbers) == 1 else (numbers + [1])[:3]
    if k == 0:
        raise InputError("steps: the K of A:B:K must be at least 1")
    if b < a:
        raise InputError("steps: {b} comes before {a}", b=b, a=a)
    if b > limit:
        raise InputError("steps: {b} is past the scenario's maximum of {limit} steps", b=b,
                         limit=limit)
    if (b - a) // k + 1 > S.MAX_FRAMES:
        raise InputError("steps: more than {most} states", most=S.MAX_FRAMES)
    return tuple(range(a, b + 1, k))


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise InputError("size: {text!r} is not WIDTHxHEIGHT, e.g. 1280x800",
                         text=text) from None
    return w, h
