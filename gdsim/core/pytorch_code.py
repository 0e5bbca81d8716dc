"""The chapter's opening question in code: what `loss.backward()` and `optimizer.step()` do.

From a network's settings this writes the few lines of PyTorch that define the same network
(sizes, activations, the loss, the optimizer and its hyper-parameters), load θ as float64 and
run the same iterations on the same batches, each line commented with what gdsim showed for it.
`training_script` is the standalone program of `gdsim train --format pytorch` (θ_0, every
step, the same losses printed); `iteration_script` is the PyTorch dock's: one iteration from
θ_k with the optimizer's memory after k steps. `run_iteration` runs the latter with torch
(imported only then) and returns torch's ∂J/∂θ and θ_{k+1} laid out like gdsim's θ.

Nothing here imports torch at module level: gdsim starts without it.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gdsim.core.architecture import Network
from gdsim.core.datasets import DATASETS
from gdsim.core.errors import InputError
from gdsim.core.naming import superscript
from gdsim.core.optimizers import Optimizer, State, network_optimizer
from gdsim.core.scenario import NetworkSettings
from gdsim.core.training import Training, build_data

Array = NDArray[np.float64]

INSTALL = "pip install torch --index-url https://download.pytorch.org/whl/cpu"
LITERAL_MAX = 64  # arrays up to this many numbers are written out; larger ones packed
WRAP = 88  # characters of packed numbers per line



@dataclass(frozen=True)
class Script:
    """A generated program: `text` runs as it is; `shown` is the same with long data elided."""

    text: str
    shown: str


def torch_available() -> bool:
    """Whether torch can be imported (found without importing it)."""
    return find_spec("torch") is not None


# ----------------------------------------------------------------------------------------------
# Numbers as Python source: exact (repr of float64 round-trips; packed bytes are the bits).


def _number(v: float) -> str:
    return repr(float(v))


def _nested(a: Array) -> str:
    if a.ndim == 1:
        return "[" + ", ".join(_number(v) for v in a) + "]"
    return "[" + ", ".join(_nested(row) for row in a) + "]"


@lru_cache(maxsize=8)
def _pack(raw: bytes) -> str:
    """float64 bytes, compressed and in base64 (the data set's are the same every iteration)."""
    return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")


def _array(name: str, a: Array, comment: str) -> tuple[list[str], str]:
    """Lines that set `name` to the float64 tensor a, and how the dock shows them."""
    a = np.ascontiguousarray(a, dtype="<f8")
    shape = ", ".join(map(str, a.shape)) + ("," if a.ndim == 1 else "")
    if a.size <= LITERAL_MAX:
        line = f"{name} = torch.tensor({_nested(a)})  # {comment}"
        if len(line) <= WRAP + 12:
            return [line], line
        items = [_nested(row) if a.ndim > 1 else _number(row) for row in a]
        lines, current = [f"{name} = torch.tensor([  # {comment}"], "   "
        for item in items:
            if len(current) + len(item) + 2 > WRAP and current.strip():
                lines.append(current.rstrip())
                current = "   "
            current += f" {item},"
        lines += [current.rstrip(), "])"]
        return lines, "\n".join(lines)
    packed = _pack(a.tobytes())
    chunks = [packed[i:i + WRAP] for i in range(0, len(packed), WRAP)]
    lines = [f"{name} = unpack(  # {comment}"]
    lines += [f'    "{c}"' for c in chunks[:-1]]
    lines.append(f'    "{chunks[-1]}", ({shape}))')
    shown = (f'{name} = unpack("…", ({shape}))  # {comment}; Copy copies all {a.size:,} '
             "numbers")
    return lines, shown


# ----------------------------------------------------------------------------------------------
# The program, part by part.


def _header(net: Network, title: str, packed: bool, numpy: bool) -> list[str]:
    """The docstring and imports; numpy and the unpacking helper only when the program uses
    them."""
    sizes = "-".join(map(str, net.sizes))
    needs = "torch and numpy" if numpy or packed else "torch"
    lines = [f'"""gdsim in PyTorch: {title} ({sizes}), float64 like gdsim.', "",
             f"Needs {needs} (the CPU build will do: {INSTALL}).", '"""']
    if packed:
        lines += ["import base64", "import zlib", ""]
    if numpy or packed:
        lines.append("import numpy as np")
    lines += ["import torch", "from torch import nn", "",
              "torch.set_default_dtype(torch.float64)  # gdsim computes in float64", ""]
    if packed:
        lines += [
            "",
            "def unpack(text, shape):  # float64 numbers, compressed: the exact bits gdsim holds",
            "    raw = zlib.decompress(base64.b64decode(text))",
            '    return torch.from_numpy(np.frombuffer(raw, "<f8").reshape(shape).copy())',
            "", ""]
    return lines


def _model(net: Network) -> list[str]:
    """nn.Sequential of Linear layers and activations; where the loss brings the output layer
    (softmax under cross-entropy) it ends at z^L and the loss takes it."""
    ends_at_z = net.J.output is not None
    lines = [f"# The network: sizes {', '.join(map(str, net.sizes))}. nn.Linear(S_l, S_l+1) "
             "computes z^{l+1} = a^l W^l + b^l (3-18).",
             "model = nn.Sequential("]
    last = len(net.sizes) - 2
    for l, (p, q) in enumerate(zip(net.sizes[:-1], net.sizes[1:], strict=True)):
        up, here = superscript(l + 2), superscript(l + 1)
        f = net.f[l]
        if l == last and ends_at_z:
            lines.append(f"    nn.Linear({p}, {q}),  # z{up} = a{here}W{here} + b{here}; "
                         f"{f.symbol} is inside the loss")
        else:
            lines.append(f"    nn.Linear({p}, {q}), {f.torch},  # z{up} = a{here}W{here} + "
                         f"b{here}, a{up} = {f.symbol}(z{up})")
    lines += [")", "layers = [m for m in model if isinstance(m, nn.Linear)]", "", ""]
    lines += [
        "def as_parameters(vector):",
        '    """A vector laid out like gdsim\'s θ (W¹ row by row, b¹, W², b², …) as tensors '
        'shaped',
        "    like model.parameters(): torch's weight is gdsim's W^l transposed (out × in).\"\"\"",
        "    out, at = [], 0",
        "    for layer in layers:",
        "        n_in, n_out = layer.in_features, layer.out_features",
        "        out.append(vector[at:at + n_in * n_out].reshape(n_in, n_out).T)",
        "        out.append(vector[at + n_in * n_out:at + n_in * n_out + n_out])",
        "        at += n_in * n_out + n_out",
        "    return out",
        "",
        "",
    ]
    return lines


def _loss(net: Network) -> list[str]:
    return [*net.J.torch, "", ""]


def _literal(value: Any) -> str:
    """A keyword argument's value as Python source: True, 0.9, (0.9, 0.999)."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, tuple):
        return "(" + ", ".join(_literal(v) for v in value) + ")"
    return _number(value)


def _optimizer(opt: Optimizer) -> str:
    """torch.optim's twin of the optimizer (`Optimizer.torch_class`, `torch_arguments`)."""
    args = ", ".join(f"{key}={_literal(value)}" for key, value in opt.torch_arguments().items())
    return (f"optimizer = torch.optim.{opt.torch_class}(model.parameters(), {args})  "
            f"# {opt.rule}")


def _memory(opt: Optimizer, state: State | None, k: int) -> tuple[list[str], list[str]]:
    """Lines that give torch's optimizer the memory gdsim's has after k steps (none for SGD)."""
    memory = opt.torch_state
    t = int(state.get("t", 0)) if state else 0
    if not memory or t == 0 or state is None:
        return [], []
    lines = [f"# The optimizer's memory after k = {k} iterations, as gdsim holds it "
             "(laid out like θ)."]
    shown = list(lines)
    vectors = [name for _, name in memory if name != "t"]
    for name in vectors:
        text, view = _array(f"{name}_k", np.asarray(state[name], dtype=np.float64),
                            f"{name} after {t} steps")
        lines += text
        shown.append(view)
    entries = ", ".join(f'"{key}": {name}_p.clone()' if name != "t"
                        else f'"{key}": torch.tensor({float(t)!r})' for key, name in memory)
    sources = ", ".join(f"as_parameters({name}_k)" for name in vectors)
    loop = [f"for p, {', '.join(f'{n}_p' for n in vectors)} in "
            f"zip(model.parameters(), {sources}):",
            f"    optimizer.state[p] = {{{entries}}}"]
    return lines + loop, shown + loop


def _batches(s: NetworkSettings, m: int) -> list[str]:
    size = s.batch_size
    if not size or size >= m:
        return ["def batch(k):  # every iteration uses the whole data set",
                "    return X, Y", "", ""]
    per_epoch = -(-m // size)
    return [
        f"def batch(k):  # gdsim's mini-batch of iteration k: {size} samples, each epoch in the "
        "order drawn from (seed, epoch)",
        f"    epoch, r = divmod(k, {per_epoch})",
        f"    order = np.random.default_rng([{s.seed}, epoch]).permutation({m})",
        f"    rows = torch.from_numpy(order[r * {size}:(r + 1) * {size}])",
        "    return X[rows], Y[rows]", "", ""]


_LOOP = [
    "def full_J():  # J on the whole data set, as gdsim prints it",
    "    with torch.no_grad():",
    "        return J(model(X), Y).item()",
    "",
    "",
]

_ITERATION = [
    "    x, y = batch(k)",
    "    optimizer.zero_grad()  # forget the last iteration's ∂J/∂θ (torch adds into .grad)",
    "    loss = J(model(x), y)  # the forward pass: a¹, z², a², … a^L (3-18), then J (3-19)",
    "    loss.backward()  # the backward pass: δ^L (3-37), δ^l (3-36) leftwards, "
    "∂J/∂W^l (3-34), ∂J/∂b^l (3-35)",
    "    optimizer.step()  # the update: every w and b moved by the optimizer's rule (3-12)",
]


def _program(net: Network, s: NetworkSettings, X: Array, Y: Array, theta: Array, first: int,
             steps: int, state: State | None, title: str) -> Script:
    opt = network_optimizer(s.optimizer, lr=s.lr, **s.hyper)
    text: list[str] = []
    shown: list[str] = []

    def both(lines: Sequence[str]) -> None:
        text.extend(lines)
        shown.extend(lines)

    plural = "s" if len(X) != 1 else ""
    both([f"# The data: {DATASETS[s.data].words}, {len(X):,} sample{plural} as rows (gdsim's "
          "X and Y)."])
    for name, a, comment in (("X", X, f"a¹ = x: {X.shape[0]} × {X.shape[1]}"),
                             ("Y", Y, f"y: {Y.shape[0]} × {Y.shape[1]}")):
        lines, view = _array(name, a, comment)
        text.extend(lines)
        shown.append(view)
    both(["", ""])
    both(_model(net))
    theta_name = "θ_0" if first == 0 else f"θ_k, k = {first}"
    both([f"# {theta_name}: every weight and bias, laid out like gdsim's θ."])
    lines, view = _array("theta", theta, f"{theta.size} parameters")
    text.extend(lines)
    shown.append(view)
    both(["with torch.no_grad():",
          "    for p, value in zip(model.parameters(), as_parameters(theta)):",
          "        p.copy_(value)", "", ""])
    both(_loss(net))
    both([_optimizer(opt)])
    lines, view_lines = _memory(opt, state, first)
    text.extend(lines)
    shown.extend(view_lines)
    both(["", ""])
    both(_batches(s, len(X)))
    both(_LOOP)
    both([f"for k in range({first}, {first + steps}):  # gdsim's Step, {steps} time(s)",
          '    print(f"step {k}: J = {full_J()!r}")', *_ITERATION,
          f'print(f"step {first + steps}: J = {{full_J()!r}}")', ""])
    body = "\n".join(text)
    header = "\n".join(_header(net, title, "unpack(" in body, "np." in body)) + "\n"
    return Script(header + body, header + "\n".join(shown))


def training_script(net: Network, s: NetworkSettings, steps: int) -> str:
    """`gdsim train --format pytorch`: from θ_0 (`net`), `steps` iterations on gdsim's batches,
    printing `step k: J = …` (J on the whole data set, float64, repr) for k = 0 … steps."""
    X, Y = build_data(s, net.sizes)
    title = DATASETS[s.data].title or "gdsim train"
    return _program(net, s, X, Y, np.asarray(net.theta), 0, steps, None, title).text + "\n"


def iteration_script(net: Network, s: NetworkSettings, k: int,
                     state: State | None = None) -> Script:
    """The PyTorch dock's program: θ_k (`net`), the optimizer's memory after k steps, and
    one iteration on batch k."""
    X, Y = build_data(s, net.sizes)
    return _program(net, s, X, Y, np.asarray(net.theta), k, 1, state, f"iteration {k}")


# ----------------------------------------------------------------------------------------------
# Running it.


@dataclass(frozen=True)
class TorchResult:
    """What torch computed in the iteration: ∂J/∂θ and θ_{k+1}, laid out like gdsim's θ."""

    grad: Array
    theta: Array
    losses: tuple[float, ...]  # the J printed: before and after the iteration(s)


def run_script(code: str) -> TorchResult:
    """Run a generated program with torch (imported here, on first use) and read back the last
    iteration's gradient and the parameters it left; GdsimError if torch is missing."""
    if not torch_available():
        raise InputError("PyTorch is not installed; install it with: {command}",
                         command=INSTALL)
    losses: list[float] = []

    def printed(*args: Any, **_: Any) -> None:
        text = " ".join(map(str, args))
        if text.startswith("step ") and " J = " in text:
            losses.append(float(text.rsplit(" J = ", 1)[1]))

    namespace: dict[str, Any] = {"__name__": "gdsim_pytorch", "print": printed}
    import torch

    default = torch.get_default_dtype()
    try:
        exec(compile(code, "<gdsim pytorch>", "exec"), namespace)  # noqa: S102 — our own code
    finally:
        torch.set_default_dtype(default)
    grad, theta = [], []
    for layer in namespace["layers"]:
        for p in (layer.weight, layer.bias):
            value = p.detach().numpy()
            theta.append((value.T if p.ndim == 2 else value).ravel())
            g = p.grad.detach().numpy() if p.grad is not None else np.full(p.shape, np.nan)
            grad.append((g.T if p.ndim == 2 else g).ravel())
    return TorchResult(np.concatenate(grad).astype(np.float64),
                       np.concatenate(theta).astype(np.float64), tuple(losses))


# ----------------------------------------------------------------------------------------------
# gdsim beside torch, for the dock.


class History:
    """θ_k and the optimizer's memory after k iterations, replayed by gdsim's own training
    model (the same numbers as the run's, bit for bit), with a state kept every KEEP steps."""

    KEEP = 50

    def __init__(self, settings: NetworkSettings):
        self.settings = settings
        self.model = Training.from_settings(settings)
        self.kept: dict[int, Any] = {0: self.model.initial()}
        self.last = self.kept[0]

    def at(self, k: int) -> Any:
        """The NetState after k iterations (the last finite one if training diverged first)."""
        s = self.last if self.last.k <= k else self.kept[max(j for j in self.kept if j <= k)]
        while s.k < k and not s.status.diverged:
            s = self.model.advance(s)
            if s.k % self.KEEP == 0:
                self.kept[s.k] = s
        self.last = s
        return s


@dataclass(frozen=True)
class Comparison:
    """One iteration k → k+1 computed by gdsim and by torch, laid out like θ."""

    k: int
    names: tuple[str, ...]  # the seed's name of each parameter
    addresses: tuple[tuple[str, int, int, int | None], ...]  # ("w", l, i, j) or ("b", l, i, None)
    grad: Array  # gdsim's ∂J/∂θ at θ_k on batch k
    torch_grad: Array
    after: Array  # gdsim's θ_{k+1}
    torch_after: Array
    J: float  # gdsim's J(θ_k) on the whole data set
    torch_J: float

    @property
    def grad_difference(self) -> float:
        return float(np.max(np.abs(self.grad - self.torch_grad)))

    @property
    def theta_difference(self) -> float:
        return float(np.max(np.abs(self.after - self.torch_after)))

    @property
    def worst(self) -> int:
        """The parameter where the gradients differ most."""
        return int(np.argmax(np.abs(self.grad - self.torch_grad)))


def compare_with_torch(history: History, k: int) -> Comparison:
    """Iteration k → k+1 by gdsim (backpropagation and the update) and by the dock's PyTorch
    program run with torch; GdsimError if torch is missing or training diverged before k."""
    from gdsim.core.backprop import backpropagate, update

    s = history.at(k)
    if s.k != k:
        raise InputError("pytorch: training diverged at step {at}; no θ_{k} to run",
                         at=s.status.at, k=k)
    model = history.model
    x, y = model.batch(k)
    with np.errstate(all="ignore"):
        p = backpropagate(s.net, x, y)
        after, _ = update(s.net, p.bwd.grad, model.optimizer, s.opt_state)
    result = run_script(iteration_script(s.net, history.settings, k, s.opt_state).text)
    names = tuple(s.net.parameter_name(i) for i in range(s.net.n_params))
    addresses = tuple(s.net.parameter_address(i) for i in range(s.net.n_params))
    return Comparison(k, names, addresses, np.array(p.bwd.grad), result.grad, np.array(after.theta),
                      result.theta, float(s.J),
                      result.losses[0] if result.losses else float("nan"))
