"""A test that hangs fails with the stacks of its threads instead of eating the run: the
configuration in pyproject.toml, tried on two hangs with its timeouts cut short. One waits on
a lock (pytest-timeout's timer thread dumps and exits); the other never lets go of Python's
lock, as a thread stuck in a C call can, so that no Python thread can run (faulthandler's
watchdog, which needs no lock, dumps and exits)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HANGS = {  # a hang, and what the stack dumped says: the hung line and who dumped it
    "waits on a lock": ("import threading\n\n"
                        "def test_hang():\n"
                        "    lock = threading.Lock()\n"
                        "    lock.acquire()\n"
                        "    lock.acquire()\n",
                        ('test_hang.py", line 6, in test_hang', "+ Timeout +")),
    "holds Python's lock": ("import re\n\n"
                            "def test_hang():\n"
                            "    re.match(r'(a+)+$', 'a' * 60 + 'b')\n",
                            ('test_hang.py", line 4 in test_hang', "Timeout (0:00:06)!")),
}


@pytest.mark.parametrize("hang", HANGS)
def test_a_hung_test_fails_with_its_stack(tmp_path, hang):
    test = tmp_path / "test_hang.py"
    code, said = HANGS[hang]
    test.write_text(code)
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xvfb",
         "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path),
         "-o", "timeout=2", "-o", "faulthandler_timeout=6", str(test)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)  # a guard, not a measure
    told = out.stdout + out.stderr
    assert out.returncode != 0 and all(words in told for words in said), told
