"""python -m benchmarks [GROUP ...] [--busy] [--json FILE] — the performance table (SPEC §4).

Timings on shared machines are noisy, so each figure that matters is a ratio against a
reference measured in the same run: PyTorch, a bare numpy loop, a bare pyqtgraph widget.
`--busy` runs it all beside one process that keeps a core busy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator

GROUPS = ("core", "ui", "export", "memory", "seek", "landscape", "curvature")


def run_group(name: str, repeat: int) -> list[dict]:
    if name == "core":
        from benchmarks.core import run_core

        return run_core()
    if name == "ui":
        from benchmarks.ui import run_ui

        return run_ui(repeat=repeat)
    if name == "export":
        from benchmarks.export import run_export

        return run_export()
    if name == "seek":
        from benchmarks.seek import run_seek

        return run_seek()
    if name == "landscape":
        from benchmarks.landscape import run_landscape

        return run_landscape()
    if name == "curvature":
        from benchmarks.curvature import run_curvature

        return run_curvature()
    from benchmarks.memory import run_memory

    return run_memory()


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def print_table(rows: list[dict]) -> None:
    header = ("figure", "value", "unit", "reference", "ratio", "target", "result")
    lines = [(r["name"], fmt(r["value"]), r["unit"], fmt(r["reference"]), fmt(r["ratio"]),
              r["target"], "pass" if r["ok"] else "FAIL") for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines)]
    for line in (header, *lines):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)))


@contextlib.contextmanager
def busy(on: bool) -> Iterator[None]:
    """With `on`, one other process keeping a core busy (`python -c "while True: pass"`) for
    as long as the block runs, ended however it ends (an error, Ctrl-C)."""
    if not on:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"any of {', '.join(GROUPS)} (default: all)")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="runs of each window measurement; the table gives their median "
                             "and spread (default: 3)")
    parser.add_argument("--busy", action="store_true",
                        help='run with one other process keeping a core busy '
                             '(python -c "while True: pass"), as on a slower machine')
    args = parser.parse_args(argv)
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group {unknown[0]!r}; choose from {', '.join(GROUPS)}")
    rows: list[dict] = []
    before = load()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the busy process ends too
    with busy(args.busy):
        for group in args.groups or GROUPS:
            print(f"measuring {group} …", file=sys.stderr)
            try:
                rows += run_group(group, args.repeat)
            except ImportError as exc:
                print(f"{group}: skipped ({exc})", file=sys.stderr)
    how = ('BUSY: one other process kept a core busy (python -c "while True: pass")'
           if args.busy else "quiet: nothing started beside the suite")
    print(f"{how}; load average (1, 5, 15 min) {before} at the start, {load()} at the end")
    print_table(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"busy": args.busy, "load": [before, load()], "rows": rows}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
