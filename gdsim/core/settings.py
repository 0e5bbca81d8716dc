"""Every setting of a scenario, declared once: its type, default, limits, unit and help text.

The scenario file loader, the command line's flags and the settings panels' fields all read
this table, and all refuse a bad value through `check`, so the same value gets the same words
everywhere; only the address in front differs (the file's key "network.noise", the flag
"--noise", the field "noise"):

    network.noise: 11 is out of range; it must lie in [0, 10]
    gdsim train: --noise: 11 is out of range; it must lie in [0, 10]

Text typed by people is read by `gdsim.core.parse` first, then checked here (`parse`).
Every default and limit is written here once; the Scenario dataclasses, the command line's
flags and their help, the lesson loader, the export, the panels and `make_optimizer` (the
optimizers' hyper-parameters, `HYPER`) take theirs from this table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from gdsim.core import dataset_names
from gdsim.core.errors import GdsimError, InputError, Message, Term
from gdsim.core.parse import parse_float, parse_floats, parse_int
from gdsim.core.surfaces import DEFAULT_SURFACE
from gdsim.core.view_names import VIEWS

# The network's size limits (the layer-size parser and `Network` read them from here).
MAX_LAYER = 4096  # neurons in one layer
MAX_LAYERS = 16  # layers, input and output included
MAX_PARAMS = 5_000_000  # weights and biases together
MAX_RACERS = 12  # optimizers racing on one surface

MAX_FILE_BYTES = 20_000_000  # a scenario, network or θ file

# A data file of your own (gdsim.core.data_file): what it may hold.
MAX_DATA_ROWS = 100_000  # samples
MAX_FEATURES = 1024  # feature columns (the target column besides)
MAX_CLASSES = 1024  # distinct class labels in the target column
MAX_DATA_BYTES = 200_000_000  # the file itself
MAX_FRAMES = 100_000  # states in one export


@dataclass(frozen=True)
class Setting:
    """One setting. `kind` is int, float, str, or tuple (a list of numbers, each within lo…hi)."""

    key: str  # its place in a scenario file ("network.noise", "max_steps") or an export's
    name: str  # how a message or a field names it when no other address is given
    kind: type
    default: Any
    lo: float | None = None  # the limits, inclusive unless *_open
    hi: float | None = None
    unit: str = ""
    help: str = ""
    lo_open: bool = False
    hi_open: bool = False
    count: int | None = None  # a list: exactly this many numbers
    length: int | None = None  # a list: at most this many items; a text: at most this many chars
    of: type = float  # a list: the type of its items
    choices: tuple[str, ...] = ()  # a text: one of these, if given
    flag_default: Any = None  # the command line's default, where it is not a file's

    def bounds(self) -> str:
        """The limits as a reader writes them: "[0, 10]", "(0, 1e+06]"."""
        return (("(" if self.lo_open else "[") + _shown(self.lo, self.kind) + ", "
                + _shown(self.hi, self.kind) + (")" if self.hi_open else "]"))

    def within(self, value: float) -> bool:
        lo, hi = self.lo, self.hi
        return not ((lo is not None and (value < lo or (self.lo_open and value == lo)))
                    or (hi is not None and (value > hi or (self.hi_open and value == hi))))

    def flag_help(self, default: str | None = None) -> str:
        """The help of its command-line flag: what it is, its limits and unit, its default."""
        text = self.help
        if self.lo is not None and self.hi is not None:
            text += f"; in {self.bounds()}"
        if self.unit:
            text += f" {self.unit}"
        shown = default if default is not None else _default_text(self.cli_default)
        return f"{text} (default: {shown})"

    @property
    def cli_default(self) -> Any:
        """The value a flag for this setting has when it is not given."""
        return self.default if self.flag_default is None else self.flag_default

    @property
    def cli_default_text(self) -> str | None:
        """`cli_default` as a flag's text ("0.5", "3,4,2"), or None when there is none."""
        return None if self.cli_default is None else _default_text(self.cli_default)


def _shown(value: Any, kind: type = float) -> str:
    if isinstance(value, bool):
        return repr(value)
    if kind is int or isinstance(value, int):
        return str(int(value))
    return f"{value:g}"


def _default_text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return ",".join(_shown(v) for v in value)
    return _shown(value) if isinstance(value, (int, float)) else str(value)


def _hyper(key: str, lo: float, hi: float, help: str, lo_open: bool = False,
           hi_open: bool = False) -> Setting:
    """An optimizer's hyper-parameter: its default is each optimizer's own (torch.optim's)."""
    return Setting(key, key, float, None, lo, hi, help=help, lo_open=lo_open, hi_open=hi_open)


# ----------------------------------------------------------------------------------------------
# The table.

LR = _hyper("lr", 0.0, 1e6, "learning rate α of (3-12)", lo_open=True)
HYPER = {s.key: s for s in (  # every optimizer's hyper-parameters besides α
    _hyper("momentum", 0.0, 1.0, "μ, how much of the last velocity is kept", hi_open=True),
    _hyper("alpha", 0.0, 1.0, "ρ, the decay of the mean squared gradient", hi_open=True),
    _hyper("beta1", 0.0, 1.0, "β1, the decay of the mean gradient", hi_open=True),
    _hyper("beta2", 0.0, 1.0, "β2, the decay of the mean squared gradient", hi_open=True),
    _hyper("eps", 0.0, 1.0, "ε, added to the root in the denominator", lo_open=True),
    _hyper("lr_decay", 0.0, 1e6, "how fast α decays with the step count"),
)}


def hyper_setting(key: str) -> Setting:
    """The setting of an optimizer's hyper-parameter, α (lr) included."""
    return LR if key == "lr" else HYPER[key]


SURFACE = Setting("surface.surface", Term("surface"), str, DEFAULT_SURFACE, length=64,
                  help="a built-in function J(w1, w2)")
EXPRESSION = Setting("surface.expression", "J", str, None, length=1000,
                     help='your own J(w1, w2), e.g. "w1^2 + 3 w2^2"')
START = Setting("surface.start", Term("start"), tuple, None, -1e6, 1e6, count=2,
                help="the start A = (w1, w2)")
SURFACE_LR = Setting("surface.lr", Term("lr"), float, None, LR.lo, LR.hi, lo_open=LR.lo_open,
                     help=LR.help)
RACERS = Setting("surface.racers", Term("racers"), list, None, 1, MAX_RACERS,
                 help="the optimizers racing from the start")
ANGLE = Setting("surface.angle", Term("angle"), float, -45.0, -3600, 3600, unit="degrees",
                help="the direction explorer's direction, from the w1 axis")

SIZES = Setting("network.sizes", Term("layer sizes"), tuple, (3, 4, 2), 1, MAX_LAYER,
                length=MAX_LAYERS, of=int, help="neurons per layer, input first")
ACTIVATION = Setting("network.activation", Term("activation"), str, "sigmoid", length=32,
                     help="one activation for every layer, or one per weight layer")
LOSS = Setting("network.loss", Term("loss"), str, "mse", length=32,
               help="½-squared error (mse) or softmax cross-entropy")
SEED = Setting("network.seed", Term("seed"), int, 0, 0, 2**32 - 1,
               help="the seed of the initial weights and of generated data")
DATA = Setting("network.data", Term("data"), str, dataset_names.TYPED, length=32,
               choices=dataset_names.NAMES,
               help=f"one sample, or a data set: {', '.join(dataset_names.SETS)}, or "
                    f"{dataset_names.FILE} (network.data_file)")
X = Setting("network.x", "x", tuple, (0.05, 0.10, 0.15), -1e12, 1e12, length=MAX_LAYER,
            help="the one sample's input a¹ = x")
Y = Setting("network.y", "y", tuple, (0.01, 0.99), -1e12, 1e12, length=MAX_LAYER,
            help="the one sample's target y")
N = Setting("network.n", "n", int, 100, 1, 100_000, help="samples in the data set")
NOISE = Setting("network.noise", Term("noise"), float, 0.1, 0, 10,
                help="the data set's noise (standard deviation)")
DATA_FILE = Setting("network.data_file", Term("data file"), str, None, length=4096,
                    help="a CSV file of your own: a header row, numeric feature columns and a "
                         "target column")
TARGET = Setting("network.target", Term("target"), str, None, length=256,
                 help="the data file's target column, by its header (none: the last column)")
TEST_FRACTION = Setting("network.test_fraction", Term("test fraction"), float, 0.0, 0, 0.9,
                        help="the fraction of the data held out as a test set (drawn with the "
                             "seed); 0: none")
BATCH_SIZE = Setting("network.batch_size", Term("batch size"), int, 0, 0, 100_000,
                     help="samples per iteration; 0 means the whole set")
NETWORK_LR = Setting("network.lr", Term("lr"), float, 0.5, LR.lo, LR.hi, lo_open=LR.lo_open,
                     help=LR.help)
OPTIMIZER = Setting("network.optimizer", Term("optimizer"), str, "sgd", length=32,
                    help="the optimizer that moves θ; sgd is (3-12)")
AXES = Setting("network.axes", Term("axes"), tuple, (-1, -1), -1, 10_000_000, count=2, of=int,
               help="the two weights on the landscape's axes (θ indices); -1: the steepest at "
                    "θ₀ (the largest |∂J/∂w|)")

MAX_STEPS = Setting("max_steps", Term("maximum steps"), int, 200, 1, 10_000_000,
                    flag_default=20,  # the seed's trace: P1 … P20
                    help="iterations to run at most (the window's Step and Play stop there)")
STEP = Setting("step", Term("steps"), int, 0, 0, MAX_STEPS.hi, help="iterations")
PHASE = Setting("phase", Term("phase"), int, 0, 0, 2 * MAX_LAYERS - 1,
                help="where the run stands inside iteration `step` (network mode): 0 ready, "
                     "then each forward and backward layer, then the update")
VIEW = Setting("view", Term("view"), str, "", length=32, choices=("", *VIEWS),
               help="the view the scenario opens on, e.g. contour (empty: the mode's own)")
TITLE = Setting("title", Term("title"), str, "", length=200, help="the scenario's title")
DESCRIPTION = Setting("description", Term("description"), str, "", length=2000,
                      help="what the scenario shows")

WIDTH = Setting("export.width", "width", int, 1280, 64, 7680, unit="pixels",
                help="the width of each exported frame")
HEIGHT = Setting("export.height", "height", int, 800, 64, 4320, unit="pixels",
                 help="the height of each exported frame")
FPS = Setting("export.fps", "fps", float, 10.0, 0.1, 120,
              help="frames per second (GIF, MP4)")
LOOP = Setting("export.loop", "loop", int, 0, 0, 1000,
               help="how many times a GIF plays; 0 for ever")

DIVERGENCE_FACTOR = Setting("divergence.factor", Term("divergence factor"), float, 1e6, 1, 1e100,
                            help="a run has diverged once J, growing, is past this many times "
                                 "max(J₀, 1)")
DIVERGENCE_STEPS = Setting("divergence.steps", Term("divergence steps"), int, 5, 1, 1000,
                           help="how many steps in a row J must have grown before the run is "
                                "called diverged (and J not finite always is)")

ALPHA_MAP_STEPS = Setting("alpha_map.steps", Term("steps"), int, 1000, 1, 100_000,
                          help="steps each value of the α map runs at most")
ALPHA_MAP_VALUES = Setting("alpha_map.values", Term("values"), int, 150, 1, 2000,
                           help="values along one axis of the α map")

SETTINGS: dict[str, Setting] = {s.key: s for s in (
    SURFACE, EXPRESSION, START, SURFACE_LR, RACERS, ANGLE, SIZES, ACTIVATION, LOSS, SEED, DATA,
    X, Y, N, NOISE, DATA_FILE, TARGET, TEST_FRACTION, BATCH_SIZE, NETWORK_LR, OPTIMIZER, AXES,
    MAX_STEPS, STEP, PHASE, TITLE, DESCRIPTION, VIEW, WIDTH, HEIGHT, FPS, LOOP, DIVERGENCE_FACTOR,
    DIVERGENCE_STEPS, ALPHA_MAP_STEPS, ALPHA_MAP_VALUES)}


# ----------------------------------------------------------------------------------------------
# Checking: one function for every place a value comes from.


def problem(setting: Setting, value: Any) -> Message | None:
    """What is wrong with `value` for this setting, in the words every place uses; or None.
    A `Message`: a str (the English words) that the window shows in its own language."""
    kind = setting.kind
    if kind is str:
        if not isinstance(value, str):
            return Message("expected text, got {kind}", kind=type(value).__name__)
        if setting.length is not None and len(value) > setting.length:
            return Message("expected text of at most {length} characters", length=setting.length)
        if setting.choices and value not in setting.choices:
            return Message("unknown {value!r}; choose one of {names}", value=value,
                           names=", ".join(c for c in setting.choices if c))
        return None
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return _whole_number_expected(value)
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Message("expected a number, got {kind}", kind=type(value).__name__)
        if not math.isfinite(value):
            return Message("{value!r} is not a finite number", value=value)
        value = float(value)
    else:
        return None  # lists are checked item by item (`check_items`)
    if not setting.within(value):
        return Message("{value} is out of range; it must lie in {bounds}",
                       value=_shown(value, kind), bounds=setting.bounds())
    return None


def _whole_number_expected(value: Any) -> Message:
    """"expected a whole number, got …", cut to 80 characters as one line of a message."""
    shown = repr(value)
    room = 80 - len("expected a whole number, got ")
    return Message("expected a whole number, got {value}",
                   value=shown if len(shown) <= room else shown[:room])


def check(setting: Setting, value: Any, where: str | None = None,
          error: type[GdsimError] = InputError) -> Any:
    """The value, as the setting's type, or `error` whose message starts with `where`."""
    wrong = problem(setting, value)
    if wrong is not None:
        raise error("{where}: {wrong}", where=where or setting.name, wrong=wrong)
    return float(value) if setting.kind is float else value


def check_items(setting: Setting, value: Any, where: str | None = None,
                error: type[GdsimError] = InputError) -> tuple[Any, ...]:
    """A list of numbers: its length, then each number within the setting's limits."""
    where = where or setting.name
    count, length = setting.count, setting.length
    if not isinstance(value, (list, tuple)) or (length is not None and len(value) > length) or (
            count is not None and len(value) != count):
        if count:
            raise error("{where}: expected {count} numbers", where=where, count=count)
        raise error("{where}: expected a list of numbers", where=where)
    item = Setting(setting.key, setting.name, setting.of, None, setting.lo, setting.hi)
    return tuple(check(item, v, f"{where}[{i}]", error) for i, v in enumerate(value))


def parse(setting: Setting, text: str, where: str | None = None) -> Any:
    """Text typed for this setting (a field, a flag), read and checked."""
    where = where or setting.name
    if setting.kind is int:
        return check(setting, parse_int(text, where), where)
    if setting.kind is float:
        return check(setting, parse_float(text, where), where)
    if setting.kind is tuple:
        values = parse_floats(text, where, count=setting.count)
        item = Setting(setting.key, setting.name, float, None, setting.lo, setting.hi)
        return tuple(check(item, v, where) for v in values)
    return check(setting, text, where)
