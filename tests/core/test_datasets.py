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
    for name in DATASETS:
        params = {"x": [1, 2], "y": [0]} if name == "one" else {}
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
