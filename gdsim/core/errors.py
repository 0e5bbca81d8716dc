"""Errors are values with addresses: each message says what is wrong and where."""


class GdsimError(ValueError):
    """Any input gdsim refuses; the message names what is wrong and where."""


class InputError(GdsimError):
    """A number, name or list typed by the user that cannot be used."""


class ExpressionError(GdsimError):
    """A typed J(w1, w2) that cannot be parsed or is not allowed."""


class NetworkError(GdsimError):
    """A network description (sizes, activations, weights) that does not fit together."""


class ScenarioError(GdsimError):
    """A scenario file that is broken, too new, or holds impossible values."""
