"""Data sets: shapes, classes, seeds, targets and the mini-batches of each iteration."""

import numpy as np
import pytest

from gdsim.core.datasets import (
    DATASETS,
    batches,
    get_dataset,
    labels,
    one_sample,
    xor,
)
from gdsim.core.errors import InputError
from gdsim.resources import assets

GENERATED = ["moons", "circles", "spirals", "blobs"]


def test_one_sample_is_a_batch_of_one():
    X, Y = one_sample([0.05, 0.10, 0.15], [0.01, 0.99])
    assert X.shape == (1, 3) and Y.shape == (1, 2) and X.dtype == np.float64
    for x in ([], [[1, 2]], ["a"], [1, float("nan")]):
        with pytest.raises(InputError):
            one_sample(x, [1])


def test_xor_is_the_four_corners():
    X, Y = xor()
    np.testing.assert_array_equal(X, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(Y, [[1, 0], [0, 1], [0, 1], [1, 0]])
    X, Y = xor(targets="binary")
    np.testing.assert_array_equal(Y, [[0], [1], [1], [0]])
    X, Y = xor(n=40, noise=0.1, seed=3)
    assert X.shape == (40, 2) and labels(Y).sum() == 20


@pytest.mark.parametrize("name", GENERATED)
def test_generated_sets(name):
    X, Y = get_dataset(name, n=101, noise=0.1, seed=7)
    assert X.shape == (101, 2) and Y.shape == (101, 2)
    assert X.dtype == Y.dtype == np.float64 and np.all(np.isfinite(X))
    np.testing.assert_array_equal(Y.sum(axis=1), 1)
    assert sorted(np.bincount(labels(Y))) == [50, 51]
    X2, Y2 = get_dataset(name, n=101, noise=0.1, seed=7)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(Y, Y2)
    assert not np.array_equal(X, get_dataset(name, n=101, noise=0.1, seed=8)[0])
    Xb, Yb = get_dataset(name, n=101, noise=0.1, seed=7, targets="binary")
    np.testing.assert_array_equal(Xb, X)
    np.testing.assert_array_equal(Yb[:, 0], labels(Y))
    assert np.abs(X).max() < 4


def test_noise_zero_is_the_clean_shape():
    X, Y = get_dataset("circles", n=200, noise=0.0)
    r = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(r[labels(Y) == 0], 1.0)
    np.testing.assert_allclose(r[labels(Y) == 1], 0.5)


@pytest.mark.parametrize("name, params, message", [
    ("rings", {}, "unknown data set 'rings'"),
    ("moons", {"size": 3}, "moons: has no parameter 'size'"),
    ("moons", {"n": 0}, "n must be a whole number"),
    ("moons", {"n": 2.5}, "n must be a whole number"),
    ("circles", {"noise": -1}, "noise must be a number"),
    ("circles", {"noise": float("nan")}, "noise must be a number"),
    ("spirals", {"seed": -3}, "seed must be"),
    ("blobs", {"targets": "ternary"}, "targets must be one of"),
    ("one", {"x": [1]}, "give both x and y"),
])
def test_bad_names_and_params(name, params, message):
    with pytest.raises(InputError, match=message):
        get_dataset(name, **params)


def test_every_name_works():
    own = {"one": {"x": [1, 2], "y": [0]},
           "file": {"path": str(assets() / "datasets" / "two-colours.csv")}}
    for name in DATASETS:
        params = own.get(name, {})
        X, Y = get_dataset(name, **params)
        assert X.ndim == Y.ndim == 2 and len(X) == len(Y)


def test_batches_are_deterministic_epochs():
    X, Y = get_dataset("moons", n=10)
    assert batches(X, Y, 0, 5)[0] is X and batches(X, Y, 10, 5)[0] is X
    seen = [batches(X, Y, 3, k)[0] for k in range(4)]  # one epoch: 3 + 3 + 3 + 1
    assert [len(b) for b in seen] == [3, 3, 3, 1]
    rows = {tuple(r) for b in seen for r in b}
    assert rows == {tuple(r) for r in X}
    for k in range(8):
        np.testing.assert_array_equal(batches(X, Y, 3, k)[0], batches(X, Y, 3, k)[0])
    assert not np.array_equal(batches(X, Y, 3, 0)[0], batches(X, Y, 3, 4)[0])  # a new order
    Xb, Yb = batches(X, Y, 4, 2)
    for x, y in zip(Xb, Yb, strict=True):
        k = np.flatnonzero((X == x).all(axis=1))[0]
        np.testing.assert_array_equal(Y[k], y)
    with pytest.raises(InputError):
        batches(X, Y, -1, 0)
    with pytest.raises(InputError):
        batches(X, Y, 3, -1)


def test_digits_are_the_bundled_8x8_images():
    from gdsim.core.datasets import digits, digits_file

    X, Y = get_dataset("digits")
    assert X.shape == (1797, 64) and Y.shape == (1797, 10) and X.dtype == Y.dtype == np.float64
    images, digit = digits_file()
    np.testing.assert_array_equal(X * 16, images.reshape(1797, 64))  # scaled 0…16 → 0…1
    assert X.min() == 0 and X.max() == 1
    np.testing.assert_array_equal(labels(Y), digit)
    np.testing.assert_array_equal(Y.sum(axis=1), 1)
    counts = np.bincount(labels(Y), minlength=10)
    assert counts.sum() == 1797 and counts.min() >= 170 and counts.max() <= 190
    np.testing.assert_array_equal(digit[:10], np.arange(10))  # the file's first ten: 0…9
    assert not X.flags.writeable and digits()[0] is X  # read once, shared read-only
    # a zero is a ring: dark in the middle, ink around it
    zero = images[0].astype(float)
    assert zero[3:5, 3:5].mean() < 4 < zero[1:7, 1:7].mean()


def test_data_sets_fitted_to_a_network():
    from gdsim.core.datasets import CLASSIFIED, for_network

    assert set(CLASSIFIED) == set(DATASETS) - {"one", "file"} and "digits" in CLASSIFIED
    assert DATASETS["digits"].shape == (64, 10) and DATASETS["moons"].shape == (2, 2)
    X, Y = for_network("digits", (64, 32, 10), 100, 0.1, 0)
    assert X.shape == (1797, 64)
    X, Y = for_network("xor", (2, 4, 1), 100, 0.0, 0)
    assert X.shape == (4, 2) and Y.shape == (4, 1)
    for name, sizes, message in (
            ("digits", (2, 4, 2), "layer sizes must be 64,…,10 \\(e.g. 64,32,10\\); got 2,4,2"),
            ("digits", (64, 32, 9), "got 64,32,9"),
            ("moons", (64, 32, 10), "moons has 2 inputs"),
            ("moons", (2, 4, 3), "must be 2,…,2 \\(e.g. 2,4,2\\), or 2,…,1 for one 0/1 output"),
            ("one", (3, 4, 2), "unknown data set 'one'"),
            ("rings", (2, 2), "unknown data set 'rings'")):
        with pytest.raises(InputError, match=message):
            for_network(name, sizes, 100, 0.1, 0)


def test_accuracy_counts_the_right_classes():
    from gdsim.core.datasets import accuracy

    Y = np.eye(3)[[0, 1, 2, 2]]
    assert accuracy(np.array([[0.9, 0.1, 0], [0.2, 0.7, 0.1], [0.3, 0.3, 0.4],
                              [0.5, 0.4, 0.1]]), Y) == 0.75
    assert accuracy(np.array([[0.2], [0.7]]), np.array([[0.0], [1.0]])) == 1.0
    with pytest.raises(InputError, match="same"):
        accuracy(np.zeros((2, 3)), np.zeros((3, 3)))


def test_the_records_hold_the_names_and_say_what_each_set_takes():
    """Code reads a data set's record, not its name: the records must say the truth."""
    from gdsim.core import dataset_names, settings
    from gdsim.core.activations import LOSSES
    from gdsim.core.datasets import CLASSIFIED, for_network

    assert tuple(DATASETS) == dataset_names.NAMES and CLASSIFIED == dataset_names.SETS
    assert settings.DATA.choices == dataset_names.NAMES
    assert all(name in settings.DATA.help for name in dataset_names.SETS)
    for d in DATASETS.values():
        if d.typed or d.file:  # their own fields: x and y, the file and its target column
            continue
        assert bool(d.samples_note) == (d.samples is not None), d.name
        assert bool(d.noise_note) == (not d.noisy), d.name
        assert d.loss is None or d.loss in LOSSES
        assert d.fitted(d.sizes) == "onehot"  # the network it starts with reads it
        X, Y = for_network(d.name, d.sizes, 10, d.noise, 0)
        assert (X.shape[1], Y.shape[1]) == d.shape
        assert len(X) == (d.samples or 10)
        assert d.image_side ** 2 in (0, d.shape[0])

