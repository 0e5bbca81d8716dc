"""The network of figure 3-16 as data: layer sizes, activations, the loss, and θ.

Numbering. The seed counts layers from 1 (layer 1 is the input); Python lists count from 0, so
list index l holds the seed's layer l+1 everywhere: `a[0]` is a^1 = x, `W[0]` is W^1. The
formulas read the same with list indices: z[l+1] = a[l] @ W[l] + b[l]. Functions that name one
weight w^l_{ij} (`Network.weight_index`, `gdsim.core.paths`) take the seed's own 1-based l, i, j.

W^l has shape (S_l, S_{l+1}) and W^l[j, i] = w^l_{ij} (3-15): rows are source neurons, columns
targets, so a row of activations times W^l gives the next layer. Samples are rows (m × S).
All weights and biases live in ONE flat vector `theta` (W^1, b^1, W^2, b^2, … each row-major);
`W` and `b` are read-only views into it, so an optimizer steps the whole network at once.
What the network computes is in `gdsim.core.backprop`; its JSON file is read and written here.
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core import settings
from gdsim.core.activations import (
    ACTIVATIONS,
    LOSSES,
    Activation,
    Loss,
    activation_name,
    loss_name,
)
from gdsim.core.errors import InputError, NetworkError
from gdsim.core.naming import parameter_plain
from gdsim.core.sizes import _short, _sizes_text, check_sizes, layout, parameter_count, views

Array = NDArray[np.float64]


@lru_cache(maxsize=64)
def _plan(activations: tuple[str, ...], loss: str) -> tuple[Activation, ...]:
    """Each weight layer's activation record; the loss may bring its own output layer."""
    plan = [ACTIVATIONS[name] for name in activations]
    output = LOSSES[loss].output
    if output is not None:
        plan[-1] = output
    return tuple(plan)


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
            raise NetworkError("activation: {count} names for {layers} weight layers (sizes "
                               "{sizes})", count=len(acts), layers=len(sizes) - 1,
                               sizes=_sizes_text(sizes))
        acts = tuple(activation_name(a, f"activation[{i}]") for i, a in enumerate(acts))
        theta = np.array(self.theta, dtype=np.float64)  # a private copy
        n = parameter_count(sizes)
        if theta.shape != (n,):
            raise NetworkError("theta: shape {shape} but sizes {sizes} need ({n},)",
                               shape=theta.shape, sizes=_sizes_text(sizes), n=n)
        if not np.all(np.isfinite(theta)):
            bad = int(np.argmin(np.isfinite(theta)))
            raise NetworkError("theta: parameter {bad} is not finite", bad=bad)
        theta.flags.writeable = False
        for key, value in (("sizes", sizes), ("activations", acts),
                           ("loss", loss_name(self.loss)), ("theta", theta)):
            object.__setattr__(self, key, value)

    # -- views ----------------------------------------------------------------------------------
    @cached_property
    def W(self) -> tuple[Array, ...]:
        """The seed's W^1, W^2, …: W[l][j, i] joins neuron j of a layer to neuron i of the next."""
        W, self.__dict__["b"] = views(self.theta, self.sizes)  # b comes with it
        return W

    @cached_property
    def b(self) -> tuple[Array, ...]:
        """The seed's b^1, b^2, …: b[l][i] is the bias of neuron i of the next layer."""
        return views(self.theta, self.sizes)[1]

    @cached_property
    def f(self) -> tuple[Activation, ...]:
        """The activation record of each weight layer (the output's may come with the loss)."""
        return _plan(self.activations, self.loss)

    @cached_property
    def J(self) -> Loss:
        """The loss record."""
        return LOSSES[self.loss]

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
            raise NetworkError("vector: shape {shape} but the network has {needed} parameters",
                               shape=vector.shape, needed=self.theta.shape)
        return views(vector, self.sizes)

    def with_theta(self, theta: ArrayLike) -> Network:
        """The same network with other parameters (checked for shape, copied)."""
        theta = np.array(theta, dtype=np.float64)
        if theta.shape != self.theta.shape:
            raise NetworkError("theta: shape {shape} but the network needs {needed}",
                               shape=theta.shape, needed=self.theta.shape)
        theta.flags.writeable = False
        return self._with(theta)

    def _with(self, theta: Array) -> Network:
        """The same network around a fresh theta, without checks: the training loop's path.

        Its W and b are made here at once: a `cached_property` takes a lock at its first use,
        which cost the seed's 3-4-2 training step more than the views themselves (callgrind)."""
        new = object.__new__(Network)
        d = new.__dict__
        d["sizes"], d["activations"], d["loss"], d["theta"], d["f"], d["J"] = (
            self.sizes, self.activations, self.loss, theta, self.f, self.J)
        d["W"], d["b"] = views(theta, self.sizes)
        return new

    # -- the seed's numbering -------------------------------------------------------------------
    def weight_index(self, l: int, i: int, j: int) -> int:
        """Where w^l_{ij} (neuron j of layer l → neuron i of layer l+1, all 1-based) is in theta."""
        self._check_lij(l, i, j)
        s = layout(self.sizes)[l - 1]
        return s.W.start + (j - 1) * s.shape[1] + (i - 1)

    def bias_index(self, l: int, i: int) -> int:
        """Where b^l_i (the bias of neuron i of layer l+1, 1-based) is in theta."""
        self._check_lij(l, i, 1)
        return layout(self.sizes)[l - 1].b.start + (i - 1)

    def parameter_name(self, k: int) -> str:
        """The seed's name of theta[k]: "w^1_11", "b^2_1", …"""
        return parameter_plain(self.parameter_address(k))

    def parameter_address(self, k: int) -> tuple[str, int, int, int | None]:
        """theta[k] as ("w", l, i, j) or ("b", l, i, None), seed numbering."""
        for l, s in enumerate(layout(self.sizes), start=1):
            if s.W.start <= k < s.W.stop:
                j, i = divmod(k - s.W.start, s.shape[1])
                return "w", l, i + 1, j + 1
            if s.b.start <= k < s.b.stop:
                return "b", l, k - s.b.start + 1, None
        raise InputError("parameter: {k} is outside 0…{last}", k=k, last=self.n_params - 1)

    def _check_lij(self, l: int, i: int, j: int) -> None:
        if not 1 <= l <= self.L - 1:
            raise InputError("weight: layer l = {l} is outside 1…{last}", l=l, last=self.L - 1)
        if not 1 <= i <= self.sizes[l]:
            raise InputError("weight: i = {i} is outside 1…{last} (layer {layer})", i=i,
                             last=self.sizes[l], layer=l + 1)
        if not 1 <= j <= self.sizes[l - 1]:
            raise InputError("weight: j = {j} is outside 1…{last} (layer {l})", j=j,
                             last=self.sizes[l - 1], l=l)

    # -- constructors and the network file ------------------------------------------------------
    @classmethod
    def from_sizes(cls, sizes: Sequence[int],
                   activation: str | Sequence[str] = settings.ACTIVATION.default,
                   loss: str = settings.LOSS.default, seed: int = settings.SEED.default
                   ) -> Network:
        """A network with seeded uniform weights (Xavier; He for ReLU) and zero biases."""
        sizes = check_sizes(tuple(sizes), "sizes")
        acts = _activation_list(activation, len(sizes) - 1)
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise NetworkError("seed: expected a whole number ≥ 0, got {seed!r}", seed=seed)
        rng = np.random.default_rng(int(seed))
        parts = []
        for (p, q), act in zip(zip(sizes[:-1], sizes[1:], strict=True), acts, strict=True):
            limit = math.sqrt(6 / p) if ACTIVATIONS[act].he else math.sqrt(6 / (p + q))
            parts += [rng.uniform(-limit, limit, p * q), np.zeros(q)]
        return cls(sizes, acts, loss, np.concatenate(parts))

    @classmethod
    def from_dict(cls, d: Any) -> Network:
        """A network from a JSON network file (README, "gdsim train"), checked piece by piece."""
        if not isinstance(d, dict):
            raise NetworkError("network: expected a JSON object with sizes, activation, loss, "
                               "weights and biases")
        known = {"sizes", "activation", "loss", "weights", "biases", "seed"}
        unknown = sorted(set(d) - known)
        if unknown:
            raise NetworkError("network: unknown key {key!r}; the keys are {keys}",
                               key=unknown[0], keys=", ".join(sorted(known)))
        if "sizes" not in d:
            raise NetworkError("network: missing 'sizes'")
        raw = d["sizes"]
        if not isinstance(raw, list):
            raise NetworkError("sizes: expected a list of layer sizes, got {raw!r}", raw=raw)
        sizes = []
        for k, s in enumerate(raw):
            if isinstance(s, bool) or not (isinstance(s, int) or (
                    isinstance(s, float) and s.is_integer())):
                raise NetworkError("sizes[{k}]: {size} is not a whole number", k=k,
                                   size=_short(repr(s)))
            sizes.append(int(s))
        sizes_t = check_sizes(sizes, "sizes")
        acts = _activation_list(d.get("activation", settings.ACTIVATION.default),
                                len(sizes_t) - 1)
        loss = loss_name(d.get("loss", settings.LOSS.default))
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
        raise NetworkError("activation: expected a name or a list of names, got {activation!r}",
                           activation=activation)
    if len(activation) != n:
        raise NetworkError("activation: {count} names but the network has {n} weight layers",
                           count=len(activation), n=n)
    return tuple(activation_name(a, f"activation[{k}]") for k, a in enumerate(activation))


def _matrices(value: Any, name: str, shapes: Sequence[tuple[int, ...]],
              sizes: tuple[int, ...]) -> list[Array]:
    """One float array per weight layer with the shape the sizes need, or NetworkError."""
    if not isinstance(value, list) or len(value) != len(shapes):
        got = f"{len(value)}" if isinstance(value, list) else repr(value)[:40]
        raise NetworkError("{name}: expected {count} entries (one per weight layer) for sizes "
                           "{sizes}, got {got}", name=name, count=len(shapes),
                           sizes=_sizes_text(sizes), got=got)
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
            raise NetworkError("{where}: holds a number too large for a float",
                               where=where) from None
        if arr.shape != shape:
            raise NetworkError("{where}: shape {shape} but sizes {sizes} need {needed}",
                               where=where, shape=arr.shape, sizes=_sizes_text(sizes),
                               needed=shape)
        if not np.all(np.isfinite(arr)):
            index = tuple(int(k) for k in np.argwhere(~np.isfinite(arr))[0])
            raise NetworkError("{where}: {value!r} is not a finite number",
                               where=where + "".join(f"[{k}]" for k in index),
                               value=float(arr[index]))
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
        raise NetworkError("{where}: shape {shape} but sizes {sizes} need {needed}",
                           where=where, shape=tuple(got), sizes=_sizes_text(sizes),
                           needed=shape)

    def walk(v: Any, at: str, dims: tuple[int, ...]) -> None:
        if not dims:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise NetworkError("{at}: {value!r} is not a number", at=at, value=str(v)[:40])
        elif not isinstance(v, list) or len(v) != dims[0]:
            got = len(v) if isinstance(v, list) else repr(v)[:40]
            raise NetworkError("{at}: expected {count} entries, got {got} (sizes {sizes} "
                               "need {shape} at {where})", at=at, count=dims[0], got=got,
                               sizes=_sizes_text(sizes), shape=shape, where=where)
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
        raise InputError("x: expected samples as rows of {S1} numbers, got shape {shape}", S1=S1,
                         shape=xa.shape)
    if xa.shape[1] != S1:
        raise InputError("x: {count} numbers per sample but the input layer has {S1} neurons",
                         count=xa.shape[1], S1=S1)
    if y is None:
        return xa, None
    ya = _finite_array(y, "y")
    ya = ya[None, :] if ya.ndim == 1 else ya
    if ya.ndim != 2:
        raise InputError("y: expected targets as rows of {SL} numbers, got shape {shape}", SL=SL,
                         shape=ya.shape)
    if ya.shape[1] != SL:
        raise InputError("y: {count} numbers per sample but the output layer has {SL} neurons",
                         count=ya.shape[1], SL=SL)
    if ya.shape[0] != xa.shape[0]:
        raise InputError("y: {targets} targets for {samples} samples", targets=ya.shape[0],
                         samples=xa.shape[0])
    net.J.check_targets(ya)
    return xa, ya


def _finite_array(v: ArrayLike, name: str) -> Array:
    try:
        arr = np.array(v, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        raise InputError("{name}: expected numbers, got {value!r}", name=name,
                         value=str(v)[:60]) from None
    if not np.all(np.isfinite(arr)):
        raise InputError("{name}: holds a number that is not finite", name=name)
    return arr

