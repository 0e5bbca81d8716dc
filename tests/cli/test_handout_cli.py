"""gdsim handout and gdsim slides from the command line: what is wrong is said in one line with
exit 2 before Qt starts (an unknown lesson, a path that is no PDF, a file that exists without
--overwrite, a place that takes no files), and with no display at all the PDF is written
(2-D figures off screen, the 3-D view's in a private Xvfb), its path on stdout, stderr quiet."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from gdsim.cli import main
from gdsim.core.lessons import find_lesson


@pytest.fixture
def no_rendering(monkeypatch):
    """Fail the test if the command gets as far as starting Qt."""
    import gdsim.cli.common as cli_common

    def started(*_: object, **__: object) -> None:
        raise AssertionError("Qt was started before the input was refused")

    monkeypatch.setattr(cli_common, "start_qt", started)


@pytest.mark.parametrize("command", ["handout", "slides"])
@pytest.mark.parametrize("argv, words", [
    (["--lesson", "9.9"], "lesson: no lesson '9.9'; lessons are 3.3.1, 3.3.2"),
    (["--lesson", "missing.json"], "missing.json: cannot be read"),
    (["--out", "{tmp}/sheet.png"], "out: a PDF goes to a file ending in .pdf, not 'sheet.png'"),
    (["--out", "{tmp}"], "out: a PDF goes to a file ending in .pdf"),
    (["--out", "/proc/sheet.pdf"], "out: cannot write in /proc: it is the kernel's 'proc'"),
    (["--out", "{tmp}/exists.pdf"], "exists.pdf exists; choose another name, or replace it "
                                     "with --overwrite"),
])
def test_bad_input_is_one_line_before_qt_starts(command, argv, words, tmp_path, capsys,
                                                no_rendering):
    (tmp_path / "exists.pdf").write_bytes(b"%PDF a teacher's own")
    given = dict(zip(argv[::2], argv[1::2]))
    flags = {"--lesson": "3.3.4", "--out": str(tmp_path / "sheet.pdf"), **given}
    args = [a.replace("{tmp}", str(tmp_path)) for kv in flags.items() for a in kv]
    assert main([command, *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"gdsim {command}: ") and words in err, err
    assert len(err.splitlines()) == 1
    assert (tmp_path / "exists.pdf").read_bytes() == b"%PDF a teacher's own"
    assert not (tmp_path / "sheet.pdf").exists()


def test_a_bad_paper_is_refused_by_its_choices(capsys, tmp_path, no_rendering):
    assert main(["handout", "--lesson", "3.3.4", "--paper", "a5",
                 "--out", str(tmp_path / "s.pdf")]) == 2
    assert "--paper: invalid choice: 'a5' (choose from 'a4', 'letter')" in capsys.readouterr().err


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils' pdfinfo reads the PDF "
                    "back (scripts/test installs it: apt-get install poppler-utils)")
@pytest.mark.parametrize("command, lesson, sheets", [
    ("handout", "3.3.5", 4),  # network mode: 2-D figures, no display needed at all
    ("slides", "3.3.1", 4 + 1),  # the 3-D view's figure: a private Xvfb; one question
])
def test_with_no_display_the_pdf_is_written(command, lesson, sheets, tmp_path):
    assert len(find_lesson(lesson).pages) + (command == "slides") == sheets
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "lesson.pdf"
    done = subprocess.run([sys.executable, "-m", "gdsim", command, "--lesson", lesson,
                           "--out", str(out)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out) and done.stderr == ""  # not a terminal: no progress
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert f"Pages:           {sheets}\n" in info
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.pdf"]
