"""Data for the network: one typed sample, XOR, generated 2-D sets with two classes, and the
bundled 8×8 handwritten digits (64 inputs, 10 classes).

Every function returns (X, Y): X is m × S_1 float64 with samples as rows, Y the targets as
m × k rows. Classification sets give Y one-hot (m × 2, for softmax cross-entropy or a 2-output
½-squared error) or, with targets="binary", one column of 0/1 (for a 1-output sigmoid).
Everything random comes from numpy's default_rng(seed), so a set is the same on every run.
The digits are read from assets/datasets/digits.npz (no download, no scikit-learn).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from gdsim.core import settings
from gdsim.core.data_file import read_data_file
from gdsim.core.dataset_names import FILE, TYPED
from gdsim.core.errors import InputError, Term
from gdsim.resources import assets

Array = NDArray[np.float64]
Data = tuple[Array, Array]

MAX_SAMPLES = int(settings.N.hi or 0)  # the limits are the settings' (gdsim.core.settings)
MAX_NOISE = float(settings.NOISE.hi or 0)
MAX_SEED = int(settings.SEED.hi or 0)
N, NOISE, SEED = settings.N.default, settings.NOISE.default, settings.SEED.default  # defaults
TARGETS = ("onehot", "binary")


def one_sample(x: ArrayLike, y: ArrayLike) -> Data:
    """One sample as a batch of one: x as 1 × S_1, y as 1 × S_L (the seed's setting)."""
    return _row(x, "x"), _row(y, "y")


def _row(v: ArrayLike, name: str) -> Array:
    try:
        arr = np.array(v, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        raise InputError("{name}: expected a list of numbers, got {value!r}", name=name,
                         value=str(v)[:60]) from None
    if arr.ndim != 1 or arr.size == 0:
        raise InputError("{name}: expected a non-empty list of numbers, got shape {shape}",
                         name=name, shape=arr.shape)
    if not np.all(np.isfinite(arr)):
        raise InputError("{name}: number {position} is not finite", name=name,
                         position=int(np.argmin(np.isfinite(arr))) + 1)
    return arr[None, :]


def _check(name: str, n: int, noise: float, seed: int, targets: str) -> None:
    def shown(v: Any) -> str:
        text = repr(v)
        return text if len(text) <= 24 else text[:23] + "…"

    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= MAX_SAMPLES:
        raise InputError("{name}: n must be a whole number in 1…{most}, got {value}",
                         name=name, most=MAX_SAMPLES, value=shown(n))
    if (isinstance(noise, bool) or not isinstance(noise, (int, float, np.integer, np.floating))
            or not 0 <= noise <= MAX_NOISE):  # also refuses nan
        raise InputError("{name}: noise must be a number in 0…{most:g}, got {value}",
                         name=name, most=MAX_NOISE, value=shown(noise))
    if (isinstance(seed, bool) or not isinstance(seed, (int, np.integer))
            or not 0 <= seed <= MAX_SEED):
        raise InputError("{name}: seed must be a whole number in 0…{most}, got {value}",
                         name=name, most=MAX_SEED, value=shown(seed))
    if targets not in TARGETS:
        raise InputError("{name}: targets must be one of {names}, got {value}", name=name,
                         names=", ".join(TARGETS), value=shown(targets))


def _finish(X: Array, labels: NDArray[np.int64], noise: float, rng: np.random.Generator,
            targets: str) -> Data:
    """Add the noise, shuffle the rows (with the same rng) and write the targets."""
    X = X + rng.normal(0.0, noise, X.shape) if noise > 0 else X.astype(np.float64)
    order = rng.permutation(len(X))
    X, labels = X[order], labels[order]
    if targets == "binary":
        return X, labels[:, None].astype(np.float64)
    return X, np.eye(2)[labels]


def _split(n: int) -> tuple[int, int]:
    return n - n // 2, n // 2


def xor(n: int = 4, noise: float = 0.0, seed: int = SEED, targets: str = "onehot") -> Data:
    """The corners (0,0), (0,1), (1,0), (1,1) with classes 0, 1, 1, 0; n > 4 repeats them."""
    _check("xor", n, noise, seed, targets)
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    k = np.arange(n) % 4
    X, labels = corners[k], np.array([0, 1, 1, 0])[k]
    if n == 4 and noise == 0:  # the classic four, in order
        return X, (labels[:, None].astype(np.float64) if targets == "binary" else np.eye(2)[labels])
    return _finish(X, labels, noise, np.random.default_rng(seed), targets)


def moons(n: int = N, noise: float = NOISE, seed: int = SEED, targets: str = "onehot"
          ) -> Data:
    """Two interleaving half circles (class 0 above, class 1 below)."""
    _check("moons", n, noise, seed, targets)
    n0, n1 = _split(n)
    t0, t1 = np.linspace(0, np.pi, n0), np.linspace(0, np.pi, n1)
    X = np.vstack([np.c_[np.cos(t0), np.sin(t0)], np.c_[1 - np.cos(t1), 0.5 - np.sin(t1)]])
    return _finish(X, np.repeat([0, 1], [n0, n1]), noise, np.random.default_rng(seed), targets)


def circles(n: int = N, noise: float = NOISE, seed: int = SEED, targets: str = "onehot"
            ) -> Data:
    """A circle of radius 1 (class 0) around one of radius 0.5 (class 1)."""
    _check("circles", n, noise, seed, targets)
    n0, n1 = _split(n)
    t0 = np.linspace(0, 2 * np.pi, n0, endpoint=False)
    t1 = np.linspace(0, 2 * np.pi, n1, endpoint=False)
    X = np.vstack([np.c_[np.cos(t0), np.sin(t0)], 0.5 * np.c_[np.cos(t1), np.sin(t1)]])
    return _finish(X, np.repeat([0, 1], [n0, n1]), noise, np.random.default_rng(seed), targets)


def spirals(n: int = N, noise: float = NOISE, seed: int = SEED, targets: str = "onehot"
            ) -> Data:
    """Two spirals winding 1¾ turns out of the origin, the second turned by half a turn."""
    _check("spirals", n, noise, seed, targets)
    parts = []
    for c, m in enumerate(_split(n)):
        r = np.linspace(0.05, 1.0, m)
        t = 1.75 * 2 * np.pi * r + c * np.pi
        parts.append(np.c_[r * np.cos(t), r * np.sin(t)])
    n0, n1 = _split(n)
    return _finish(np.vstack(parts), np.repeat([0, 1], [n0, n1]), noise,
                   np.random.default_rng(seed), targets)


def blobs(n: int = N, noise: float = NOISE, seed: int = SEED, targets: str = "onehot"
          ) -> Data:
    """Two Gaussian clouds (spread 0.5) around (−1, −1) (class 0) and (1, 1) (class 1)."""
    _check("blobs", n, noise, seed, targets)
    n0, n1 = _split(n)
    rng = np.random.default_rng(seed)
    centres = np.repeat([[-1.0, -1.0], [1.0, 1.0]], [n0, n1], axis=0)
    X = centres + rng.normal(0.0, 0.5, centres.shape)
    return _finish(X, np.repeat([0, 1], [n0, n1]), noise, rng, targets)


DIGITS_SIDE = 8  # the digits are 8 × 8 images: 64 inputs
DIGITS_CLASSES = 10
DIGITS_COUNT = 1797


@lru_cache(maxsize=1)
def digits_file() -> tuple[NDArray[np.uint8], NDArray[np.uint8]]:
    """The bundled images (1797 × 8 × 8, values 0…16) and their labels (0…9), read-only."""
    path = assets() / "datasets" / "digits.npz"
    try:
        with np.load(path) as f:
            images, digit = np.array(f["images"], dtype=np.uint8), np.array(f["labels"],
                                                                            dtype=np.uint8)
    except (OSError, KeyError, ValueError) as exc:
        raise InputError("digits: cannot read {path}: {exc}", path=path, exc=exc) from None
    if images.shape != (DIGITS_COUNT, DIGITS_SIDE, DIGITS_SIDE) or digit.shape != (
            DIGITS_COUNT,):
        raise InputError("digits: {path} holds images {images} and labels {labels}, not "
                         "({count}, 8, 8) and ({count},)", path=path, images=images.shape,
                         labels=digit.shape, count=DIGITS_COUNT)
    images.flags.writeable = digit.flags.writeable = False
    return images, digit


@lru_cache(maxsize=1)
def _digits() -> Data:
    images, digit = digits_file()
    X = images.reshape(DIGITS_COUNT, DIGITS_SIDE * DIGITS_SIDE) / 16.0
    Y = np.eye(DIGITS_CLASSES)[digit]
    X.flags.writeable = Y.flags.writeable = False
    return X, Y


def digits() -> Data:
    """The 1,797 handwritten digits: X the 64 pixels row by row, scaled from 0…16 to 0…1;
    Y one-hot over the classes 0…9 (the UCI optical digits, bundled; read-only arrays)."""
    return _digits()


def from_file(path: str, target: str | None = None, classes: bool = True) -> Data:
    """Your own CSV file (gdsim.core.data_file): its features, and its target column as one-hot
    classes or (classes=False) numbers."""
    table = read_data_file(path, target, classes)
    return table.X, table.Y


@dataclass(frozen=True)
class DataSet:
    """One kind of data a network learns from: how it is made and what it is, so that code
    reads what it needs to know here instead of comparing names."""

    name: str
    make: Callable[..., Data]
    words: str  # how a sentence names it: "the one sample", "the data set moons"
    label: str  # its name in the window's list of data
    typed: bool = False  # the one sample typed in the settings (x, y): no classes
    file: bool = False  # read from the user's own CSV file (gdsim.core.data_file)
    shape: tuple[int, int] = (2, 2)  # inputs and classes of a set with classes
    sizes: tuple[int, ...] = (2, 4, 2)  # the layer sizes a network that learns it starts with
    loss: str | None = None  # the loss it is learned with, if it needs one
    title: str = ""  # what a program that learns it is titled after, if anything
    samples: int | None = None  # always this many samples, whatever n says
    samples_note: str = ""  # the window's words for that
    noise_note: str = ""  # the window's words when it takes no noise (see `noisy`)
    image_side: int = 0  # its inputs are the pixels of square images this wide

    @property
    def noisy(self) -> bool:
        """Whether it takes noise: a generated set does, the scanned digits do not."""
        return "noise" in inspect.signature(self.make).parameters

    @property
    def noise(self) -> float:
        """Its noise when none is given: its maker's (0 for XOR's corners)."""
        noise = inspect.signature(self.make).parameters.get("noise")
        return NOISE if noise is None else float(noise.default)

    def fitted(self, sizes: tuple[int, ...], where: str = Term("data")) -> str:
        """Its targets for a network of these layer sizes ("onehot", or "binary": one 0/1
        output for two classes), or InputError saying how the network does not fit it."""
        (inputs, classes), shown = self.shape, ",".join(map(str, sizes))
        example = ",".join(map(str, self.sizes))
        if classes == 2 and (sizes[0], sizes[-1]) not in ((inputs, 1), (inputs, 2)):
            raise InputError("{where}: {name} has {inputs} inputs and 2 classes: the layer sizes "
                             "must be {inputs},…,2 (e.g. {example}), or {inputs},…,1 for one 0/1 "
                             "output; got {shown}", where=where, name=self.name, inputs=inputs,
                             example=example, shown=shown)
        if classes != 2 and (sizes[0], sizes[-1]) != self.shape:
            raise InputError("{where}: {name} has {inputs} inputs and {classes} classes: the "
                             "layer sizes must be {inputs},…,{classes} (e.g. {example}); got "
                             "{shown}", where=where, name=self.name, inputs=inputs,
                             classes=classes, example=example, shown=shown)
        return "binary" if sizes[-1] == 1 else "onehot"


DATASETS: dict[str, DataSet] = {d.name: d for d in (
    DataSet(TYPED, one_sample, "the one sample", Term("one sample (x, y)"), typed=True,
            sizes=settings.SIZES.default),
    DataSet("xor", xor, "the data set xor", Term("XOR"), samples=4,
            samples_note=Term("XOR is always its four corners: n does not apply")),
    *(DataSet(name, make, f"the data set {name}", Term(name))
      for name, make in (("moons", moons), ("circles", circles), ("spirals", spirals),
                         ("blobs", blobs))),
    DataSet("digits", digits, "the digits", Term("digits (8×8, 64-…-10)"),
            shape=(DIGITS_SIDE * DIGITS_SIDE, DIGITS_CLASSES), sizes=(64, 32, DIGITS_CLASSES),
            loss="cross_entropy", title="the 8×8 digits", samples=DIGITS_COUNT,
            samples_note=Term("The digits are the 1,797 bundled images: n does not apply"),
            noise_note=Term("The digits are real images, not generated: noise does not apply"),
            image_side=DIGITS_SIDE),
    DataSet(FILE, from_file, "the data file", Term("From file…"), file=True,
            title="your data file"),
)}
# the built-in sets with classes (--data NAME)
CLASSIFIED = tuple(name for name, d in DATASETS.items() if not (d.typed or d.file))


def for_network(name: str, sizes: tuple[int, ...], n: int, noise: float, seed: int) -> Data:
    """The built-in data set `name` (not the typed sample, not a file) fitted to a network of
    these layer sizes, or InputError. A set of two classes takes one-hot targets for 2
    outputs and 0/1 for 1 output; a set of a fixed number of samples (XOR's corners, the
    digits) takes no n, and a set that is not generated (the digits) no noise."""
    d = DATASETS.get(name)
    if d is None or d.typed or d.file:
        raise InputError("data: unknown data set {name!r}; choose one of {names}", name=name,
                         names=", ".join(CLASSIFIED))
    params = dict(n=d.samples or n, noise=noise, seed=seed, targets=d.fitted(sizes))
    known = inspect.signature(d.make).parameters
    return d.make(**{k: v for k, v in params.items() if k in known})


def get_dataset(name: str, **params: Any) -> Data:
    """The data set of that name with these parameters, or InputError naming what is wrong."""
    try:
        make = DATASETS[name].make
    except (KeyError, TypeError):
        raise InputError("data: unknown data set {name!r}; choose one of {names}", name=name,
                         names=", ".join(DATASETS)) from None
    known = list(inspect.signature(make).parameters)
    for key in params:
        if key not in known:
            raise InputError("{name}: has no parameter {key!r}; it has {names}", name=name,
                             key=key, names=", ".join(known) or Term("none"))
    if DATASETS[name].typed and set(params) != {"x", "y"}:
        raise InputError("one: give both x and y")
    if DATASETS[name].file and "path" not in params:
        raise InputError("file: give the path of a CSV file")
    return make(**params)


def labels(Y: ArrayLike) -> NDArray[np.int64]:
    """The class of each row: the index of the largest target, or 0/1 for one column."""
    Y = np.asarray(Y, dtype=np.float64)
    if Y.ndim != 2:
        raise InputError("targets: expected m × k rows, got shape {shape}", shape=Y.shape)
    return (Y[:, 0] > 0.5).astype(np.int64) if Y.shape[1] == 1 else Y.argmax(axis=1)


def accuracy(outputs: ArrayLike, Y: ArrayLike) -> float:
    """The fraction of samples whose predicted class (the largest output a^L, or a^L > 0.5 for
    one output) is the class of its target."""
    A, T = np.asarray(outputs, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    if A.shape != T.shape or A.ndim != 2 or not len(A):
        raise InputError("accuracy: outputs {outputs} and targets {targets} must be the same m × "
                         "k rows", outputs=A.shape, targets=T.shape)
    return float(np.mean(labels(A) == labels(T)))


SPLIT = 0x7E57  # mixed into the seed for the test split, so it is not an epoch's order


def split(X: Array, Y: Array, fraction: float, seed: int = SEED) -> tuple[Data, Data | None]:
    """The training set and the held-out test set: round(fraction·m) samples drawn with the
    seed for the test, the rest (in their order) for training; no test set for fraction 0."""
    if not fraction:
        return (X, Y), None
    m = len(X)
    count = round(fraction * m)
    if not 1 <= count <= m - 1:
        raise InputError("test fraction: {fraction:g} of {m} samples leaves {test} for the test "
                         "and {train} for training; each needs at least 1", fraction=fraction,
                         m=m, test=count, train=m - count)
    held = np.zeros(m, dtype=bool)
    held[np.random.default_rng([seed, SPLIT]).permutation(m)[:count]] = True
    return (X[~held], Y[~held]), (X[held], Y[held])


@lru_cache(maxsize=16)
def _order(m: int, seed: int, epoch: int) -> NDArray[np.int64]:
    order = np.random.default_rng([seed, epoch]).permutation(m)
    order.flags.writeable = False
    return order


def batches(X: Array, Y: Array, batch_size: int | None, k: int, seed: int = SEED) -> Data:
    """The mini-batch of iteration k (0-based): the same for the same k, every time.

    Each epoch visits every sample once in an order drawn from (seed, epoch); the last batch
    of an epoch may be smaller. batch_size 0 or None, or ≥ m, means the whole set.
    """
    m = len(X)
    if batch_size is None or batch_size == 0 or batch_size >= m:
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise InputError("batch: iteration {k!r} must be a whole number ≥ 0", k=k)
        return X, Y
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or (
            batch_size < 0):
        raise InputError("batch size: {batch_size!r} must be a whole number ≥ 0",
                         batch_size=batch_size)
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
        raise InputError("batch: iteration {k!r} must be a whole number ≥ 0", k=k)
    per_epoch = -(-m // batch_size)
    epoch, r = divmod(int(k), per_epoch)
    rows = _order(m, int(seed), epoch)[r * batch_size:(r + 1) * batch_size]
    return X[rows], Y[rows]
