"""gdsim: a desktop simulator of gradient descent and backpropagation (section 3.3)."""

import os

__version__ = "0.2.0"  # the one place the version is written (pyproject.toml reads it)

# One BLAS thread, unless the user chose otherwise (read when numpy is first imported, which is
# after this in every gdsim process). gdsim's matrices are small (a batch of 1,797 digits times
# 64 × 32), and the window's thread and the OpenGL rasteriser need the other core: OpenBLAS's
# second thread spinning for work beside them made the digits play 3.5 times slower on a busy
# 2-core machine, and building their loss landscape 4 times slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
