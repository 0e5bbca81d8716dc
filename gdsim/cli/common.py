"""What every subcommand shares: flags made from the settings schema, and one-line errors.

A flag's help, its limits and the message for a bad value come from `gdsim.core.settings`, so
`--noise 11` is refused in the same words as a file's `"noise": 11` or the panel's noise field.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from gdsim.core import settings
from gdsim.core.errors import InputError
from gdsim.core.optimizers import HYPER_PARAMETERS, OPTIMIZERS, Optimizer, make_optimizer
from gdsim.core.parse import parse_float, parse_floats, positive_int
from gdsim.core.scenario import SurfaceSettings
from gdsim.core.settings import Setting
from gdsim.core.surfaces import SURFACES

__all__ = ["InputError", "Parser", "add_optimizer_flags", "add_setting", "add_surface_flags",
           "hyper_from_args", "join_negative_values", "parse_float", "parse_floats",
           "positive_int", "read", "surface_from_args"]

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


def add_setting(parser: argparse.ArgumentParser, flag: str, setting: Setting, *,
                metavar: str, shown: str | None = None, help: str | None = None,
                given_only: bool = False) -> None:
    """A flag for one setting: its help, limits, unit and default from the schema.

    The flag's value stays text until `read` checks it against the setting; a flag not given
    is the setting's default (`Setting.cli_default`), or None with `given_only` (a flag whose
    default depends on others, which `shown` then describes)."""
    text = setting.flag_help(shown)
    if help is not None:
        text = f"{help}; {text}"
    parser.add_argument(flag, default=None if given_only else setting.cli_default_text,
                        metavar=metavar, help=text)


def read(args: argparse.Namespace, flag: str, setting: Setting) -> Any:
    """The flag's value read and checked against its setting; None when not given."""
    text = getattr(args, flag.lstrip("-").replace("-", "_"))
    return None if text is None else settings.parse(setting, text, flag)


# A hyper-parameter's flag where torch.optim's name would mislead: RMSProp's smoothing constant
# is its `alpha`, which reads like the learning rate α (the old flag still works, unlisted).
FLAG_NAMES = {"alpha": "smoothing"}


def hyper_flag(key: str) -> str:
    return "--" + FLAG_NAMES.get(key, key).replace("_", "-")


def hyper_defaults(key: str) -> str:
    """A hyper-parameter's default as a number, for each optimizer that has it: "0.9", or
    "1e-10 for adagrad; 1e-08 for rmsprop, adam"."""
    having: dict[float, list[str]] = {}
    for name in OPTIMIZERS:
        hyper = make_optimizer(name).hyper()
        if key in hyper:
            having.setdefault(hyper[key], []).append(name)
    if len(having) == 1:
        return f"{next(iter(having)):g}"
    return "; ".join(f"{value:g} for {', '.join(names)}" for value, names in having.items())


def add_optimizer_flags(parser: argparse.ArgumentParser,
                        choices: dict[str, type[Optimizer]] = OPTIMIZERS) -> None:
    """--optimizer NAME (one of `choices`) and every optimizer's hyper-parameters as flags."""
    add_setting(parser, "--optimizer", settings.OPTIMIZER, metavar="NAME",
                help=f"one of {', '.join(choices)}")
    for key in HYPER_PARAMETERS:
        having = ", ".join(n for n, cls in OPTIMIZERS.items() if key in cls.__dataclass_fields__)
        torch_name = f" (torch's {key})" if key in FLAG_NAMES else ""
        parser.add_argument(hyper_flag(key), dest=key, metavar="X", help=(
            f"for {having}{torch_name}; {settings.HYPER[key].flag_help(hyper_defaults(key))}"))
        if key in FLAG_NAMES:
            parser.add_argument(f"--{key}", dest=key, help=argparse.SUPPRESS)


def hyper_from_args(args: argparse.Namespace) -> dict[str, float]:
    """The hyper-parameters given as flags, each checked against its range."""
    return {key: settings.parse(settings.HYPER[key], getattr(args, key), hyper_flag(key))
            for key in HYPER_PARAMETERS if getattr(args, key) is not None}


def add_surface_flags(parser: argparse.ArgumentParser) -> None:
    """--surface NAME or --expr TEXT: the J(w1, w2) a surface command works on."""
    parser.add_argument("--surface", default=None, help=f"one of {', '.join(SURFACES)} "
                        f"(default: {settings.SURFACE.default})")
    parser.add_argument("--expr", default=None,
                        help=f"{settings.EXPRESSION.help} (default: none, a built-in surface)")


def surface_from_args(args: argparse.Namespace, **more: Any) -> SurfaceSettings:
    """The surface settings of --surface or --expr (one, not both), with `more` of them."""
    if args.expr is not None and args.surface is not None:
        raise InputError("--surface and --expr: give one, not both")
    return SurfaceSettings(surface=args.surface or settings.SURFACE.default,
                           expression=args.expr, **more)


def start_qt(needs_gl: bool) -> None:
    """A QApplication on the user's display, a private Xvfb, or (2-D views) no display at all:
    for what draws off screen (export, handout, slides)."""
    from gdsim.ui.display import display_answers, ensure_display

    if needs_gl:
        ensure_display()  # the user's display if it answers, else a private Xvfb
    elif not display_answers():  # no display, or a dead one: 2-D views need none
        os.environ.pop("DISPLAY", None)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gdsim.ui  # noqa: F401  (shares OpenGL contexts: before the QApplication)
    from gdsim.ui.app import make_app
    from gdsim.ui.qtapp import quiet_qt

    quiet_qt()
    make_app()


def progress(doing: str, things: str, nothing: str) -> Callable[[int, int], None]:
    """How far a long job is (`exporting: 3/10 states`): one line rewritten in place on a
    terminal, none elsewhere, where stderr is a log of errors. Ctrl-C stops it between two
    calls, with `nothing` said of what was written."""
    from gdsim import interrupts

    def report(done: int, total: int) -> None:
        interrupts.check(nothing)
        if sys.stderr.isatty():
            print(f"\r{doing}: {done}/{total} {things}", end="", file=sys.stderr, flush=True)

    return report
