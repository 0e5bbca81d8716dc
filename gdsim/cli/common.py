"""What every subcommand shares: numbers typed the way people type them, and one-line errors."""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence

from gdsim.core.errors import InputError  # noqa: F401  (re-exported for commands)
from gdsim.core.optimizers import HYPER_PARAMETERS, OPTIMIZERS, Optimizer, make_optimizer

# A value that starts with a minus and a digit ("-2,3", "-.5") is a value, not an option.
_NEGATIVE_VALUE = re.compile(r"^-\.?\d")



class Parser(argparse.ArgumentParser):
    """argparse that raises InputError (one line) instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(message)


def join_negative_values(argv: Sequence[str]) -> list[str]:
    """Turn `--start -2,3` into `--start=-2,3` so argparse does not read -2,3 as an option."""
    out: list[str] = []
    for token in argv:
        prev = out[-1] if out else ""
        if _NEGATIVE_VALUE.match(token) and prev.startswith("--") and "=" not in prev:
            out[-1] = f"{prev}={token}"
        else:
            out.append(token)
    return out


def parse_float(text: str, name: str) -> float:
    """One finite number, or an InputError naming the field."""
    try:
        value = float(text.strip())
    except ValueError:
        raise InputError(f"{name}: {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{name}: {text.strip()!r} is not a finite number")
    return value


def parse_floats(text: str, name: str, count: int | None = None) -> tuple[float, ...]:
    """Comma-separated finite numbers like "-2,3", with the count checked when given."""
    parts = text.split(",")
    if count is not None and len(parts) != count:
        raise InputError(f"{name}: expected {count} numbers separated by commas, got {len(parts)} "
                         f"in {text!r}")
    values = []
    for position, part in enumerate(parts, start=1):
        if not part.strip():
            raise InputError(f"{name}: {text!r} — empty number at position {position}")
        values.append(parse_float(part, f"{name} (number {position})"))
    return tuple(values)


def positive_int(text: str, name: str, *, allow_zero: bool = False, limit: int = 10_000_000) -> int:
    """A whole number > 0 (or ≥ 0), below a sane limit."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(f"{name}: {text.strip()!r} is not a whole number") from None
    if value < 0 or (value == 0 and not allow_zero):
        raise InputError(f"{name}: must be {'≥ 0' if allow_zero else '> 0'}, got {value}")
    if value > limit:
        raise InputError(f"{name}: {value} is more than the limit of {limit}")
    return value


def add_optimizer_flags(parser: argparse.ArgumentParser) -> None:
    """--optimizer NAME and every optimizer's hyper-parameters as flags."""
    parser.add_argument("--optimizer", default="sgd", help=f"one of {', '.join(OPTIMIZERS)}")
    for key in HYPER_PARAMETERS:
        parser.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="X",
                            help=f"{key} hyper-parameter (torch.optim's default when omitted)")


def optimizer_from_args(args: argparse.Namespace, lr: float) -> Optimizer:
    """The optimizer the flags ask for; a flag the optimizer does not have is an error."""
    hyper = {key: parse_float(getattr(args, key), f"--{key.replace('_', '-')}")
             for key in HYPER_PARAMETERS if getattr(args, key) is not None}
    return make_optimizer(args.optimizer, lr=lr, **hyper)
