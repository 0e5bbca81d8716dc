"""Export's PNG writer (gdsim/core/png.py): files any reader decodes to the very pixels."""

import io

import numpy as np
import pytest

from gdsim.core.png import png_bytes, write_png


@pytest.mark.parametrize("shape", [(1, 1, 3), (7, 5, 3), (80, 128, 3)])
def test_pillow_reads_back_every_pixel(shape):
    image = pytest.importorskip("PIL.Image")
    rng = np.random.default_rng(sum(shape))
    rgb = rng.integers(0, 256, shape, dtype=np.uint8)
    rgb[: shape[0] // 2] = 200  # flat rows, like a plot's background
    decoded = np.asarray(image.open(io.BytesIO(png_bytes(rgb))).convert("RGB"))
    np.testing.assert_array_equal(decoded, rgb)


def test_a_flat_frame_is_small_and_written_where_asked(tmp_path):
    rgb = np.full((800, 1280, 3), 245, np.uint8)
    rgb[100:700, 200:1000] = (30, 60, 200)
    write_png(rgb, tmp_path / "frame.png")
    data = (tmp_path / "frame.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    assert len(data) < 20_000  # 3 MB of pixels


@pytest.mark.parametrize("library", ["zlib", "isal"])
def test_either_deflate_gives_a_file_pillow_reads(monkeypatch, library):
    """isal where it is installed, zlib where it is not: the same stream format."""
    import zlib

    from gdsim.core import png

    image = pytest.importorskip("PIL.Image")
    deflate = zlib if library == "zlib" else pytest.importorskip("isal.isal_zlib")
    monkeypatch.setattr(png, "deflate", deflate)
    rgb = np.random.default_rng(3).integers(0, 256, (40, 30, 3), dtype=np.uint8)
    decoded = np.asarray(image.open(io.BytesIO(png.png_bytes(rgb))).convert("RGB"))
    np.testing.assert_array_equal(decoded, rgb)
