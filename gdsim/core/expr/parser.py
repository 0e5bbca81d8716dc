"""J(w1, w2) from its text: a recursive-descent parser that builds sympy objects from a whitelist.

The text never reaches eval, exec, sympify or parse_expr. The tokenizer (tokens.py) feeds
this grammar:

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary | power)*     a bare power is an implicit product:
                                                      2w1, 3 w2, 2(w1+1), (w1+1)(w2-1), w1 w2
    unary  := ('+' | '-') unary | power               -w1^2 = -(w1^2)
    power  := atom [SUPERSCRIPT | '^' unary]          right-associative: 2^3^2 = 2^9
    atom   := NUMBER | VARIABLE | CONSTANT | FUNCTION '(' expr ')' | '(' expr ')'

Refused, with the position of the fault: unknown names (so __import__, open, lambda, for),
attribute access, subscripts, strings, other characters, calls of anything but the listed
functions, and anything past the limits of limits.py.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import sympy
from sympy import S

from gdsim.core.errors import Message, Term
from gdsim.core.expr.limits import (
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_LENGTH,
    MAX_LOG10,
    approx,
    as_number,
    log10_size,
    tame,
)
from gdsim.core.expr.printer import formula
from gdsim.core.expr.tokens import (
    FUNCTIONS,
    SUPERSCRIPT,
    VARIABLES,
    W1,
    W2,
    ExpressionSyntaxError,
    Token,
    fail,
    tokenize,
)

# ---------------------------------------------------------------------------------------------
# The parser. Every rule returns (sympy expression, start, end) so errors can name their span.


class _Node(NamedTuple):
    expr: sympy.Expr
    start: int
    end: int


class _Parser:
    def __init__(self, text: str) -> None:
        self.text, self.tokens, self.i, self.depth = text, tokenize(text), 0, 0

    def _peek(self) -> Token:
        return self.tokens[self.i]

    def _take(self) -> Token:
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
            v = approx(expr)
            if math.isnan(v):
                fail(Message("'{text}' is not a real number", text=self._snippet(start, end)),
                     start, end - start)
            if abs(v) > 10.0**MAX_LOG10:
                fail(Message("'{text}' is infinite or too large (over 1e300)",
                             text=self._snippet(start, end)), start, end - start)
        return _Node(expr, start, end)

    def parse(self) -> sympy.Expr:
        node = self._expr()
        tok = self._peek()
        if tok.kind != "end":
            if tok.text == ")":
                fail(Message("{token!r} has no matching '('", token=tok.text), tok.pos)
            fail(Message("{token!r} is not expected here", token=tok.text), tok.pos,
                 len(tok.text))
        for t in node.expr.atoms(sympy.Pow):  # (w1²)^100 = w1²⁰⁰: the limit holds for J too
            if t.exp.is_Number and abs(t.exp) > MAX_EXPONENT:
                fail(Message("the powers combine to {power}, an exponent over {most}",
                             power=formula(t), most=MAX_EXPONENT), None)
        return node.expr

    def _expr(self, after: Token | None = None) -> _Node:
        first = self._term(after)
        terms, end = [first.expr], first.end
        while self._is("+", "-"):
            op = self._take()
            right = self._term(op)
            terms.append(right.expr if op.text == "+" else -right.expr)
            end = right.end
        return self._node(sympy.Add(*terms), first.start, end)  # one Add: n terms, not n Adds

    def _term(self, after: Token | None) -> _Node:
        first = self._unary(after)
        factors, end = [first.expr], first.end
        while True:
            tok = self._peek()
            if self._is("*", "/"):
                self._take()
                right = self._unary(tok)
                if tok.text == "*":
                    factors.append(right.expr)
                elif not right.expr.free_symbols and approx(right.expr) == 0:
                    fail(Term("division by zero"), tok.pos)
                else:
                    factors.append(sympy.Pow(right.expr, -1))
            elif tok.kind == "name" or self._is("("):  # implicit product: 2w1, (a)(b), w1 w2
                right = self._power(None)
                factors.append(right.expr)
            elif tok.kind == "num":
                fail(Message("missing operator before {token!r}", token=tok.text), tok.pos,
                     len(tok.text))
            else:
                return self._node(sympy.Mul(*factors), first.start, end)
            end = right.end

    def _unary(self, after: Token | None) -> _Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            fail(Message("nested too deeply (more than {most} levels)", most=MAX_DEPTH),
                 self._peek().pos)
        if self._is("+", "-"):
            op = self._take()
            operand = self._unary(op)
            value = operand.expr if op.text == "+" else -operand.expr
            node = self._node(value, op.pos, operand.end)
        else:
            node = self._power(after)
        self.depth -= 1
        return node

    def _power(self, after: Token | None) -> _Node:
        base = self._atom(after)
        tok = self._peek()
        if tok.kind == "sup":
            self._take()
            exponent = _Node(sympy.Integer(int(tok.text.translate(SUPERSCRIPT))),
                             tok.pos, tok.pos + len(tok.text))  # fmt: skip
            if self._is("^"):
                fail(Term("'^' cannot follow a superscript power"), self._peek().pos)
            return self._pow(base, exponent)
        if self._is("^"):
            self._take()
            return self._pow(base, self._unary(tok))
        return base

    def _pow(self, base: _Node, exponent: _Node) -> _Node:
        """base^exponent, refused if a constant exponent or the result would be too large."""
        b, p, start, end = base.expr, exponent.expr, base.start, exponent.end
        if not p.free_symbols:
            x = approx(p)
            if not abs(x) <= MAX_EXPONENT:  # nan included
                fail(Message("exponent '{text}' is too large (at most {most} in size)",
                             text=self._snippet(exponent.start, end), most=MAX_EXPONENT),
                     exponent.start, end - exponent.start)
            # The numeric part of the base is raised exactly: the 1e300 in (1e300 w1)^2 too.
            numeric = (
                b if not b.free_symbols else b.as_independent(W1, W2)[0] if b.is_Mul else S.One
            )
            digits = abs(x) * log10_size(numeric)
            if digits > MAX_LOG10:
                size = (Message("about 10^±{digits:.0f}", digits=digits) if digits < 1e6
                        else Term("far beyond 10^300"))
                fail(Message("'{text}' is too large or too small ({size})",
                             text=self._snippet(start, end), size=size), start, end - start)
            if x == int(x):
                p = sympy.Integer(int(x))
            elif not b.free_symbols:  # a constant to a fractional power is a float
                return self._node(as_number(approx(sympy.Pow(b, p, evaluate=False))), start, end)
            elif not (p.is_Rational and p.q <= 12):
                p = sympy.Float(x)
        return self._node(tame(b**p), start, end)

    def _atom(self, after: Token | None) -> _Node:
        tok = self._take()
        end = tok.pos + len(tok.text)
        if tok.kind == "num":
            value = float(tok.text)
            if value > 10.0**MAX_LOG10:
                fail(Message("number {token!r} is too large (over 1e300)", token=tok.text),
                     tok.pos, len(tok.text))
            exact = tok.text.isdigit()  # 12 is exact, 1.5 and 1e3 are floats
            number = sympy.Integer(int(tok.text)) if exact else sympy.Float(value)
            return _Node(number, tok.pos, end)
        if tok.kind == "name" and tok.text in VARIABLES:
            return _Node(VARIABLES[tok.text], tok.pos, end)
        if tok.kind == "name":
            return self._call(tok)
        if tok.text == "(":
            inner = self._expr()
            if not self._is(")"):
                fail(Term("'(' is never closed"), tok.pos)
            return _Node(inner.expr, tok.pos, self._take().pos + 1)
        # Anything else is a missing value.
        prev = self.tokens[self.i - 2] if self.i >= 2 else None
        if tok.text == ")" and prev is not None and prev.text == "(":
            fail(Term("empty parentheses"), prev.pos, 2)
        if tok.text == ",":
            fail(Term("',' is not expected here (every function takes one argument)"),
                 tok.pos)
        if after is not None:
            fail(Message("'{token}' needs a value after it", token=after.text), after.pos,
                 len(after.text))
        if tok.kind == "end":
            fail(Term("there is nothing to compute"), None)
        what = Term("superscript") if tok.kind == "sup" else repr(tok.text)
        fail(Message("{what} needs a value before it", what=what), tok.pos, len(tok.text))

    def _call(self, name: Token) -> _Node:
        """FUNCTION '(' expr ')': exactly one argument."""
        if not self._is("("):
            fail(Message("'{name}' needs '(' after it", name=name.text), name.pos,
                 len(name.text))
        self._take()
        if self._is(")"):
            fail(Message("'{name}' needs one argument", name=name.text), name.pos,
                 len(name.text))
        arg = self._expr()
        if self._is(","):
            fail(Message("'{name}' takes one argument", name=name.text), self._peek().pos)
        if not self._is(")"):
            fail(Message("'(' after '{name}' is never closed", name=name.text),
                 name.pos + len(name.text))
        end = self._take().pos + 1
        if name.text == "sqrt":
            return self._pow(_Node(arg.expr, name.pos, end), _Node(S.Half, end, end))
        return self._node(tame(FUNCTIONS[name.text](arg.expr)), name.pos, end)


def parse_expression(text: str) -> sympy.Expr:
    """J(w1, w2) from its text, as a sympy expression in the real symbols W1 and W2."""
    if not isinstance(text, str):
        raise ExpressionSyntaxError("J: must be text", None)
    if len(text) > MAX_LENGTH:
        fail(Message("too long ({count} characters, at most {most})", count=len(text),
                     most=MAX_LENGTH), MAX_LENGTH)
    if not text.strip():
        fail(Term("empty: type a function of w1 and w2, e.g. w1^2 + w2^2"), 0)
    return _Parser(text).parse()
