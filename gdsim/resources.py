"""Where gdsim's data lives: the top-level assets/ folder of a source checkout, which the wheel
ships inside the package as gdsim/assets (pyproject.toml maps one onto the other)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).parent


def assets() -> Path:
    """The assets folder: gdsim/assets in an installed wheel, else the checkout's assets/."""
    installed = _PACKAGE / "assets"
    return installed if installed.is_dir() else _PACKAGE.parent / "assets"
