"""The built-in example scenarios shipped in assets/scenarios (File ▸ Examples)."""

from __future__ import annotations

from pathlib import Path

from gdsim.resources import assets

FOLDER = assets() / "scenarios"


def example_names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.json"))


def example_path(name: str) -> Path:
    return FOLDER / f"{name}.json"
