"""A user's own J(w1, w2): parsed safely, differentiated symbolically, compiled to numpy.

The text never reaches eval, exec, sympify or parse_expr. A tokenizer that keeps character
positions feeds a recursive-descent parser, which builds sympy objects from a whitelist:

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary | power)*     a bare power is an implicit product:
                                                      2w1, 3 w2, 2(w1+1), (w1+1)(w2-1), w1 w2
    unary  := ('+' | '-') unary | power               -w1^2 = -(w1^2)
    power  := atom [SUPERSCRIPT | '^' unary]          right-associative: 2^3^2 = 2^9
    atom   := NUMBER | VARIABLE | CONSTANT | FUNCTION '(' expr ')' | '(' expr ')'

VARIABLE is w1, w2 or their aliases x, y; CONSTANT is pi (π) or e; FUNCTION is one of
_FUNCTIONS and takes exactly one argument. '**' is '^'; −, ×, ·, ÷ and superscript digits
(w1²) are accepted, so a formula this module prints reads back to the same J. A name run
together from variables and constants splits into a product (w1w2, xy, πw1). A leading
"J =", "J(w1, w2) =", "z =" or "f(x, y) =" is skipped.

Refused, with the position of the fault, before anything is evaluated: unknown names (so
__import__, open, lambda, for), attribute access, subscripts, strings, other characters,
calls of anything but the listed functions, text over MAX_LENGTH characters, nesting
deeper than MAX_DEPTH, constant exponents over MAX_EXPONENT in size, and constants whose
size passes 10^MAX_LOG10 (judged with logarithms before sympy computes them: 9**9**9
never gets computed). Numbers to fractional powers are kept as floats (see _tame), and a J
whose gradient would pass MAX_GRADIENT_SIZE nodes is refused before sympy.diff runs. Then
J and its gradient must be finite at the start point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, NoReturn

import numpy as np
import sympy
from sympy import S

from gdsim.core.errors import ExpressionError, InputError
from gdsim.core.surfaces import Array, Surface, ValueFn

MAX_LENGTH = 1000  # characters of typed text
MAX_DEPTH = 50  # nested parentheses, signs and exponents
MAX_EXPONENT = 100  # |p| of a constant exponent in x^p
MAX_LOG10 = 300  # no constant beyond 10^±300
MAX_GRADIENT_SIZE = 4000  # nodes in ∂J/∂w, estimated before sympy.diff builds it

W1 = sympy.Symbol("w1", real=True)
W2 = sympy.Symbol("w2", real=True)
_VARIABLES = {"w1": W1, "w2": W2, "x": W1, "y": W2, "pi": S.Pi, "e": S.Exp1}
_FUNCTIONS = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "exp": sympy.exp,
    "log": sympy.log, "ln": sympy.log, "sqrt": sympy.sqrt, "abs": sympy.Abs,
    "tanh": sympy.tanh, "sinh": sympy.sinh, "cosh": sympy.cosh,
}  # fmt: skip


class ExpressionSyntaxError(ExpressionError):
    """A fault in the typed text at a character position (0-based) over `length` characters."""

    def __init__(self, message: str, position: int | None = None, length: int = 1) -> None:
        super().__init__(message)
        self.position = position
        self.length = length


# ---------------------------------------------------------------------------------------------
# Tokens: (kind, text, pos) with kind in num, name, op, sup (superscript integer), end.


class _Token(NamedTuple):
    kind: str
    text: str
    pos: int


_TOKEN = re.compile(
    r"(?P<space>[ \t\r\n]+)"
    r"|(?P<num>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>\*\*|[-+*/^(),])"
    r"|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
)
_ALIASES = {"−": "-", "–": "-", "×": "*", "·": "*", "⋅": "*", "÷": "/"}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_RUN_TOGETHER = re.compile(r"(?:w1|w2|pi|x|y|e)+")
_PREFIX = re.compile(r"\s*(?:J|z|f)\s*(?:\(\s*(?:w1|x)\s*,\s*(?:w2|y)\s*\))?\s*=")


def _fail(what: str, position: int | None, length: int = 1) -> NoReturn:
    where = "" if position is None else f" at position {position}"
    raise ExpressionSyntaxError(f"J: {what}{where}", position, max(length, 1))


def _tokenize(text: str) -> list[_Token]:
    prefix = _PREFIX.match(text)
    pos, tokens = (prefix.end() if prefix else 0), []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        ch = text[pos]
        if m is None:
            if ch in _ALIASES:
                tokens.append(_Token("op", _ALIASES[ch], pos))
            elif ch == "π":
                tokens.append(_Token("name", "pi", pos))
            elif ch == ".":
                _fail("'.' outside a number (attribute access is not allowed)", pos)
            elif ch in "[]{}":
                _fail(f"{ch!r} is not allowed (no subscripts, lists or sets)", pos)
            elif ch in "'\"`":
                _fail("quotes are not allowed (no strings)", pos)
            else:
                _fail(f"character {ch!r} is not allowed", pos)
            pos += 1
            continue
        kind, word = m.lastgroup or "", m.group()
        if kind == "name" and word not in _VARIABLES and word not in _FUNCTIONS:
            if not _RUN_TOGETHER.fullmatch(word):
                _fail(f"unknown name {word!r}", pos, len(word))
            for part in re.finditer(r"w1|w2|pi|x|y|e", word):  # w1w2 = w1·w2
                tokens.append(_Token("name", part.group(), pos + part.start()))
        elif kind != "space":
            tokens.append(_Token(kind, "^" if word == "**" else word, pos))
        pos = m.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


# ---------------------------------------------------------------------------------------------
# Sizes of constants, estimated with floats so that sympy is never asked for a huge number.

_MATH: dict[type, Callable[[float], float]] = {
    sympy.sin: math.sin, sympy.cos: math.cos, sympy.tan: math.tan, sympy.exp: math.exp,
    sympy.log: math.log, sympy.Abs: abs, sympy.tanh: math.tanh, sympy.sinh: math.sinh,
    sympy.cosh: math.cosh,
}  # fmt: skip


@lru_cache(maxsize=4096)
def _approx(e: sympy.Expr) -> float:
    """The value of a constant as a float: inf when too large, nan when not a real number."""
    try:
        if e in (S.ComplexInfinity, S.Infinity, S.NegativeInfinity):
            return math.inf
        if e.is_Number:
            return float(e)
        if e is S.Pi or e is S.Exp1:
            return float(e)
        if e.is_Add:
            return math.fsum(_approx(a) for a in e.args)
        if e.is_Mul:
            return math.prod(_approx(a) for a in e.args)
        if e.is_Pow:
            return math.pow(_approx(e.args[0]), _approx(e.args[1]))
        if e.func in _MATH:
            return float(_MATH[e.func](_approx(e.args[0])))
    except (OverflowError, ZeroDivisionError):
        return math.inf
    except ValueError:
        pass
    return math.nan


def _log10_size(e: sympy.Expr) -> float:
    """|log10| of a constant: about how many digits it takes to write, before or after the point."""
    if e.is_Rational:  # exact, even for integers far beyond floats
        return max(abs(e.p).bit_length(), e.q.bit_length()) * math.log10(2) if e.p else 0.0
    v = abs(_approx(e))
    return abs(math.log10(v)) if 0 < v < math.inf else (0.0 if v == 0 else math.inf)


def _number(v: float) -> sympy.Expr:
    """A float as sympy sees it: Float, or oo / nan so that the node check names the fault."""
    return sympy.Float(v) if math.isfinite(v) else S.NaN if math.isnan(v) else S.Infinity


def _tame(e: sympy.Expr) -> sympy.Expr:
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
                swap[t] = _number(_approx(t))
            else:
                big = {r: sympy.Float(float(r)) for r in p.atoms(sympy.Rational) if r.q > 12}
                if big:
                    swap[t] = sympy.Pow(b, p.xreplace(big))
    return e.xreplace(swap) if swap else e


# ---------------------------------------------------------------------------------------------
# The parser. Every rule returns (sympy expression, start, end) so errors can name their span.


class _Node(NamedTuple):
    expr: sympy.Expr
    start: int
    end: int


class _Parser:
    def __init__(self, text: str) -> None:
        self.text, self.tokens, self.i, self.depth = text, _tokenize(text), 0, 0

    def _peek(self) -> _Token:
        return self.tokens[self.i]

    def _take(self) -> _Token:
        self.i += 1
        return self.tokens[self.i - 1]

    def _is(self, *ops: str) -> bool:
        tok = self._peek()
        return tok.kind == "op" and tok.text in ops

    def _snippet(self, start: int, end: int) -> str:
        s = " ".join(self.text[start:end].split())
        return s if len(s) <= 30 else s[:27] + "…"

    def _node(self, expr: sympy.Expr, start: int, end: int) -> _Node:
        """A checked node: a constant must be a finite real number no larger than 10^300."""
        if not expr.free_symbols:
            v = _approx(expr)
            if math.isnan(v):
                _fail(f"'{self._snippet(start, end)}' is not a real number", start, end - start)
            if abs(v) > 10.0**MAX_LOG10:
                _fail(f"'{self._snippet(start, end)}' is infinite or too large (over 1e300)",
                      start, end - start)  # fmt: skip
        return _Node(expr, start, end)

    def parse(self) -> sympy.Expr:
        node = self._expr()
        tok = self._peek()
        if tok.kind != "end":
            what = "has no matching '('" if tok.text == ")" else "is not expected here"
            _fail(f"{tok.text!r} {what}", tok.pos, len(tok.text))
        for t in node.expr.atoms(sympy.Pow):  # (w1²)^100 = w1²⁰⁰: the limit holds for J too
            if t.exp.is_Number and abs(t.exp) > MAX_EXPONENT:
                _fail(f"the powers combine to {formula(t)}, an exponent over {MAX_EXPONENT}", None)
        return node.expr

    def _expr(self, after: _Token | None = None) -> _Node:
        first = self._term(after)
        terms, end = [first.expr], first.end
        while self._is("+", "-"):
            op = self._take()
            right = self._term(op)
            terms.append(right.expr if op.text == "+" else -right.expr)
            end = right.end
        return self._node(sympy.Add(*terms), first.start, end)  # one Add: n terms, not n Adds

    def _term(self, after: _Token | None) -> _Node:
        first = self._unary(after)
        factors, end = [first.expr], first.end
        while True:
            tok = self._peek()
            if self._is("*", "/"):
                self._take()
                right = self._unary(tok)
                if tok.text == "*":
                    factors.append(right.expr)
                elif not right.expr.free_symbols and _approx(right.expr) == 0:
                    _fail("division by zero", tok.pos)
                else:
                    factors.append(sympy.Pow(right.expr, -1))
            elif tok.kind == "name" or self._is("("):  # implicit product: 2w1, (a)(b), w1 w2
                right = self._power(None)
                factors.append(right.expr)
            elif tok.kind == "num":
                _fail(f"missing operator before {tok.text!r}", tok.pos, len(tok.text))
            else:
                return self._node(sympy.Mul(*factors), first.start, end)
            end = right.end

    def _unary(self, after: _Token | None) -> _Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            _fail(f"nested too deeply (more than {MAX_DEPTH} levels)", self._peek().pos)
        if self._is("+", "-"):
            op = self._take()
            operand = self._unary(op)
            value = operand.expr if op.text == "+" else -operand.expr
            node = self._node(value, op.pos, operand.end)
        else:
            node = self._power(after)
        self.depth -= 1
        return node

    def _power(self, after: _Token | None) -> _Node:
        base = self._atom(after)
        tok = self._peek()
        if tok.kind == "sup":
            self._take()
            exponent = _Node(sympy.Integer(int(tok.text.translate(_SUPERSCRIPT))),
                             tok.pos, tok.pos + len(tok.text))  # fmt: skip
            if self._is("^"):
                _fail("'^' cannot follow a superscript power", self._peek().pos)
            return self._pow(base, exponent)
        if self._is("^"):
            self._take()
            return self._pow(base, self._unary(tok))
        return base

    def _pow(self, base: _Node, exponent: _Node) -> _Node:
        """base^exponent, refused if a constant exponent or the result would be too large."""
        b, p, start, end = base.expr, exponent.expr, base.start, exponent.end
        if not p.free_symbols:
            x = _approx(p)
            if not abs(x) <= MAX_EXPONENT:  # nan included
                _fail(
                    f"exponent '{self._snippet(exponent.start, end)}' is too large "
                    f"(at most {MAX_EXPONENT} in size)",
                    exponent.start,
                    end - exponent.start,
                )
            # The numeric part of the base is raised exactly: the 1e300 in (1e300 w1)^2 too.
            numeric = (
                b if not b.free_symbols else b.as_independent(W1, W2)[0] if b.is_Mul else S.One
            )
            digits = abs(x) * _log10_size(numeric)
            if digits > MAX_LOG10:
                size = f"about 10^±{digits:.0f}" if digits < 1e6 else "far beyond 10^300"
                _fail(f"'{self._snippet(start, end)}' is too large or too small ({size})",
                      start, end - start)  # fmt: skip
            if x == int(x):
                p = sympy.Integer(int(x))
            elif not b.free_symbols:  # a constant to a fractional power is a float
                return self._node(_number(_approx(sympy.Pow(b, p, evaluate=False))), start, end)
            elif not (p.is_Rational and p.q <= 12):
                p = sympy.Float(x)
        return self._node(_tame(b**p), start, end)

    def _atom(self, after: _Token | None) -> _Node:
        tok = self._take()
        end = tok.pos + len(tok.text)
        if tok.kind == "num":
            value = float(tok.text)
            if value > 10.0**MAX_LOG10:
                _fail(f"number {tok.text!r} is too large (over 1e300)", tok.pos, len(tok.text))
            exact = tok.text.isdigit()  # 12 is exact, 1.5 and 1e3 are floats
            number = sympy.Integer(int(tok.text)) if exact else sympy.Float(value)
            return _Node(number, tok.pos, end)
        if tok.kind == "name" and tok.text in _VARIABLES:
            return _Node(_VARIABLES[tok.text], tok.pos, end)
        if tok.kind == "name":
            return self._call(tok)
        if tok.text == "(":
            inner = self._expr()
            if not self._is(")"):
                _fail("'(' is never closed", tok.pos)
            return _Node(inner.expr, tok.pos, self._take().pos + 1)
        # Anything else is a missing value.
        prev = self.tokens[self.i - 2] if self.i >= 2 else None
        if tok.text == ")" and prev is not None and prev.text == "(":
            _fail("empty parentheses", prev.pos, 2)
        if tok.text == ",":
            _fail("',' is not expected here (every function takes one argument)", tok.pos)
        if after is not None:
            _fail(f"'{after.text}' needs a value after it", after.pos, len(after.text))
        if tok.kind == "end":
            _fail("there is nothing to compute", None)
        what = "superscript" if tok.kind == "sup" else repr(tok.text)
        _fail(f"{what} needs a value before it", tok.pos, len(tok.text))

    def _call(self, name: _Token) -> _Node:
        """FUNCTION '(' expr ')': exactly one argument."""
        if not self._is("("):
            _fail(f"'{name.text}' needs '(' after it", name.pos, len(name.text))
        self._take()
        if self._is(")"):
            _fail(f"'{name.text}' needs one argument", name.pos, len(name.text))
        arg = self._expr()
        if self._is(","):
            _fail(f"'{name.text}' takes one argument", self._peek().pos)
        if not self._is(")"):
            _fail(f"'(' after '{name.text}' is never closed", name.pos + len(name.text))
        end = self._take().pos + 1
        if name.text == "sqrt":
            return self._pow(_Node(arg.expr, name.pos, end), _Node(S.Half, end, end))
        return self._node(_tame(_FUNCTIONS[name.text](arg.expr)), name.pos, end)


def parse_expression(text: str) -> sympy.Expr:
    """J(w1, w2) from its text, as a sympy expression in the real symbols W1 and W2."""
    if not isinstance(text, str):
        raise ExpressionSyntaxError("J: must be text", None)
    if len(text) > MAX_LENGTH:
        _fail(f"too long ({len(text)} characters, at most {MAX_LENGTH})", MAX_LENGTH)
    if not text.strip():
        _fail("empty: type a function of w1 and w2, e.g. w1^2 + w2^2", 0)
    return _Parser(text).parse()


# ---------------------------------------------------------------------------------------------
# Printing J the way the seed writes it: w1² + w2² + 2w2 + 5, 2(1 − w1)w2, 20π sin(2πw1).

_ADD, _NEG, _MUL, _POW, _ATOM = range(5)  # binding strength of what a string shows
_NAMES = {sympy.Abs: "abs", sympy.sign: "sign"}
_TO_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _float_text(x: float) -> str:
    return re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", f"{x:.12g}")


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
        if e.is_Integer:
            return str(e), _ATOM
        if e.is_Rational:
            return f"{e.p}/{e.q}", _MUL
        return _float_text(float(e)), _ATOM
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
        top = "" if c == 1 else str(c.p) if c.is_Rational else _float_text(float(c))
        bottom = str(c.q) if c.is_Rational and c.q != 1 else ""
        if c.is_Rational and c.p == 1:
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


# ---------------------------------------------------------------------------------------------
# The Surface: ∂J/∂w1 and ∂J/∂w2 by sympy.diff, all three compiled with lambdify to numpy.


def _gradient_size(e: sympy.Expr) -> int:
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


_NOT_FINITE = (S.ComplexInfinity, S.Infinity, S.NegativeInfinity, S.NaN, S.ImaginaryUnit)


def _compile(e: sympy.Expr, label: str) -> ValueFn:
    """A numpy function of (w1, w2) for e, broadcasting to the inputs' shape, overflow → inf."""
    if e.has(*_NOT_FINITE):
        raise ExpressionError(f"{label} is not a finite real number: it divides by zero or "
                              "takes the log or root of a negative number")  # fmt: skip
    if any(abs(_approx(n)) > 10.0**MAX_LOG10 for n in e.atoms(sympy.Number)):
        raise ExpressionError(f"{label} holds a number that is too large (over 1e300)")
    # Whole numbers past 2⁵³ would reach numpy as Python ints it cannot take the cos of.
    big = {n: sympy.Float(n) for n in e.atoms(sympy.Integer) if abs(int(n)) > 2**53}
    f = sympy.lambdify((W1, W2), e.xreplace(big) if big else e, modules="numpy")

    def fn(w1: Array, w2: Array) -> Array:
        w1, w2 = np.asarray(w1, dtype=float), np.asarray(w2, dtype=float)
        with np.errstate(all="ignore"):
            try:
                out = np.asarray(f(w1, w2))
            except (OverflowError, ZeroDivisionError):
                out = np.full((), np.inf)
            if np.iscomplexobj(out):  # not expected from a real J, but never let it through
                out = np.where(out.imag == 0, out.real, np.nan)
            out = out.astype(float, copy=False)
        shape = np.broadcast_shapes(w1.shape, w2.shape, out.shape)
        return out if out.shape == shape else np.broadcast_to(out, shape).copy()

    return fn


def surface_from_expression(
    text: str,
    *,
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    start: tuple[float, float] | None = None,
) -> Surface:
    """A Surface for the typed J; refused unless J and grad J are finite at the start."""
    J = parse_expression(text)
    size = _gradient_size(J)
    if size > MAX_GRADIENT_SIZE:
        raise ExpressionError(f"J is too complex: its gradient would have about {size} parts "
                              f"(at most {MAX_GRADIENT_SIZE})")  # fmt: skip
    d1, d2 = sympy.diff(J, W1), sympy.diff(J, W2)
    value_fn, g1, g2 = _compile(J, "J"), _compile(d1, "∂J/∂w1"), _compile(d2, "∂J/∂w2")
    try:
        (a, b), (c, d) = bounds if bounds is not None else ((-5.0, 5.0), (-5.0, 5.0))
        box = ((float(a), float(b)), (float(c), float(d)))
        s1, s2 = (float(v) for v in (start if start is not None else (-2.0, 3.0)))
    except (TypeError, ValueError):
        raise InputError(f"start {start!r} or bounds {bounds!r}: not numbers") from None
    at = f"({_float_text(s1)}, {_float_text(s2)})"
    for fn, label in ((value_fn, "J"), (g1, "∂J/∂w1"), (g2, "∂J/∂w2")):
        if not np.all(np.isfinite(fn(np.array(s1, dtype=float), np.array(s2, dtype=float)))):
            raise ExpressionError(f"{label} is not finite at the start {at}; "
                                  "choose another start or another J")  # fmt: skip
    return Surface(
        name="custom",
        formula=formula(J),
        gradient_formula=(formula(d1), formula(d2)),
        value_fn=value_fn,
        gradient_fn=lambda w1, w2: (g1(w1, w2), g2(w1, w2)),
        bounds=box,
        start=(s1, s2),
        lr=0.1,
        expression=text,
    )


def check_expression(
    text: str,
    *,
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    start: tuple[float, float] | None = None,
) -> ExpressionError | None:
    """None if the typed J can be used, otherwise the error (with .position when it has one)."""
    try:
        surface_from_expression(text, bounds=bounds, start=start)
    except ExpressionError as exc:
        return exc
    return None
