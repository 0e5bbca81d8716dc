"""Text typed by people, read as numbers: one finite number, a comma list, a whole number.

The command line and the settings panels read what is typed through these same functions, so a
typed "abc" gets the same message in a terminal as in a field. Each error names the field.
"""

from __future__ import annotations

import math

from gdsim.core.errors import InputError


def parse_float(text: str, name: str) -> float:
    """One finite number, or an InputError naming the field."""
    try:
        value = float(text.strip())
    except ValueError:
        raise InputError(f"{name}: {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{name}: {text.strip()!r} is not a finite number")
    return value


def parse_floats(text: str, name: str, count: int | None = None) -> tuple[float, ...]:
    """Comma-separated finite numbers like "-2,3", with the count checked when given."""
    parts = text.split(",")
    if count is not None and len(parts) != count:
        raise InputError(f"{name}: expected {count} numbers separated by commas, got {len(parts)} "
                         f"in {text!r}")
    values = []
    for position, part in enumerate(parts, start=1):
        if not part.strip():
            raise InputError(f"{name}: {text!r} — empty number at position {position}")
        values.append(parse_float(part, f"{name} (number {position})"))
    return tuple(values)


def parse_int(text: str, name: str) -> int:
    """One whole number ("12", " -3 "), or an InputError naming the field."""
    try:
        return int(text.strip())
    except ValueError:
        raise InputError(f"{name}: {text.strip()!r} is not a whole number") from None


def positive_int(text: str, name: str, *, allow_zero: bool = False, limit: int = 10_000_000) -> int:
    """A whole number > 0 (or ≥ 0), below a sane limit."""
    value = parse_int(text, name)
    if value < 0 or (value == 0 and not allow_zero):
        raise InputError(f"{name}: must be {'≥ 0' if allow_zero else '> 0'}, got {value}")
    if value > limit:
        raise InputError(f"{name}: {value} is more than the limit of {limit}")
    return value
