"""python -m benchmarks [GROUP ...] [--json FILE] — print the performance table (SPEC §4).

Timings on shared machines are noisy, so each figure that matters is a ratio against a
reference measured in the same run: PyTorch, a bare numpy loop, a bare pyqtgraph widget.
"""

from __future__ import annotations

import argparse
import json
import sys

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"any of {', '.join(GROUPS)} (default: all)")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="runs of each window measurement; the table gives their median "
                             "and spread (default: 3)")
    args = parser.parse_args(argv)
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group {unknown[0]!r}; choose from {', '.join(GROUPS)}")
    rows: list[dict] = []
    for group in args.groups or GROUPS:
        print(f"measuring {group} …", file=sys.stderr)
        try:
            rows += run_group(group, args.repeat)
        except ImportError as exc:
            print(f"{group}: skipped ({exc})", file=sys.stderr)
    print_table(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
