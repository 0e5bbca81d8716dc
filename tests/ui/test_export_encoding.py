"""Export encodes on another thread while the next frames are drawn, in order; the GIF is
written frame by frame and holds the frames drawn."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6.QtGui import QImage

from gdsim.core.errors import GdsimError
from gdsim.core.exporting import ExportJob, parse_steps
from gdsim.core.scenario import Scenario
from gdsim.ui.export import FrameRenderer, as_array, encode_behind, export


class Drawer:
    """Stands in for a FrameRenderer: says when it starts drawing each state."""

    def __init__(self) -> None:
        self.started: dict[int, threading.Event] = {k: threading.Event() for k in range(6)}

    def image(self, k: int) -> QImage:
        self.started[k].set()
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(k)
        return image


def test_a_frame_is_encoded_while_the_next_is_drawn_and_in_order():
    drawer, encoded, overlapped = Drawer(), [], []

    def encode(i: int, image: QImage) -> None:
        if i + 1 in drawer.started:  # frame i's encoding sees frame i + 1 being drawn
            overlapped.append(drawer.started[i + 1].wait(timeout=5))
        encoded.append((i, image.pixel(0, 0) & 0xFFFFFF))

    encode_behind(drawer, range(6), lambda done, total: None, encode)  # type: ignore[arg-type]
    assert encoded == [(i, i) for i in range(6)]
    assert overlapped == [True] * 5


def test_an_encoders_error_reaches_the_export():
    def encode(i: int, image: QImage) -> None:
        if i == 3:
            raise GdsimError("out: could not write frame 3")

    with pytest.raises(GdsimError, match="frame 3"):
        encode_behind(Drawer(), range(6), lambda done, total: None, encode)  # type: ignore


def test_the_gif_written_frame_by_frame_holds_the_frames_drawn(qapp, tmp_path):
    scenario, size = Scenario(), (400, 300)
    out = tmp_path / "descent.gif"
    export(ExportJob(scenario, parse_steps("0:5", 200), "contour", size, "gif", out, fps=20))
    gif = Image.open(out)
    assert gif.info["loop"] == 0 and gif.info["duration"] == 50
    frames = [np.asarray(f.convert("RGB"), int) for f in ImageSequence.Iterator(gif)]
    renderer = FrameRenderer(scenario, "contour", size)
    try:
        drawn = [as_array(renderer.image(k)).astype(int) for k in range(6)]
    finally:
        renderer.close()
    assert len(frames) == 6
    for frame, image in zip(frames, drawn):
        assert np.abs(frame - image).mean() < 3  # in the 255 colours chosen from the first
    assert (frames[0] != frames[5]).any()
