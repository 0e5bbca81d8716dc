"""Optimizers with the update rules and defaults of PyTorch's torch.optim.

Every optimizer has one shape: a frozen dataclass of hyper-parameters with
`step(w, grad, state) -> (w, state)`. The state (velocities, running averages, the step
count t) is passed in and handed back as new arrays, never changed in place, so each
snapshot of a run keeps its own and Step back is exact. `w` is any float array: the point
(w1, w2) on a surface, or all of a network's weights and biases as one vector.

Each optimizer also says what its PyTorch twin is, for the PyTorch dock and `gdsim train
--format pytorch` (`gdsim.core.pytorch_code`): torch.optim's class, its keyword arguments for
these hyper-parameters, and the per-parameter state torch.optim keeps with gdsim's name for
each. A hyper-parameter's range is a setting of the table (`gdsim.core.settings.HYPER`), which
`make_optimizer` checks every value against.

Newton's method needs the Hessian H of J as well as the gradient: it is second-order, has no
torch.optim twin, and steps on a surface only (`FIRST_ORDER` are the others, which a network
trains with). The model that runs it hands it H as a function of w (`with_curvature`), so the
protocol stays `step(w, grad, state)` and the Hessian is computed where it always is
(`gdsim.core.curvature`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields, replace
from typing import Any, ClassVar

import numpy as np
from numpy.typing import NDArray

from gdsim.core import settings
from gdsim.core.curvature import newton_direction
from gdsim.core.errors import InputError

Array = NDArray[np.float64]
State = dict[str, Any]
HessianAt = Callable[[Array], Array]


def hyper_fields(cls: type[Optimizer] | Optimizer) -> tuple[Field[Any], ...]:
    """An optimizer's hyper-parameters: its fields but what the model hands it (the Hessian)."""
    return tuple(f for f in fields(cls) if f.metadata.get("hyper", True))


@dataclass(frozen=True)
class Optimizer:
    """The shape every optimizer shares; `lr` is the seed's step size α."""

    name: ClassVar[str] = ""
    # Whether its step is −α·grad J itself (3-12), so that OP = OA − α·grad J (3-11) holds.
    gradient_step: ClassVar[bool] = False
    rule: ClassVar[str] = ""  # the update rule, as the PyTorch program's comment writes it
    torch_class: ClassVar[str] = ""  # its twin in torch.optim: "SGD", "Adam", …
    # The state torch.optim keeps per parameter: (torch's key, gdsim's key in `init_state`).
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = ()
    # Whether its step needs the Hessian H of J too (Newton's): then it steps on a surface only,
    # where the racing model hands it H (`with_curvature`), and takes α = `lr` as its own
    # rather than the race's common α (Newton's full step is α = 1, whatever suits (3-12)).
    second_order: ClassVar[bool] = False
    lr: float = 0.1

    def init_state(self, w: Array) -> State:
        return {"t": 0}

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        raise NotImplementedError

    def hyper(self) -> dict[str, float]:
        """The hyper-parameters as a plain dict (for files, flags and the settings panel)."""
        return {f.name: getattr(self, f.name) for f in hyper_fields(self)}

    def with_curvature(self, hessian: HessianAt) -> Optimizer:
        """This optimizer, handed H(w) for its steps: a second-order one keeps it, the others
        need only the gradient and stay as they are."""
        return self

    def torch_arguments(self) -> dict[str, Any]:
        """The keyword arguments of `torch_class` for these hyper-parameters: each by its own
        name, unless the optimizer says otherwise."""
        return dict(self.hyper())


@dataclass(frozen=True)
class SGD(Optimizer):
    """w ← w − α ∂J/∂w   (3-12).  torch.optim.SGD(params, lr)"""

    name: ClassVar[str] = "sgd"
    gradient_step: ClassVar[bool] = True
    rule: ClassVar[str] = "w ← w − α ∂J/∂w   (3-12)"
    torch_class: ClassVar[str] = "SGD"

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        return w - self.lr * grad, {"t": state["t"] + 1}


@dataclass(frozen=True)
class Momentum(Optimizer):
    """v ← μv + g (v = g at t=1); w ← w − αv.  torch.optim.SGD(params, lr, momentum=0.9)"""

    name: ClassVar[str] = "momentum"
    rule: ClassVar[str] = "v ← μv + ∂J/∂w, w ← w − αv"
    torch_class: ClassVar[str] = "SGD"
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = (("momentum_buffer", "v"),)
    momentum: float = 0.9

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        v = grad if state["t"] == 0 else self.momentum * state["v"] + grad
        return w - self.lr * v, {"t": state["t"] + 1, "v": v}


@dataclass(frozen=True)
class Nesterov(Optimizer):
    """v ← μv + g; w ← w − α(g + μv).  torch.optim.SGD(params, lr, momentum=0.9, nesterov=True)"""

    name: ClassVar[str] = "nesterov"
    rule: ClassVar[str] = "v ← μv + ∂J/∂w, w ← w − α(∂J/∂w + μv)"
    torch_class: ClassVar[str] = "SGD"
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = (("momentum_buffer", "v"),)
    momentum: float = 0.9

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        v = grad if state["t"] == 0 else self.momentum * state["v"] + grad
        return w - self.lr * (grad + self.momentum * v), {"t": state["t"] + 1, "v": v}

    def torch_arguments(self) -> dict[str, Any]:
        return {**self.hyper(), "nesterov": True}


@dataclass(frozen=True)
class AdaGrad(Optimizer):
    """s ← s + g²; w ← w − α/(1+(t−1)·decay) · g/(√s + ε).  torch.optim.Adagrad(params, lr)"""

    name: ClassVar[str] = "adagrad"
    rule: ClassVar[str] = "s ← s + g², w ← w − α g / (√s + ε)"
    torch_class: ClassVar[str] = "Adagrad"
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = (("step", "t"), ("sum", "s"))
    lr: float = 0.01
    lr_decay: float = 0.0
    eps: float = 1e-10

    def init_state(self, w: Array) -> State:
        return {"t": 0, "s": np.zeros_like(w)}

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        t = state["t"] + 1
        s = state["s"] + grad * grad
        clr = self.lr / (1 + (t - 1) * self.lr_decay)
        return w - clr * grad / (np.sqrt(s) + self.eps), {"t": t, "s": s}


@dataclass(frozen=True)
class RMSProp(Optimizer):
    """v ← ρv + (1−ρ)g²; w ← w − α g/(√v + ε).  torch.optim.RMSprop(params, lr, alpha=0.99)"""

    name: ClassVar[str] = "rmsprop"
    rule: ClassVar[str] = "v ← ρv + (1 − ρ)g², w ← w − α g / (√v + ε)"
    torch_class: ClassVar[str] = "RMSprop"
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = (("step", "t"), ("square_avg", "v"))
    lr: float = 0.01
    alpha: float = 0.99
    eps: float = 1e-8

    def init_state(self, w: Array) -> State:
        return {"t": 0, "v": np.zeros_like(w)}

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        v = self.alpha * state["v"] + (1 - self.alpha) * grad * grad
        return w - self.lr * grad / (np.sqrt(v) + self.eps), {"t": state["t"] + 1, "v": v}


@dataclass(frozen=True)
class Adam(Optimizer):
    """m ← β1m + (1−β1)g; v ← β2v + (1−β2)g²; w ← w − α m̂/(√v̂ + ε).  torch.optim.Adam(params, lr)"""

    name: ClassVar[str] = "adam"
    rule: ClassVar[str] = "Adam: w ← w − α m̂ / (√v̂ + ε)"
    torch_class: ClassVar[str] = "Adam"
    torch_state: ClassVar[tuple[tuple[str, str], ...]] = (
        ("step", "t"), ("exp_avg", "m"), ("exp_avg_sq", "v"))
    lr: float = 0.001
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def init_state(self, w: Array) -> State:
        return {"t": 0, "m": np.zeros_like(w), "v": np.zeros_like(w)}

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        t = state["t"] + 1
        m = self.beta1 * state["m"] + (1 - self.beta1) * grad
        v = self.beta2 * state["v"] + (1 - self.beta2) * grad * grad
        # The same order of operations as torch.optim.Adam's single-tensor path.
        step_size = self.lr / (1 - self.beta1**t)
        denom = np.sqrt(v) / math.sqrt(1 - self.beta2**t) + self.eps
        return w - step_size * m / denom, {"t": t, "m": m, "v": v}

    def torch_arguments(self) -> dict[str, Any]:
        return {"lr": self.lr, "betas": (self.beta1, self.beta2), "eps": self.eps}


@dataclass(frozen=True)
class Newton(Optimizer):
    """w ← w − α H⁻¹ ∂J/∂w (Newton's step; α = 1 its full step). No torch.optim twin."""

    name: ClassVar[str] = "newton"
    rule: ClassVar[str] = "w ← w − α H⁻¹ ∂J/∂w"
    second_order: ClassVar[bool] = True
    lr: float = 1.0
    # H(w), handed over by the model that runs it (`with_curvature`); not a hyper-parameter.
    hessian: HessianAt | None = field(default=None, repr=False, compare=False,
                                      metadata={"hyper": False})

    def init_state(self, w: Array) -> State:
        return {"t": 0, "modified": 0}

    def with_curvature(self, hessian: HessianAt) -> Optimizer:
        return replace(self, hessian=hessian)

    def step(self, w: Array, grad: Array, state: State) -> tuple[Array, State]:
        """Where H is not positive definite the step uses |H| (`curvature.newton_direction`);
        `modified` counts those steps, so the run can say so."""
        if self.hessian is None:
            raise InputError("newton: no Hessian was handed to it (with_curvature)")
        direction, modified = newton_direction(self.hessian(w), grad)
        return w - self.lr * direction, {"t": state["t"] + 1,
                                         "modified": state["modified"] + int(modified)}


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, Newton)
}
# The optimizers that need only the gradient: those a network trains with, each with its
# torch.optim twin.
FIRST_ORDER: dict[str, type[Optimizer]] = {
    name: cls for name, cls in OPTIMIZERS.items() if not cls.second_order}

# Every optimizer's hyper-parameters besides α, each with its setting in settings.HYPER.
HYPER_PARAMETERS = tuple(dict.fromkeys(
    f.name for cls in OPTIMIZERS.values() for f in hyper_fields(cls) if f.name != "lr"))


def make_optimizer(name: str, **hyper: float) -> Optimizer:
    """The optimizer of that name with these hyper-parameters, each checked against its
    setting (`gdsim.core.settings`)."""
    try:
        cls = OPTIMIZERS[name]
    except (KeyError, TypeError):
        raise InputError("optimizer: unknown name {name!r}; choose one of {names}", name=name,
                         names=", ".join(OPTIMIZERS)) from None
    known = [f.name for f in hyper_fields(cls)]
    for key, value in hyper.items():
        if key not in known:
            raise InputError("{name}: has no hyper-parameter {key!r}; it has {names}", name=name,
                             key=key, names=", ".join(known))
        settings.check(settings.hyper_setting(key), value, key)
    return cls(**{k: float(v) for k, v in hyper.items()})


def network_optimizer(name: str, **hyper: float) -> Optimizer:
    """`make_optimizer` for a network: a second-order one (Newton's) is refused, since gdsim
    has the Hessian of J for a surface only (its size for θ is the square of θ's)."""
    opt = make_optimizer(name, **hyper)
    if opt.second_order:
        raise InputError("optimizer: {name} needs the Hessian of J, which gdsim has for a "
                         "surface only; a network trains with one of {names}", name=name,
                         names=", ".join(FIRST_ORDER))
    return opt
