"""Reading a small text file a user gives (a scenario, a lesson, θ, a network): one place that
says what can go wrong with the file itself, before its contents are judged."""

from __future__ import annotations

import os
from pathlib import Path

from gdsim.core.errors import GdsimError
from gdsim.core.settings import MAX_FILE_BYTES


def read_text_file(path: str | os.PathLike[str], error: type[GdsimError],
                   name: str | None = None) -> str:
    """The text of the file at `path`, or `error` naming it (`name`, else the path): missing or
    unreadable, larger than MAX_FILE_BYTES, not UTF-8 (a byte-order mark is allowed, as
    Windows' Notepad writes one), or holding nothing but white space."""
    shown = str(path) if name is None else name
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise error("{path}: larger than {mb} MB", path=shown, mb=MAX_FILE_BYTES // 1_000_000)
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise error("{path}: cannot be read ({reason})", path=shown,
                    reason=exc.strerror or exc) from None
    except UnicodeDecodeError:
        raise error("{path}: is not UTF-8 text", path=shown) from None
    if not text.strip():
        raise error("{path}: the file is empty", path=shown)
    return text
