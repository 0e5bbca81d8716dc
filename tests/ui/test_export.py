"""Export: frames, GIF, MP4, SVG and traces through the window's own views, safely written."""

import gc
import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from gdsim.core.errors import GdsimError
from gdsim.core.exporting import ExportJob, parse_steps
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_names, example_path
from gdsim.ui.export import Cancelled, export


@pytest.fixture
def app(qapp):
    from gdsim.ui.qtapp import make_app

    return make_app()


def pixels(path):
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def test_png_frames_of_the_first_twenty_steps(app, tmp_path):
    job = ExportJob(Scenario(), parse_steps("0:20", 200), "window", (800, 600), "png",
                    tmp_path / "frames")
    written = export(job)
    assert [p.name for p in written] == [f"frame-{i:04d}.png" for i in range(21)]
    images = [pixels(p) for p in written]
    for image in images:
        assert image.shape == (600, 800, 3)
        assert len(np.unique(image.reshape(-1, 3) // 16, axis=0)) > 50  # not blank
    for a, b in zip(images, images[1:]):
        assert (a != b).any()  # consecutive frames differ
    # The 3-D view is inside the window image: the path's colour is there.
    orange = (np.abs(images[10] - [0xD5, 0x5E, 0x00]).sum(axis=2) < 40).mean()
    assert orange > 0.0003


@pytest.mark.parametrize("view, fmt", [("surface", "png"), ("surface", "gif"),
                                       ("diagram", "png"), ("diagram", "gif"),
                                       ("contour", "png"), ("contour", "gif"),
                                       ("loss", "png"), ("loss", "gif")])
def test_every_exported_frame_shows_its_own_state(app, tmp_path, view, fmt):
    """21 states give 21 frames, no two consecutive ones alike (the 3-D view's frames once came
    in identical pairs), and frame 7 is exactly state 7 exported on its own (not the loss curve,
    whose axes move in jumps and so depend on the frames before)."""
    scenario = load_scenario(example_path("fig-3-16-network")).with_step(0) \
        if view == "diagram" else Scenario()
    out = tmp_path / ("frames" if fmt == "png" else "movie.gif")
    written = export(ExportJob(scenario, parse_steps("0:20", 200), view, (320, 240), fmt, out))
    if fmt == "png":
        frames = [pixels(p) for p in written]
    else:
        import imageio.v3 as iio

        frames = [f[..., :3].astype(int) for f in iio.imread(out, index=None)]
    assert len(frames) == 21
    alike = [k for k in range(20) if (frames[k] == frames[k + 1]).all()]
    assert alike == [], f"frames {alike} show the same picture as the frame after them"
    if fmt == "png" and view != "loss":
        alone = export(ExportJob(scenario, (7,), view, (320, 240), "png", tmp_path / "7.png"))
        assert (pixels(alone[0]) == frames[7]).all()


def test_one_state_to_a_png_file(app, tmp_path):
    out = tmp_path / "state.png"
    assert export(ExportJob(Scenario(), (3,), "surface", (640, 480), "png", out)) == [out]
    assert pixels(out).shape == (480, 640, 3)


def test_gif_reads_back_with_the_right_frames_and_size(app, tmp_path):
    import imageio.v3 as iio

    out = tmp_path / "descent.gif"
    export(ExportJob(Scenario(), parse_steps("0:9", 200), "contour", (400, 300), "gif", out))
    frames = iio.imread(out, index=None)
    assert frames.shape[0] == 10 and frames.shape[1:3] == (300, 400)


def test_mp4_reads_back_with_the_right_frames_and_size(app, tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    import imageio.v3 as iio

    out = tmp_path / "descent.mp4"
    export(ExportJob(Scenario(), parse_steps("0:11", 200), "loss", (320, 240), "mp4", out))
    frames = iio.imread(out, index=None, plugin="pyav") if _has_pyav() else _ffmpeg_frames(out)
    assert len(frames) == 12 and frames[0].shape[:2] == (240, 320)


def _has_pyav():
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def _ffmpeg_frames(path):
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = reader.__next__()
    w, h = meta["size"]
    return [np.frombuffer(f, np.uint8).reshape(h, w, 3) for f in reader]


def test_svg_of_the_diagram_parses_and_holds_its_circles(app, tmp_path):
    out = tmp_path / "diagram.svg"
    export(ExportJob(Scenario(mode="network"), (0,), "diagram", (800, 500), "svg", out))
    root = ET.parse(out).getroot()
    text = out.read_text()
    assert root.tag.endswith("svg")
    assert text.count("<path") + text.count("<circle") + text.count("<ellipse") >= 9


def test_csv_has_one_row_per_state_equal_to_core(tmp_path):
    out = tmp_path / "trace.csv"
    export(ExportJob(Scenario(), parse_steps("0:20", 200), "window", (800, 600), "csv", out))
    lines = out.read_text().splitlines()
    assert len(lines) == 22
    run = Run(Scenario())
    for k in (0, 1, 20):
        values = [float(v) for v in lines[k + 1].split(",")]
        snap = run.seek(k)
        assert values[:4] == [k, *snap.points[0].w.tolist(), snap.points[0].J]


def test_json_trace_of_a_network(tmp_path):
    out = tmp_path / "trace.json"
    export(ExportJob(Scenario(mode="network"), (0, 5), "window", (800, 600), "json", out))
    data = json.loads(out.read_text())
    assert [s["k"] for s in data["states"]] == [0, 5]
    assert data["states"][1]["J"] == pytest.approx(Run(Scenario(mode="network")).seek(5).J)


def test_an_unwritable_folder_says_so_and_leaves_nothing(app, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(GdsimError, match="is a file, not a folder"):
        export(ExportJob(Scenario(), (0, 1), "contour", (300, 200), "png", blocker / "frames"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_cancelled_export_leaves_no_partial_files(app, tmp_path):
    def cancel_at_5(done, total):
        if done == 5:
            raise Cancelled("export cancelled")

    with pytest.raises(Cancelled):
        export(ExportJob(Scenario(), parse_steps("0:20", 200), "contour", (300, 200), "png",
                         tmp_path / "frames"), cancel_at_5)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(Cancelled):
        export(ExportJob(Scenario(), parse_steps("0:20", 200), "loss", (300, 200), "gif",
                         tmp_path / "movie.gif"), cancel_at_5)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("bad, words", [
    (dict(view="nowhere"), "unknown 'nowhere'"),
    (dict(fmt="bmp"), "unknown 'bmp'"),
    (dict(fmt="svg", view="surface"), "SVG is for the 2-D views"),
    (dict(view="diagram"), "network mode only"),
    (dict(size=(10, 10)), "size"),
    (dict(steps=()), "no states"),
])
def test_impossible_jobs_are_refused_before_anything_is_written(bad, words, tmp_path):
    job = ExportJob(**{**dict(scenario=Scenario(), steps=(0,), view="window", size=(800, 600),
                              fmt="png", out=tmp_path / "x"), **bad})
    with pytest.raises(GdsimError, match=words):
        export(job)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text, words", [("5:2", "comes before"), ("a:b", "whole numbers"),
                                         ("0:999", "past the scenario's maximum"),
                                         ("0:10:0", "at least 1")])
def test_bad_step_ranges(text, words):
    with pytest.raises(GdsimError, match=words):
        parse_steps(text, 200)


@pytest.mark.parametrize("name", example_names())
def test_every_example_exports(app, tmp_path, name):
    scenario = load_scenario(example_path(name))
    written = export(ExportJob(scenario.with_step(0), (0, 2), "window", (640, 400), "png",
                               tmp_path / name))
    assert len(written) == 2 and all(p.stat().st_size > 1000 for p in written)


def test_exporting_leaves_the_users_window_settings_alone(app, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings().setValue("window/geometry", b"mine")
    export(ExportJob(Scenario(), (0,), "window", (640, 400), "png", tmp_path / "f.png"))
    assert QSettings().value("window/geometry") == b"mine"


@pytest.mark.parametrize("mode, has, lacks", [("surface", "trace", "diagram"),
                                              ("network", "diagram", "trace")])
def test_the_dialog_offers_the_views_of_the_mode(app, tmp_path, mode, has, lacks):
    from gdsim.ui.export_dialog import ExportDialog

    dialog = ExportDialog(Scenario(mode=mode), 0, 0, tmp_path)
    offered = [dialog.view.itemData(i) for i in range(dialog.view.count())]
    assert has in offered and lacks not in offered and "window" in offered
    dialog.deleteLater()


def test_a_cancelled_overwrite_keeps_the_earlier_frames(app, tmp_path):
    out = tmp_path / "frames"
    out.mkdir()
    for i in range(3):
        (out / f"frame-{i:04d}.png").write_bytes(b"old")

    def cancel_at_1(done, total):
        if done == 1:
            raise Cancelled("export cancelled")

    with pytest.raises(Cancelled):
        export(ExportJob(Scenario(), (0, 1), "contour", (200, 150), "png", out, overwrite=True),
               cancel_at_1)
    assert sorted(p.name for p in out.iterdir()) == [f"frame-{i:04d}.png" for i in range(3)]
    assert all(p.read_bytes() == b"old" for p in out.iterdir())


def test_the_dialogs_limits_and_defaults_are_the_settings(app, tmp_path):
    from gdsim.core import settings as S
    from gdsim.ui.export_dialog import ExportDialog

    dialog = ExportDialog(Scenario(), 0, 0, tmp_path)
    boxes = {S.WIDTH: dialog.width_box, S.HEIGHT: dialog.height_box, S.FPS: dialog.fps,
             S.LOOP: dialog.loop}
    for setting, box in boxes.items():
        shown = (box.minimum(), box.maximum(), box.value())
        assert shown == (setting.lo, setting.hi, setting.default), setting.key
    assert dialog.job().size == (S.WIDTH.default, S.HEIGHT.default)
    dialog.deleteLater()


def test_the_views_garbage_is_freed_on_the_windows_thread_not_the_encoders(app, tmp_path,
                                                                          monkeypatch,
                                                                          qt_garbage):
    """Python's cyclic collector runs on whichever thread allocates when it is due; on the
    encoder thread it deleted the views' Qt objects off their thread, and the suite hung
    twice. The encoder here allocates enough that a collection falls due on it at every frame,
    while the drawing thread leaves Qt objects in cycles: every one is freed on the drawing
    thread."""
    import gdsim.ui.export as module
    from tests.ui.conftest import allocating

    real = module.save_png

    def save_png(image, path):
        allocating()
        real(image, path)

    monkeypatch.setattr(module, "save_png", save_png)
    export(ExportJob(Scenario(), parse_steps("0:12", 200), "contour", (200, 150), "png",
                     tmp_path / "frames"), lambda done, total: qt_garbage.make(50))
    gc.collect()  # what is left, on this thread
    assert qt_garbage.made == 14 * 50  # 13 frames and the end
    assert qt_garbage.freed_on == ["MainThread"] * qt_garbage.made
    assert gc.isenabled()
