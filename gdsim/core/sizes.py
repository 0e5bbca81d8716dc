"""Layer sizes: parsed, checked, and laid out in θ.

All weights and biases live in ONE flat vector θ: W^1, b^1, W^2, b^2, … each row-major.
`layout(sizes)` says where each W^l and b^l lies in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from gdsim.core.errors import Message, NetworkError, Term
from gdsim.core.settings import MAX_LAYER, MAX_LAYERS, MAX_PARAMS  # declared with every setting

LAYER_SIZES = Term("layer sizes")  # the field's name, in the window's language there


def _sizes_text(sizes: Sequence[int]) -> str:
    return _short(",".join(str(s) for s in sizes))


def _short(text: str, limit: int = 40) -> str:
    """Text as quoted in a one-line message: long input is cut, not repeated in full."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parameter_count(sizes: Sequence[int]) -> int:
    return sum(p * q + q for p, q in zip(sizes[:-1], sizes[1:], strict=True))


def check_sizes(sizes: Sequence[int], where: str = LAYER_SIZES) -> tuple[int, ...]:
    """The sizes as a tuple, or NetworkError: 2…16 layers of 1…4096, ≤ 5 million parameters."""
    if not 2 <= len(sizes) <= MAX_LAYERS:
        raise NetworkError("{where}: {sizes!r} — need 2 to {most} layers (input and output "
                           "included), got {count}", where=where, sizes=_sizes_text(sizes),
                           most=MAX_LAYERS, count=len(sizes))
    for position, s in enumerate(sizes, start=1):
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise NetworkError("{where}: {size!r} at position {position} is not a whole number",
                               where=where, size=s, position=position)
        if not 1 <= s <= MAX_LAYER:
            raise NetworkError("{where}: {sizes!r} — size {size} at position {position} {what}",
                               where=where, sizes=_sizes_text(sizes), size=_short(str(s), 12),
                               position=position, what=_too_small_or_large(s))
    n = parameter_count(sizes)
    if n > MAX_PARAMS:
        raise NetworkError("{where}: {sizes!r} — {n:,} parameters is more than the limit of "
                           "{most:,}", where=where, sizes=_sizes_text(sizes), n=n,
                           most=MAX_PARAMS)
    return tuple(int(s) for s in sizes)


def _too_small_or_large(size: int) -> Message:
    if size < 1:
        return Message("must be at least 1")
    return Message("is more than {most}", most=MAX_LAYER)


def parse_sizes(text: str) -> tuple[int, ...]:
    """Layer sizes typed as "3,4,2", or NetworkError naming the bad part and its position."""
    if not isinstance(text, str):
        raise NetworkError("layer sizes: expected text like '3,4,2', got {text!r}", text=text)
    quoted = repr(_short(text))
    parts = text.split(",")
    sizes = []
    for position, part in enumerate(parts, start=1):
        part = part.strip()
        if not part:
            raise NetworkError("layer sizes: {quoted} — empty size at position {position}",
                               quoted=quoted, position=position)
        try:
            size = int(part)
        except ValueError:
            raise NetworkError("layer sizes: {quoted} — {part!r} at position {position} is not "
                               "a whole number", quoted=quoted, part=_short(part, 20),
                               position=position) from None
        if not 1 <= size <= MAX_LAYER:
            raise NetworkError("layer sizes: {quoted} — size {size} at position {position} "
                               "{what}", quoted=quoted, size=_short(str(size), 12),
                               position=position, what=_too_small_or_large(size))
        sizes.append(size)
    if len(sizes) < 2:
        raise NetworkError("layer sizes: {quoted} — need at least 2 layers (input and output)",
                           quoted=quoted)
    return check_sizes(sizes)


class Slices(NamedTuple):
    W: slice  # where W^l lies in theta
    shape: tuple[int, int]  # (S_l, S_{l+1})
    b: slice  # where b^l lies in theta
    p: int  # S_l
    q: int  # S_{l+1}


@lru_cache(maxsize=64)
def layout(sizes: tuple[int, ...]) -> tuple[Slices, ...]:
    """Where W^l and b^l lie in θ, for each weight layer in turn."""
    out, start = [], 0
    for p, q in zip(sizes[:-1], sizes[1:], strict=True):
        out.append(Slices(slice(start, start + p * q), (p, q),
                          slice(start + p * q, start + p * q + q), p, q))
        start += p * q + q
    return tuple(out)


def views(vector: NDArray[np.float64], sizes: tuple[int, ...]
          ) -> tuple[tuple[NDArray[np.float64], ...], tuple[NDArray[np.float64], ...]]:
    """A vector laid out like θ (θ itself, a gradient, a step) as W^l- and b^l-shaped views.

    Every training step makes two sets (θ_{k+1}'s and the gradient's), so this is a plain loop
    (a comprehension costs a frame of its own in Python 3.11) and reshape takes p and q apart
    (a tuple costs numpy another 1,800 instructions).
    """
    W, b = [], []
    for s in layout(sizes):
        W.append(vector[s.W].reshape(s.p, s.q))
        b.append(vector[s.b])
    return tuple(W), tuple(b)
