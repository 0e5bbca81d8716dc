"""θ by name: every weight and bias of a network as the seed names it (w^1_11 … b^2_2), read
from and written to a file — a JSON object {"w^1_11": 0.1, …} or CSV rows `name,value`.

A θ file must name every parameter of the network once, each with a finite number: a missing,
extra, repeated or non-finite entry is refused with its name (and its line in a CSV file).
Numbers are written as Python's repr, which reads back as the same float, so a θ written and
read again is the same θ bit for bit.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.errors import Message, NetworkError, Term
from gdsim.core.naming import bias_plain, weight_plain
from gdsim.core.sizes import _short, _sizes_text, layout
from gdsim.core.text_file import read_text_file

Array = NDArray[np.float64]
FORMATS = ("json", "csv")  # a θ file's formats, told apart by the file's suffix


@lru_cache(maxsize=16)
def names(sizes: tuple[int, ...]) -> tuple[str, ...]:
    """Every parameter's seed name in θ's order: W^1 row by row (w^1_11, w^1_21, …: row j holds
    the weights leaving neuron j), b^1, W^2, b^2, …"""
    out: list[str] = []
    for l, s in enumerate(layout(sizes), start=1):
        out += [weight_plain(l, i, j) for j in range(1, s.p + 1) for i in range(1, s.q + 1)]
        out += [bias_plain(l, i) for i in range(1, s.q + 1)]
    return tuple(out)


@lru_cache(maxsize=16)
def _positions(sizes: tuple[int, ...]) -> dict[str, int]:
    return {name: k for k, name in enumerate(names(sizes))}


def to_mapping(theta: Array, sizes: tuple[int, ...]) -> dict[str, float]:
    """θ as {name: value} in θ's order (what a θ file and a scenario's `theta` hold)."""
    return dict(zip(names(sizes), (float(v) for v in theta), strict=True))


def _range(sizes: tuple[int, ...]) -> str:
    all_names = names(sizes)
    return f"{all_names[0]} … {all_names[-1]}"


def _number(value: Any, name: str, where: str) -> float:
    """One parameter's value as a float, or NetworkError naming the parameter."""
    shown = value.strip() if isinstance(value, str) else str(value)
    if isinstance(value, str):
        try:
            value = float(shown)
        except ValueError:
            raise NetworkError("{where}: {name}: {value!r} is not a number", where=where,
                               name=name, value=_short(shown, 24)) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NetworkError("{where}: {name}: {value} is not a number", where=where, name=name,
                           value=_short(repr(value), 24))
    try:
        number = float(value)
    except OverflowError:  # an integer past the floats
        number = math.inf
    if not math.isfinite(number):
        raise NetworkError("{where}: {name}: {value} is not a finite number", where=where,
                           name=name, value=_short(shown, 24))
    return number


def from_mapping(mapping: Mapping[str, Any], sizes: tuple[int, ...], where: str) -> Array:
    """θ from {name: value}, or NetworkError naming the first extra, missing or bad entry."""
    if not isinstance(mapping, Mapping):
        raise NetworkError("{where}: expected an object of names and values, like "
                           "{{\"w^1_11\": 0.1, …}}", where=where)
    positions = _positions(sizes)
    for name in mapping:
        if name not in positions:
            raise NetworkError("{where}: {name!r} is not a parameter of the network {sizes} "
                               "(its parameters are {names})", where=where,
                               name=_short(str(name), 24), sizes=_sizes_text(sizes),
                               names=_range(sizes))
    theta = np.empty(len(positions))
    for name, k in positions.items():
        if name not in mapping:
            raise NetworkError("{where}: {name} is missing (the network {sizes} has {count} "
                               "parameters, {names})", where=where, name=name,
                               sizes=_sizes_text(sizes), count=len(positions),
                               names=_range(sizes))
        theta[k] = _number(mapping[name], name, where)
    return theta


# ----------------------------------------------------------------------------------------------
# Files.


def _unique_pairs(pairs: Iterable[tuple[str, Any]], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise NetworkError("{where}: {name} is given twice", where=where,
                               name=_short(key, 24))
        out[key] = value
    return out


def _refuse_constant(name: str) -> Any:
    return name  # NaN, Infinity: kept as text, refused as "not a finite number" by its name


def parse_json(text: str, where: str) -> dict[str, Any]:
    """A θ file's JSON object of names and values (numbers checked later, by name)."""
    try:
        d = json.loads(text, object_pairs_hook=lambda pairs: _unique_pairs(pairs, where),
                       parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise NetworkError("{path}: not valid JSON ({where})", path=where,
                           where=Message("line {line} column {column}", line=exc.lineno,
                                         column=exc.colno)) from None
    except RecursionError:
        raise NetworkError("{path}: not valid JSON ({where})", path=where,
                           where=Term("nesting")) from None
    if not isinstance(d, dict):
        raise NetworkError("{where}: expected an object of names and values, like "
                           "{{\"w^1_11\": 0.1, …}}", where=where)
    return d


def parse_csv(text: str, where: str) -> dict[str, str]:
    """A θ file's CSV rows `name,value` (a first row `name,value` is a header), by name."""
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and [c.lower() for c in cells] == ["name", "value"]:
            continue
        if len(cells) != 2:
            raise NetworkError("{where}: line {line}: expected two columns, name,value; got "
                               "{count}", where=where, line=number, count=len(cells))
        name, value = cells
        if name in out:
            raise NetworkError("{where}: line {line}: {name} is given twice (first on line "
                               "{first})", where=where, line=number, name=_short(name, 24),
                               first=lines[name])
        out[name], lines[name] = value, number
    return out


def file_format(path: str | os.PathLike[str]) -> str:
    """"json" or "csv", from the file's suffix (anything but .csv is read as JSON)."""
    return "csv" if Path(path).suffix.lower() == ".csv" else "json"


def read_theta(path: str | os.PathLike[str], sizes: tuple[int, ...]) -> Array:
    """θ from a θ file for a network of these sizes, or NetworkError naming the file."""
    where = str(path)
    text = read_text_file(path, NetworkError)
    mapping = parse_csv(text, where) if file_format(path) == "csv" else parse_json(text, where)
    return from_mapping(mapping, sizes, where)


def theta_text(theta: Array, sizes: tuple[int, ...], fmt: str) -> str:
    """θ as a θ file's text: a JSON object, one name a line, or CSV with a header."""
    mapping = to_mapping(theta, sizes)
    if fmt == "csv":
        return "name,value\n" + "".join(f"{k},{v!r}\n" for k, v in mapping.items())
    return "{\n" + ",\n".join(f"  {json.dumps(k)}: {v!r}" for k, v in mapping.items()) + "\n}\n"


def write_theta(theta: Array, sizes: tuple[int, ...], path: str | os.PathLike[str]) -> None:
    """Write θ to a temporary file beside `path`, then rename (an interrupted write leaves the
    old file whole); the format from the suffix."""
    path = Path(path)
    text = theta_text(theta, sizes, file_format(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
