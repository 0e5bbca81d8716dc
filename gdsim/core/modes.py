"""The two modes of gdsim, as one type: what a scenario simulates.

`Mode.SURFACE` descends J(w1, w2) (3.3.1 – 3.3.3); `Mode.NETWORK` trains a network by
backpropagation (3.3.4 – 3.3.6). A Mode is a `str`, so a scenario file keeps writing "surface"
or "network" and a Mode compares equal to that text. Each member's value is also where its
settings live in a scenario (`Scenario.surface`, `Scenario.network`; `Scenario.settings` is
the one in use).

What a mode does lives with the code that does it, in a table keyed by Mode, never behind a
comparison with a string: its timeline model (`gdsim.core.run.MODELS`), the questions a lesson
may ask of it (`gdsim.core.lesson_keys.ASKS`), its trace rows (the model's `trace_rows`).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from gdsim.core.errors import GdsimError, InputError


class Mode(str, Enum):
    SURFACE = "surface"
    NETWORK = "network"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @classmethod
    def of(cls, value: Any, error: type[GdsimError] = InputError) -> Mode:
        """The mode `value` names ("surface", "network" or a Mode), or `error` saying which
        modes there are."""
        try:
            return cls(value)
        except (ValueError, TypeError):
            shown = value if isinstance(value, str) else str(value)
            raise error("mode: unknown mode {mode!r}; choose one of {modes}", mode=shown[:40],
                        modes=", ".join(m.value for m in cls)) from None
