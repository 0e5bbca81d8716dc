"""The digits example: a 64-32-10 network with softmax and cross-entropy learns to read the
bundled 8×8 digits — at least 95 % of the training digits right after 100 iterations (seed 0),
as its description says."""

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
