"""A scenario from what a user typed: a scenario file's path or a built-in example's name."""

from __future__ import annotations

from pathlib import Path

from gdsim.core.errors import GdsimError
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_names, example_path


def resolve_scenario(name: str | None) -> tuple[Scenario, Path | None]:
    """A scenario file's path, or the name of a built-in example; None is the default.
    Returns the scenario and the file it came from (None for an example or the default)."""
    if name is None:
        return Scenario(), None
    path = Path(name)
    if path.suffix.lower() == ".json" or path.exists():
        return load_scenario(path), path
    if name in example_names():
        return load_scenario(example_path(name)), None
    raise GdsimError("scenario: no file or example named {name!r}; examples are {names}",
                     name=name, names=", ".join(example_names()))
