"""`gdsim SCENARIO` refuses a bad scenario with one line and status 2, before any window (and
before it looks for a display)."""

import os
import subprocess
import sys

from gdsim.cli import main


def test_unknown_example_name(capsys):
    assert main(["no-such-example"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no file or example named 'no-such-example'" in err
    assert "fig-3-16-network" in err


def test_broken_scenario_file(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"gdsim_scenario": 1, "surface": {"lr": "fast"}}')
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdsim: broken.json: surface.lr") and err.count("\n") == 1


def test_unknown_language(capsys):
    assert main(["--lang", "fr"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_a_bad_name_is_named_before_the_missing_display(tmp_path):
    """With no display, what was typed is checked first: the user learns the name is wrong,
    not only that there is no display."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "gdsim", "nosuch-scenario"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.startswith("gdsim: scenario: no file or example named 'nosuch-scenario'")
    assert out.stderr.count("\n") == 1 and "display" not in out.stderr


def test_an_empty_scenario_file_is_called_empty(tmp_path, capsys):
    path = tmp_path / "empty.json"
    path.write_text("")
    assert main(["export", str(path), "--out", str(tmp_path / "t.csv")]) == 2
    err = capsys.readouterr().err
    assert err == f"gdsim export: {path}: the file is empty\n"
