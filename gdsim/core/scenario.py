"""What is simulated, as data: a Scenario, its JSON form, and its validation.

A scenario file is versioned JSON. Loading checks everything before anything changes and
raises ScenarioError naming the key that is wrong, so a broken file never disturbs a session.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from gdsim.core.errors import GdsimError, ScenarioError
from gdsim.core.optimizers import make_optimizer
from gdsim.core.surfaces import DEFAULT_SURFACE, get_surface

VERSION = 1
MAX_STEPS_LIMIT = 10_000_000
MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True)
class Racer:
    """One optimizer of a race: its name, its hyper-parameters and, if its own, its start."""

    optimizer: str = "sgd"
    lr: float | None = None  # None: the scenario's α
    hyper: dict[str, float] = field(default_factory=dict)
    start: tuple[float, float] | None = None  # None: the scenario's start


@dataclass(frozen=True)
class SurfaceSettings:
    surface: str = DEFAULT_SURFACE
    expression: str | None = None  # a user's own J(w1, w2); wins over `surface`
    start: tuple[float, float] | None = None  # None: the surface's own start
    lr: float | None = None  # None: the surface's own α
    racers: tuple[Racer, ...] = (Racer(),)
    angle: float = -45.0  # the direction explorer's own direction, degrees from the w1 axis


@dataclass(frozen=True)
class NetworkSettings:
    sizes: tuple[int, ...] = (3, 4, 2)
    activation: tuple[str, ...] | str = "sigmoid"
    loss: str = "mse"
    seed: int = 0
    data: str = "one"  # one sample, or a generated set: xor, moons, circles, spirals, blobs
    x: tuple[float, ...] = (0.05, 0.10, 0.15)
    y: tuple[float, ...] = (0.01, 0.99)
    n: int = 100
    noise: float = 0.1
    batch_size: int = 0  # 0: the whole set at once
    lr: float = 0.5
    optimizer: str = "sgd"
    hyper: dict[str, float] = field(default_factory=dict)
    axes: tuple[int, int] = (0, -1)  # indices into θ of the two weights on the 3-D view; -1: auto
    weights: dict[str, Any] | None = None  # an explicit network file, instead of sizes and seed


@dataclass(frozen=True)
class Scenario:
    mode: str = "surface"  # "surface" or "network"
    title: str = ""
    description: str = ""
    surface: SurfaceSettings = field(default_factory=SurfaceSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    max_steps: int = 200
    step: int = 0  # where the run stands: replayed on open

    def to_dict(self) -> dict[str, Any]:
        return {"gdsim_scenario": VERSION, **asdict(self)}

    def with_step(self, step: int) -> Scenario:
        return replace(self, step=step)


# ----------------------------------------------------------------------------------------------
# Reading: every value is checked, and the message names its key.


def _number(value: Any, where: str, *, lo: float = -1e12, hi: float = 1e12,
            positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(f"{where}: expected a number, got {type(value).__name__}")
    if not math.isfinite(value) or not lo <= value <= hi or (positive and value <= 0):
        raise ScenarioError(f"{where}: {value!r} is not a possible value")
    return float(value)


def _integer(value: Any, where: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ScenarioError(f"{where}: expected a whole number in {lo}…{hi}, got {value!r}")
    return value


def _text(value: Any, where: str, limit: int = 2000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ScenarioError(f"{where}: expected text of at most {limit} characters")
    return value


def _numbers(value: Any, where: str, count: int | None = None, limit: int = 4096) -> tuple:
    if not isinstance(value, list) or len(value) > limit or (count and len(value) != count):
        want = f"{count} numbers" if count else "a list of numbers"
        raise ScenarioError(f"{where}: expected {want}")
    return tuple(_number(v, f"{where}[{i}]") for i, v in enumerate(value))


def _object(value: Any, where: str, known: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ScenarioError(f"{where}: expected an object")
    unknown = set(value) - known
    if unknown:
        raise ScenarioError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    return value


def _hyper(value: Any, where: str) -> dict[str, float]:
    if not isinstance(value, dict) or len(value) > 16:
        raise ScenarioError(f"{where}: expected an object of hyper-parameters")
    return {str(k): _number(v, f"{where}.{k}") for k, v in value.items()}


def _racer(d: Any, where: str) -> Racer:
    d = _object(d, where, {"optimizer", "lr", "hyper", "start"})
    r = Racer(
        optimizer=_text(d.get("optimizer", "sgd"), f"{where}.optimizer", 32),
        lr=None if d.get("lr") is None else _number(d["lr"], f"{where}.lr", positive=True),
        hyper=_hyper(d.get("hyper", {}), f"{where}.hyper"),
        start=None if d.get("start") is None else _numbers(d["start"], f"{where}.start", 2),
    )
    try:
        make_optimizer(r.optimizer, **r.hyper, **({"lr": r.lr} if r.lr else {}))
    except GdsimError as exc:
        raise ScenarioError(f"{where}: {exc}") from None
    return r


def _surface_settings(d: Any) -> SurfaceSettings:
    d = _object(d, "surface", {f for f in SurfaceSettings.__dataclass_fields__})
    s = SurfaceSettings(
        surface=_text(d.get("surface", DEFAULT_SURFACE), "surface.surface", 64),
        expression=None if d.get("expression") is None
        else _text(d["expression"], "surface.expression", 1000),
        start=None if d.get("start") is None else _numbers(d["start"], "surface.start", 2),
        lr=None if d.get("lr") is None else _number(d["lr"], "surface.lr", hi=1e6, positive=True),
        angle=_number(d.get("angle", -45.0), "surface.angle", lo=-3600, hi=3600),
    )
    racers = d.get("racers", [{}])
    if not isinstance(racers, list) or not 1 <= len(racers) <= 12:
        raise ScenarioError("surface.racers: expected a list of 1 to 12 optimizers")
    s = replace(s, racers=tuple(_racer(r, f"surface.racers[{i}]") for i, r in enumerate(racers)))
    try:
        if s.expression is None:
            get_surface(s.surface)
        else:
            from gdsim.core.expr import surface_from_expression

            surface_from_expression(s.expression, start=s.start)
    except GdsimError as exc:
        raise ScenarioError(f"surface: {exc}") from None
    return s


def _network_settings(d: Any) -> NetworkSettings:
    d = _object(d, "network", {f for f in NetworkSettings.__dataclass_fields__})
    base = NetworkSettings()
    act = d.get("activation", base.activation)
    if isinstance(act, list):
        act = tuple(_text(a, f"network.activation[{i}]", 32) for i, a in enumerate(act))
    else:
        act = _text(act, "network.activation", 32)
    sizes = d.get("sizes", list(base.sizes))
    if not isinstance(sizes, list) or not 2 <= len(sizes) <= 16:
        raise ScenarioError("network.sizes: expected a list of 2 to 16 layer sizes")
    axes = d.get("axes", list(base.axes))
    s = NetworkSettings(
        sizes=tuple(_integer(v, f"network.sizes[{i}]", 1, 4096) for i, v in enumerate(sizes)),
        activation=act,
        loss=_text(d.get("loss", base.loss), "network.loss", 32),
        seed=_integer(d.get("seed", base.seed), "network.seed", 0, 2**32 - 1),
        data=_text(d.get("data", base.data), "network.data", 32),
        x=_numbers(d.get("x", list(base.x)), "network.x"),
        y=_numbers(d.get("y", list(base.y)), "network.y"),
        n=_integer(d.get("n", base.n), "network.n", 1, 100_000),
        noise=_number(d.get("noise", base.noise), "network.noise", lo=0, hi=10),
        batch_size=_integer(d.get("batch_size", base.batch_size), "network.batch_size", 0,
                            100_000),
        lr=_number(d.get("lr", base.lr), "network.lr", hi=1e6, positive=True),
        optimizer=_text(d.get("optimizer", base.optimizer), "network.optimizer", 32),
        hyper=_hyper(d.get("hyper", {}), "network.hyper"),
        axes=tuple(_integer(v, f"network.axes[{i}]", -1, 10_000_000)
                   for i, v in enumerate(axes if isinstance(axes, list) else [None, None])),
        weights=d.get("weights"),
    )
    if len(s.axes) != 2:
        raise ScenarioError("network.axes: expected two parameter indices")
    if s.weights is not None and not isinstance(s.weights, dict):
        raise ScenarioError("network.weights: expected a network object")
    try:
        make_optimizer(s.optimizer, lr=s.lr, **s.hyper)
    except GdsimError as exc:
        raise ScenarioError(f"network: {exc}") from None
    return s


def scenario_from_dict(d: Any) -> Scenario:
    """A validated Scenario, or ScenarioError naming the first thing that is wrong."""
    if not isinstance(d, dict):
        raise ScenarioError("scenario: expected a JSON object at the top")
    version = d.get("gdsim_scenario")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("gdsim_scenario: missing or not a version number; "
                            "this is not a gdsim scenario file")
    if version > VERSION:
        raise ScenarioError(f"gdsim_scenario: the file is version {version}, this gdsim reads "
                            f"up to {VERSION}; update gdsim to open it")
    d = _object(d, "scenario", {"gdsim_scenario", *Scenario.__dataclass_fields__})
    mode = d.get("mode", "surface")
    if mode not in ("surface", "network"):
        raise ScenarioError(f"mode: expected 'surface' or 'network', got {mode!r}")
    return Scenario(
        mode=mode,
        title=_text(d.get("title", ""), "title", 200),
        description=_text(d.get("description", ""), "description"),
        surface=_surface_settings(d.get("surface", {})),
        network=_network_settings(d.get("network", {})),
        max_steps=_integer(d.get("max_steps", 200), "max_steps", 1, MAX_STEPS_LIMIT),
        step=_integer(d.get("step", 0), "step", 0, MAX_STEPS_LIMIT),
    )


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file; every failure is a ScenarioError naming the file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ScenarioError(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: is not UTF-8 text") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f"line {exc.lineno} column {exc.colno}" if isinstance(
            exc, json.JSONDecodeError) else "nesting"
        raise ScenarioError(f"{path}: not valid JSON ({where})") from None
    except ValueError as exc:
        raise ScenarioError(f"{path}: {exc}") from None
    try:
        return scenario_from_dict(data)
    except ScenarioError as exc:
        raise ScenarioError(f"{path.name}: {exc}") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a scenario may hold")


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write to a temporary file beside `path`, then rename: an interrupted save leaves the old."""
    path = Path(path)
    text = json.dumps(scenario.to_dict(), indent=2, ensure_ascii=False, allow_nan=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
