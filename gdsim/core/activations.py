"""Activations f and losses J, one record each: what they compute and how the screen writes them.

An activation is f and f′; f′ is computed from z and a = f(z) together (σ′ = a − a², tanh′ =
1 − a²), so the backward pass reuses what the forward pass already has. A loss is J and the
output error δ^L·m it starts backpropagation with. Cross-entropy comes with a softmax output
layer whose Jacobian folds into δ^L = a^L − y: the loss record says so (`output`,
`factors`), so no caller ever asks for a loss or an activation by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.errors import InputError, NetworkError

Array = NDArray[np.float64]

LEAK = 0.01  # the slope of leaky ReLU below 0
# 1 as a 0-d array: numpy converts a Python float afresh at every call, which costs a small
# layer's ufunc as much again
ONE = np.array(1.0)
ONE.setflags(write=False)


# ----------------------------------------------------------------------------------------------
# Activations: f(z) and f′ from z and a = f(z) (a may be left out: it is then computed).


def sigmoid(z: Array) -> Array:
    """σ(z) = 1 / (1 + e^{−z})"""
    t = -z
    np.exp(t, out=t)
    t += ONE
    return np.reciprocal(t, out=t)


def sigmoid_prime(z: Array, a: Array | None = None) -> Array:
    """σ′(z) = σ(z)(1 − σ(z)) = a − a²"""
    a = sigmoid(z) if a is None else a
    p = a * a
    return np.subtract(a, p, out=p)


def tanh(z: Array) -> Array:
    return np.tanh(z)


def tanh_prime(z: Array, a: Array | None = None) -> Array:
    """tanh′(z) = 1 − a²"""
    a = np.tanh(z) if a is None else a
    p = a * a
    return np.subtract(ONE, p, out=p)


def relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def relu_prime(z: Array, a: Array | None = None) -> Array:
    """1 where z > 0, else 0"""
    return (z > 0).astype(np.float64)


def leaky_relu(z: Array) -> Array:
    return np.where(z > 0, z, LEAK * z)


def leaky_relu_prime(z: Array, a: Array | None = None) -> Array:
    return np.where(z > 0, 1.0, LEAK)


def identity(z: Array) -> Array:
    return z


def identity_prime(z: Array, a: Array | None = None) -> Array:
    return np.ones_like(z)


def _row_max(z: Array) -> Array:
    """The largest z of each row, as a column: z.max(axis=-1, keepdims=True), the same numbers.

    Taken down the columns of zᵀ, which numpy does for all rows at once; along rows as short
    as ten outputs it goes row by row, four times slower for the 1,797 digits.
    """
    return np.ascontiguousarray(z.T).max(axis=0)[..., None]


def softmax(z: Array) -> Array:
    """softmax(z)_k = e^{z_k} / Σ e^{z_j}, row by row (the output layer under cross-entropy)."""
    e = z - _row_max(z)
    np.exp(e, out=e)
    e /= e.sum(axis=-1, keepdims=True)
    return e


def log_softmax(z: Array) -> Array:
    shifted = z - _row_max(z)
    shifted -= np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return shifted


@dataclass(frozen=True)
class Activation:
    """One activation: f, f′ (from z and, when at hand, a = f(z)), how they are written, and
    its module in torch.nn (for the PyTorch program of `gdsim.core.pytorch_code`)."""

    name: str
    f: Callable[[Array], Array]
    prime: Callable[..., Array]  # prime(z, a=None) → f′(z)
    formula: str  # f(z) as the formula panel writes it
    prime_formula: str  # f′(z) likewise
    symbol: str  # f's name in a formula: a = σ(z)
    torch: str  # its torch.nn module: "nn.Sigmoid()"
    he: bool = False  # initialised for ReLU-like units (He), not Xavier
    probabilities: bool = False  # every output lies in [0, 1]


ACTIVATIONS: dict[str, Activation] = {a.name: a for a in (
    Activation("sigmoid", sigmoid, sigmoid_prime, "1/(1+e^(−z))", "a(1 − a)", "σ",
               "nn.Sigmoid()", probabilities=True),
    Activation("tanh", tanh, tanh_prime, "tanh z", "1 − a²", "tanh", "nn.Tanh()"),
    Activation("relu", relu, relu_prime, "max(z, 0)", "1 if z > 0 else 0", "ReLU", "nn.ReLU()",
               he=True),
    Activation("leaky_relu", leaky_relu, leaky_relu_prime, f"z if z > 0 else {LEAK:g}z",
               f"1 if z > 0 else {LEAK:g}", "leaky ReLU", f"nn.LeakyReLU({LEAK:g})", he=True),
    Activation("identity", identity, identity_prime, "z", "1", "identity", "nn.Identity()"),
)}

SOFTMAX = Activation("softmax", softmax, identity_prime, "e^(z_k) / Σ_j e^(z_j)",
                     "folded into δ^L = a^L − y", "softmax", "", probabilities=True)
"""The output layer under cross-entropy. Its Jacobian is not elementwise: the loss takes it
into δ^L, so `prime` here is 1 and is never what backpropagation multiplies by."""


# ----------------------------------------------------------------------------------------------
# Losses: J summed over the samples, and the output error it starts backpropagation with.


def mse_sum(z_L: Array, a_L: Array, y: Array) -> float:
    """Σ ½‖a^L − y‖² over the samples   (3-19 for each sample)"""
    diff = a_L - y
    return 0.5 * float(np.vdot(diff, diff))


def mse_error(z_L: Array, a_L: Array, y: Array, f: Activation) -> Array:
    """m·δ^L under ½-squared error: (a^L − y) ⊙ f′(z^L); `backprop.output_delta` divides by m."""
    error = a_L - y
    error *= f.prime(z_L, a_L)
    return error


def mse_factors(z_L: Array, a_L: Array, y: Array, f: Activation) -> tuple[Array, ...]:
    """∂J/∂a^L = (a^L − y)/m and ∂a^L/∂z^L = f′(z^L): two factors on every path (3-20), each
    sample's row (J is the mean over the m samples)."""
    return (a_L - y) / len(a_L), f.prime(z_L, a_L)


def cross_entropy_sum(z_L: Array, a_L: Array, y: Array) -> float:
    """−Σ y · log softmax(z^L) over the samples (log softmax from z: no log of a rounded 0)"""
    return -float(np.vdot(y, log_softmax(z_L)))


def cross_entropy_error(z_L: Array, a_L: Array, y: Array, f: Activation) -> Array:
    """m·δ^L = softmax(z^L) − y = a^L − y"""
    return a_L - y


def cross_entropy_factors(z_L: Array, a_L: Array, y: Array,
                          f: Activation) -> tuple[Array, ...]:
    """∂J/∂z^L = (a^L − y)/m: softmax ties the outputs together, so one factor on every path."""
    return ((a_L - y) / len(a_L),)


def no_check(y: Array) -> None:
    """Any finite targets will do."""


def probabilities(y: Array) -> None:
    """Each target row must be probabilities summing to 1, or InputError naming the sample."""
    sums = y.sum(axis=1)
    bad = np.flatnonzero((np.abs(sums - 1) > 1e-6) | np.any(y < 0, axis=1))
    if bad.size:
        raise InputError("y: with cross_entropy each target must be probabilities summing to 1; "
                         "sample {sample} sums to {total:g}", sample=bad[0] + 1,
                         total=sums[bad[0]])


@dataclass(frozen=True)
class Loss:
    """One loss: J summed over samples, m·δ^L, the factors a path starts with, how it is written."""

    name: str
    total: Callable[[Array, Array, Array], float]  # (z^L, a^L, y) → Σ over samples
    error: Callable[[Array, Array, Array, Activation], Array]  # (z^L, a^L, y, f) → m·δ^L
    # (z^L, a^L, y, f) → the factors every path (3-20) starts with, per sample, 1/m included
    factors: Callable[[Array, Array, Array, Activation], tuple[Array, ...]]
    factor_names: tuple[str, ...]  # the factors' names, {L} and {k} to fill in
    output: Activation | None  # the output layer's activation it brings, if any: then
    # δ^L = a^L − y (its Jacobian folds into the loss) and torch's loss takes z^L
    check_targets: Callable[[Array], None]
    formula: str
    delta_formula: str
    equation: str  # the seed's number for it, "(3-19)"; "" for a loss the seed does not have
    torch: tuple[str, ...]  # the lines of the PyTorch program that define J(output, y)


LOSSES: dict[str, Loss] = {loss.name: loss for loss in (
    Loss("mse", mse_sum, mse_error, mse_factors,
         ("∂J/∂a^{L}_{k}", "∂a^{L}_{k}/∂z^{L}_{k}"), None, no_check,
         "J = (1/m) Σ ½‖a^L − y‖²", "δ^L = (a^L − y) ⊙ f′(z^L) / m", "(3-19)",
         ("def J(a, y):  # J = (1/m) Σ ½‖a^L − y‖²  (3-19); nn.MSELoss() would also divide "
          "by S_L and drop the ½",
          "    return 0.5 * ((a - y) ** 2).sum() / len(y)")),
    Loss("cross_entropy", cross_entropy_sum, cross_entropy_error, cross_entropy_factors,
         ("∂J/∂z^{L}_{k}",), SOFTMAX, probabilities,
         "J = −(1/m) Σ y · log softmax(z^L)", "δ^L = (softmax(z^L) − y) / m", "",
         ("# J = −(1/m) Σ y · log softmax(z^L): nn.CrossEntropyLoss takes z^L and the target "
          "probabilities",
          "J = nn.CrossEntropyLoss()")),
)}


def _key(name: Any) -> str | None:
    return name.strip().lower().replace("-", "_") if isinstance(name, str) else None


def activation_name(name: Any, where: str = "activation") -> str:
    """The table's name for `name` ("Leaky-ReLU" → "leaky_relu"), or NetworkError."""
    key = _key(name)
    if key not in ACTIVATIONS:
        raise NetworkError("{where}: unknown activation {name!r}; choose one of {names}",
                           where=where, name=name, names=", ".join(ACTIVATIONS))
    return key


def loss_name(name: Any, where: str = "loss") -> str:
    key = _key(name)
    if key not in LOSSES:
        raise NetworkError("{where}: unknown loss {name!r}; choose one of {names}", where=where,
                           name=name, names=", ".join(LOSSES))
    return key
