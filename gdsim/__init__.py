"""gdsim: a desktop simulator of gradient descent and backpropagation (section 3.3)."""

__version__ = "0.2.0"  # the one place the version is written (pyproject.toml reads it)
