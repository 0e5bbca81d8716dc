"""`gdsim --version` prints the one version the package and its metadata share."""

from __future__ import annotations

import gdsim
from gdsim.cli import main


def test_version_is_printed_and_exits_0(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"gdsim {gdsim.__version__}\n"

