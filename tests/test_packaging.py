"""The wheel carries the top-level assets/ inside the package, and a plain install works
outside the repository; the README's first command installs gdsim from a bare python3."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import gdsim
from gdsim.examples import example_names
from gdsim.resources import assets

ROOT = Path(__file__).resolve().parents[1]


def _pip_can_build(tmp: Path) -> Path:
    """Build the wheel (hatchling comes from the package index); skip when offline."""
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp),
                          str(ROOT)], capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        if "connection" in out.stderr.lower() or "network" in out.stderr.lower():
            pytest.skip("no package index to build the wheel with")
        raise AssertionError(out.stderr)
    return next(tmp.glob("gdsim-*.whl"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pip_can_build(tmp_path_factory.mktemp("wheel"))


def test_assets_live_at_the_top_level() -> None:
    assert assets() == ROOT / "assets"
    assert not (ROOT / "gdsim" / "assets").exists()
    assert len(example_names()) >= 9


def test_the_wheel_holds_every_module_example_and_the_icon(wheel: Path) -> None:
    assert wheel.name.startswith(f"gdsim-{gdsim.__version__}-")  # one version, read by hatch
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in example_names():
        assert f"gdsim/assets/scenarios/{name}.json" in names
    assert "gdsim/assets/icons/gdsim.svg" in names
    for py in (ROOT / "gdsim").rglob("*.py"):
        assert py.relative_to(ROOT).as_posix() in names


def test_an_installed_wheel_opens_an_example_outside_the_repository(
        wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import gdsim, gdsim.examples as e; from gdsim.core.scenario import load_scenario; "
            "print(gdsim.__file__); s = load_scenario(e.example_path('fig-3-16-network')); "
            "print(s.mode, s.network.sizes)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split("\n")
    assert out[0].startswith(str(target))
    assert out[1] == "network (3, 4, 2)"


def _pythons() -> list[str]:
    """The distribution's own python3 (PEP 668 refuses pip there) and the user's, if another."""
    found = [p for p in ("/usr/bin/python3", shutil.which("python3")) if p and Path(p).exists()]
    return list(dict.fromkeys(os.path.realpath(p) for p in found))


@pytest.mark.slow
@pytest.mark.timeout(1200)  # an install from nothing: 200 s on a busy machine
@pytest.mark.parametrize("python", _pythons())
def test_the_readme_first_command_installs_from_a_bare_python(python: str, tmp_path: Path) -> None:
    """`bash scripts/gdsim`, with the window replaced by --version, in a fresh copy; moved, it
    still starts; with its .venv's Python gone, the .venv is made again."""
    if not shutil.which("git"):
        pytest.skip("needs git")
    readme = (ROOT / "README.md").read_text()
    assert "\n    bash scripts/gdsim\n" in readme
    copy = tmp_path / "gdsim"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True, timeout=120)
    # the working tree as it is now, committed or not
    for rel in ("scripts", "assets", "gdsim", "pyproject.toml", "README.md"):
        src, dst = ROOT / rel, copy / rel
        if src.is_dir():
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PYTHON"] = python
    first = subprocess.run(["bash", "scripts/gdsim", "--version"], cwd=copy, env=env,
                           capture_output=True, text=True, timeout=900)
    if first.returncode != 0 and "connection" in first.stderr.lower():
        pytest.skip("no package index")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("gdsim ")
    again = subprocess.run(["bash", "scripts/gdsim", "--version"], cwd=copy, env=env,
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and again.stdout == first.stdout
    assert "installing" not in again.stderr  # the second time opens at once

    moved = tmp_path / "moved"
    copy.rename(moved)
    after = subprocess.run(["bash", "scripts/gdsim", "--version"], cwd=moved, env=env,
                           capture_output=True, text=True, timeout=60)
    assert after.returncode == 0 and after.stdout == first.stdout, after.stderr
    assert "installing" not in after.stderr  # the install does not name the old path

    for link in (moved / ".venv" / "bin").glob("python*"):  # its Python gone (e.g. upgraded)
        if link.is_symlink() and os.path.isabs(os.readlink(link)):
            link.unlink()
            link.symlink_to(tmp_path / "no-such-python")
    rebuilt = subprocess.run(["bash", "scripts/gdsim", "--version"], cwd=moved, env=env,
                             capture_output=True, text=True, timeout=900)
    assert rebuilt.returncode == 0 and rebuilt.stdout == first.stdout, rebuilt.stderr
    assert "no longer runs" in rebuilt.stderr and "installing" in rebuilt.stderr
