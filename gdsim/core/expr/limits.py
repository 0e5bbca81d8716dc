"""The safety limits of a typed J, and the size estimates that enforce them before sympy works.

Refused before anything is evaluated: text over MAX_LENGTH characters, nesting deeper than
MAX_DEPTH, constant exponents over MAX_EXPONENT in size, and constants whose size passes
10^MAX_LOG10 (judged with logarithms before sympy computes them: 9**9**9 never gets
computed). Numbers to fractional powers are kept as floats (see tame), and a J whose
gradient would pass MAX_GRADIENT_SIZE nodes is refused before sympy.diff runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import sympy
from sympy import S

MAX_LENGTH = 1000  # characters of typed text
MAX_DEPTH = 50  # nested parentheses, signs and exponents
MAX_EXPONENT = 100  # |p| of a constant exponent in x^p
MAX_LOG10 = 300  # no constant beyond 10^±300
MAX_GRADIENT_SIZE = 4000  # nodes in ∂J/∂w, estimated before sympy.diff builds it


# ---------------------------------------------------------------------------------------------
# Sizes of constants, estimated with floats so that sympy is never asked for a huge number.

_MATH: dict[type, Callable[[float], float]] = {
    sympy.sin: math.sin, sympy.cos: math.cos, sympy.tan: math.tan, sympy.exp: math.exp,
    sympy.log: math.log, sympy.Abs: abs, sympy.tanh: math.tanh, sympy.sinh: math.sinh,
    sympy.cosh: math.cosh,
}  # fmt: skip


@lru_cache(maxsize=4096)
def approx(e: sympy.Expr) -> float:
    """The value of a constant as a float: inf when too large, nan when not a real number."""
    try:
        if e in (S.ComplexInfinity, S.Infinity, S.NegativeInfinity):
            return math.inf
        if e.is_Number:
            return float(e)
        if e is S.Pi or e is S.Exp1:
            return float(e)
        if e.is_Add:
            return math.fsum(approx(a) for a in e.args)
        if e.is_Mul:
            return math.prod(approx(a) for a in e.args)
        if e.is_Pow:
            return math.pow(approx(e.args[0]), approx(e.args[1]))
        if e.func in _MATH:
            return float(_MATH[e.func](approx(e.args[0])))
    except (OverflowError, ZeroDivisionError):
        return math.inf
    except ValueError:
        pass
    return math.nan


def log10_size(e: sympy.Expr) -> float:
    """|log10| of a constant: about how many digits it takes to write, before or after the point."""
    if e.is_Rational:  # exact, even for integers far beyond floats
        return max(abs(e.p).bit_length(), e.q.bit_length()) * math.log10(2) if e.p else 0.0
    v = abs(approx(e))
    return abs(math.log10(v)) if 0 < v < math.inf else (0.0 if v == 0 else math.inf)


def as_number(v: float) -> sympy.Expr:
    """A float as sympy sees it: Float, or oo / nan so that the node check names the fault."""
    return sympy.Float(v) if math.isfinite(v) else S.NaN if math.isnan(v) else S.Infinity


def tame(e: sympy.Expr) -> sympy.Expr:
    """Numbers to fractional powers become floats, and fractions in their exponents too.

    sympy raises an integer to an exact fraction by factoring it, and for 12^(p/q) with a
    large q it takes forever; nesting roots or products of powers builds such a q. So no
    exact number to a non-integer power is kept past the node that made it. One that is not
    real, as (-1)^(1/3) in (-w1²)^(1/3), becomes nan, which the node check then refuses.
    """
    swap = {}
    for t in e.atoms(sympy.Pow):
        b, p = t.args
        if b.is_Number and not p.is_Integer:
            if not p.free_symbols:
                swap[t] = as_number(approx(t))
            else:
                big = {r: sympy.Float(float(r)) for r in p.atoms(sympy.Rational) if r.q > 12}
                if big:
                    swap[t] = sympy.Pow(b, p.xreplace(big))
    return e.xreplace(swap) if swap else e


# ---------------------------------------------------------------------------------------------
# The size of the gradient, estimated before sympy.diff is asked to build it.


def gradient_size(e: sympy.Expr) -> int:
    """An upper estimate of the nodes in ∂J/∂w, so that diff is never asked for a monster.

    d(a + b) = da + db; d(a·b·c) repeats the whole product once per factor that varies;
    d f(u) = f'(u)·du costs about twice f(u) more.
    """
    memo: dict[sympy.Expr, tuple[int, int]] = {}

    def walk(t: sympy.Expr) -> tuple[int, int]:  # (nodes in t, nodes in dt)
        if t in memo:
            return memo[t]
        if not t.args:
            r = (1, 1 if t.is_Symbol else 0)
        else:
            parts = [walk(a) for a in t.args]
            n = 1 + sum(size for size, _ in parts)
            ds = [d for _, d in parts if d]
            if t.is_Add:
                r = (n, sum(ds))
            elif t.is_Mul:
                r = (n, sum(n + d for d in ds))
            else:
                r = (n, 2 * n + sum(ds) if ds else 0)
        memo[t] = r
        return r

    return walk(e)[1]
