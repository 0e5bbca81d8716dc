"""gdsim: a desktop simulator of gradient descent and backpropagation (section 3.3)."""

__version__ = "0.1.0"
