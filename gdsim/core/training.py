"""Network mode as a timeline model: training a network, one iteration at a time (3.3.4-3.3.6).

The state after k iterations is θ_k and the optimizer's state; replay is `train_step`. What the
diagram shows inside an iteration — the forward pass layer by layer, the δs leftwards, then the
update — is computed from θ_k when a snapshot is asked for, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.datasets import batches, get_dataset, one_sample
from gdsim.core.descent import OVERFLOW
from gdsim.core.errors import GdsimError, InputError
from gdsim.core.network import Backward, Forward, Network, backward, cost, forward, train_step
from gdsim.core.optimizers import Optimizer, State, make_optimizer
from gdsim.core.scenario import NetworkSettings

Array = NDArray[np.float64]


@dataclass(frozen=True)
class NetState:
    """θ_k and the optimizer's state after k iterations, and J(θ_k) on the whole data set."""

    k: int
    net: Network
    opt_state: State = field(repr=False)
    J: float
    diverged_at: int | None = None


@dataclass(frozen=True)
class NetworkSnapshot:
    """Everything the network views draw: θ_k, the pass inside iteration k → k+1, the history."""

    k: int
    phase: int  # 0 … phase_count − 1 within the iteration (see Training.phase_label)
    phase_label: str
    net: Network
    x: Array  # the batch of this iteration (m × S_1) and its targets
    y: Array
    fwd: Forward  # at θ_k on this batch
    bwd: Backward
    J: float  # J(θ_k) on the whole data set
    step: Array | None  # Δθ = θ_{k+1} − θ_k, shown by the update phase
    rows: Array = field(repr=False)  # (k+1, 3): J, θ[axis 1], θ[axis 2] per iteration
    axes: tuple[int, int]
    status: str
    max_steps: int
    settings: NetworkSettings
    data: tuple[Array, Array] = field(repr=False)  # the whole data set (X, Y)
    lr: float = 0.0

    @property
    def losses(self) -> Array:
        return self.rows[:, 0]

    @property
    def revealed_forward(self) -> int:
        """How many weight layers of the forward pass are shown (0 … L−1)."""
        n = len(self.net.W)
        return min(self.phase, n) if self.phase < 2 * n + 1 else n

    @property
    def revealed_backward(self) -> int:
        """How many δ layers are shown, counted from the output leftwards (0 … L−1)."""
        n = len(self.net.W)
        return max(0, min(self.phase - n, n))


def build_data(s: NetworkSettings, sizes: tuple[int, ...]) -> tuple[Array, Array]:
    """The samples (X, Y) the settings ask for, checked against the network's sizes."""
    if s.data == "one":
        if len(s.x) != sizes[0]:
            raise InputError(f"x: {len(s.x)} numbers but the input layer has {sizes[0]} neurons")
        if len(s.y) != sizes[-1]:
            raise InputError(f"y: {len(s.y)} numbers but the output layer has {sizes[-1]} "
                             "neurons")
        return one_sample(s.x, s.y)
    if sizes[0] != 2:
        raise InputError(f"data: {s.data} has 2 inputs but the input layer has {sizes[0]} neurons")
    if sizes[-1] not in (1, 2):
        raise InputError(f"data: {s.data} has 2 classes; the output layer needs 1 or 2 neurons, "
                         f"not {sizes[-1]}")
    targets = "binary" if sizes[-1] == 1 else "onehot"
    n = 4 if s.data == "xor" else s.n
    return get_dataset(s.data, n=n, noise=s.noise, seed=s.seed, targets=targets)


def build_network(s: NetworkSettings) -> Network:
    if s.weights is not None:
        return Network.from_dict(s.weights)
    return Network.from_sizes(s.sizes, s.activation, s.loss, s.seed)


def default_axes(net: Network) -> tuple[int, int]:
    """w^1_11 and w^{L−1}_11: the first weight of the first and of the last weight layer
    (with one weight layer, its first two parameters)."""
    first, last = net.weight_index(1, 1, 1), net.weight_index(net.L - 1, 1, 1)
    return (first, last) if last != first else (first, first + 1)


def chosen_axes(s: NetworkSettings, net: Network) -> tuple[int, int]:
    """The settings' two landscape weights, −1 standing for the default one."""
    auto = default_axes(net)
    a, b = (x if x >= 0 else auto[i] for i, x in enumerate(s.axes))
    return a, b


@dataclass(frozen=True, eq=False)
class Training:
    """The model the timeline replays: deterministic batches, `train_step`, divergence checks."""

    settings: NetworkSettings
    start: Network
    X: Array
    Y: Array
    optimizer: Optimizer
    axes: tuple[int, int]

    @classmethod
    def from_settings(cls, s: NetworkSettings) -> Training:
        net = build_network(s)
        X, Y = build_data(s, net.sizes)
        optimizer = make_optimizer(s.optimizer, lr=s.lr, **s.hyper)
        axes = chosen_axes(s, net)
        if max(axes) >= net.n_params or axes[0] == axes[1]:
            raise InputError(f"axes: need two different parameters in 0…{net.n_params - 1}")
        return cls(s, net, X, Y, optimizer, axes)

    # -- the timeline model ---------------------------------------------------------------------
    def batch(self, k: int) -> tuple[Array, Array]:
        return batches(self.X, self.Y, self.settings.batch_size or None, k, self.settings.seed)

    def full_loss(self, net: Network) -> float:
        return cost(net, self.X, self.Y)

    def initial(self) -> NetState:
        with np.errstate(all="ignore"):
            J = self.full_loss(self.start)
        if not np.isfinite(J):
            raise InputError("network: J is not finite for the starting weights")
        return NetState(0, self.start, self.optimizer.init_state(self.start.theta), J)

    def advance(self, s: NetState) -> NetState:
        if s.diverged_at is not None:
            return s
        x, y = self.batch(s.k)
        try:
            with np.errstate(all="ignore"):
                net, opt_state, _, _ = train_step(s.net, x, y, self.optimizer, s.opt_state)
                theta_ok = bool(np.all(np.abs(net.theta) < OVERFLOW))
                J = self.full_loss(net) if theta_ok else float("inf")
        except (GdsimError, FloatingPointError, OverflowError):
            theta_ok, J = False, float("inf")
        if not theta_ok or not np.isfinite(J):
            return NetState(s.k, s.net, s.opt_state, s.J, s.k + 1)  # keep the last finite θ
        return NetState(s.k + 1, net, opt_state, J)

    def row(self, s: NetState) -> Array:
        return np.array([s.J, s.net.theta[self.axes[0]], s.net.theta[self.axes[1]]])

    def state_nbytes(self) -> int:
        arrays = 1 + sum(isinstance(v, np.ndarray) for v in self.optimizer.init_state(
            self.start.theta).values())
        return 8 * self.start.n_params * arrays + 600

    def status(self, s: NetState) -> str:
        return "running" if s.diverged_at is None else f"diverged at step {s.diverged_at}"

    # -- phases inside one iteration ------------------------------------------------------------
    @property
    def layers(self) -> int:
        return len(self.start.sizes) - 1

    @property
    def phase_count(self) -> int:
        """Ready, one forward phase per weight layer, one backward per δ, the update."""
        return 2 * self.layers + 2

    def phase_label(self, phase: int) -> str:
        n, L = self.layers, self.layers + 1
        if phase == 0:
            return "Ready: θ_k, nothing computed yet"
        if phase <= n:
            return f"Forward: layer {phase + 1}"
        if phase <= 2 * n:
            return f"Backward: δ{superscript(L - (phase - n) + 1)}"
        return "Update"

    def next_phase(self, phase: int, granularity: str) -> int:
        n = self.layers
        if granularity == "layer":
            return phase + 1
        for end in (n, 2 * n, 2 * n + 1, 2 * n + 2):  # end of forward, backward, update
            if phase < end:
                return end
        return self.phase_count

    def previous_phase(self, phase: int, granularity: str) -> int:
        n = self.layers
        if granularity == "layer":
            return max(0, phase - 1)
        for start in (2 * n + 1, 2 * n, n, 0):
            if phase > start:
                return start
        return 0

    # -- the snapshot ---------------------------------------------------------------------------
    def snapshot(self, k: int, phase: int, s: NetState, timeline: Any,
                 max_steps: int) -> NetworkSnapshot:
        x, y = self.batch(k)
        fwd, bwd = self._pass(s.net, k)
        step = None
        if phase == self.phase_count - 1:
            after = timeline.get(k + 1) if timeline.last > k else None
            if after is not None and after.diverged_at is None:
                step = np.asarray(after.net.theta - s.net.theta)
        return NetworkSnapshot(
            k, phase, self.phase_label(phase), s.net, x, y, fwd, bwd, s.J, step,
            timeline.rows[: k + 1], self.axes, self.status(s), max_steps, self.settings,
            (self.X, self.Y), self.optimizer.lr)

    def _pass(self, net: Network, k: int) -> tuple[Forward, Backward]:
        return _cached_pass(self, net, k)


@lru_cache(maxsize=8)
def _cached_pass(training: Training, net: Network, k: int) -> tuple[Forward, Backward]:
    """The forward and backward pass at θ_k on batch k (a few are kept: stepping phases)."""
    x, y = training.batch(k)
    with np.errstate(all="ignore"):
        fwd = forward(net, x)
        return fwd, backward(net, fwd, y)


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPTS)
