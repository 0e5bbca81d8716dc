"""gdsim train — train a network (3.3.4 – 3.3.6); print its losses, the result, the gradients.

The flags become a network scenario, trained by the same `Run` as the window; the output is
written by `gdsim.core.traces`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gdsim.cli import common
from gdsim.core import settings as S
from gdsim.core.activations import ACTIVATIONS, LOSSES
from gdsim.core.architecture import Network
from gdsim.core.backprop import forward
from gdsim.core.data_file import fit_sizes, read_data_file
from gdsim.core.dataset_names import FILE, TYPED
from gdsim.core.datasets import CLASSIFIED, DATASETS, DataSet, accuracy
from gdsim.core.errors import InputError, NetworkError
from gdsim.core.modes import Mode
from gdsim.core.optimizers import FIRST_ORDER
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.core.sharpness import history
from gdsim.core.sizes import parse_sizes
from gdsim.core.text_file import read_text_file
from gdsim.core.theta import read_theta, to_mapping
from gdsim.core.traces import finished_status, losses_text, training_json
from gdsim.core.training import NetworkSnapshot

SETS = list(CLASSIFIED)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Train a network by forward propagation, backpropagation and "
                          "gradient descent, and print J at every step.")
    parser.add_argument("--network", metavar="FILE.json",
                        help="a network file: its sizes, activation, loss and, optionally, its "
                             "weights and biases (the README's 'gdsim train' shows one) "
                             "(default: none, --sizes and --seed)")
    parser.add_argument("--sizes", metavar="S1,S2,…",
                        help=f"{S.SIZES.help}, 2 to {S.MAX_LAYERS} layers of 1 to {S.MAX_LAYER}"
                             f" (default: {S.SIZES.cli_default_text}, figure 3-16; 2,4,2 with "
                             "--data, 2,4,1 with --data and --targets binary, 64,32,10 with "
                             "--data digits)")
    parser.add_argument("--theta", metavar="FILE",
                        help="θ₀, every weight and bias by its seed name (w^1_11 … b^2_2): a "
                             "JSON object {\"w^1_11\": 0.1, …} or CSV rows name,value "
                             "(default: none, the network file's or seeded weights)")
    common.add_setting(parser, "--seed", S.SEED, metavar="N")
    parser.add_argument("--activation", metavar="NAME[,NAME…]",
                        help=f"{', '.join(ACTIVATIONS)}: {S.ACTIVATION.help} (default: "
                             f"{S.ACTIVATION.default})")
    parser.add_argument("--loss", choices=list(LOSSES),
                        help=f"{S.LOSS.help} (default: {S.LOSS.default})")
    parser.add_argument("--x", metavar="X1,X2,…", help=f"{S.X.help} (default: 0.05·k for "
                        "input k: 0.05,0.1,0.15 for figure 3-16)")
    parser.add_argument("--y", metavar="Y1,Y2,…", help=f"{S.Y.help} (default: 0.01,0.99,0.01,…,"
                        " normalised to sum 1 under cross_entropy)")
    parser.add_argument("--data", metavar="NAME|FILE.csv",
                        help=f"a data set instead of one sample: {', '.join(SETS)} (digits: "
                             "the bundled 8×8 handwritten digits, 64 inputs, 10 classes), or "
                             "your own CSV file: a header row, numeric feature columns and a "
                             "target column, class labels for --loss cross_entropy or numbers "
                             "for mse; the layer sizes follow its columns (default: none, one "
                             "sample)")
    parser.add_argument("--target", metavar="NAME",
                        help="the CSV file's target column, by its header (default: the last "
                             "column)")
    common.add_setting(parser, "--n", S.N, metavar="N", shown=f"{S.N.default}; xor: 4",
                       given_only=True)
    common.add_setting(parser, "--noise", S.NOISE, metavar="X",
                       shown=f"{S.NOISE.default:g}; xor: 0", given_only=True)
    parser.add_argument("--targets", choices=("onehot", "binary"),
                        help="data set targets: one-hot rows, or one 0/1 column (default: "
                             "onehot unless the output layer has 1 neuron)")
    common.add_setting(parser, "--test-fraction", S.TEST_FRACTION, metavar="F",
                       help="with --data: the held-out test set's J at every step and its "
                            "accuracy after the last")
    common.add_setting(parser, "--batch-size", S.BATCH_SIZE, metavar="B")
    common.add_setting(parser, "--lr", S.NETWORK_LR, metavar="A")
    common.add_setting(parser, "--steps", S.MAX_STEPS, metavar="N")
    common.add_optimizer_flags(parser, FIRST_ORDER)
    parser.add_argument("--sharpness", action="store_true",
                        help="also λmax, the largest eigenvalue of the Hessian of J(θ) on the "
                             "whole data, at every step (20 power iterations on Hessian-vector "
                             "products of backpropagation); gradient descent is stable near θ "
                             "for α < 2/λmax (default: off)")
    parser.add_argument("--format", default="text", choices=("text", "json", "pytorch"),
                        help="text: J at every step; json: the losses, the trained network, "
                             "the last step's gradients and, with --data, the accuracy; "
                             "pytorch: a standalone PyTorch program that trains the same network "
                             "the same way and prints the same losses (default: text)")


# ----------------------------------------------------------------------------------------------
# Flags → a network scenario.


def load_network_file(path: str) -> dict[str, Any]:
    """The JSON object in a network file, or InputError naming the file and what is wrong."""
    try:
        text = read_text_file(path, InputError)
    except InputError as exc:
        raise InputError("--network: {exc}", exc=exc) from None
    try:
        d = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (f" (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                 if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"--network: {path} is not valid JSON{where}") from None
    if not isinstance(d, dict):
        raise InputError(f"--network: {path} holds no JSON object")
    return d


def _activation(text: str | None) -> str | tuple[str, ...] | None:
    if text is None:
        return None
    names = tuple(part.strip() for part in text.split(","))
    for position, name in enumerate(names, start=1):
        if not name:
            raise InputError(f"--activation: {text!r} — empty name at position {position}")
    return names[0] if len(names) == 1 else names


def network_from_args(args: argparse.Namespace) -> tuple[dict[str, Any], Network | None]:
    """The network part of the settings: a checked file, or sizes, activation and loss."""
    activation = _activation(args.activation)
    if args.network is not None:
        if args.sizes is not None:
            raise InputError("--network and --sizes: give one, not both")
        d = load_network_file(args.network)
        if activation is not None:
            d["activation"] = list(activation) if isinstance(activation, tuple) else activation
        if args.loss is not None:
            d["loss"] = args.loss
        try:
            net = Network.from_dict(d)  # checked here, so its errors name the file
        except NetworkError as exc:
            raise NetworkError(f"{args.network}: {exc}") from None
        return {"sizes": net.sizes, "activation": net.activations, "loss": net.loss,
                "weights": d}, net
    data = data_set(args)
    if args.sizes is not None:
        sizes = parse_sizes(args.sizes)
    elif data is not None and args.targets == "binary" and data.shape[1] == 2:
        sizes = (*data.sizes[:-1], 1)
    else:
        sizes = (data or DATASETS[TYPED]).sizes
    return {"sizes": sizes, "activation": activation or S.ACTIVATION.default,
            "loss": args.loss or S.LOSS.default}, None


def data_set(args: argparse.Namespace) -> DataSet | None:
    """The data set --data names (a CSV file's record for a file), or None for one sample;
    InputError if there is none such."""
    if args.data is None:
        return None
    if is_data_file(args.data):
        return DATASETS[FILE]
    data = DATASETS.get(args.data)
    if data is None or data.typed or data.file:
        raise InputError(f"--data: unknown data set {args.data!r}; choose one of "
                         f"{', '.join(SETS)}, or give a FILE.csv")
    return data


def default_sample(sizes: tuple[int, ...], loss: str) -> tuple[list[float], list[float]]:
    """x = 0.05·k for input k; y = 0.01, 0.99, 0.01, … (a distribution under cross-entropy)."""
    x = [0.05 * k for k in range(1, sizes[0] + 1)]
    y = [0.99 if k % 2 else 0.01 for k in range(sizes[-1])]
    if LOSSES[loss].output is not None:  # a softmax output: the targets are probabilities
        y = [v / sum(y) for v in y]
    return x, y


def is_data_file(data: str | None) -> bool:
    """Does --data name a file (FILE.csv, or any file there is) rather than a built-in set?"""
    return data is not None and data not in SETS and (
        Path(data).suffix.lower() == ".csv" or Path(data).is_file())


def file_from_args(args: argparse.Namespace, network: dict[str, Any]) -> dict[str, Any]:
    """`--data FILE.csv`: the file read for the loss, the network's input and output sizes
    fitted to its columns (a note on stderr when --sizes said otherwise)."""
    for flag in ("n", "noise", "targets", "x", "y"):
        if getattr(args, flag) is not None:
            raise InputError(f"--{flag}: does not go with a data file")
    path = str(Path(args.data).absolute())
    table = read_data_file(path, args.target, LOSSES[network["loss"]].output is not None)
    fitted, note = fit_sizes(network["sizes"], table)
    if note is not None:
        if args.network is not None:
            raise InputError(f"--data: {args.data} has {len(table.features)} features and "
                             f"{table.outputs} outputs, but the network {args.network} is "
                             f"{','.join(map(str, network['sizes']))}")
        if args.sizes is not None:
            print(f"gdsim train: {note}", file=sys.stderr)
        network["sizes"] = fitted
    return {"data": FILE, "data_file": path, "target": args.target}


def data_from_args(args: argparse.Namespace, sizes: tuple[int, ...],
                   loss: str) -> dict[str, Any]:
    """The data part of the settings: one sample (typed or default) or a data set."""
    if args.target is not None:
        raise InputError("--target: only goes with --data FILE.csv")
    data = data_set(args)
    if data is not None:
        if args.x is not None or args.y is not None:
            raise InputError("--data and --x/--y: give one sample or a data set, not both")
        n = common.read(args, "--n", S.N)
        noise = common.read(args, "--noise", S.NOISE)
        classes = data.shape[1]
        if args.targets == "binary" and classes != 2:
            raise InputError(f"--targets: {data.name} has {classes} classes, so its targets "
                             "are one-hot")
        targets = data.fitted(sizes, "--data")
        if args.targets is not None and args.targets != targets:
            raise InputError(f"--targets: {args.targets} targets need "
                             f"{1 if args.targets == 'binary' else classes} outputs but the "
                             f"output layer has {sizes[-1]} neurons")
        if data.samples is not None and n is not None and n != data.samples:
            raise InputError(f"--n: {data.name} has its {data.samples:,} samples "
                             f"(n = {data.samples}), got {n}")
        if noise and not data.noisy:
            raise InputError(f"--noise: {data.name} is not generated; noise does not apply")
        return {"data": data.name, "n": n or S.N.default,
                "noise": noise if noise is not None else data.noise}
    for flag in ("n", "noise", "targets"):
        if getattr(args, flag) is not None:
            raise InputError(f"--{flag}: only goes with --data")
    x, y = default_sample(sizes, loss)
    if args.x is not None:
        x = list(common.parse_floats(args.x, "--x", count=sizes[0]))
    if args.y is not None:
        y = list(common.parse_floats(args.y, "--y", count=sizes[-1]))
    return {"data": TYPED, "x": tuple(x), "y": tuple(y)}


def scenario_from_args(args: argparse.Namespace) -> Scenario:
    """The network scenario the flags describe, `--steps` iterations long."""
    seed = common.read(args, "--seed", S.SEED)
    network, _ = network_from_args(args)
    data = (file_from_args(args, network) if is_data_file(args.data)
            else data_from_args(args, network["sizes"], network["loss"]))
    theta = None
    if args.theta is not None:
        sizes = network["sizes"]
        theta = to_mapping(read_theta(args.theta, sizes), sizes)
    settings = NetworkSettings(
        **network, **data, seed=seed, theta=theta,
        test_fraction=common.read(args, "--test-fraction", S.TEST_FRACTION),
        batch_size=common.read(args, "--batch-size", S.BATCH_SIZE),
        lr=common.read(args, "--lr", S.NETWORK_LR),
        optimizer=common.read(args, "--optimizer", S.OPTIMIZER),
        hyper=common.hyper_from_args(args))
    return Scenario(mode=Mode.NETWORK, network=settings,
                    max_steps=common.read(args, "--steps", S.MAX_STEPS))


# ----------------------------------------------------------------------------------------------


def has_classes(s: NetworkSettings) -> bool:
    """Are the data's targets classes (a built-in set, or a file read for cross-entropy)?"""
    return not DATASETS[s.data].typed and (
        not DATASETS[s.data].file or LOSSES[s.loss].output is not None)


def network_state(sim: Run, k: int) -> NetworkSnapshot:
    """State k of a network run (`gdsim train` builds only those)."""
    snap = sim.seek(k)
    assert isinstance(snap, NetworkSnapshot)
    return snap


def run(args: argparse.Namespace) -> int:
    scenario = scenario_from_args(args)
    sim = Run(scenario)
    if args.format == "pytorch":
        from gdsim.core.pytorch_code import training_script

        print(training_script(sim.timeline.get(0).net, scenario.network, scenario.max_steps),
              end="")
        return 0
    last = network_state(sim, scenario.max_steps)  # stops early where the run diverges
    status = finished_status(sim)
    losses = last.losses[: sim.k + 1].tolist()  # J of θ_0 … θ_k
    tests = None if last.test_losses is None else last.test_losses[: sim.k + 1].tolist()
    # The gradient of the last step kept, the one that moved θ to the network printed (with
    # no step kept, the one the first step would take).
    before = network_state(sim, max(len(losses) - 2, 0))
    X, Y = last.data
    classes = has_classes(scenario.network)
    right = accuracy(forward(last.net, X).a[-1], Y) if classes else None
    test_right = (accuracy(forward(last.net, last.test[0]).a[-1], last.test[1])
                  if classes and last.test is not None else None)
    sharp = (history((network_state(sim, k).net for k in range(len(losses))), X, Y)
             if args.sharpness else None)
    if args.format == "json":
        print(training_json(losses, last.net.to_dict(), before.bwd.dW, before.bwd.db, status,
                            right, sharp, tests, test_right))
    else:
        print(losses_text(losses, status, right, len(X), sharp, tests, test_right,
                          0 if last.test is None else len(last.test[0])))
    return 0
