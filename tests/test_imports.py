"""The package's imports, read with `ast` (imports inside functions count too): no cycle
between gdsim's modules, no Qt in gdsim.core, and the window never depends on the command line."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "gdsim"
QT = ("PySide6", "pyqtgraph", "shiboken6", "OpenGL")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """Every module the source of module `name` imports, anywhere in it; `from a import b`
    counts a.b when a.b is a module of the package, else a."""
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = parts[: len(parts) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return found


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    paths = sorted(root.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p.read_text(encoding="utf-8"), module_name(p),
                                       p.name == "__init__.py", modules) for p in paths}


def inside(graph_: dict[str, set[str]]) -> dict[str, set[str]]:
    """Edges between the package's modules only, a package's own __init__ left out (importing
    gdsim.ui.views runs gdsim/ui/__init__.py, which is not an import of the views' module)."""
    return {m: {t for t in targets if t in graph_ and t != m and not m.startswith(t + ".")}
            for m, targets in graph_.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return groups


def test_the_graph_is_read():
    g = graph()
    assert "gdsim.core.run" in g and "gdsim.core.timeline" in g["gdsim.core.run"]
    assert "gdsim.ui.main_window" in g and "gdsim.ui.controller" in g["gdsim.ui.main_window"]


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_gdsim():
    found = cycles(inside(graph()))
    assert not found, "import cycles: " + "; ".join(" ⇄ ".join(c) for c in found)


def test_core_does_not_import_qt():
    bad = sorted(f"{m} imports {t}" for m, targets in graph().items()
                 if m.startswith("gdsim.core") for t in targets
                 if t.split(".")[0] in QT)
    assert not bad, "; ".join(bad)


def test_the_window_does_not_import_the_command_line():
    bad = sorted(f"{m} imports {t}" for m, targets in graph().items()
                 if m.startswith("gdsim.ui") for t in targets
                 if t == "gdsim.cli" or t.startswith("gdsim.cli."))
    assert not bad, "; ".join(bad)


def test_imports_inside_functions_and_relative_ones_count():
    source = ("import numpy\n"
              "def f():\n    from gdsim.ui import app\n    from ..core.run import Run\n"
              "class C:\n    def g(self):\n        from . import views\n")
    modules = {"gdsim.ui.app", "gdsim.ui.views", "gdsim.core.run"}
    found = imports_of(source, "gdsim.ui.main_window", False, modules)
    assert found == {"numpy", "gdsim.ui.app", "gdsim.core.run", "gdsim.ui.views"}
