"""The code stays typed and linted: mypy on all of gdsim, ruff on everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_mypy_is_clean_on_gdsim(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    out = _run("mypy", "--cache-dir", str(tmp_path / "mypy"))
    assert out.returncode == 0, out.stdout[-4000:]


def test_ruff_is_clean() -> None:
    pytest.importorskip("ruff")
    out = _run("ruff", "check", "gdsim", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout[-4000:]
