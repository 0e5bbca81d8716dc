"""Text typed by people, read as numbers: one finite number, a comma list, a whole number.

The command line and the settings panels read what is typed through these same functions, so a
typed "abc" gets the same message in a terminal as in a field. Each error names the field.
"""

from __future__ import annotations

import math

from gdsim.core.errors import InputError, Message


def parse_float(text: str, name: str) -> float:
    """One finite number, or an InputError naming the field."""
    try:
        value = float(text.strip())
    except ValueError:
        raise InputError("{name}: {text!r} is not a number", name=name,
                         text=text.strip()) from None
    if not math.isfinite(value):
        raise InputError("{name}: {text!r} is not a finite number", name=name, text=text.strip())
    return value


def parse_floats(text: str, name: str, count: int | None = None) -> tuple[float, ...]:
    """Comma-separated finite numbers like "-2,3", with the count checked when given."""
    parts = text.split(",")
    if count is not None and len(parts) != count:
        raise InputError("{name}: expected {count} numbers separated by commas, got {got} in "
                         "{text!r}", name=name, count=count, got=len(parts), text=text)
    values = []
    for position, part in enumerate(parts, start=1):
        if not part.strip():
            raise InputError("{name}: {text!r} — empty number at position {position}", name=name,
                             text=text, position=position)
        values.append(parse_float(part, Message("{name} (number {position})", name=name,
                                                position=position)))
    return tuple(values)


def parse_int(text: str, name: str) -> int:
    """One whole number ("12", " -3 "), or an InputError naming the field."""
    try:
        return int(text.strip())
    except ValueError:
        raise InputError("{name}: {text!r} is not a whole number", name=name,
                         text=text.strip()) from None


def positive_int(text: str, name: str, *, allow_zero: bool = False, limit: int = 10_000_000) -> int:
    """A whole number > 0 (or ≥ 0), below a sane limit."""
    value = parse_int(text, name)
    if value < 0 or (value == 0 and not allow_zero):
        raise InputError("{name}: must be {bound}, got {value}", name=name,
                         bound="≥ 0" if allow_zero else "> 0", value=value)
    if value > limit:
        raise InputError("{name}: {value} is more than the limit of {limit}", name=name,
                         value=value, limit=limit)
    return value
