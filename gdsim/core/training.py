"""Network mode as a timeline model: training a network, one iteration at a time (3.3.4-3.3.6).

The state after k iterations is θ_k and the optimizer's state; an iteration is `backpropagate`
then `update`. What the diagram shows inside an iteration — the forward pass layer by layer,
the δs leftwards, then the update — is that same pass at θ_k: the one the iteration computed
while it is still kept, else computed again by the same functions (the same numbers, bit for
bit), never stored with every state.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.activations import LOSSES
from gdsim.core.architecture import Network, as_batch
from gdsim.core.backprop import Backward, Forward, Pass, backpropagate, cost, update
from gdsim.core.data_file import DataTable, fit_sizes, read_data_file
from gdsim.core.datasets import DATASETS, batches, for_network, one_sample, split
from gdsim.core.descent import OVERFLOW, diverging, growth
from gdsim.core.errors import GdsimError, InputError
from gdsim.core.hidden import NOTHING, Hidden
from gdsim.core.optimizers import Optimizer, State, network_optimizer
from gdsim.core.phases import Granularity, Phase, Stage, next_phase, phase_count, previous_phase
from gdsim.core.scenario import NetworkSettings
from gdsim.core.status import State as RunState
from gdsim.core.status import Status
from gdsim.core.theta import from_mapping
from gdsim.core.timeline import Timeline

Array = NDArray[np.float64]
KEPT_PASSES = 4  # the last few iterations' passes, for the snapshots that show them


@dataclass(frozen=True)
class NetState:
    """θ_k and the optimizer's state after k iterations, and J(θ_k) on the whole data set."""

    k: int
    net: Network
    opt_state: State = field(repr=False)
    J: float
    status: Status = Status()  # diverged at k by the rule, or at k + 1: that one overflows
    test_J: float | None = None  # J(θ_k) on the held-out test set, if there is one
    J0: float = 0.0  # J(θ_0), which the divergence rule measures J against
    growing: int = 0  # how many iterations in a row J has grown up to here

    @property
    def diverged_at(self) -> int | None:
        return self.status.at if self.status.diverged else None

    @property
    def halted(self) -> bool:
        """Iteration k → k+1 cannot be taken (its numbers overflow): θ_k is the last."""
        return self.status.diverged and self.status.at == self.k + 1


def next_state(s: NetState, net: Network, opt_state: State, J: float,
               test_J: float | None) -> NetState:
    """θ_{k+1} after θ_k = s, with its J, diverged at k + 1 if the divergence rule says so."""
    growing = int(growth(J, s.J, s.growing))
    status = Status(RunState.DIVERGED, s.k + 1) if diverging(J, s.J0, growing) else Status()
    return NetState(s.k + 1, net, opt_state, J, status, test_J=test_J, J0=s.J0, growing=growing)


@dataclass(frozen=True)
class NetworkSnapshot:
    """Everything the network views draw: θ_k, the pass inside iteration k → k+1, the history.

    `phase` is the cursor inside the iteration (0 … phase_count − 1); `stage` and `stage_layer`
    say what it shows: READY, FORWARD (layer a^stage_layer just computed), BACKWARD (δ^stage_layer
    just computed) or UPDATE. `bwd.grad` is the ∂J/∂θ the iteration k → k+1 steps with.
    """

    k: int
    phase: int
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
    status: Status
    max_steps: int
    settings: NetworkSettings
    data: tuple[Array, Array] = field(repr=False)  # the whole data set (X, Y)
    lr: float = 0.0
    stage: Stage = Stage.READY
    stage_layer: int = 0  # the seed's layer of the forward or backward phase; 0 otherwise
    test: tuple[Array, Array] | None = field(default=None, repr=False)  # the held-out set
    hidden: Hidden = NOTHING  # what an open lesson question asks: the views print "?" for it

    @property
    def losses(self) -> Array:
        return self.rows[:, 0]

    @property
    def test_losses(self) -> Array | None:
        """J(θ_0 … θ_k) on the held-out test set, or None without one."""
        return self.rows[:, 3] if self.test is not None else None

    @property
    def revealed_forward(self) -> int:
        """How many weight layers of the forward pass are shown (0 … L−1)."""
        n = len(self.net.sizes) - 1
        return {Stage.READY: 0, Stage.FORWARD: self.stage_layer - 1}.get(self.stage, n)

    @property
    def revealed_backward(self) -> int:
        """How many δ layers are shown, counted from the output leftwards (0 … L−1)."""
        n = len(self.net.sizes) - 1
        if self.stage is Stage.BACKWARD:
            return n + 2 - self.stage_layer
        return n if self.stage is Stage.UPDATE else 0

    @property
    def front(self) -> tuple[int, int]:
        """The layers (list indices) being computed: the one just reached, all at the update."""
        n = len(self.net.sizes) - 1
        if self.stage is Stage.UPDATE:
            return 0, n
        t = self.stage_layer - 1 if self.stage_layer else 0
        return t, t


def build_data(s: NetworkSettings, sizes: tuple[int, ...]) -> tuple[Array, Array]:
    """The samples (X, Y) the settings ask for, checked against the network's sizes."""
    if DATASETS[s.data].typed:
        if len(s.x) != sizes[0]:
            raise InputError("x: {count} numbers but the input layer has {inputs} neurons",
                             count=len(s.x), inputs=sizes[0])
        if len(s.y) != sizes[-1]:
            raise InputError("y: {count} numbers but the output layer has {outputs} neurons",
                             count=len(s.y), outputs=sizes[-1])
        return one_sample(s.x, s.y)
    if DATASETS[s.data].file:
        table = data_table(s)
        fitted, _ = fit_sizes(sizes, table)
        if fitted != sizes:
            raise InputError("data: {path} has {features} features and {outputs} outputs; the "
                             "layer sizes must be {needed}, got {sizes}", path=s.data_file,
                             features=len(table.features), outputs=table.outputs,
                             needed=",".join(map(str, fitted)), sizes=",".join(map(str, sizes)))
        return table.X, table.Y
    return for_network(s.data, sizes, s.n, s.noise, s.seed)  # checked against the sizes there


def data_table(s: NetworkSettings) -> DataTable:
    """The settings' data file, read for their loss: class labels for cross-entropy (a softmax
    output), numbers for ½-squared error."""
    if s.data_file is None:
        raise InputError("data: 'file' needs a data file (network.data_file)")
    return read_data_file(s.data_file, s.target, LOSSES[s.loss].output is not None)


def class_names(s: NetworkSettings, outputs: int) -> tuple[str, ...] | None:
    """The names of the data's classes, in the order of the targets' columns: a file's labels,
    the digits 0 … 9, 0 and 1 of a built-in set; None for targets that are numbers."""
    data = DATASETS[s.data]
    if data.typed:
        return None
    if data.file:
        return data_table(s).classes
    return tuple(str(k) for k in range(max(outputs, 2)))


def build_network(s: NetworkSettings) -> Network:
    """θ₀: a network file's weights, else seeded ones; the settings' θ by name over either."""
    net = (Network.from_dict(s.weights) if s.weights is not None
           else Network.from_sizes(s.sizes, s.activation, s.loss, s.seed))
    if s.theta is not None:
        net = net.with_theta(from_mapping(s.theta, net.sizes, "network.theta"))
    return net


def first_weights(net: Network) -> tuple[int, int]:
    """w^1_11 and w^{L−1}_11: the first weight of the first and of the last weight layer
    (with one weight layer, its first two parameters)."""
    first, last = net.weight_index(1, 1, 1), net.weight_index(net.L - 1, 1, 1)
    return (first, last) if last != first else (first, first + 1)


def default_axes(net: Network, X: Array, Y: Array) -> tuple[int, int]:
    """The two weights J is steepest in at θ₀ on the whole data, the largest |∂J/∂w| first: a
    landscape with a slope to show (a weight from a pixel that is 0 in every image leaves J
    flat along it); `first_weights` if J is flat along all but one weight."""
    with np.errstate(all="ignore"):
        slope = np.abs(np.nan_to_num(backpropagate(net, X, Y).bwd.grad))
    weight = np.zeros(net.n_params, bool)
    for W in net.split(weight)[0]:
        W[...] = True
    order = np.argsort(-np.where(weight, slope, -1.0), kind="stable")
    return (int(order[0]), int(order[1])) if slope[order[1]] > 0 else first_weights(net)


def chosen_axes(s: NetworkSettings, net: Network,
                data: tuple[Array, Array] | None = None) -> tuple[int, int]:
    """The settings' two landscape weights, −1 standing for the default one (`default_axes`
    on `data`, the settings' own data if not given)."""
    a, b = s.axes
    if min(a, b) >= 0:
        return a, b
    auto = default_axes(net, *(data if data is not None else build_data(s, net.sizes)))
    if a < 0:  # the steepest weight that is not the other axis
        a = auto[0] if auto[0] != b else auto[1]
    if b < 0:
        b = auto[1] if auto[1] != a else auto[0]
    return a, b


def checked(net: Network, X: Array, Y: Array) -> tuple[Array, Array]:
    """The data checked once against the network (m × S floats, finite, targets the loss
    accepts: `as_batch`), so that no iteration checks it again (`backpropagate`'s `checked`)."""
    Xc, Yc = as_batch(net, X, Y)
    assert Yc is not None
    return Xc, Yc


@dataclass(frozen=True, eq=False)
class Training:
    """The model the timeline replays: deterministic batches, backpropagation and the update,
    divergence checks."""

    settings: NetworkSettings
    start: Network
    X: Array
    Y: Array
    optimizer: Optimizer
    axes: tuple[int, int]
    test: tuple[Array, Array] | None = None  # the held-out test set (X, Y)
    passes: OrderedDict[int, Pass] = field(default_factory=OrderedDict, repr=False)

    @classmethod
    def from_settings(cls, s: NetworkSettings) -> Training:
        net = build_network(s)
        X, Y = build_data(s, net.sizes)
        if s.test_fraction and DATASETS[s.data].typed:
            raise InputError("test fraction: the one sample cannot be split; choose a data set")
        (X, Y), test = split(X, Y, s.test_fraction, s.seed)
        X, Y = checked(net, X, Y)
        test = None if test is None else checked(net, *test)
        optimizer = network_optimizer(s.optimizer, lr=s.lr, **s.hyper)
        axes = chosen_axes(s, net, (X, Y))
        if max(axes) >= net.n_params or axes[0] == axes[1]:
            raise InputError("axes: need two different parameters in 0…{last}",
                             last=net.n_params - 1)
        return cls(s, net, X, Y, optimizer, axes, test)

    # -- the timeline model ---------------------------------------------------------------------
    def batch(self, k: int) -> tuple[Array, Array]:
        return batches(self.X, self.Y, self.settings.batch_size or None, k, self.settings.seed)

    def full_loss(self, net: Network) -> float:
        return cost(net, self.X, self.Y, checked=True)

    def test_loss(self, net: Network) -> float | None:
        """J on the held-out test set (None without one)."""
        return None if self.test is None else cost(net, *self.test, checked=True)

    def initial(self) -> NetState:
        with np.errstate(all="ignore"):
            J, test_J = self.full_loss(self.start), self.test_loss(self.start)
        if not np.isfinite(J):
            raise InputError("network: J is not finite for the starting weights")
        return NetState(0, self.start, self.optimizer.init_state(self.start.theta), J,
                        test_J=test_J, J0=J)

    @cached_property
    def whole_batch(self) -> bool:
        """Does every iteration see the whole data set? Then J(θ_{k+1}) on the data set is the
        J of iteration k+1's own pass, computed once for both."""
        size = self.settings.batch_size
        return not size or size >= len(self.X)

    def advance(self, s: NetState) -> NetState:
        if s.status.diverged:
            return s
        try:
            with np.errstate(all="ignore"):
                p = self._pass(s.k, s.net, guarded=True)
                net, opt_state = update(s.net, p.bwd.grad, self.optimizer, s.opt_state)
                theta_ok = bool(np.abs(net.theta).max() < OVERFLOW)  # False for NaN too
                J, test_J = float("inf"), None
                if theta_ok:
                    J = (self._pass(s.k + 1, net, guarded=True).J if self.whole_batch
                         else self.full_loss(net))
                    test_J = self.test_loss(net)
        except (GdsimError, FloatingPointError, OverflowError):
            theta_ok, J = False, float("inf")
        if not theta_ok or not abs(J) < OVERFLOW:  # keep the last finite θ (J past it: overflow)
            return replace(s, status=Status(RunState.DIVERGED, s.k + 1))
        return next_state(s, net, opt_state, J, test_J)

    def halted(self, s: NetState) -> bool:
        return s.halted

    def replay(self, s: NetState, row: Array) -> NetState:
        """Iteration k → k+1 again, its row known: θ and the optimizer's state are computed
        as `advance` computes them, J(θ_{k+1}) on the whole data set is the row's, recorded
        when it was played. A row that may be a divergence's (it repeats θ_k) is advanced."""
        if s.status.diverged or self.whole_batch:
            return self.advance(s)
        p = self.pass_at(s)
        with np.errstate(all="ignore"):
            net, opt_state = update(s.net, p.bwd.grad, self.optimizer, s.opt_state)
        a, b = net.theta[self.axes[0]], net.theta[self.axes[1]]
        moved = a != s.net.theta[self.axes[0]] or b != s.net.theta[self.axes[1]]
        if moved and a == row[1] and b == row[2]:
            return next_state(s, net, opt_state, float(row[0]),
                              None if self.test is None else float(row[3]))
        return self.advance(s)

    def row(self, s: NetState) -> Array:
        """J, the landscape's two weights and, with a test set, J on it."""
        row = [s.J, s.net.theta[self.axes[0]], s.net.theta[self.axes[1]]]
        return np.array(row if s.test_J is None else [*row, s.test_J])

    def state_nbytes(self) -> int:
        """θ and the optimizer's arrays, and Python's objects around them (the state, the
        network and its per-layer views, the optimizer's dict: measured, tests/core)."""
        arrays = 1 + sum(isinstance(v, np.ndarray) for v in self.optimizer.init_state(
            self.start.theta).values())
        return 8 * self.start.n_params * arrays + 2000 + 300 * len(self.start.sizes)

    def status(self, s: NetState, rows: Array | None = None) -> Status:
        return s.status

    # -- the pass of iteration k → k+1 ----------------------------------------------------------
    def pass_at(self, s: NetState) -> Pass:
        """Forward, J and backward at θ_k on batch k: the very pass iteration k → k+1 stepped
        with while it is kept, else the same computation again (replay is exact: state k is
        always the same θ_k)."""
        return self._pass(s.k, s.net)

    def _pass(self, k: int, net: Network, guarded: bool = False) -> Pass:
        """The pass at θ_k = net on batch k; `guarded`: floating-point errors are already
        ignored around the call (they are checked on the result)."""
        p = self.passes.get(k)
        if p is None:
            x, y = self.batch(k)
            if guarded:
                p = backpropagate(net, x, y, checked=True)
            else:
                with np.errstate(all="ignore"):
                    p = backpropagate(net, x, y, checked=True)
            self.passes[k] = p
            if len(self.passes) > KEPT_PASSES:
                self.passes.popitem(last=False)
        return p

    # -- phases inside one iteration ------------------------------------------------------------
    @property
    def layers(self) -> int:
        return len(self.start.sizes) - 1

    @property
    def phase_count(self) -> int:
        """Ready, one forward phase per weight layer, one backward per δ, the update."""
        return phase_count(self.layers)

    def phase(self, index: int) -> Phase:
        return Phase.at(index, self.layers)

    def phase_label(self, index: int) -> str:
        return self.phase(index).label

    def next_phase(self, phase: int, granularity: Granularity | str) -> int:
        return next_phase(phase, self.layers, Granularity.of(granularity))

    def previous_phase(self, phase: int, granularity: Granularity | str) -> int:
        return previous_phase(phase, self.layers, Granularity.of(granularity))

    def shows_next(self, phase: int) -> bool:
        """The update phase shows θ_{k+1} − θ_k, so it needs iteration k+1 computed."""
        return self.phase(phase).stage is Stage.UPDATE

    def planned_step(self, s: NetState, p: Pass) -> Array | None:
        """Δθ = θ_{k+1} − θ_k that the update (3-12) of iteration k → k+1 is about to apply: the
        optimizer's step from its state at k with the pass's gradient (None if not finite)."""
        if s.status.diverged:
            return None
        with np.errstate(all="ignore"):
            net, _ = update(s.net, p.bwd.grad, self.optimizer, s.opt_state)
            step = np.asarray(net.theta - s.net.theta)
        return step if bool(np.all(np.isfinite(step))) else None

    # -- the snapshot ---------------------------------------------------------------------------
    def snapshot(self, k: int, phase: int, s: NetState, timeline: Timeline[Any],
                 max_steps: int) -> NetworkSnapshot:
        x, y = self.batch(k)
        p = self.pass_at(s)
        where = self.phase(phase)
        step = None
        if where.stage is Stage.UPDATE:
            after = timeline.get(k + 1) if timeline.last > k else None
            if after is not None and not after.status.diverged:
                step = np.asarray(after.net.theta - s.net.theta)
        elif where.stage is Stage.READY:  # the complete state of θ_k: the Δθ it is about to take
            step = self.planned_step(s, p)
        return NetworkSnapshot(
            k, phase, where.label, s.net, x, y, p.fwd, p.bwd, s.J, step,
            timeline.rows[: k + 1], self.axes, s.status, max_steps, self.settings,
            (self.X, self.Y), self.optimizer.lr, where.stage, where.layer, self.test)

    def trace_rows(self, k: int, timeline: Timeline[Any]) -> list[dict[str, Any]]:
        """State k's J (and the test set's) and every parameter of θ by its seed name (w^1_11,
        …, b^2_2)."""
        s = timeline.get(k)
        test = {} if s.test_J is None else {"test_J": s.test_J}
        return [{"k": k, "J": s.J, **test,
                 **dict(zip(self.parameter_names, s.net.theta.tolist()))}]

    @cached_property
    def parameter_names(self) -> tuple[str, ...]:
        return tuple(self.start.parameter_name(i) for i in range(self.start.n_params))
