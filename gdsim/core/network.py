"""The network of figure 3-16: forward (3-14 … 3-18), loss (3-19), backward (3-30 … 3-37), update.

Numbering. The seed counts layers from 1 (layer 1 is the input); Python lists count from 0, so
list index l holds the seed's layer l+1 everywhere: `a[0]` is a^1 = x, `W[0]` is W^1. The
formulas read the same with list indices: z[l+1] = a[l] @ W[l] + b[l]. Functions that name one
weight w^l_{ij} (`Network.weight_index`, `gdsim.core.paths`) take the seed's own 1-based l, i, j.

W^l has shape (S_l, S_{l+1}) and W^l[j, i] = w^l_{ij} (3-15): rows are source neurons, columns
targets, so a row of activations times W^l gives the next layer. Samples are rows (m × S).
All weights and biases live in ONE flat vector `theta` (W^1, b^1, W^2, b^2, … each row-major);
`W` and `b` are read-only views into it, so an optimizer steps the whole network at once.

Mean over samples: J = (1/m) Σ ½‖a^L − y‖². The 1/m sits in δ^L alone, so every δ^l is
exactly ∂J/∂z^l and (3-34), (3-35) sum over the batch.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.errors import InputError, NetworkError
from gdsim.core.optimizers import Optimizer, State

Array = NDArray[np.float64]

MAX_LAYER = 4096  # neurons in one layer
MAX_LAYERS = 16  # layers, input and output included
MAX_PARAMS = 5_000_000  # weights and biases together
LEAK = 0.01  # the slope of leaky ReLU below 0

# ----------------------------------------------------------------------------------------------
# Activations f and their derivatives f′(z).


def sigmoid(z: Array) -> Array:
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z: Array) -> Array:
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z: Array) -> Array:
    return np.tanh(z)


def tanh_prime(z: Array) -> Array:
    return 1.0 - np.tanh(z) ** 2


def relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def relu_prime(z: Array) -> Array:
    return (z > 0).astype(np.float64)


def leaky_relu(z: Array) -> Array:
    return np.where(z > 0, z, LEAK * z)


def leaky_relu_prime(z: Array) -> Array:
    return np.where(z > 0, 1.0, LEAK)


def identity(z: Array) -> Array:
    return z


def identity_prime(z: Array) -> Array:
    return np.ones_like(z)


def softmax(z: Array) -> Array:
    """softmax(z)_k = e^{z_k} / Σ e^{z_j}, row by row (the last layer under cross-entropy)."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(z: Array) -> Array:
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


# Fast forms for the training loop: f computed with fewer temporaries, and f′ from z AND a = f(z).
def _sigmoid_fast(z: Array) -> Array:
    t = np.negative(z)
    np.exp(t, out=t)
    t += 1.0
    return np.reciprocal(t, out=t)


def _sigmoid_prime_a(z: Array, a: Array) -> Array:
    return a - a * a


def _tanh_prime_a(z: Array, a: Array) -> Array:
    return 1.0 - a * a


def _relu_prime_a(z: Array, a: Array) -> NDArray[np.bool_]:
    return z > 0


def _leaky_prime_a(z: Array, a: Array) -> Array:
    return np.where(z > 0, 1.0, LEAK)


def _identity_prime_a(z: Array, a: Array) -> float:
    return 1.0


class Activation(NamedTuple):
    f: Callable[[Array], Array]
    prime: Callable[[Array], Array]  # f′(z)
    fast: Callable[[Array], Array]  # the same f, for the training loop
    prime_a: Callable[[Array, Array], Any]  # f′ from z and a = f(z), for the training loop


ACTIVATIONS: dict[str, Activation] = {
    "sigmoid": Activation(sigmoid, sigmoid_prime, _sigmoid_fast, _sigmoid_prime_a),
    "tanh": Activation(tanh, tanh_prime, np.tanh, _tanh_prime_a),
    "relu": Activation(relu, relu_prime, relu, _relu_prime_a),
    "leaky_relu": Activation(leaky_relu, leaky_relu_prime, leaky_relu, _leaky_prime_a),
    "identity": Activation(identity, identity_prime, identity, _identity_prime_a),
}
LOSSES = ("mse", "cross_entropy")


def activation_name(name: Any, where: str = "activation") -> str:
    """The table's name for `name` ("Leaky-ReLU" → "leaky_relu"), or NetworkError."""
    key = name.strip().lower().replace("-", "_") if isinstance(name, str) else None
    if key not in ACTIVATIONS:
        raise NetworkError(f"{where}: unknown activation {name!r}; "
                           f"choose one of {', '.join(ACTIVATIONS)}")
    return key


def loss_name(name: Any, where: str = "loss") -> str:
    key = name.strip().lower().replace("-", "_") if isinstance(name, str) else None
    if key not in LOSSES:
        raise NetworkError(f"{where}: unknown loss {name!r}; choose one of {', '.join(LOSSES)}")
    return key


# ----------------------------------------------------------------------------------------------
# Sizes: parsed, checked, and laid out in theta.


def _sizes_text(sizes: Sequence[int]) -> str:
    return _short(",".join(str(s) for s in sizes))


def _short(text: str, limit: int = 40) -> str:
    """Text as quoted in a one-line message: long input is cut, not repeated in full."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parameter_count(sizes: Sequence[int]) -> int:
    return sum(p * q + q for p, q in zip(sizes[:-1], sizes[1:], strict=True))


def check_sizes(sizes: Sequence[int], where: str = "layer sizes") -> tuple[int, ...]:
    """The sizes as a tuple, or NetworkError: 2…16 layers of 1…4096, ≤ 5 million parameters."""
    if not 2 <= len(sizes) <= MAX_LAYERS:
        raise NetworkError(f"{where}: {_sizes_text(sizes)!r} — need 2 to {MAX_LAYERS} layers "
                           f"(input and output included), got {len(sizes)}")
    for position, s in enumerate(sizes, start=1):
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise NetworkError(f"{where}: {s!r} at position {position} is not a whole number")
        if not 1 <= s <= MAX_LAYER:
            what = "must be at least 1" if s < 1 else f"is more than {MAX_LAYER}"
            raise NetworkError(f"{where}: {_sizes_text(sizes)!r} — size {_short(str(s), 12)} at "
                               f"position {position} {what}")
    n = parameter_count(sizes)
    if n > MAX_PARAMS:
        raise NetworkError(f"{where}: {_sizes_text(sizes)!r} — {n:,} parameters is more than "
                           f"the limit of {MAX_PARAMS:,}")
    return tuple(int(s) for s in sizes)


def parse_sizes(text: str) -> tuple[int, ...]:
    """Layer sizes typed as "3,4,2", or NetworkError naming the bad part and its position."""
    if not isinstance(text, str):
        raise NetworkError(f"layer sizes: expected text like '3,4,2', got {text!r}")
    quoted = repr(_short(text))
    parts = text.split(",")
    sizes = []
    for position, part in enumerate(parts, start=1):
        part = part.strip()
        if not part:
            raise NetworkError(f"layer sizes: {quoted} — empty size at position {position}")
        try:
            size = int(part)
        except ValueError:
            raise NetworkError(f"layer sizes: {quoted} — {_short(part, 20)!r} at position "
                               f"{position} is not a whole number") from None
        if not 1 <= size <= MAX_LAYER:
            what = "must be at least 1" if size < 1 else f"is more than {MAX_LAYER}"
            raise NetworkError(f"layer sizes: {quoted} — size {_short(str(size), 12)} at "
                               f"position {position} {what}")
        sizes.append(size)
    if len(sizes) < 2:
        raise NetworkError(f"layer sizes: {quoted} — need at least 2 layers (input and output)")
    return check_sizes(sizes)


class _Slices(NamedTuple):
    W: slice  # where W^l lies in theta
    shape: tuple[int, int]  # (S_l, S_{l+1})
    b: slice  # where b^l lies in theta
    p: int  # S_l
    q: int  # S_{l+1}


@lru_cache(maxsize=64)
def _layout(sizes: tuple[int, ...]) -> tuple[_Slices, ...]:
    out, start = [], 0
    for p, q in zip(sizes[:-1], sizes[1:], strict=True):
        out.append(_Slices(slice(start, start + p * q), (p, q),
                           slice(start + p * q, start + p * q + q), p, q))
        start += p * q + q
    return tuple(out)


@lru_cache(maxsize=64)
def _plan(activations: tuple[str, ...], loss: str) -> tuple[tuple[Callable, Callable], ...]:
    """Per weight layer: (f, f′ from z and a) for the training loop; softmax ends cross-entropy."""
    plan = [(ACTIVATIONS[n].fast, ACTIVATIONS[n].prime_a) for n in activations]
    if loss == "cross_entropy":
        plan[-1] = (softmax, _identity_prime_a)
    return tuple(plan)


# ----------------------------------------------------------------------------------------------
# The network.


@dataclass(frozen=True, eq=False)
class Network:
    """Layer sizes S_1 … S_L, one activation per weight layer, the loss, and θ (all W and b)."""

    sizes: tuple[int, ...]
    activations: tuple[str, ...]
    loss: str
    theta: Array

    def __post_init__(self) -> None:
        sizes = check_sizes(tuple(self.sizes), "sizes")
        acts = tuple(self.activations)
        if len(acts) != len(sizes) - 1:
            raise NetworkError(f"activation: {len(acts)} names for {len(sizes) - 1} weight layers "
                               f"(sizes {_sizes_text(sizes)})")
        acts = tuple(activation_name(a, f"activation[{i}]") for i, a in enumerate(acts))
        theta = np.array(self.theta, dtype=np.float64)  # a private copy
        n = parameter_count(sizes)
        if theta.shape != (n,):
            raise NetworkError(f"theta: shape {theta.shape} but sizes {_sizes_text(sizes)} "
                               f"need ({n},)")
        if not np.all(np.isfinite(theta)):
            bad = int(np.argmin(np.isfinite(theta)))
            raise NetworkError(f"theta: parameter {bad} is not finite")
        theta.flags.writeable = False
        for key, value in (("sizes", sizes), ("activations", acts),
                           ("loss", loss_name(self.loss)), ("theta", theta)):
            object.__setattr__(self, key, value)

    # -- views ----------------------------------------------------------------------------------
    @cached_property
    def W(self) -> tuple[Array, ...]:
        """The seed's W^1, W^2, …: W[l][j, i] joins neuron j of a layer to neuron i of the next."""
        return tuple(self.theta[s.W].reshape(s.shape) for s in _layout(self.sizes))

    @cached_property
    def b(self) -> tuple[Array, ...]:
        return tuple(self.theta[s.b] for s in _layout(self.sizes))

    @property
    def L(self) -> int:
        """The number of layers, input and output included (the seed's L)."""
        return len(self.sizes)

    @property
    def n_params(self) -> int:
        return self.theta.size

    def split(self, vector: Array) -> tuple[tuple[Array, ...], tuple[Array, ...]]:
        """A vector laid out like theta (a gradient, a step) as per-layer W- and b-shaped views."""
        if vector.shape != self.theta.shape:
            raise NetworkError(f"vector: shape {vector.shape} but the network has "
                               f"{self.theta.shape} parameters")
        layout = _layout(self.sizes)
        return (tuple(vector[s.W].reshape(s.shape) for s in layout),
                tuple(vector[s.b] for s in layout))

    def with_theta(self, theta: ArrayLike) -> Network:
        """The same network with other parameters (checked for shape, copied)."""
        theta = np.array(theta, dtype=np.float64)
        if theta.shape != self.theta.shape:
            raise NetworkError(f"theta: shape {theta.shape} but the network needs "
                               f"{self.theta.shape}")
        theta.flags.writeable = False
        return self._with(theta)

    def _with(self, theta: Array) -> Network:
        """The same network around a fresh theta, without checks: the training loop's path."""
        new = object.__new__(Network)
        d = new.__dict__
        d["sizes"], d["activations"], d["loss"], d["theta"] = (
            self.sizes, self.activations, self.loss, theta)
        return new

    # -- the seed's numbering -------------------------------------------------------------------
    def weight_index(self, l: int, i: int, j: int) -> int:
        """Where w^l_{ij} (neuron j of layer l → neuron i of layer l+1, all 1-based) is in theta."""
        self._check_lij(l, i, j)
        s = _layout(self.sizes)[l - 1]
        return s.W.start + (j - 1) * s.shape[1] + (i - 1)

    def bias_index(self, l: int, i: int) -> int:
        """Where b^l_i (the bias of neuron i of layer l+1, 1-based) is in theta."""
        self._check_lij(l, i, 1)
        return _layout(self.sizes)[l - 1].b.start + (i - 1)

    def parameter_name(self, k: int) -> str:
        """The seed's name of theta[k]: "w^1_11", "b^2_1", …"""
        for l, s in enumerate(_layout(self.sizes), start=1):
            if s.W.start <= k < s.W.stop:
                j, i = divmod(k - s.W.start, s.shape[1])
                return f"w^{l}_{i + 1},{j + 1}" if max(s.shape) > 9 else f"w^{l}_{i + 1}{j + 1}"
            if s.b.start <= k < s.b.stop:
                return f"b^{l}_{k - s.b.start + 1}"
        raise InputError(f"parameter: {k} is outside 0…{self.n_params - 1}")

    def parameter_address(self, k: int) -> tuple[str, int, int, int | None]:
        """theta[k] as ("w", l, i, j) or ("b", l, i, None), seed numbering."""
        for l, s in enumerate(_layout(self.sizes), start=1):
            if s.W.start <= k < s.W.stop:
                j, i = divmod(k - s.W.start, s.shape[1])
                return "w", l, i + 1, j + 1
            if s.b.start <= k < s.b.stop:
                return "b", l, k - s.b.start + 1, None
        raise InputError(f"parameter: {k} is outside 0…{self.n_params - 1}")

    def _check_lij(self, l: int, i: int, j: int) -> None:
        if not 1 <= l <= self.L - 1:
            raise InputError(f"weight: layer l = {l} is outside 1…{self.L - 1}")
        if not 1 <= i <= self.sizes[l]:
            raise InputError(f"weight: i = {i} is outside 1…{self.sizes[l]} (layer {l + 1})")
        if not 1 <= j <= self.sizes[l - 1]:
            raise InputError(f"weight: j = {j} is outside 1…{self.sizes[l - 1]} (layer {l})")

    # -- constructors and the network file ------------------------------------------------------
    @classmethod
    def from_sizes(cls, sizes: Sequence[int], activation: str | Sequence[str] = "sigmoid",
                   loss: str = "mse", seed: int = 0) -> Network:
        """A network with seeded uniform weights (Xavier; He for ReLU) and zero biases."""
        sizes = check_sizes(tuple(sizes), "sizes")
        acts = _activation_list(activation, len(sizes) - 1)
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise NetworkError(f"seed: expected a whole number ≥ 0, got {seed!r}")
        rng = np.random.default_rng(int(seed))
        parts = []
        for (p, q), act in zip(zip(sizes[:-1], sizes[1:], strict=True), acts, strict=True):
            limit = math.sqrt(6 / p) if act in ("relu", "leaky_relu") else math.sqrt(6 / (p + q))
            parts += [rng.uniform(-limit, limit, p * q), np.zeros(q)]
        return cls(sizes, acts, loss, np.concatenate(parts))

    @classmethod
    def from_dict(cls, d: Any) -> Network:
        """A network from the JSON network file of SPEC §3, checked piece by piece."""
        if not isinstance(d, dict):
            raise NetworkError("network: expected a JSON object with sizes, activation, loss, "
                               "weights and biases")
        known = {"sizes", "activation", "loss", "weights", "biases", "seed"}
        unknown = sorted(set(d) - known)
        if unknown:
            raise NetworkError(f"network: unknown key {unknown[0]!r}; "
                               f"the keys are {', '.join(sorted(known))}")
        if "sizes" not in d:
            raise NetworkError("network: missing 'sizes'")
        raw = d["sizes"]
        if not isinstance(raw, list):
            raise NetworkError(f"sizes: expected a list of layer sizes, got {raw!r}")
        sizes = []
        for k, s in enumerate(raw):
            if isinstance(s, bool) or not (isinstance(s, int) or (
                    isinstance(s, float) and s.is_integer())):
                raise NetworkError(f"sizes[{k}]: {_short(repr(s))} is not a whole number")
            sizes.append(int(s))
        sizes_t = check_sizes(sizes, "sizes")
        acts = _activation_list(d.get("activation", "sigmoid"), len(sizes_t) - 1)
        loss = loss_name(d.get("loss", "mse"))
        if "weights" not in d:
            if "biases" in d:
                raise NetworkError("network: 'biases' without 'weights'")
            return cls.from_sizes(sizes_t, acts, loss, d.get("seed", 0))
        shapes = [(p, q) for p, q in zip(sizes_t[:-1], sizes_t[1:], strict=True)]
        weights = _matrices(d["weights"], "weights", shapes, sizes_t)
        biases = (_matrices(d["biases"], "biases", [(q,) for _, q in shapes], sizes_t)
                  if "biases" in d else [np.zeros(q) for _, q in shapes])
        theta = np.concatenate([x for W, b in zip(weights, biases, strict=True)
                                for x in (W.ravel(), b)])
        return cls(sizes_t, acts, loss, theta)

    def to_dict(self) -> dict[str, Any]:
        """The JSON network file: weights[l][j][i] = w^{l+1}_{ij} (rows sources, columns targets)"""
        acts = self.activations
        return {"sizes": list(self.sizes),
                "activation": acts[0] if len(set(acts)) == 1 else list(acts),
                "loss": self.loss,
                "weights": [W.tolist() for W in self.W],
                "biases": [b.tolist() for b in self.b]}


def _activation_list(activation: Any, n: int) -> tuple[str, ...]:
    if isinstance(activation, str):
        return (activation_name(activation),) * n
    if not isinstance(activation, (list, tuple)):
        raise NetworkError(f"activation: expected a name or a list of names, got {activation!r}")
    if len(activation) != n:
        raise NetworkError(f"activation: {len(activation)} names but the network has {n} "
                           f"weight layers")
    return tuple(activation_name(a, f"activation[{k}]") for k, a in enumerate(activation))


def _matrices(value: Any, name: str, shapes: Sequence[tuple[int, ...]],
              sizes: tuple[int, ...]) -> list[Array]:
    """One float array per weight layer with the shape the sizes need, or NetworkError."""
    if not isinstance(value, list) or len(value) != len(shapes):
        got = f"{len(value)}" if isinstance(value, list) else repr(value)[:40]
        raise NetworkError(f"{name}: expected {len(shapes)} entries (one per weight layer) for "
                           f"sizes {_sizes_text(sizes)}, got {got}")
    out = []
    for l, (item, shape) in enumerate(zip(value, shapes, strict=True)):
        where = f"{name}[{l}]"
        try:
            arr = np.array(item)
        except (ValueError, TypeError, OverflowError, RecursionError):
            arr = np.array(None)  # ragged: found below
        if arr.dtype.kind not in "iuf" or arr.shape != shape:
            _find_fault(item, where, shape, sizes)
            arr = np.array(item, dtype=object)  # every element a number, some huge
        try:
            arr = arr.astype(np.float64)
        except OverflowError:
            raise NetworkError(f"{where}: holds a number too large for a float") from None
        if arr.shape != shape:
            raise NetworkError(f"{where}: shape {arr.shape} but sizes {_sizes_text(sizes)} "
                               f"need {shape}")
        if not np.all(np.isfinite(arr)):
            index = tuple(int(k) for k in np.argwhere(~np.isfinite(arr))[0])
            raise NetworkError(f"{where}{''.join(f'[{k}]' for k in index)}: "
                               f"{float(arr[index])!r} is not a finite number")
        out.append(arr)
    return out


def _find_fault(item: Any, where: str, shape: tuple[int, ...], sizes: tuple[int, ...]) -> None:
    """Raise NetworkError at the first row or element that does not fit `shape`."""
    got, v = [], item
    while isinstance(v, list):
        got.append(len(v))
        if not v:
            break
        v = v[0]
    if tuple(got) != shape:
        raise NetworkError(f"{where}: shape {tuple(got)} but sizes {_sizes_text(sizes)} "
                           f"need {shape}")

    def walk(v: Any, at: str, dims: tuple[int, ...]) -> None:
        if not dims:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise NetworkError(f"{at}: {str(v)[:40]!r} is not a number")
        elif not isinstance(v, list) or len(v) != dims[0]:
            got = len(v) if isinstance(v, list) else repr(v)[:40]
            raise NetworkError(f"{at}: expected {dims[0]} entries, got {got} (sizes "
                               f"{_sizes_text(sizes)} need {shape} at {where})")
        else:
            for k, x in enumerate(v):
                walk(x, f"{at}[{k}]", dims[1:])

    walk(item, where, shape)


# ----------------------------------------------------------------------------------------------
# Data in the network's shape.


def as_batch(net: Network, x: ArrayLike, y: ArrayLike | None = None) -> tuple[Array, Array | None]:
    """x as m × S_1 and y as m × S_L float arrays (one sample may be 1-D), or InputError."""
    S1, SL = net.sizes[0], net.sizes[-1]
    xa = _finite_array(x, "x")
    xa = xa[None, :] if xa.ndim == 1 else xa
    if xa.ndim != 2 or xa.shape[0] == 0:
        raise InputError(f"x: expected samples as rows of {S1} numbers, got shape {xa.shape}")
    if xa.shape[1] != S1:
        raise InputError(f"x: {xa.shape[1]} numbers per sample but the input layer has "
                         f"{S1} neurons")
    if y is None:
        return xa, None
    ya = _finite_array(y, "y")
    ya = ya[None, :] if ya.ndim == 1 else ya
    if ya.ndim != 2:
        raise InputError(f"y: expected targets as rows of {SL} numbers, got shape {ya.shape}")
    if ya.shape[1] != SL:
        raise InputError(f"y: {ya.shape[1]} numbers per sample but the output layer has "
                         f"{SL} neurons")
    if ya.shape[0] != xa.shape[0]:
        raise InputError(f"y: {ya.shape[0]} targets for {xa.shape[0]} samples")
    if net.loss == "cross_entropy":
        sums = ya.sum(axis=1)
        bad = np.flatnonzero((np.abs(sums - 1) > 1e-6) | np.any(ya < 0, axis=1))
        if bad.size:
            raise InputError(f"y: with cross_entropy each target must be probabilities summing to "
                             f"1; sample {bad[0] + 1} sums to {sums[bad[0]]:g}")
    return xa, ya


def _finite_array(v: ArrayLike, name: str) -> Array:
    try:
        arr = np.array(v, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        raise InputError(f"{name}: expected numbers, got {str(v)[:60]!r}") from None
    if not np.all(np.isfinite(arr)):
        raise InputError(f"{name}: holds a number that is not finite")
    return arr


# ----------------------------------------------------------------------------------------------
# The phases, one formula each.


@dataclass(frozen=True)
class Forward:
    """Every layer's z and a for a batch: a[0] = x = a^1, z[0] is None (the input has no z)."""

    z: tuple[Array | None, ...]
    a: tuple[Array, ...]


@dataclass(frozen=True)
class Backward:
    """δ[l] = ∂J/∂z (δ[0] is None), dW[l] = ∂J/∂W, db[l] = ∂J/∂b, and all of them as one vector."""

    delta: tuple[Array | None, ...]
    dW: tuple[Array, ...]
    db: tuple[Array, ...]
    grad: Array  # laid out like theta


def forward_layer(net: Network, l: int, a_l: Array) -> tuple[Array, Array]:
    """z^{l+1} = a^l W^l + b^l, a^{l+1} = f(z^{l+1})   (3-18)

    l is the list index of the weight layer (0 … L−2); the last layer is a softmax under
    cross-entropy, whatever activation it names.
    """
    z = a_l @ net.W[l] + net.b[l]
    if l == len(net.W) - 1 and net.loss == "cross_entropy":
        return z, softmax(z)
    return z, ACTIVATIONS[net.activations[l]].f(z)


def forward(net: Network, x: ArrayLike) -> Forward:
    """a^1 = x, then (3-18) layer after layer: z^2, a^2 (3-14 … 3-16), z^3, a^3 (3-17), …"""
    a: list[Array] = [as_batch(net, x)[0]]
    z: list[Array | None] = [None]
    for l in range(len(net.W)):
        z_next, a_next = forward_layer(net, l, a[-1])
        z.append(z_next)
        a.append(a_next)
    return Forward(tuple(z), tuple(a))


def loss(net: Network, a_L: Array, y: Array, z_L: Array | None = None) -> float:
    """J = (1/m) Σ ½‖a^L − y‖²   (3-19 for one sample); mean cross-entropy −(1/m) Σ y·log a^L.

    Under cross-entropy, give z_L to take log a^L = log softmax(z^L) without rounding a^L to 0.
    """
    m = a_L.shape[0] if a_L.ndim == 2 else 1
    if net.loss == "cross_entropy":
        log_a = log_softmax(z_L) if z_L is not None else np.log(a_L)
        return float(-np.vdot(y, log_a) / m)
    diff = a_L - y
    return float(0.5 * np.vdot(diff, diff) / m)


def output_delta(net: Network, z_L: Array, a_L: Array, y: Array) -> Array:
    """δ^L = (a^L − y) ⊙ f′(z^L) / m   (3-37; 3-33 elementwise)

    Under cross-entropy (softmax output): δ^L = (softmax(z^L) − y) / m.
    """
    m = a_L.shape[0] if a_L.ndim == 2 else 1
    if net.loss == "cross_entropy":
        return (a_L - y) / m
    return (a_L - y) * ACTIVATIONS[net.activations[-1]].prime(z_L) / m


def hidden_delta(net: Network, l: int, delta_next: Array, z_l: Array) -> Array:
    """δ^l = (δ^{l+1} (W^l)^T) ⊙ f′(z^l)   (3-36; 3-27 elementwise)

    l is the list index of a hidden layer (1 … L−2); its z came through activation l−1.
    """
    return (delta_next @ net.W[l].T) * ACTIVATIONS[net.activations[l - 1]].prime(z_l)


def weight_gradient(a_l: Array, delta_next: Array) -> Array:
    """∂J/∂W^l = (a^l)^T δ^{l+1}   (3-34; 3-30 elementwise: ∂J/∂w^l_{ij} = δ^{l+1}_i a^l_j)"""
    return a_l.T @ delta_next


def bias_gradient(delta_next: Array) -> Array:
    """∂J/∂b^l = δ^{l+1}, summed over the batch   (3-35; 3-31 elementwise)"""
    return delta_next.sum(axis=0)


def backward(net: Network, fwd: Forward, y: ArrayLike) -> Backward:
    """Backpropagation: δ^L (3-37), then ∂J/∂W^l, ∂J/∂b^l (3-34, 3-35), δ^l (3-36), leftwards."""
    y_arr = as_batch(net, fwd.a[0], y)[1]
    assert y_arr is not None
    n = len(net.W)
    z_L = fwd.z[-1]
    assert z_L is not None
    delta: list[Array | None] = [None] * (n + 1)
    dW: list[Array] = [np.empty(0)] * n
    db: list[Array] = [np.empty(0)] * n
    delta[n] = output_delta(net, z_L, fwd.a[-1], y_arr)
    for l in range(n - 1, -1, -1):
        d = delta[l + 1]
        assert d is not None
        dW[l] = weight_gradient(fwd.a[l], d)
        db[l] = bias_gradient(d)
        if l > 0:
            z_l = fwd.z[l]
            assert z_l is not None
            delta[l] = hidden_delta(net, l, d, z_l)
    grad = np.concatenate([x for W, b in zip(dW, db, strict=True) for x in (W.ravel(), b)])
    return Backward(tuple(delta), tuple(dW), tuple(db), grad)


def update(net: Network, grad_flat: Array, optimizer: Optimizer,
           opt_state: State) -> tuple[Network, State]:
    """w ← w − α ∂J/∂w   (3-12) for SGD; any optimizer steps all of θ at once."""
    theta, opt_state = optimizer.step(net.theta, grad_flat, opt_state)
    theta.flags.writeable = False
    return net._with(theta), opt_state


# ----------------------------------------------------------------------------------------------
# The fast path: one whole iteration.

_dot = np.dot
_vdot = np.vdot
_F64 = np.dtype(np.float64)


def train_step(net: Network, x: Array, y: Array, optimizer: Optimizer,
               state: State) -> tuple[Network, State, float, Array]:
    """One iteration: forward (3-18), J (3-19), backward (3-34 … 3-37), update (3-12).

    x is m × S_1 and y m × S_L; returns the new network and optimizer state, J before the
    update, and ∂J/∂θ. The same numbers as forward, backward and update, with no checks
    beyond shapes, no per-layer objects and the gradient written straight into one vector.
    """
    sizes = net.sizes
    if (type(x) is not np.ndarray or type(y) is not np.ndarray or x.dtype is not _F64
            or y.dtype is not _F64 or x.ndim != 2 or x.shape[1] != sizes[0]
            or y.shape != (x.shape[0], sizes[-1])):
        x, y = as_batch(net, x, y)  # type: ignore[assignment]
    m = x.shape[0]
    theta = net.theta
    layout = _layout(sizes)
    plan = _plan(net.activations, net.loss)
    Ws, zs, acts = [], [x], [x]
    a = z = x
    for s, (f, _) in zip(layout, plan, strict=True):  # (3-18)
        W = theta[s.W].reshape(s.p, s.q)
        z = _dot(a, W)
        z += theta[s.b]
        a = f(z)
        Ws.append(W)
        zs.append(z)
        acts.append(a)
    delta = a - y
    if net.loss == "cross_entropy":
        J = -float(_vdot(y, log_softmax(z)))
    else:
        J = 0.5 * float(_vdot(delta, delta))  # (3-19)
        delta *= plan[-1][1](z, a)  # (3-37)
    if m != 1:
        J /= m
        delta /= m
    grad = np.empty(theta.size)
    for l in range(len(Ws) - 1, -1, -1):
        s = layout[l]
        _dot(acts[l].T, delta, out=grad[s.W].reshape(s.p, s.q))  # (3-34)
        if m == 1:
            grad[s.b] = delta  # (3-35)
        else:
            delta.sum(axis=0, out=grad[s.b])
        if l:
            delta = _dot(delta, Ws[l].T)  # (3-36)
            delta *= plan[l - 1][1](zs[l], acts[l])
    theta, state = optimizer.step(theta, grad, state)  # (3-12)
    theta.flags.writeable = False
    return net._with(theta), state, J, grad


def cost(net: Network, x: Array, y: Array) -> float:
    """J of the network on x, y (m × S_1, m × S_L float64, as `as_batch` gives them)   (3-19)

    The same number as forward then loss, for the training loop's per-step J on the whole set.
    """
    a = z = x
    theta = net.theta
    for s, (f, _) in zip(_layout(net.sizes), _plan(net.activations, net.loss), strict=True):
        z = _dot(a, theta[s.W].reshape(s.p, s.q))
        z += theta[s.b]
        a = f(z)
    if net.loss == "cross_entropy":
        return -float(_vdot(y, log_softmax(z))) / x.shape[0]
    diff = a - y
    return 0.5 * float(_vdot(diff, diff)) / x.shape[0]
