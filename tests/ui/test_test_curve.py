"""The loss curve with a held-out test set: the training J and the test J, each named in the
legend, the test J dashed, both inside the axes."""

import numpy as np

from gdsim.core.landscape import Landscape
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario


def test_the_loss_curve_draws_the_test_j_beside_the_training_j(show):
    from gdsim.ui.views.loss_curve import LossCurveView

    view = show(LossCurveView(), (500, 320))
    s = NetworkSettings(sizes=(2, 4, 2), data="moons", loss="cross_entropy", test_fraction=0.3)
    snap = Run(Scenario(mode="network", network=s, max_steps=20)).seek(20)
    view.draw(Landscape().view(snap))
    assert len(view.curves) == 2
    train, test = (c.getData()[1] for c in view.curves)
    np.testing.assert_array_equal(train, snap.losses)
    assert snap.test_losses is not None
    np.testing.assert_array_equal(test, snap.test_losses)
    assert view.legend.isVisible()
    names = [label.text for _, label in view.legend.items]
    assert names == ["training J", "test J"]
    assert view.curves[1].opts["pen"].style() != view.curves[0].opts["pen"].style()
    (_, _), (y0, y1) = view.plot.viewRange()
    both = np.concatenate([train, test])
    assert y0 < both.min() and both.max() < y1
    view.draw(Landscape().view(Run(Scenario(mode="network")).seek(3)))  # no test set again
    assert len(view.curves) == 1 and not view.legend.isVisible()
