"""The house rules that a reader can check by reading the code: files of a screen or two (none
over 500 lines), no class over 25 methods (its own and those it inherits from gdsim), the window
layer calling nothing private of another object, and docs/architecture.md naming every module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gdsim"
MAX_LINES = 500
MAX_METHODS = 25


def modules(under: Path = PACKAGE) -> list[Path]:
    return sorted(under.rglob("*.py"))


def test_no_file_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


# -- methods per class ---------------------------------------------------------------------------


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def classes() -> dict[tuple[str, str], tuple[ast.ClassDef, dict[str, str]]]:
    """(module, class name) → the class and what its module's names refer to (name → module
    it was imported from, for `from x import name`)."""
    out = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.asname or alias.name: node.module for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module
                    for alias in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                out[module_name(path), node.name] = (node, imported)
    return out


def method_counts() -> dict[str, int]:
    """Every gdsim class's methods: those it defines and those of its gdsim bases (a mixin's
    methods are the class's own), each name once."""
    known = classes()

    def names(key: tuple[str, str]) -> set[str]:
        node, imported = known[key]
        found = {b.name for b in node.body if isinstance(b, ast.FunctionDef | ast.AsyncFunctionDef)}
        for base in node.bases:
            if isinstance(base, ast.Name):
                home = key[0] if (key[0], base.id) in known else imported.get(base.id, "")
                if (home, base.id) in known:
                    found |= names((home, base.id))
        return found

    return {f"{module}.{name}": len(names((module, name))) for module, name in known}


def test_no_class_has_more_than_25_methods():
    counts = method_counts()
    assert {name: n for name, n in counts.items() if n > MAX_METHODS} == {}


def test_methods_inherited_from_a_gdsim_mixin_count():
    tree = ast.parse("class A:\n    def a(self): ...\n    def b(self): ...\n")
    assert len([n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]) == 2
    counts = method_counts()
    # A view that draws lazily has LazyRender's methods too (render, set_shown, …).
    assert counts["gdsim.ui.views.loss_curve.LossCurveView"] > len(
        [b for b in classes()["gdsim.ui.views.loss_curve", "LossCurveView"][0].body
         if isinstance(b, ast.FunctionDef)])


# -- nothing private of another object -----------------------------------------------------------

PRIVATE = re.compile(r"^_[a-z]")
QT_PRIVATE: set[str] = set()  # Qt's own underscored names gdsim must use: none so far


def private_uses(source: str) -> list[str]:
    """`other._name` and getattr/setattr/hasattr(other, "_name") where `other` is not `self`
    (nor `cls`, nor `super()`)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        owner: ast.expr | None = None
        name = ""
        if isinstance(node, ast.Attribute) and PRIVATE.match(node.attr):
            owner, name = node.value, node.attr
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "setattr", "hasattr") and len(node.args) >= 2
              and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
              and PRIVATE.match(node.args[1].value)):
            owner, name = node.args[0], node.args[1].value
        if owner is None or name in QT_PRIVATE:
            continue
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and \
                owner.func.id == "super":
            continue
        found.append((node.lineno, f"{ast.unparse(owner)}.{name} (line {node.lineno})"))
    return [text for _, text in sorted(found)]


def test_the_check_finds_private_uses():
    assert private_uses("window._update_title()\nself._ok()\nsuper()._fine()\n"
                        "getattr(view, '_rendered', None)\nx.__class__\n") == [
        "window._update_title (line 1)", "view._rendered (line 4)"]


def test_the_window_layer_calls_nothing_private_of_another_object():
    uses = {str(p.relative_to(ROOT)): found for p in modules(PACKAGE / "ui")
            if (found := private_uses(p.read_text(encoding="utf-8")))}
    assert uses == {}


# -- the architecture notes name every module ----------------------------------------------------


def test_architecture_md_names_every_module():
    """Each module is named (`name.py`) in the table of its own package's section."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.M)
    tables = {}
    for section in sections[1:]:
        heading = section.splitlines()[0]
        match = re.match(r"`(gdsim/[\w/]*?)/?`", heading)
        if match:
            tables[match.group(1).rstrip("/")] = section
    missing = []
    for path in modules():
        folder = str(path.parent.relative_to(ROOT))
        if f"`{path.name}`" not in tables.get(folder, ""):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
