"""scripts/install-desktop registers gdsim for its own scenario files, not for every JSON file:
a shared-mime-info type of its own with the glob File ▸ Save gives its files."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from gdsim.core.scenario import SCENARIO_MIME_TYPE, SCENARIO_SUFFIX

ROOT = Path(__file__).resolve().parents[1]
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_install_desktop_registers_the_scenario_type_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path))
    out = subprocess.run(["bash", str(ROOT / "scripts" / "install-desktop")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr

    entry = (data / "applications" / "gdsim.desktop").read_text()
    mime_lines = [line for line in entry.splitlines() if line.startswith("MimeType=")]
    assert mime_lines == [f"MimeType={SCENARIO_MIME_TYPE};"]
    assert "application/json" not in entry

    package = ET.parse(data / "mime" / "packages" / "gdsim.xml").getroot()
    (kind,) = package.findall("m:mime-type", NS)
    assert kind.get("type") == SCENARIO_MIME_TYPE == "application/x-gdsim-scenario"
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == [f"*{SCENARIO_SUFFIX}"]
    assert [s.get("type") for s in kind.findall("m:sub-class-of", NS)] == ["application/json"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
                for c in kind.findall("m:comment", NS)}
    assert comments[None] and comments["zh_CN"]

    if shutil.which("update-mime-database"):  # the desktop's database knows the glob now
        globs = (data / "mime" / "globs2").read_text()
        assert f"{SCENARIO_MIME_TYPE}:*{SCENARIO_SUFFIX}" in globs
