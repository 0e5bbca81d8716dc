"""Errors are values with addresses: each message says what is wrong and where.

A message is kept as an English template with named blanks, plus the values that fill them, so
the window can show it in its own language (`gdsim.ui.i18n.error_text`) while `str()` — what the
command line prints — is the English sentence:

    raise NetworkError("{where}: {text!r} — empty size at position {position}",
                       where=Term("layer sizes"), text="3,,4", position=2)

Templates follow `str.format` ({n:,}, {text!r}; a literal brace is doubled). A value is shown
as it is (a number, a file name, what was typed), except English that is translated too: a
`Term` (a field's label, a phrase), a `Message` (a sentence with blanks of its own), or another
error wrapped in this one. An error made the old way from one ready string keeps that string as
its message: with no values nothing is formatted. scripts/translations.py collects the first
string of every `…Error(…)`, `Term(…)` and `Message(…)` call in gdsim/core and gdsim/ui
for translation.
"""

from __future__ import annotations

from typing import Any


def english(template: str, values: dict[str, Any]) -> str:
    """The template with its blanks filled: the sentence as the command line prints it."""
    return template.format(**values) if values else template


class Term(str):
    """English words the window translates where it shows them (e.g. "layer sizes" naming the
    field in "layer sizes: …"); everywhere else simply the str."""

    __slots__ = ()


class Message(Term):
    """A sentence with named blanks and their values; as a str, the English sentence (what
    `settings.problem` returns, what a wrapper puts in a blank of its own)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        text = super().__new__(cls, english(template, values))
        text.template, text.values = template, values
        return text


class GdsimError(ValueError):
    """Any input gdsim refuses; the message names what is wrong and where."""

    def __init__(self, template: str = "", **values: Any) -> None:
        super().__init__(english(template, values))
        self.template = template
        self.values = values


class InputError(GdsimError):
    """A number, name or list typed by the user that cannot be used."""


class ExpressionError(GdsimError):
    """A typed J(w1, w2) that cannot be parsed or is not allowed."""


class NetworkError(GdsimError):
    """A network description (sizes, activations, weights) that does not fit together."""


class ScenarioError(GdsimError):
    """A scenario file that is broken, too new, or holds impossible values."""
