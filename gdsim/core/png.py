"""PNG files from RGB arrays, written quickly: export's frames (see gdsim/ui/export.py).

A PNG is a signature and three chunks: IHDR (size, 8-bit RGB), IDAT (the rows, each led by its
filter byte, deflated) and IEND. Each row is stored with the "Up" filter — its difference from
the row above, byte by byte modulo 256 — which turns the large flat areas of a plot into zeros,
then deflated at the fastest level by ISA-L (`isal`, the same deflate stream as zlib's, about
5× faster; zlib itself when isal is missing). For the window's frames this is about as small as
Qt's writer at its default effort in a fifth of the time, and both steps (numpy, deflate) let go
of Python's lock, so the encoder thread hardly holds back the drawing.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

try:
    from isal import isal_zlib as deflate
except ImportError:  # pragma: no cover  (a platform without isal's wheels)
    deflate = zlib  # type: ignore[misc]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
UP = 2  # the filter type "Up" (PNG specification, 9.2)
LEVEL = 1  # fast (isal's levels are 0–3, zlib's 0–9): the filter has done most of the work


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bytes(rgb: NDArray[np.uint8]) -> bytes:
    """An (h, w, 3) uint8 array as the bytes of a PNG file."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)  # strided arithmetic is 5× slower
    h, w, _ = rgb.shape
    rows = np.empty((h, w * 3 + 1), np.uint8)
    rows[:, 0] = UP
    filtered = rows[:, 1:].reshape(h, w, 3)
    filtered[0] = rgb[0]
    np.subtract(rgb[1:], rgb[:-1], out=filtered[1:])  # uint8 wraps: the difference modulo 256
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (SIGNATURE + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", deflate.compress(rows.data, LEVEL)) + _chunk(b"IEND", b""))


def write_png(rgb: NDArray[np.uint8], path: Path) -> None:
    path.write_bytes(png_bytes(rgb))
