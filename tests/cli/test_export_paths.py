"""`gdsim export --out`: checked before anything is drawn, one clear line and exit 2 for a path
that cannot take the export, and a folder of frames that holds exactly one export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gdsim.cli import main
from gdsim.core.errors import GdsimError
from gdsim.core.exporting import ExportJob, format_of
from gdsim.core.scenario import Scenario


@pytest.fixture
def no_rendering(monkeypatch):
    """Fail the test if the export gets as far as starting Qt."""
    import gdsim.cli.common as cli_common

    def started(**_: object) -> None:
        raise AssertionError("Qt was started before --out was refused")

    monkeypatch.setattr(cli_common, "start_qt", started)


def refused(argv: list[str], capsys) -> str:
    assert main(["export", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("gdsim export: out: ") and "export: export:" not in err
    return err


@pytest.mark.parametrize("argv, words", [
    (["--out", "/proc/x.png"], "cannot write in /proc"),
    (["--out", "x.jpg"], ".jpg is not a format gdsim writes"),
    (["--steps", "0:3", "--out", "range.png"], "go to a folder"),
    (["--format", "gif", "--out", "movie"], "a GIF goes to a file ending in .gif"),
    (["--format", "svg", "--view", "contour", "--out", "x.png"], "ends in .png but the format"),
])
def test_a_bad_out_is_refused_before_qt_starts(argv, words, capsys, no_rendering, tmp_path,
                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert words in refused(argv, capsys)
    assert list(tmp_path.iterdir()) == []  # no folder named x.jpg or range.png


def test_a_place_that_takes_no_files_says_why(capsys, no_rendering):
    """/proc exists, but the kernel's file system there takes no files: "No such file or
    directory" would send the user looking for a missing folder."""
    err = refused(["--out", "/proc/x.png"], capsys)
    assert err == ("gdsim export: out: cannot write in /proc: it is the kernel's 'proc' file "
                   "system, which holds no files")


def test_a_file_where_a_folder_is_wanted_and_the_reverse(tmp_path, capsys, no_rendering):
    (tmp_path / "taken").write_text("mine")
    (tmp_path / "dir.gif").mkdir()
    assert "is a file; frames go to a folder" in refused(
        ["--steps", "0:2", "--out", str(tmp_path / "taken")], capsys)
    assert "is a folder" in refused(["--out", str(tmp_path / "dir.gif")], capsys)
    assert "is a file, not a folder" in refused(
        ["--out", str(tmp_path / "taken" / "deeper" / "x.png")], capsys)
    assert (tmp_path / "taken").read_text() == "mine"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_without_write_permission(tmp_path, capsys, no_rendering):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert "cannot write in" in refused(["--out", str(locked / "new" / "x.png")], capsys)
    finally:
        locked.chmod(0o700)


def test_the_format_follows_the_extension_when_not_given():
    assert format_of(Path("m.GIF"), None) == "gif"
    assert format_of(Path("frames"), None) == "png"
    assert format_of(Path("m.gif"), "svg") == "svg"


@pytest.mark.parametrize("view, mode, words", [
    ("diagram", "surface", "view: diagram exists in network mode only"),
    ("table", "network", "view: trace exists in surface mode only"),
])
def test_a_view_of_the_other_mode_is_refused(view, mode, words):
    with pytest.raises(GdsimError, match=words):
        ExportJob(Scenario(mode=mode), (0,), view=view).check()
    other = "network" if mode == "surface" else "surface"
    ExportJob(Scenario(mode=other), (0,), view=view).check()  # its own mode takes it


def test_one_rule_for_files_and_folders(tmp_path):
    """What an earlier export wrote (a folder's frames, the file itself) is replaced only with
    --overwrite; frames never go into a folder that holds anything else."""
    out = tmp_path / "frames"
    out.mkdir()
    for i in range(5):
        (out / f"frame-{i:04d}.png").write_bytes(b"old")
    job = ExportJob(Scenario(), (0, 1, 2), "contour", (200, 150), "png", out)
    with pytest.raises(GdsimError, match="holds 5 frames of an earlier export"):
        job.check_out()
    ExportJob(Scenario(), (0, 1, 2), "contour", (200, 150), "png", out,
              overwrite=True).check_out()
    one = tmp_path / "one.png"
    ExportJob(Scenario(), (0,), "contour", (200, 150), "png", one).check_out()
    one.write_bytes(b"mine")
    with pytest.raises(GdsimError, match="one.png exists; .* --overwrite"):
        ExportJob(Scenario(), (0,), "contour", (200, 150), "png", one).check_out()
    ExportJob(Scenario(), (0,), "contour", (200, 150), "png", one, overwrite=True).check_out()
    (out / "notes.txt").write_text("mine")
    for overwrite in (False, True):
        with pytest.raises(GdsimError, match=r"not frames of an export \(notes.txt\)"):
            ExportJob(Scenario(), (0, 1), "contour", (200, 150), "png", out,
                      overwrite=overwrite).check_out()


def test_overwrite_leaves_exactly_this_run_in_the_folder_frames_named_by_step(tmp_path):
    out = tmp_path / "frames"
    out.mkdir()
    for i in range(5):
        (out / f"frame-{i:04d}.png").write_bytes(b"old")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    argv = [sys.executable, "-m", "gdsim", "export", "--view", "contour", "--steps", "10:12",
            "--size", "200x150", "--out", str(out)]
    again = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 2 and "--overwrite" in again.stderr
    assert (out / "frame-0004.png").read_bytes() == b"old"
    done = subprocess.run([*argv, "--overwrite"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    names = ["frame-0010.png", "frame-0011.png", "frame-0012.png"]  # by step, not 0000 …
    assert sorted(p.name for p in out.iterdir()) == names
    assert done.stdout.split() == [str(out / n) for n in names]
    assert (out / "frame-0010.png").read_bytes().startswith(b"\x89PNG")
    # not a terminal: no progress lines, and none of Qt's own noise (propagateSizeHints …)
    assert done.stderr == ""


def test_gif_export_works_with_pillow_alone(tmp_path):
    """GIF needs nothing beyond the plain install (Pillow): read back with Pillow itself."""
    from PIL import Image

    out = tmp_path / "descent.gif"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "gdsim", "export", "--view", "contour",
                           "--steps", "0:4", "--size", "240x180", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    with Image.open(out) as gif:
        assert gif.format == "GIF" and gif.n_frames == 5 and gif.size == (240, 180)


def test_mp4_without_its_extra_says_how_to_get_it(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # as if not installed
    assert main(["export", "--format", "mp4", "--out", str(tmp_path / "m.mp4")]) == 2
    err = capsys.readouterr().err
    # the Python that runs gdsim, not whichever pip comes first on PATH
    assert f"{sys.executable} -m pip install imageio-ffmpeg" in err and "video" in err
    assert list(tmp_path.iterdir()) == []


def test_progress_on_a_terminal_is_one_line_rewritten(tmp_path):
    """stderr a terminal: one line, rewritten in place ("\\r"), ended once; nothing else."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    out = tmp_path / "frames"
    done = subprocess.run([sys.executable, "-m", "gdsim", "export", "--view", "contour",
                           "--steps", "0:3", "--size", "200x150", "--out", str(out)],
                          stdout=subprocess.PIPE, stderr=slave, env=env, timeout=120)
    os.close(slave)
    said = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        said += chunk
    os.close(master)
    assert done.returncode == 0
    text = said.decode()
    assert text.replace("\r\n", "\n").count("\n") == 1 and text.endswith("\n")
    updates = [u for u in text.strip().split("\r") if u]
    assert updates[-1] == "exporting: 4/4 states" and len(updates) >= 2
