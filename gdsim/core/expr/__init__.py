"""A user's own J(w1, w2): parsed safely, differentiated symbolically, compiled to numpy.

The text never reaches eval, exec, sympify or parse_expr:

    tokens.py    the vocabulary (w1, w2, x, y, pi, e, the functions) and a tokenizer that
                 keeps character positions, so every fault is named where it is
    limits.py    the safety limits and the size estimates that apply them before sympy works
    parser.py    a recursive-descent parser that builds sympy objects from the whitelist
    printer.py   J as the seed writes it (w1² + w2² + 2w2 + 5); it parses back to the same J
    surface.py   the Surface: ∂J/∂w1, ∂J/∂w2 by sympy.diff, compiled to numpy, checked at
                 the start point

sympy is imported only by this package; `gdsim.core.surfaces` and the rest of core do not
need it, and import this package only when a typed J is asked for.
"""

from __future__ import annotations

from gdsim.core.errors import ExpressionError
from gdsim.core.expr.limits import (
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_GRADIENT_SIZE,
    MAX_LENGTH,
    MAX_LOG10,
)
from gdsim.core.expr.parser import parse_expression
from gdsim.core.expr.printer import formula
from gdsim.core.expr.surface import check_expression, surface_from_expression
from gdsim.core.expr.tokens import W1, W2, ExpressionSyntaxError
from gdsim.core.surfaces import Surface

__all__ = [
    "MAX_DEPTH",
    "MAX_EXPONENT",
    "MAX_GRADIENT_SIZE",
    "MAX_LENGTH",
    "MAX_LOG10",
    "W1",
    "W2",
    "ExpressionError",
    "ExpressionSyntaxError",
    "Surface",
    "check_expression",
    "formula",
    "parse_expression",
    "surface_from_expression",
]
