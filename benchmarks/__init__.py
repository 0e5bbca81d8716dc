"""gdsim's performance suite: `python -m benchmarks [core ui export memory] [--json FILE]`."""
