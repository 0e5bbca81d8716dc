"""The README's command, every day: `bash scripts/gdsim` in a copy of the repository.

Once its .venv is healthy it starts gdsim without checking Debian packages again; a moved clone
still starts; Debian packages are installed only after one line saying which and why, and
the 91 MB CJK font only where no installed font covers Chinese. `dpkg-query`, `apt-get` and
`fc-list` are stand-ins on PATH that log their calls: nothing is installed on this machine.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import gdsim

ROOT = Path(__file__).resolve().parents[1]
QT_DEBS = ("libgl1", "libxcb-cursor0", "fonts-dejavu-core")  # a few of lib.sh's list

STUBS = {
    # installed: every package named, unless listed in $MISSING_DEBS
    "dpkg-query": """#!/bin/sh
echo "dpkg-query $*" >> "$STUB_LOG"
for a in "$@"; do case $a in -*) ;; *)
  case " $MISSING_DEBS " in *" $a "*) ;; *) echo "$a install ok installed";; esac;;
esac; done
""",
    "apt-get": """#!/bin/sh
echo "apt-get $*" >> "$STUB_LOG"
echo "APT-GET RUNS" >&2
""",
    "fc-list": """#!/bin/sh
echo "fc-list $*" >> "$STUB_LOG"
[ -n "$ZH_FONT" ] && echo "$ZH_FONT"
exit 0
""",
    "id": """#!/bin/sh
echo 0
""",
}


@pytest.fixture
def stubs(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH finds the stand-ins first; their calls go to `log`."""
    folder = tmp_path / "stubs"
    folder.mkdir()
    for name, text in STUBS.items():
        (folder / name).write_text(text)
        (folder / name).chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env.update(PATH=f"{folder}{os.pathsep}{env['PATH']}", STUB_LOG=str(tmp_path / "calls.log"),
               MISSING_DEBS="", ZH_FONT="Noto Sans CJK SC")
    return env


def calls(env: dict[str, str], command: str = "") -> list[str]:
    log = Path(env["STUB_LOG"])
    lines = log.read_text().splitlines() if log.exists() else []
    return [line for line in lines if line.startswith(command)]


def ensure(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """What scripts/gdsim asks of lib.sh: the X libraries and a font for Chinese."""
    script = (f". {ROOT / 'scripts' / 'lib.sh'}; want_debs \"Qt's window\" {' '.join(QT_DEBS)}; "
              "want_cjk_font; install_wanted")
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True,
                          timeout=60)


def test_missing_packages_are_named_with_why_before_apt_get_runs(stubs):
    stubs["MISSING_DEBS"] = "libxcb-cursor0"
    out = ensure(stubs)
    assert out.returncode == 0, out.stderr
    said, apt = out.stderr.splitlines()[:2]
    assert "libxcb-cursor0" in said and "Qt's window" in said and "apt-get" in said
    assert "libgl1" not in said and "fonts-noto-cjk" not in said
    assert apt == "APT-GET RUNS"  # the line came first
    installs = calls(stubs, "apt-get install")
    assert len(installs) == 1 and installs[0].split()[-1] == "libxcb-cursor0"
    assert len(calls(stubs, "dpkg-query")) == 1  # one query for every package, not one each


def test_nothing_missing_installs_nothing_and_says_nothing(stubs):
    out = ensure(stubs)
    assert out.returncode == 0 and out.stderr == ""
    assert calls(stubs, "apt-get") == []


@pytest.mark.parametrize("font, installed", [("Noto Sans CJK SC", False), ("", True)])
def test_the_cjk_font_only_where_no_font_covers_chinese(stubs, font, installed):
    stubs.update(MISSING_DEBS="fonts-noto-cjk", ZH_FONT=font)
    out = ensure(stubs)
    assert out.returncode == 0, out.stderr
    assert calls(stubs, "fc-list") == ["fc-list :lang=zh family"]
    installs = calls(stubs, "apt-get install")
    assert bool(installs) is installed
    if installed:
        assert installs[0].split()[-1] == "fonts-noto-cjk"
        line = out.stderr.splitlines()[0]
        assert "fonts-noto-cjk" in line and "91 MB" in line and "Chinese" in line


# ----------------------------------------------------------------------------------------------
# scripts/gdsim in a copy of the repository.


def copy_of_the_repository(where: Path) -> Path:
    where.mkdir()
    for rel in ("scripts", "assets", "gdsim", "pyproject.toml", "README.md"):
        src, dst = ROOT / rel, where / rel
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    return where


def a_venv_with_gdsims_dependencies(clone: Path) -> None:
    """A virtual environment in the copy whose packages (PySide6, numpy, pip …) are this test
    run's, reached through a .pth file, so that installing gdsim needs no download of them.
    gdsim itself is not there: the script installs it from the copy."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(clone / ".venv")],
                   check=True, timeout=120)
    purelib = subprocess.run(
        [str(clone / ".venv" / "bin" / "python"), "-c",
         "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in site.getsitepackages() if Path(p).is_dir()]
    ours.append(sysconfig.get_paths()["purelib"])
    (Path(purelib) / "test-run-packages.pth").write_text("\n".join(dict.fromkeys(ours)) + "\n")


def launch(script: Path, env: dict[str, str], *args: str,
           cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(script), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def test_a_healthy_venv_starts_without_checks_and_a_moved_clone_still_starts(stubs, tmp_path):
    first = copy_of_the_repository(tmp_path / "first")
    a_venv_with_gdsims_dependencies(first)
    version = f"gdsim {gdsim.__version__}\n"
    out = launch(first / "scripts" / "gdsim", stubs, "--version")
    if out.returncode != 0 and "connection" in out.stderr.lower():
        pytest.skip("no package index to build gdsim's editable install with")
    assert out.returncode == 0 and out.stdout == version, out.stderr
    assert calls(stubs, "dpkg-query"), "the first launch checks the Debian packages"

    Path(stubs["STUB_LOG"]).unlink()
    again = launch(first / "scripts" / "gdsim", stubs, "--version", cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == version, again.stderr
    assert again.stderr == ""
    assert calls(stubs) == []  # no dpkg-query, no fc-list: the stamp says it was all checked

    moved = tmp_path / "moved"
    first.rename(moved)
    after = launch(moved / "scripts" / "gdsim", stubs, "--version", cwd=tmp_path)
    assert after.returncode == 0 and after.stdout == version, after.stderr
    assert "installing" not in after.stderr  # the install was not tied to the old path
    direct = subprocess.run([str(moved / ".venv" / "bin" / "gdsim"), "--version"], env=stubs,
                            capture_output=True, text=True, timeout=60)
    assert direct.returncode == 0 and direct.stdout == version, direct.stderr
    Path(stubs["STUB_LOG"]).unlink(missing_ok=True)
    settled = launch(moved / "scripts" / "gdsim", stubs, "--version", cwd=tmp_path)
    assert settled.stdout == version and calls(stubs) == []

    # the user's own folder stays the one relative paths are read against
    csv = launch(moved / "scripts" / "gdsim", stubs, "export", "--steps", "0:2", "--out",
                 "trace.csv", cwd=tmp_path)
    assert csv.returncode == 0, csv.stderr
    assert (tmp_path / "trace.csv").read_text().startswith("k,")
