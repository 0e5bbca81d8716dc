"""Printing J the way the seed writes it: w1² + w2² + 2w2 + 5, 2(1 − w1)w2, 20π sin(2πw1).

What this module prints, the parser reads back to the same J.
"""

from __future__ import annotations

import re

import mpmath
import sympy
from sympy import S

from gdsim.core.expr.limits import MAX_LOG10

_ADD, _NEG, _MUL, _POW, _ATOM = range(5)  # binding strength of what a string shows
_NAMES = {sympy.Abs: "abs", sympy.sign: "sign"}
_TO_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
READABLE = 10**MAX_LOG10  # the parser reads whole numbers up to this exactly


def float_text(x: float) -> str:
    """A float in 12 significant digits where they read back to it, else in the fewest that
    do (up to 17: 2¹⁰⁰ is 1.2676506002282294e30, which sin(2¹⁰⁰ w1) needs whole); its
    exponent without padding: 1e-7, not 1e-07."""
    text = f"{x:.12g}"
    return re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", text if float(text) == x else repr(x))


def _number(c: sympy.Expr) -> str:
    """A number that cannot be written exactly (its denominator is past what the parser
    reads, or it is a float): in 12 significant digits, even past a float's range (1e-400,
    not 0: what J is, though it computes as 0)."""
    v = float(c)
    if v == 0 and c != 0:
        return re.sub(r"\.0+(?=e)", "", mpmath.nstr(mpmath.mpf(sympy.Float(c, 15)), 12))
    return float_text(v)


def _exact(c: sympy.Expr) -> bool:
    """Whether a number is written as p or p/q: whole numbers the parser reads exactly."""
    return bool(c.is_Rational) and abs(c.p) <= READABLE and c.q <= READABLE


def _rational(c: sympy.Rational) -> tuple[str, int]:
    """A positive fraction written exactly: p, p/q, or — when p is past what the parser reads
    but its whole part is not (sympy's (10^400 − 1)/10^200 from −100^100 + 100^−100) — the
    whole part plus p/q of the rest; a float only when even that cannot be read."""
    if _exact(c):
        return (str(c.p), _ATOM) if c.q == 1 else (f"{c.p}/{c.q}", _MUL)
    whole, rest = divmod(c.p, c.q)
    if whole <= READABLE and c.q <= READABLE:
        return f"{whole} + {rest}/{c.q}", _ADD
    return _number(c), _ATOM


def _wrap(e: sympy.Expr, level: int) -> str:
    text, strength = _show(e)
    return f"({text})" if strength < level else text


def _inverse(b: sympy.Expr, p: sympy.Expr) -> sympy.Expr:
    """b^-p written as is, for the denominator of b^p with p < 0."""
    return b if p == -1 else sympy.Pow(b, -p, evaluate=False)


def _juxtapose(coefficient: str, factors: list[str]) -> str:
    """2w1, 2(w1 + 1), w1w2, 10cos(w1) but w1 sin(w1) and 3·2^w1."""
    out = coefficient
    for f in factors:
        if not out:
            out = f
        elif f[0].isdigit():
            out += "·" + f
        elif re.match(r"[a-z]+\(", f) and out != coefficient:
            out += " " + f
        else:
            out += f
    return out


def _show(e: sympy.Expr) -> tuple[str, int]:
    if e.is_Number:
        if e < 0:
            return "−" + _wrap(-e, _MUL), _NEG
        return _rational(e) if e.is_Rational else (_number(e), _ATOM)
    if e.is_Symbol:
        return e.name, _ATOM
    if e is S.Pi or e is S.Exp1:
        return ("π" if e is S.Pi else "e"), _ATOM
    if e.is_Add:
        terms = e.as_ordered_terms()
        plus = [t for t in terms if not t.could_extract_minus_sign()]
        if plus and plus[0] is not terms[0]:  # w2 − w1², not −w1² + w2
            terms.remove(plus[0])
            terms.insert(0, plus[0])
        out = _show(terms[0])[0]
        for t in terms[1:]:
            out += f" − {_wrap(-t, _MUL)}" if t.could_extract_minus_sign() else f" + {_show(t)[0]}"
        return out, _ADD
    if e.is_Mul:
        if e.could_extract_minus_sign():
            return "−" + _wrap(-e, _MUL), _NEG
        c, rest = e.as_coeff_Mul()
        exact = _exact(c)
        top = str(c.p) if exact else _wrap(c, _MUL)
        bottom = str(c.q) if exact and c.q != 1 else ""
        if top == "1":
            top = ""
        num: list[str] = []
        den: list[str] = []
        for f in rest.as_ordered_factors():
            b, p = f.as_base_exp()
            if p.is_Number and p < 0:
                den.append(_wrap(_inverse(b, p), _MUL))
            else:
                num.append(_wrap(f, _MUL))
        out = _juxtapose(top, num) or "1"
        if den or bottom:
            under = _juxtapose(bottom, den)
            out += "/" + (under if len(den) + bool(bottom) == 1 else f"({under})")
        return out, _MUL
    if e.is_Pow:
        b, p = e.args
        if p == S.Half:
            return f"sqrt({_show(b)[0]})", _ATOM
        if p.is_Number and p < 0:
            return "1/" + _wrap(_inverse(b, p), _POW), _MUL
        if p.is_Integer:
            return _wrap(b, _ATOM) + str(p).translate(_TO_SUPERSCRIPT), _POW
        return f"{_wrap(b, _ATOM)}^{_wrap(p, _ATOM)}", _POW
    if isinstance(e, sympy.Function) and len(e.args) == 1:
        name = _NAMES.get(e.func, e.func.__name__)
        return f"{name}({_show(e.args[0])[0]})", _ATOM
    return str(e), _ATOM


def formula(e: sympy.Expr) -> str:
    """J (or a derivative) as text in the seed's notation; it parses back to the same value."""
    return _show(e)[0]
