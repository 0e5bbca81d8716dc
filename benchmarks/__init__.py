"""gdsim's performance suite: `python -m benchmarks [GROUP ...] [--busy] [--json FILE]`."""

import gdsim  # noqa: F401  (first: gdsim's BLAS threads, set before numpy is imported)
