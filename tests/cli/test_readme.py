"""The README's examples are run and compared with what gdsim prints, so they cannot drift.

Each example is an indented `$ gdsim …` line followed by its output; numbers are compared to
12 significant digits, and `...` in the README stands for any text.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def examples() -> list[tuple[str, str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    found = []
    for n, line in enumerate(lines):
        if line.startswith("    $ gdsim "):
            out = []
            for following in lines[n + 1:]:
                if not following.startswith("    ") or following.startswith("    $ "):
                    break
                out.append(following[4:])
            found.append((line[6:], "\n".join(out).strip()))
    return found


def _pattern(expected: str) -> re.Pattern[str]:
    """The expected text as a regex: `...` matches anything, numbers are captured."""
    parts = []
    for chunk in re.split(r"(\.\.\.)", expected):
        if chunk == "...":
            parts.append(".*?")
            continue
        pos = 0
        for m in NUMBER.finditer(chunk):
            parts.append(re.escape(chunk[pos:m.start()]))
            parts.append(r"(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)")
            pos = m.end()
        parts.append(re.escape(chunk[pos:]))
    return re.compile("".join(parts), re.S)


def _same_numbers(expected: str, actual: str) -> bool:
    m = _pattern(expected).fullmatch(actual)
    if m is None:
        return False
    wanted = [g for g in NUMBER.findall(expected.replace("...", " "))]
    return all(float(f"{float(a):.12g}") == float(f"{float(b):.12g}")
               for a, b in zip(wanted, m.groups(), strict=True))


def test_the_readme_has_examples() -> None:
    assert len(examples()) >= 6


@pytest.mark.parametrize("command,expected", examples(), ids=[c for c, _ in examples()])
def test_each_readme_example_prints_what_the_readme_says(command: str, expected: str,
                                                         tmp_path: Path) -> None:
    argv = shlex.split(command)[1:]
    out = subprocess.run([sys.executable, "-m", "gdsim", *argv], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    actual = (out.stdout if out.returncode == 0 else out.stderr).strip()  # progress aside
    assert _same_numbers(expected, actual), f"README says:\n{expected}\ngdsim printed:\n{actual}"
