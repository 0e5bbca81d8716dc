"""The digits example: a 64-32-10 network with softmax and cross-entropy learns to read the
bundled 8×8 digits — at least 95 % of the training digits right after 100 iterations (seed 0),
as its description says."""

import numpy as np
import pytest

from gdsim.core.backprop import forward
from gdsim.core.datasets import accuracy
from gdsim.core.run import Run
from gdsim.core.scenario import load_scenario
from gdsim.examples import example_path


def test_digits_example_reaches_its_stated_accuracy():
    scenario = load_scenario(example_path("digits"))
    s = scenario.network
    assert s.sizes == (64, 32, 10) and s.loss == "cross_entropy" and s.data == "digits"
    assert "95 %" in scenario.description and "100 iterations" in scenario.description
    run = Run(scenario)
    first = run.seek(0)
    X, Y = first.data
    assert X.shape == (1797, 64)
    assert accuracy(forward(first.net, X).a[-1], Y) < 0.3  # it starts out guessing
    at_50 = run.seek(50)
    assert accuracy(forward(at_50.net, X).a[-1], Y) >= 0.90
    at_100 = run.seek(100)
    assert accuracy(forward(at_100.net, X).a[-1], Y) >= 0.95
    assert at_100.J < first.J / 5


@pytest.mark.slow
def test_the_overfitting_example_overfits_as_it_says():
    """180 training images, 1,617 held out: the training J keeps falling, the test J turns."""
    scenario = load_scenario(example_path("digits-overfitting"))
    assert scenario.network.test_fraction == 0.9 and scenario.max_steps == 1000
    snap = Run(scenario).seek(1000)
    assert len(snap.data[0]) == 180 and snap.test is not None and len(snap.test[0]) == 1617
    train, test = snap.losses, snap.test_losses
    lowest = int(np.argmin(test))
    assert lowest == 268 and round(float(test[lowest]), 2) == 0.32
    assert round(float(test[1000]), 2) == 0.35 and round(float(train[1000]), 3) == 0.005
    assert np.all(np.diff(train[100:]) < 0)  # training J falls all along
    assert np.all(np.diff(test[lowest + 50:]) > 0)  # the test J rises after its lowest
    for number in ("0.005", "268", "0.32", "0.35", "1000"):
        assert number in scenario.description
