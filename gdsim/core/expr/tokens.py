"""The words of a typed J: a tokenizer that keeps character positions, and the vocabulary.

VARIABLE is w1, w2 or their aliases x, y; CONSTANT is pi (π) or e; FUNCTION is one of
FUNCTIONS and takes exactly one argument. '**' is '^'; −, ×, ·, ÷ and superscript digits
(w1²) are accepted, so a formula the printer writes reads back to the same J. A name run
together from variables and constants splits into a product (w1w2, xy, πw1). A leading
"J =", "J(w1, w2) =", "z =" or "f(x, y) =" is skipped. Any other character or name is
refused here, with its position, before anything is built.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple, NoReturn

import sympy
from sympy import S

from gdsim.core.errors import ExpressionError, Message, Term

W1 = sympy.Symbol("w1", real=True)
W2 = sympy.Symbol("w2", real=True)
VARIABLES = {"w1": W1, "w2": W2, "x": W1, "y": W2, "pi": S.Pi, "e": S.Exp1}
FUNCTIONS = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "exp": sympy.exp,
    "log": sympy.log, "ln": sympy.log, "sqrt": sympy.sqrt, "abs": sympy.Abs,
    "tanh": sympy.tanh, "sinh": sympy.sinh, "cosh": sympy.cosh,
}  # fmt: skip


class ExpressionSyntaxError(ExpressionError):
    """A fault in the typed text at a character position (0-based) over `length` characters."""

    def __init__(self, template: str, position: int | None = None, length: int = 1,
                 **values: Any) -> None:
        super().__init__(template, **values)
        self.position = position
        self.length = length


# ---------------------------------------------------------------------------------------------
# Tokens: (kind, text, pos) with kind in num, name, op, sup (superscript integer), end.


class Token(NamedTuple):
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
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_RUN_TOGETHER = re.compile(r"(?:w1|w2|pi|x|y|e)+")
_PREFIX = re.compile(r"\s*(?:J|z|f)\s*(?:\(\s*(?:w1|x)\s*,\s*(?:w2|y)\s*\))?\s*=")


def fail(what: Term, position: int | None, length: int = 1) -> NoReturn:
    """Refuse the typed J: `what` is wrong, at the character `position` when there is one."""
    if position is None:
        raise ExpressionSyntaxError("J: {what}", None, what=what)
    raise ExpressionSyntaxError("J: {what} at position {index}", position, max(length, 1),
                                what=what, index=position)


def tokenize(text: str) -> list[Token]:
    prefix = _PREFIX.match(text)
    pos, tokens = (prefix.end() if prefix else 0), []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        ch = text[pos]
        if m is None:
            if ch in _ALIASES:
                tokens.append(Token("op", _ALIASES[ch], pos))
            elif ch == "π":
                tokens.append(Token("name", "pi", pos))
            elif ch == ".":
                fail(Term("'.' outside a number (attribute access is not allowed)"), pos)
            elif ch in "[]{}":
                fail(Message("{char!r} is not allowed (no subscripts, lists or sets)", char=ch),
                     pos)
            elif ch in "'\"`":
                fail(Term("quotes are not allowed (no strings)"), pos)
            else:
                fail(Message("character {char!r} is not allowed", char=ch), pos)
            pos += 1
            continue
        kind, word = m.lastgroup or "", m.group()
        if kind == "name" and word not in VARIABLES and word not in FUNCTIONS:
            if not _RUN_TOGETHER.fullmatch(word):
                fail(Message("unknown name {word!r}", word=word), pos, len(word))
            for part in re.finditer(r"w1|w2|pi|x|y|e", word):  # w1w2 = w1·w2
                tokens.append(Token("name", part.group(), pos + part.start()))
        elif kind != "space":
            tokens.append(Token(kind, "^" if word == "**" else word, pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens
