"""A held-out test set (`--test-fraction`, network.test_fraction): a seeded split, J on it at
every step in the JSON's test_losses (and the loss curve), its accuracy after the last step."""

import json

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core.backprop import cost, forward
from gdsim.core.datasets import accuracy, moons, split
from gdsim.core.errors import InputError
from gdsim.core.modes import Mode
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario


def test_the_split_is_seeded_and_keeps_every_sample_once():
    X, Y = moons(50, 0.1, 0)
    (Xtr, Ytr), test = split(X, Y, 0.2, seed=3)
    assert test is not None and len(test[0]) == 10 and len(Xtr) == 40
    rows = {tuple(r) for r in np.vstack([Xtr, test[0]])}
    assert rows == {tuple(r) for r in X}
    again = split(X, Y, 0.2, seed=3)[1]
    assert again is not None
    np.testing.assert_array_equal(again[0], test[0])
    other = split(X, Y, 0.2, seed=4)[1]
    assert other is not None and not np.array_equal(other[0], test[0])
    assert split(X, Y, 0.0)[1] is None and split(X, Y, 0.0)[0][0] is X
    with pytest.raises(InputError) as info:
        split(X[:4], Y[:4], 0.1)
    assert str(info.value) == ("test fraction: 0.1 of 4 samples leaves 0 for the test and 4 for "
                               "training; each needs at least 1")


def test_test_losses_and_accuracy_are_the_test_sets(capsys):
    code = main(["train", "--data", "moons", "--n", "60", "--loss", "cross_entropy",
                 "--test-fraction", "0.25", "--steps", "5", "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    r = json.loads(out.out)
    s = NetworkSettings(sizes=(2, 4, 2), loss="cross_entropy", data="moons", n=60,
                        test_fraction=0.25)
    run = Run(Scenario(mode=Mode.NETWORK, network=s, max_steps=5))
    last = run.seek(5)
    assert last.test is not None and len(last.test[0]) == 15 and len(last.data[0]) == 45
    Xt, Yt = last.test
    expected = [cost(run.seek(k).net, Xt, Yt) for k in range(6)]
    assert r["test_losses"] == pytest.approx(expected, rel=1e-14)
    assert r["losses"] == pytest.approx([cost(run.seek(k).net, *last.data) for k in range(6)],
                                        rel=1e-14)
    assert r["test_accuracy"] == accuracy(forward(last.net, Xt).a[-1], Yt)
    assert len(r["losses"]) == len(r["test_losses"]) == 6


def test_the_text_names_both_sets_and_one_sample_cannot_be_split(capsys):
    assert main(["train", "--data", "xor", "--n", "4", "--test-fraction", "0.25",
                 "--steps", "1"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0].startswith("step 0: J = ") and ", test J = " in text[0]
    assert text[2].startswith("accuracy after step 1: ")
    assert text[2].endswith(" of 3 training samples)")
    assert text[3].startswith("accuracy after step 1: ") and text[3].endswith(" of 1 test samples)")
    assert main(["train", "--test-fraction", "0.5"]) == 2
    assert capsys.readouterr().err == ("gdsim train: test fraction: the one sample cannot be "
                                       "split; choose a data set\n")
    assert main(["train", "--data", "moons", "--test-fraction", "0.95"]) == 2
    assert capsys.readouterr().err == ("gdsim train: --test-fraction: 0.95 is out of range; it "
                                       "must lie in [0, 0.9]\n")


def test_without_a_test_set_nothing_changes():
    run = Run(Scenario(mode=Mode.NETWORK, network=NetworkSettings(data="xor", sizes=(2, 3, 2)),
                       max_steps=3))
    snap = run.seek(3)
    assert snap.test is None and snap.test_losses is None and snap.rows.shape == (4, 3)
