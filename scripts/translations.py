"""Keep assets/translations/gdsim_zh_CN.ts current with the code, and compile its .qm.

    .venv/bin/python scripts/translations.py           # update the .ts, compile the .qm
    .venv/bin/python scripts/translations.py --check   # list tr() strings with no Chinese

(a) collects every string literal passed to tr(), tr_noop() or language.tr_for() (its first
argument) in gdsim/ (the `ast` module: implicit
concatenation is one string, as Python sees it), and the templates of core's errors: the first
string literal of every call to a name ending in "Error" (or `error`, a class passed in), `Term`
or `Message` in gdsim/core (gdsim/core/errors.py; the window shows them through
i18n.error_text, so a translation keeps every {named} blank of its template); (b) writes the
.ts with every string found, keeping the translations already there (strings no longer found
are kept too: some reach tr() through a variable); (c) compiles the .qm with
pyside6-lrelease. The .ts is the source of truth: add a Chinese translation there (or with
pyside6-linguist) and run this script again.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "translations" / "gdsim_zh_CN.ts"
CONTEXT = "gdsim"
TR_CALLS = ("tr", "tr_noop", "tr_for")  # functions whose first argument is a text to translate


def tr_strings(package: Path = ROOT / "gdsim") -> dict[str, str]:
    """Every string literal passed as the first argument of tr(), tr_noop() or tr_for() (as a
    name or an attribute: `language.tr_for(…)`), with where it was first seen."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            name = (func.id if isinstance(func, ast.Name) else
                    func.attr if isinstance(func, ast.Attribute) else "")
            if (isinstance(node, ast.Call) and name in TR_CALLS and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value,
                                 f"{path.relative_to(package.parent)}:{node.lineno}")
    return found


ERROR_CALLS = ("Term", "Message")  # besides names ending in "Error" or "error"


def error_templates(*packages: Path) -> dict[str, str]:
    """The first string literal of every error, Term or Message made in `packages` (default:
    core, and the settings panels' own parsers in ui), with where."""
    found: dict[str, str] = {}
    roots = packages or (ROOT / "gdsim" / "core", ROOT / "gdsim" / "ui")
    for package, path in ((p, f) for p in roots for f in sorted(p.rglob("*.py"))):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (  # not logging's .error()
                func.attr if isinstance(func, ast.Attribute) and func.attr.endswith("Error")
                else "")
            first = node.args[0]
            if (name.endswith(("Error", "error")) or name in ERROR_CALLS) and isinstance(
                    first, ast.Constant) and isinstance(first.value, str) and first.value:
                found.setdefault(first.value,
                                 f"{path.relative_to(package.parents[1])}:{node.lineno}")
    return found


def example_titles(folder: Path = ROOT / "assets" / "scenarios") -> dict[str, str]:
    """The titles of the built-in examples (the window's title names the one open)."""
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
        if isinstance(title, str) and title:
            found.setdefault(title, str(path.relative_to(ROOT)))
    return found


def sources() -> dict[str, str]:
    """Every text the window translates: tr() strings, core's error templates, the examples'
    titles."""
    found = tr_strings()
    for more in (error_templates(), example_titles()):
        for text, where in more.items():
            found.setdefault(text, where)
    return found


def read_ts(path: Path = TS) -> dict[str, str]:
    """source → translation ("" when there is none yet) of the context "gdsim"."""
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            unfinished = translation is not None and translation.get("type") == "unfinished"
            out[source] = "" if translation is None or unfinished else (translation.text or "")
    return out


def write_ts(translations: dict[str, str], where: dict[str, str], path: Path = TS) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, translation in translations.items():
        message = ET.SubElement(context, "message")
        if source in where:
            file = where[source].rsplit(":", 1)[0]  # no line: moving code leaves the .ts as it is
            ET.SubElement(message, "location", filename=f"../../{file}")
        ET.SubElement(message, "source").text = source
        element = ET.SubElement(message, "translation")
        if translation:
            element.text = translation
        else:
            element.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def lrelease() -> str:
    """pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: it ships with PySide6-Essentials")
    return found


def compile_qm(ts: Path = TS, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    where = sources()
    known = read_ts()
    if "--check" in argv:
        missing = [f"{where[s]}: {s!r}" for s in where if not known.get(s)]
        print("\n".join(missing) or "every tr() string and error template has its Chinese")
        return 1 if missing else 0
    merged = dict(known)
    for source in where:
        merged.setdefault(source, "")
    write_ts(merged, where)
    compile_qm()
    untranslated = sum(1 for t in merged.values() if not t)
    print(f"{TS.relative_to(ROOT)}: {len(merged)} strings, {untranslated} without Chinese")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
