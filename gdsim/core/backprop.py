"""What the network computes: forward (3-14 … 3-18), J (3-19), backward (3-30 … 3-37), (3-12).

Each equation is one function here and nowhere else; the training step is these functions
called in turn. For speed the backward pass writes ∂J/∂W^l and ∂J/∂b^l straight into views of
one gradient vector laid out like θ (`out=`), so the vector the optimizer steps with is the one
the snapshot shows.

Mean over samples: J = (1/m) Σ ½‖a^L − y‖². The 1/m sits in δ^L alone, so every δ^l is
exactly ∂J/∂z^l and (3-34), (3-35) sum over the batch. List index l is the seed's layer l+1
(see `gdsim.core.architecture`).
"""

# ruff: noqa: E741  (l is the seed's layer index)
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core.architecture import Network, as_batch
from gdsim.core.optimizers import Optimizer, State
from gdsim.core.sizes import views

Array = NDArray[np.float64]

_F64 = np.dtype(np.float64)


class Forward(NamedTuple):
    """Every layer's z and a for a batch: a[0] = x = a^1, z[0] is None (the input has no z)."""

    z: tuple[Array | None, ...]
    a: tuple[Array, ...]


class Backward(NamedTuple):
    """δ[l] = ∂J/∂z (δ[0] is None), dW[l] = ∂J/∂W, db[l] = ∂J/∂b: views of one vector `grad`."""

    delta: tuple[Array | None, ...]
    dW: tuple[Array, ...]
    db: tuple[Array, ...]
    grad: Array  # laid out like theta


class Pass(NamedTuple):
    """One iteration's computation at θ_k on its batch: the forward pass, J, the backward pass."""

    fwd: Forward
    J: float
    bwd: Backward


def _samples(net: Network, x: ArrayLike) -> Array:
    """x as m × S_1 floats: as given when it already is, else checked by `as_batch`."""
    if (type(x) is np.ndarray and x.dtype is _F64 and x.ndim == 2
            and x.shape[1] == net.sizes[0] and x.shape[0]):
        return x
    return as_batch(net, x)[0]


def _targets(net: Network, x: Array, y: ArrayLike) -> Array:
    """y as m × S_L floats fitting x, checked against the loss (probabilities, say)."""
    if type(y) is np.ndarray and y.dtype is _F64 and y.shape == (x.shape[0], net.sizes[-1]):
        net.J.check_targets(y)
        return y
    ya = as_batch(net, x, y)[1]
    assert ya is not None
    return ya


# ----------------------------------------------------------------------------------------------
# Forward, one layer at a time.


def forward_layer(net: Network, l: int, a_l: Array) -> tuple[Array, Array]:
    """z^{l+1} = a^l W^l + b^l, a^{l+1} = f(z^{l+1})   (3-18)

    l is the list index of the weight layer (0 … L−2). (3-14 … 3-17) are this for figure 3-16.
    """
    z = np.dot(a_l, net.W[l])
    z += net.b[l]
    return z, net.f[l].f(z)


def forward(net: Network, x: ArrayLike) -> Forward:
    """a^1 = x, then (3-18) layer after layer: z^2, a^2 (3-14 … 3-16), z^3, a^3 (3-17), …"""
    a = [_samples(net, x)]
    z: list[Array | None] = [None]
    for l in range(len(net.sizes) - 1):
        z_next, a_next = forward_layer(net, l, a[-1])
        z.append(z_next)
        a.append(a_next)
    return Forward(tuple(z), tuple(a))


def loss(net: Network, z_L: Array, a_L: Array, y: Array) -> float:
    """J = (1/m) Σ ½‖a^L − y‖²   (3-19 for one sample); under cross-entropy −(1/m) Σ y·log a^L.

    The loss record computes the sum (cross-entropy takes log a^L as log softmax(z^L)).
    """
    m = a_L.shape[0] if a_L.ndim == 2 else 1
    J = net.J.total(z_L, a_L, y)
    return J / m if m != 1 else J


def cost(net: Network, x: ArrayLike, y: ArrayLike, checked: bool = False) -> float:
    """J of the network on x, y: the forward pass, then (3-19) (`checked` as `backpropagate`'s)."""
    fwd = forward(net, x)
    y_arr = y if checked else _targets(net, fwd.a[0], y)
    return loss(net, fwd.z[-1], fwd.a[-1], y_arr)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------------------
# Backward: the δs from the output leftwards, and the gradients they give.


def output_delta(net: Network, z_L: Array, a_L: Array, y: Array) -> Array:
    """δ^L = (a^L − y) ⊙ f′(z^L) / m   (3-37; 3-33 elementwise)

    The loss record gives m·δ^L: under cross-entropy (softmax output) it is a^L − y.
    """
    m = a_L.shape[0] if a_L.ndim == 2 else 1
    delta = net.J.error(z_L, a_L, y, net.f[-1])
    if m != 1:
        delta /= m
    return delta


def hidden_delta(net: Network, l: int, delta_next: Array, z_l: Array,
                 a_l: Array | None = None) -> Array:
    """δ^l = (δ^{l+1} (W^l)^T) ⊙ f′(z^l)   (3-36; 3-27 elementwise)

    l is the list index of a hidden layer (1 … L−2); its z came through activation l−1, and
    a_l = f(z^l) saves computing it again.
    """
    delta = np.dot(delta_next, net.W[l].T)
    delta *= net.f[l - 1].prime(z_l, a_l)
    return delta


def weight_gradient(a_l: Array, delta_next: Array, out: Array | None = None) -> Array:
    """∂J/∂W^l = (a^l)^T δ^{l+1}   (3-34; 3-30 elementwise: ∂J/∂w^l_{ij} = δ^{l+1}_i a^l_j)"""
    return np.dot(a_l.T, delta_next, out=out)


def bias_gradient(delta_next: Array, out: Array | None = None) -> Array:
    """∂J/∂b^l = δ^{l+1}, summed over the batch   (3-35; 3-31 elementwise)"""
    if out is not None and len(delta_next) == 1:  # one sample: the sum is the row itself
        out[...] = delta_next
        return out
    return delta_next.sum(axis=0, out=out)


def backward(net: Network, fwd: Forward, y: ArrayLike, out: Array | None = None,
             checked: bool = False) -> Backward:
    """Backpropagation: δ^L (3-37), then ∂J/∂W^l, ∂J/∂b^l (3-34, 3-35), δ^l (3-36), leftwards.

    The gradients are written into `out` (a fresh vector laid out like θ if not given).
    `checked`: y is already m × S_L floats the loss accepts (see `backpropagate`).
    """
    y_arr = y if checked else _targets(net, fwd.a[0], y)
    n = len(net.sizes) - 1
    grad = np.empty(net.theta.size) if out is None else out
    dW, db = views(grad, net.sizes)
    delta: list[Array | None] = [None] * (n + 1)
    d = delta[n] = output_delta(net, fwd.z[n], fwd.a[n], y_arr)  # type: ignore[arg-type]
    for l in range(n - 1, -1, -1):
        weight_gradient(fwd.a[l], d, out=dW[l])
        bias_gradient(d, out=db[l])
        if l:
            d = delta[l] = hidden_delta(net, l, d, fwd.z[l], fwd.a[l])  # type: ignore[arg-type]
    return Backward(tuple(delta), dW, db, grad)


# ----------------------------------------------------------------------------------------------
# One iteration.


def update(net: Network, grad: Array, optimizer: Optimizer,
           opt_state: State) -> tuple[Network, State]:
    """θ_{k+1} from θ_k and ∂J/∂θ: the optimizer steps all of θ at once (SGD: `SGD.step`, 3-12)."""
    theta, opt_state = optimizer.step(net.theta, grad, opt_state)
    theta.setflags(write=False)
    return net._with(theta), opt_state


def backpropagate(net: Network, x: ArrayLike, y: ArrayLike, checked: bool = False) -> Pass:
    """The forward pass, J (3-19) and the backward pass at θ on one batch.

    x and y are checked once for the whole pass; `checked` says they were already, as a model
    checks its own data once (`as_batch`) rather than at every step: then they are m × S_1 and
    m × S_L float arrays and y is targets the loss accepts (probabilities, say).
    """
    fwd = forward(net, x)
    y_arr = y if checked else _targets(net, fwd.a[0], y)
    J = loss(net, fwd.z[-1], fwd.a[-1], y_arr)  # type: ignore[arg-type]
    return Pass(fwd, J, backward(net, fwd, y_arr, checked=True))


def train_step(net: Network, x: ArrayLike, y: ArrayLike, optimizer: Optimizer,
               state: State) -> tuple[Network, State, float, Array]:
    """One iteration: forward (3-18), J (3-19), backward (3-34 … 3-37), update (3-12).

    Returns the new network and optimizer state, J before the update, and the ∂J/∂θ the
    update stepped with.
    """
    p = backpropagate(net, x, y)
    new, state = update(net, p.bwd.grad, optimizer, state)
    return new, state, p.J, p.bwd.grad
