"""gdsim [SCENARIO] | trace | train | export | curvature | alpha-map | lesson | handout | slides —
the command line (the README's "Commands").

Every command exits 0 on success and 2 on bad input with one line on standard error.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence

from gdsim import __version__
from gdsim.cli import common
from gdsim.core.errors import GdsimError
from gdsim.interrupts import Stopped

COMMANDS = ("trace", "train", "export", "curvature", "alpha-map", "lesson", "handout",
            "slides")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else "window"
    if command != "window":
        argv = argv[1:]
    prog = "gdsim" if command == "window" else f"gdsim {command}"
    try:
        if command == "trace":
            from gdsim.cli import trace as module
        elif command == "train":
            from gdsim.cli import train as module  # type: ignore[no-redef]
        elif command == "export":
            from gdsim.cli import export as module  # type: ignore[no-redef]
        elif command == "curvature":
            from gdsim.cli import curvature as module  # type: ignore[no-redef]
        elif command == "alpha-map":
            from gdsim.cli import alpha_map as module  # type: ignore[no-redef]
        elif command == "lesson":
            from gdsim.cli import lesson as module  # type: ignore[no-redef]
        elif command == "handout":
            from gdsim.cli import handout as module  # type: ignore[no-redef]
        elif command == "slides":
            from gdsim.cli import slides as module  # type: ignore[no-redef]
        else:
            from gdsim.cli import window as module  # type: ignore[no-redef]
        parser = common.Parser(prog=prog)
        module.add_arguments(parser)
        parser.add_argument("--version", action="version", version=f"gdsim {__version__}",
                            help="print gdsim's version and exit")
        args = parser.parse_args(common.join_negative_values(argv))
        return int(module.run(args))
    except GdsimError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    except SystemExit as done:  # --help, --version
        return done.code if isinstance(done.code, int) else 0
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM where gdsim notes it (interrupts)
        stopped = stop if isinstance(stop, Stopped) else Stopped(signal.SIGINT)
        print(stopped.line(prog), file=sys.stderr)
        return stopped.code
    except BrokenPipeError:  # e.g. `gdsim trace | head`: the reader has gone, quietly stop
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
