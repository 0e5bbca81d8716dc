"""gdsim computes with one BLAS thread unless the user set OPENBLAS_NUM_THREADS: the window's
thread and the OpenGL rasteriser need the other core of a small machine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# The number of threads numpy's OpenBLAS runs, asked of the library itself; "?" without one.
SHOW = """
import ctypes, gdsim, numpy
names = ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
         "openblas_get_num_threads")
libs = {line.split()[-1] for line in open("/proc/self/maps")
        if "openblas" in line.lower() and ".so" in line}
found = [getattr(ctypes.CDLL(lib), name)() for lib in libs for name in names
         if hasattr(ctypes.CDLL(lib), name)]
print(found[0] if found else "?")
"""


@pytest.mark.parametrize("given, used", [(None, "1"), ("2", "2")])
def test_one_blas_thread_unless_the_user_chose(given, used):
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    out = subprocess.run([sys.executable, "-c", SHOW], env=env, capture_output=True, text=True,
                         check=True)
    if out.stdout.strip() == "?":
        pytest.skip("numpy runs no OpenBLAS here")
    assert out.stdout.strip() == used
