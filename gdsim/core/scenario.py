"""What is simulated, as data: a Scenario, its JSON form, and its validation.

A scenario file is versioned JSON. Loading checks everything before anything changes and
raises ScenarioError naming the key that is wrong, so a broken file never disturbs a session.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from gdsim.core import settings as S
from gdsim.core.dataset_names import FILE, NAMES
from gdsim.core.errors import GdsimError, Message, ScenarioError, Term
from gdsim.core.modes import Mode
from gdsim.core.optimizers import make_optimizer, network_optimizer
from gdsim.core.sizes import check_sizes
from gdsim.core.surfaces import get_surface
from gdsim.core.text_file import read_text_file
from gdsim.core.theta import from_mapping, to_mapping
from gdsim.core.view_names import MODE_WORDS, VIEWS

VERSION = 1
_NUMBER = S.Setting("hyper", "hyper", float, None, -1e12, 1e12)  # a name make_optimizer judges


# Every default below is its setting's (gdsim.core.settings): declared there once.


@dataclass(frozen=True)
class Racer:
    """One optimizer of a race: its name, its hyper-parameters and, if its own, its start."""

    optimizer: str = S.OPTIMIZER.default
    lr: float | None = None  # None: the scenario's α
    hyper: dict[str, float] = field(default_factory=dict)
    start: tuple[float, float] | None = None  # None: the scenario's start


@dataclass(frozen=True)
class SurfaceSettings:
    surface: str = S.SURFACE.default
    expression: str | None = S.EXPRESSION.default  # a user's own J(w1, w2); wins over `surface`
    start: tuple[float, float] | None = S.START.default  # None: the surface's own start
    lr: float | None = S.SURFACE_LR.default  # None: the surface's own α
    racers: tuple[Racer, ...] = (Racer(),)
    angle: float = S.ANGLE.default  # the direction explorer's own direction, degrees from w1


@dataclass(frozen=True)
class NetworkSettings:
    sizes: tuple[int, ...] = S.SIZES.default
    activation: tuple[str, ...] | str = S.ACTIVATION.default
    loss: str = S.LOSS.default
    seed: int = S.SEED.default
    data: str = S.DATA.default  # one sample, or a data set (gdsim.core.datasets)
    x: tuple[float, ...] = S.X.default
    y: tuple[float, ...] = S.Y.default
    n: int = S.N.default
    noise: float = S.NOISE.default
    data_file: str | None = S.DATA_FILE.default  # the data is a file: a CSV of your own
    target: str | None = S.TARGET.default  # its target column (None: the last)
    test_fraction: float = S.TEST_FRACTION.default  # held out as a test set; 0: none
    batch_size: int = S.BATCH_SIZE.default  # 0: the whole set at once
    lr: float = S.NETWORK_LR.default
    optimizer: str = S.OPTIMIZER.default
    hyper: dict[str, float] = field(default_factory=dict)
    axes: tuple[int, int] = S.AXES.default  # the two weights on the 3-D view (θ indices); -1: auto
    weights: dict[str, Any] | None = None  # an explicit network file, instead of sizes and seed
    theta: dict[str, float] | None = None  # θ₀ by name (w^1_11 … b^2_2), over the above's


@dataclass(frozen=True)
class Scenario:
    mode: Mode = Mode.SURFACE  # "surface" or "network" is taken too, and kept as its Mode
    title: str = S.TITLE.default
    description: str = S.DESCRIPTION.default
    surface: SurfaceSettings = field(default_factory=SurfaceSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    max_steps: int = S.MAX_STEPS.default
    step: int = S.STEP.default  # where the run stands: replayed on open
    phase: int = S.PHASE.default  # and how far into iteration step → step+1 (network mode)
    view: str = S.VIEW.default  # the view it opens on ("contour", "loss", …); "": the mode's

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", Mode.of(self.mode))

    @property
    def settings(self) -> SurfaceSettings | NetworkSettings:
        """The settings of the scenario's mode: `surface` or `network`."""
        settings: SurfaceSettings | NetworkSettings = getattr(self, self.mode.value)
        return settings

    def to_dict(self) -> dict[str, Any]:
        return {"gdsim_scenario": VERSION, **asdict(self)}

    def with_step(self, step: int) -> Scenario:
        """The scenario standing at the start of iteration `step`."""
        return replace(self, step=step, phase=0)

    def from_theta(self, theta: dict[str, float]) -> Scenario:
        """The network run started anew from θ₀ = `theta` (every parameter by name), at step 0:
        what editing θ at any step does, so Step back never mixes two runs."""
        return replace(self, network=replace(self.network, theta=theta), step=0, phase=0)

    def at(self, step: int, phase: int = 0) -> Scenario:
        """The scenario standing at `phase` of iteration `step` (what a saved file reopens at)."""
        return replace(self, step=step, phase=phase)


def keeps_course(old: Scenario, new: Scenario) -> bool:
    """Does `new` compute the same θ_k as `old` at every step k? True when they differ only in
    what is shown (the landscape's two weights, the direction explorer's angle, the title and
    description), in where the run stands, or in the step limit."""

    def course(s: Scenario) -> Scenario:
        return replace(s, title="", description="", step=0, phase=0, max_steps=1,
                       surface=replace(s.surface, angle=0.0),
                       network=replace(s.network, axes=(0, 0)))

    return course(old) == course(new)


# ----------------------------------------------------------------------------------------------
# Reading: every value is checked against its declaration in gdsim.core.settings, and the
# message names its key. A field with a setting of its own is read by `_declared`; the few that
# need more (racers, sizes, activations, hyper-parameters, weights) by code of their own.


def _get(d: dict[str, Any], setting: S.Setting, where: str | None = None) -> Any:
    """d's value for the setting (its default when absent), checked."""
    name = setting.key.rsplit(".", 1)[-1]
    return S.check(setting, d.get(name, setting.default), where or setting.key, ScenarioError)


def _optional(d: dict[str, Any], setting: S.Setting, where: str | None = None) -> Any:
    name = setting.key.rsplit(".", 1)[-1]
    value = d.get(name)
    if value is None:
        return None
    if setting.kind is tuple:
        return S.check_items(setting, value, where or setting.key, ScenarioError)
    return S.check(setting, value, where or setting.key, ScenarioError)


def _declared(cls: Any, d: dict[str, Any], section: str, own: set[str]) -> dict[str, Any]:
    """Every field of the dataclass `cls` but those in `own` (read by code of their own), each
    read and checked by its setting: the one whose key is "section.field" ("field" at the top).
    """
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(cls)):
        if name in own:
            continue
        setting = S.SETTINGS[f"{section}.{name}" if section else name]
        if setting.default is None:
            values[name] = _optional(d, setting)
        elif setting.kind is tuple:
            values[name] = S.check_items(setting, d.get(name, list(setting.default)),
                                         setting.key, ScenarioError)
        else:
            values[name] = _get(d, setting)
    return values


def _object(value: Any, where: str, known: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ScenarioError("{where}: expected an object", where=where)
    unknown = set(value) - known
    if unknown:
        raise ScenarioError("{where}: unknown key {key!r}", where=where,
                            key=sorted(unknown)[0])
    return value


def _hyper(value: Any, where: str) -> dict[str, float]:
    if not isinstance(value, dict) or len(value) > len(S.HYPER) + 1:  # more: one is unknown
        raise ScenarioError("{where}: expected an object of hyper-parameters", where=where)
    hyper = {}
    for k, v in value.items():
        setting = S.HYPER.get(str(k))
        if setting is None:  # make_optimizer names the optimizer's own hyper-parameters
            hyper[str(k)] = S.check(_NUMBER, v, f"{where}.{k}", ScenarioError)
        else:
            hyper[str(k)] = S.check(setting, v, f"{where}.{k}", ScenarioError)
    return hyper


def _racer(d: Any, where: str) -> Racer:
    d = _object(d, where, {"optimizer", "lr", "hyper", "start"})
    r = Racer(
        optimizer=_get(d, S.OPTIMIZER, f"{where}.optimizer"),
        lr=_optional(d, S.SURFACE_LR, f"{where}.lr"),
        hyper=_hyper(d.get("hyper", {}), f"{where}.hyper"),
        start=_optional(d, S.START, f"{where}.start"),
    )
    try:
        make_optimizer(r.optimizer, **r.hyper, **({"lr": r.lr} if r.lr else {}))
    except GdsimError as exc:
        raise ScenarioError("{where}: {exc}", where=where, exc=exc) from None
    return r


def _surface_settings(d: Any) -> SurfaceSettings:
    d = _object(d, "surface", {f for f in SurfaceSettings.__dataclass_fields__})
    s = SurfaceSettings(**_declared(SurfaceSettings, d, "surface", {"racers"}))
    racers = d.get("racers", [{}])
    if not isinstance(racers, list) or not S.RACERS.within(len(racers)):
        raise ScenarioError("surface.racers: expected a list of {lo:g} to {hi:g} optimizers",
                            lo=S.RACERS.lo, hi=S.RACERS.hi)
    s = replace(s, racers=tuple(_racer(r, f"surface.racers[{i}]") for i, r in enumerate(racers)))
    try:
        if s.expression is None:
            get_surface(s.surface)
        else:
            from gdsim.core.expr import surface_from_expression

            surface_from_expression(s.expression, start=s.start)
    except GdsimError as exc:
        raise ScenarioError("surface: {exc}", exc=exc) from None
    return s


def _sizes(d: dict[str, Any]) -> tuple[int, ...]:
    sizes = d.get("sizes", list(S.SIZES.default))
    if not isinstance(sizes, list):
        raise ScenarioError("network.sizes: expected a list of layer sizes")
    sizes = S.check_items(replace(S.SIZES, length=None), sizes, "network.sizes", ScenarioError)
    try:
        return check_sizes(sizes, "network.sizes")
    except GdsimError as exc:
        raise ScenarioError(exc.template, **exc.values) from None


def _theta(value: Any, sizes: tuple[int, ...]) -> dict[str, float] | None:
    """network.theta: every weight and bias by name, checked against the layer sizes."""
    if value is None:
        return None
    try:
        return to_mapping(from_mapping(value, sizes, "network.theta"), sizes)
    except GdsimError as exc:
        raise ScenarioError(exc.template, **exc.values) from None


def _network_settings(d: Any) -> NetworkSettings:
    d = _object(d, "network", {f for f in NetworkSettings.__dataclass_fields__})
    act = d.get("activation", S.ACTIVATION.default)
    if isinstance(act, list):
        act = tuple(S.check(S.ACTIVATION, a, f"network.activation[{i}]", ScenarioError)
                    for i, a in enumerate(act))
    else:
        act = S.check(S.ACTIVATION, act, "network.activation", ScenarioError)
    s = NetworkSettings(
        sizes=_sizes(d), activation=act, hyper=_hyper(d.get("hyper", {}), "network.hyper"),
        weights=d.get("weights"), theta=_theta(d.get("theta"), _sizes(d)),
        **_declared(NetworkSettings, d, "network",
                    {"sizes", "activation", "hyper", "weights", "theta"}))
    if s.weights is not None and not isinstance(s.weights, dict):
        raise ScenarioError("network.weights: expected a network object")
    if s.data not in NAMES:
        raise ScenarioError("network.data: unknown data set {name!r}; choose one of {names}",
                            name=s.data, names=", ".join(NAMES))
    if s.data == FILE and s.data_file is None:
        raise ScenarioError("network.data_file: missing; the data 'file' needs the path of a "
                            "CSV file")
    try:
        network_optimizer(s.optimizer, lr=s.lr, **s.hyper)
    except GdsimError as exc:
        raise ScenarioError("network: {exc}", exc=exc) from None
    return s


def file_version(d: dict[str, Any], key: str, newest: int, kind: Term,
                 error: type[GdsimError]) -> int:
    """The version a gdsim file of this kind says it is (under `key`), or `error` saying why
    it cannot be read: not a gdsim file, or newer than this gdsim."""
    version = d.get(key)
    if isinstance(version, bool) or not isinstance(version, int):
        raise error("{key}: missing or not a version number; this is not a gdsim {kind} file",
                    key=key, kind=kind)
    if version > newest:
        raise error("{key}: the file is version {version}, this gdsim reads up to {newest}; "
                    "update gdsim to open it", key=key, version=version, newest=newest)
    return version


def scenario_from_dict(d: Any) -> Scenario:
    """A validated Scenario, or ScenarioError naming the first thing that is wrong."""
    if not isinstance(d, dict):
        raise ScenarioError("scenario: expected a JSON object at the top")
    file_version(d, "gdsim_scenario", VERSION, Term("scenario"), ScenarioError)
    d = _object(d, "scenario", {"gdsim_scenario", *Scenario.__dataclass_fields__})
    scenario = Scenario(
        mode=Mode.of(d.get("mode", Mode.SURFACE), ScenarioError),
        surface=_surface_settings(d.get("surface", {})),
        network=_network_settings(d.get("network", {})),
        **_declared(Scenario, d, "", {"mode", "surface", "network"}))
    view = VIEWS.get(scenario.view)  # a name of a view, or "" (the settings checked that)
    if view is not None and scenario.mode not in view.modes:
        raise ScenarioError("view: {view} exists in {mode} only", view=view.name,
                            mode=MODE_WORDS[view.modes[0]])
    return scenario


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file; every failure is a ScenarioError naming the file."""
    path = Path(path)
    text = read_text_file(path, ScenarioError)
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ScenarioError("{path}: not valid JSON ({where})", path=path,
                            where=json_fault(exc)) from None
    except ValueError as exc:
        raise ScenarioError("{path}: {exc}", path=path, exc=exc) from None
    try:
        scenario = scenario_from_dict(data)
    except ScenarioError as exc:
        raise ScenarioError("{name}: {exc}", name=path.name, exc=exc) from None
    data_file = scenario.network.data_file
    if data_file is not None and not Path(data_file).is_absolute():  # beside the scenario
        scenario = replace(scenario, network=replace(
            scenario.network, data_file=str(path.resolve().parent / data_file)))
    return scenario


def json_fault(exc: ValueError | RecursionError) -> Term:
    """Where a JSON text broke, as a message says it: "line 3 column 5", or "nesting"."""
    if isinstance(exc, json.JSONDecodeError):
        return Message("line {line} column {column}", line=exc.lineno, column=exc.colno)
    return Term("nesting")


def _refuse_constant(name: str) -> Any:
    raise ScenarioError("{name} is not a number a scenario may hold", name=name)


# A scenario file is JSON; gdsim names the ones it saves *.gdsim.json, the glob of the desktop's
# file type for them (scripts/install-desktop), so that gdsim opens those and not every JSON
# file. Any .json holding a scenario opens too.
SCENARIO_SUFFIX = ".gdsim.json"
SCENARIO_MIME_TYPE = "application/x-gdsim-scenario"


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
