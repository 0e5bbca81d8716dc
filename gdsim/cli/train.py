"""gdsim train — train a network (3.3.4 – 3.3.6); print its losses, the result, the gradients."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from gdsim.cli import common
from gdsim.core.datasets import DATASETS, batches, get_dataset, one_sample
from gdsim.core.errors import InputError, NetworkError
from gdsim.core.network import (
    LOSSES,
    Network,
    as_batch,
    backward,
    cost,
    forward,
    parse_sizes,
    train_step,
)

MAX_FILE_BYTES = 20_000_000
MAX_STEPS = 1_000_000
OVERFLOW = 1e150  # a parameter past this is an overflow in the making

DEFAULTS_HELP = """defaults: without --network, --sizes 3,4,2 (figure 3-16; 2,4,2 with --data, 2,4,1
with --data and --targets binary), --seed 0, sigmoid, mse. One sample: x = 0.05, 0.10, 0.15, …
(0.05·k for input k) and y = 0.01, 0.99, 0.01, … (normalised to sum 1 under cross_entropy).
--lr 0.5, --steps 20, --optimizer sgd (3-12)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Train a network by forward propagation, backpropagation and "
                          "gradient descent, and print J at every step.")
    parser.epilog = DEFAULTS_HELP
    parser.add_argument("--network", metavar="FILE.json", help="a network file (SPEC §3)")
    parser.add_argument("--sizes", metavar="S1,S2,…", help="layer sizes, input first (3,4,2)")
    parser.add_argument("--seed", default="0", metavar="N",
                        help="seed of the initial weights and of generated data (0)")
    parser.add_argument("--activation", metavar="NAME[,NAME…]",
                        help="sigmoid, tanh, relu, leaky_relu or identity: one for every layer "
                             "or one per weight layer (sigmoid)")
    parser.add_argument("--loss", choices=LOSSES, help="½-squared error or softmax "
                        "cross-entropy (mse)")
    parser.add_argument("--x", metavar="X1,X2,…", help="one sample's input (0.05,0.10,0.15)")
    parser.add_argument("--y", metavar="Y1,Y2,…", help="one sample's target (0.01,0.99)")
    parser.add_argument("--data", metavar="NAME",
                        help=f"a data set instead of one sample: {', '.join(list(DATASETS)[1:])}")
    parser.add_argument("--n", metavar="N", help="samples in the data set (100; xor: 4)")
    parser.add_argument("--noise", metavar="X", help="noise of the data set (0.1; xor: 0)")
    parser.add_argument("--targets", choices=("onehot", "binary"),
                        help="data set targets: one-hot rows, or one 0/1 column (onehot unless "
                             "the output layer has 1 neuron)")
    parser.add_argument("--batch-size", default="0", metavar="B",
                        help="samples per iteration; 0 means the whole set (0)")
    parser.add_argument("--lr", default="0.5", metavar="A", help="learning rate α (0.5)")
    parser.add_argument("--steps", default="20", metavar="N", help="iterations (20)")
    common.add_optimizer_flags(parser)
    parser.add_argument("--format", default="text", choices=("text", "json"))


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """`gdsim train` as a subcommand of an argparse parser."""
    parser = subparsers.add_parser("train", help="train a network and print its losses")
    add_arguments(parser)
    return parser


# ----------------------------------------------------------------------------------------------


def load_network_file(path: str) -> dict[str, Any]:
    """The JSON object in a network file, or InputError naming the file and what is wrong."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"--network: {path} is larger than {MAX_FILE_BYTES:,} bytes")
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"--network: cannot read {path}: {reason}") from None
    try:
        d = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (f" (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                 if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"--network: {path} is not valid JSON{where}") from None
    if not isinstance(d, dict):
        raise InputError(f"--network: {path} holds no JSON object")
    return d


def _activation(text: str | None) -> str | list[str] | None:
    if text is None:
        return None
    names = [part.strip() for part in text.split(",")]
    for position, name in enumerate(names, start=1):
        if not name:
            raise InputError(f"--activation: {text!r} — empty name at position {position}")
    return names[0] if len(names) == 1 else names


def network_from_args(args: argparse.Namespace, seed: int) -> Network:
    activation = _activation(args.activation)
    if args.network is not None:
        if args.sizes is not None:
            raise InputError("--network and --sizes: give one, not both")
        d = load_network_file(args.network)
        if activation is not None:
            d["activation"] = activation
        if args.loss is not None:
            d["loss"] = args.loss
        try:
            return Network.from_dict(d)
        except NetworkError as exc:
            raise NetworkError(f"{args.network}: {exc}") from None
    if args.sizes is not None:
        sizes = parse_sizes(args.sizes)
    elif args.data is not None:
        sizes = (2, 4, 1) if args.targets == "binary" else (2, 4, 2)
    else:
        sizes = (3, 4, 2)
    return Network.from_sizes(sizes, activation or "sigmoid", args.loss or "mse", seed)


def default_sample(net: Network) -> tuple[list[float], list[float]]:
    """x = 0.05·k for input k; y = 0.01, 0.99, 0.01, … (a distribution under cross-entropy)."""
    x = [0.05 * k for k in range(1, net.sizes[0] + 1)]
    y = [0.99 if k % 2 else 0.01 for k in range(net.sizes[-1])]
    if net.loss == "cross_entropy":
        y = [v / sum(y) for v in y]
    return x, y


def data_from_args(args: argparse.Namespace, net: Network, seed: int) -> tuple[Any, Any]:
    """X and Y in the network's shape: one sample (typed or default) or a data set."""
    if args.data is not None:
        if args.x is not None or args.y is not None:
            raise InputError("--data and --x/--y: give one sample or a data set, not both")
        if args.data not in DATASETS or args.data == "one":
            raise InputError(f"--data: unknown data set {args.data!r}; choose one of "
                             f"{', '.join(list(DATASETS)[1:])}")
        params: dict[str, Any] = {"seed": seed, "targets": args.targets or (
            "binary" if net.sizes[-1] == 1 else "onehot")}
        if args.n is not None:
            params["n"] = common.positive_int(args.n, "--n", limit=100_000)
        if args.noise is not None:
            params["noise"] = common.parse_float(args.noise, "--noise")
        X, Y = get_dataset(args.data, **params)
        if X.shape[1] != net.sizes[0]:
            raise InputError(f"--data: {args.data} has 2 inputs but the input layer has "
                             f"{net.sizes[0]} neurons")
        if Y.shape[1] != net.sizes[-1]:
            raise InputError(f"--data: {args.data} with {params['targets']} targets has "
                             f"{Y.shape[1]} outputs but the output layer has {net.sizes[-1]} "
                             f"neurons")
        return X, Y
    for flag in ("n", "noise", "targets"):
        if getattr(args, flag) is not None:
            raise InputError(f"--{flag}: only goes with --data")
    x, y = default_sample(net)
    if args.x is not None:
        x = list(common.parse_floats(args.x, "--x", count=net.sizes[0]))
    if args.y is not None:
        y = list(common.parse_floats(args.y, "--y", count=net.sizes[-1]))
    X, Y = one_sample(x, y)
    as_batch(net, X, Y)  # cross-entropy targets must be a distribution
    return X, Y


def _finite(*values: Any) -> bool:
    return all(bool(np.all(np.isfinite(v) & (np.abs(v) < OVERFLOW))) for v in values)


def train(net: Network, X: Any, Y: Any, optimizer: Any, steps: int, batch_size: int,
          seed: int) -> tuple[list[float], Network, Any, str]:
    """Losses J_0 … J_N on the whole set, the last finite network, the last gradient, a status.

    A step that overflows stops the run: "diverged at step k", and the network before it stays,
    so the last loss listed is always the loss of the network returned.
    """
    state = optimizer.init_state(net.theta)
    grad = None
    status = f"completed {steps} steps"
    with np.errstate(all="ignore"):
        J = cost(net, X, Y)
        losses = [J] if _finite(J) else []
        if not losses:
            status = "diverged at step 0"
        for k in range(steps if losses else 0):
            xb, yb = batches(X, Y, batch_size, k, seed)
            new, new_state, _, g = train_step(net, xb, yb, optimizer, state)
            J = cost(new, X, Y) if _finite(new.theta) else math.inf
            if not _finite(J, new.theta, g):
                status = f"diverged at step {k + 1}"
                break
            net, state, grad = new, new_state, g
            losses.append(J)
        if grad is None:  # no step was kept: the gradient the first step would take
            grad = backward(net, forward(net, X), Y).grad
    return losses, net, grad, status


def _plain(values: Any) -> Any:
    """Nested lists with every non-finite number as None, so the output stays valid JSON."""
    if isinstance(values, list):
        return [_plain(v) for v in values]
    return values if math.isfinite(values) else None


def run(args: argparse.Namespace) -> int:
    seed = common.positive_int(args.seed, "--seed", allow_zero=True, limit=2**32 - 1)
    net = network_from_args(args, seed)
    X, Y = data_from_args(args, net, seed)
    lr = common.parse_float(args.lr, "--lr")
    steps = common.positive_int(args.steps, "--steps", allow_zero=True, limit=MAX_STEPS)
    batch_size = common.positive_int(args.batch_size, "--batch-size", allow_zero=True,
                                     limit=100_000)
    optimizer = common.optimizer_from_args(args, lr)
    losses, net, grad, status = train(net, X, Y, optimizer, steps, batch_size, seed)
    dW, db = net.split(np.asarray(grad))
    if args.format == "json":
        json.dump({"losses": losses, "network": net.to_dict(),
                   "gradients": {"weights": [_plain(W.tolist()) for W in dW],
                                 "biases": [_plain(b.tolist()) for b in db]},
                   "status": status}, sys.stdout)
        print()
    else:
        for k, J in enumerate(losses):
            print(f"step {k}: J = {J:.9g}")
        print(status)
    return 0
