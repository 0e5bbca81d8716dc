"""Your own data: a CSV file with a header row, numeric feature columns and a target column.

The target column (by its header; the last column when none is named) holds class labels for
a softmax cross-entropy network — whole numbers (classes in numerical order) or words (in order
of appearance), each shown by its label — or numbers for ½-squared error. Every fault is named
by line and column: a missing or duplicate header, a cell that is not a number, a blank or
ragged row, a single class, a file past the limits of `gdsim.core.settings`, text that is not
UTF-8. The file is read once for each (path, size, time, target, kind) and kept.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from gdsim.core.errors import InputError, Message
from gdsim.core.settings import MAX_CLASSES, MAX_DATA_BYTES, MAX_DATA_ROWS, MAX_FEATURES
from gdsim.core.sizes import _short

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class DataTable:
    """A data file read: X (m × features), Y (m × classes, one-hot; or m × 1, numbers), the
    columns' names and, for classes, each class's label in the order of Y's columns."""

    X: Array
    Y: Array
    features: tuple[str, ...]
    target: str
    classes: tuple[str, ...] | None  # None: the targets are numbers

    @property
    def outputs(self) -> int:
        """The output layer's size the data asks for: one per class, or one number."""
        return self.Y.shape[1]


def read_data_file(path: str | os.PathLike[str], target: str | None = None,
                   classes: bool = True) -> DataTable:
    """The data file at `path` (`classes`: the target column as class labels, else numbers),
    or InputError naming the file, the line and the column at fault."""
    p = Path(path)
    try:
        stat = p.stat()
    except OSError as exc:
        raise InputError("{path}: cannot be read ({reason})", path=str(path),
                         reason=exc.strerror or exc) from None
    return _read(str(p), stat.st_size, stat.st_mtime_ns, target, classes)


@lru_cache(maxsize=4)
def _read(path: str, size: int, mtime: int, target: str | None, classes: bool) -> DataTable:
    if size > MAX_DATA_BYTES:
        raise InputError("{path}: larger than {mb} MB", path=path, mb=MAX_DATA_BYTES // 1_000_000)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError("{path}: cannot be read ({reason})", path=path,
                         reason=exc.strerror or exc) from None
    table = parse_data(_text(raw, path), path, target, classes)
    for a in (table.X, table.Y):
        a.flags.writeable = False
    return table


def _text(raw: bytes, path: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("{path}: line {line}: not UTF-8 text (byte {byte} of the line); save "
                         "the file as UTF-8", path=path, line=line,
                         byte=exc.start - raw.rfind(b"\n", 0, exc.start)) from None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _header(row: list[str], path: str) -> list[str]:
    names = [cell.strip() for cell in row]
    seen: dict[str, int] = {}
    for column, name in enumerate(names, start=1):
        if not name:
            raise InputError("{path}: line 1, column {column}: the column has no name; the "
                             "first row must name every column", path=path, column=column)
        if _is_number(name):
            raise InputError("{path}: line 1, column {column}: {name!r} is a number; the first "
                             "row must be a header naming the columns", path=path,
                             column=column, name=_short(name, 24))
        if name in seen:
            raise InputError("{path}: line 1, column {column}: the column name {name!r} is "
                             "given twice (first in column {first})", path=path, column=column,
                             name=_short(name, 24), first=seen[name])
        seen[name] = column
    if len(names) < 2:
        raise InputError("{path}: line 1: one column only; a data file needs feature columns "
                         "and a target column, separated by commas", path=path)
    if len(names) - 1 > MAX_FEATURES:
        raise InputError("{path}: line 1: {count:,} feature columns, more than the limit of "
                         "{most:,}", path=path, count=len(names) - 1, most=MAX_FEATURES)
    return names


def _rows(text: str, path: str, width: int) -> tuple[list[list[str]], list[int]]:
    """The data rows under the header, each with its line; blank lines at the end are left."""
    rows: list[list[str]] = []
    lines: list[int] = []
    blank: int | None = None
    it = csv.reader(io.StringIO(text))
    next(it)
    for row in it:
        line = it.line_num
        if not any(cell.strip() for cell in row):
            blank = blank or line
            continue
        if blank is not None:
            raise InputError("{path}: line {line}: blank row; remove it (rows of data follow "
                             "on line {next})", path=path, line=blank, next=line)
        if len(row) != width:
            raise InputError("{path}: line {line}: {count} columns, but the header has "
                             "{width}", path=path, line=line, count=len(row), width=width)
        if len(rows) == MAX_DATA_ROWS:
            raise InputError("{path}: line {line}: more than {most:,} rows of data", path=path,
                             line=line, most=MAX_DATA_ROWS)
        rows.append(row)
        lines.append(line)
    if not rows:
        raise InputError("{path}: no rows of data under the header", path=path)
    return rows, lines


def _numbers(cells: list[list[str]], columns: list[int], names: list[str], lines: list[int],
             path: str, why: Message | None = None) -> Array:
    """The cells of these columns as floats, or InputError at the first that is not a finite
    number."""
    try:
        values = np.array([[row[c] for c in columns] for row in cells], dtype=np.float64)
        if np.all(np.isfinite(values)):
            return values
    except ValueError:  # found below, cell by cell
        pass
    for row, line in zip(cells, lines, strict=True):
        for c in columns:
            cell = row[c].strip()
            at = {"path": path, "line": line, "column": c + 1, "name": _short(names[c], 24)}
            if not cell:
                raise InputError("{path}: line {line}, column {column} ({name}): the cell is "
                                 "empty", **at)
            if not _is_number(cell):
                if why is not None:
                    raise InputError("{path}: line {line}, column {column} ({name}): {cell!r} "
                                     "is not a number; {why}", cell=_short(cell, 24), why=why,
                                     **at)
                raise InputError("{path}: line {line}, column {column} ({name}): {cell!r} is "
                                 "not a number", cell=_short(cell, 24), **at)
            if not math.isfinite(float(cell)):
                raise InputError("{path}: line {line}, column {column} ({name}): {cell!r} is "
                                 "not a finite number", cell=_short(cell, 24), **at)
    return np.array([[float(row[c]) for c in columns] for row in cells])  # what numpy refused


def _classes(labels: list[str], lines: list[int], column: int, name: str, path: str
             ) -> tuple[tuple[str, ...], NDArray[np.int64]]:
    """The class labels in order (whole numbers in numerical order, otherwise in order of
    appearance) and each row's class index."""
    seen: dict[str, int] = {}
    for label, line in zip(labels, lines, strict=True):
        if not label:
            raise InputError("{path}: line {line}, column {column} ({name}): the cell is empty",
                             path=path, line=line, column=column, name=_short(name, 24))
        if label not in seen:
            if len(seen) == MAX_CLASSES:
                raise InputError("{path}: line {line}, column {column} ({name}): more than "
                                 "{most:,} classes", path=path, line=line, column=column,
                                 name=_short(name, 24), most=MAX_CLASSES)
            seen[label] = len(seen)
    order = list(seen)
    if all(_whole(label) for label in order):
        order.sort(key=lambda label: int(float(label)))
        if len({int(float(label)) for label in order}) < len(order):  # "1" and "1.0"
            order = list(seen)
    if len(order) < 2:
        raise InputError("{path}: column {column} ({name}): every row has the class {label!r}; "
                         "a classifier needs at least 2 classes", path=path, column=column,
                         name=_short(name, 24), label=_short(order[0], 24))
    index = {label: k for k, label in enumerate(order)}
    return tuple(order), np.array([index[label] for label in labels], dtype=np.int64)


def _whole(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and value.is_integer()


def parse_data(text: str, path: str, target: str | None = None, classes: bool = True
               ) -> DataTable:
    """A data file's text (see `read_data_file`); `path` names it in messages."""
    if not text.strip():
        raise InputError("{path}: the file is empty", path=path)
    first = next(csv.reader(io.StringIO(text)))
    names = _header(first, path)
    if target is None:
        t = len(names) - 1
    elif target in names:
        t = names.index(target)
    else:
        raise InputError("{path}: no column named {target!r}; the columns are {names}",
                         path=path, target=_short(target, 24),
                         names=_short(", ".join(names), 80))
    rows, lines = _rows(text, path, len(names))
    features = [c for c in range(len(names)) if c != t]
    X = _numbers(rows, features, names, lines, path)
    if classes:
        order, k = _classes([row[t].strip() for row in rows], lines, t + 1, names[t], path)
        Y = np.eye(len(order))[k]
        return DataTable(X, Y, tuple(names[c] for c in features), names[t], order)
    Y = _numbers(rows, [t], names, lines, path,
                 Message("½-squared error needs numbers as targets (class labels need "
                         "cross-entropy)"))
    return DataTable(X, Y, tuple(names[c] for c in features), names[t], None)


def fit_sizes(sizes: tuple[int, ...], table: DataTable) -> tuple[tuple[int, ...], Message | None]:
    """The layer sizes with the input and output layers the data asks for, and a message
    saying what changed (None when nothing did)."""
    fitted = (len(table.features), *sizes[1:-1], table.outputs)
    if fitted == tuple(sizes):
        return fitted, None
    what = (Message("{count} classes", count=table.outputs) if table.classes is not None
            else Message("one number"))
    return fitted, Message("the layer sizes follow the data: {sizes} ({features} features in, "
                           "{what} out)", sizes=",".join(map(str, fitted)),
                           features=len(table.features), what=what)
