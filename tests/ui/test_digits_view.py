"""The digits in the decision region's place: samples with predicted and true labels, and the
accuracy — core's numbers, drawn."""

import numpy as np
import pytest

from gdsim.core.backprop import forward
from gdsim.core.datasets import accuracy, labels
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario, load_scenario
from gdsim.examples import example_path


@pytest.fixture
def place(show):
    from gdsim.ui.views.digits_view import DecisionPlace

    return show(DecisionPlace(), (520, 320))


def test_digits_show_predictions_truth_and_accuracy(place, qtbot):
    from gdsim.ui.views.digits_view import SHOWN

    run = Run(load_scenario(example_path("digits")))
    snap = run.seek(60)
    place.render(snap)
    assert place.currentWidget() is place.digits
    view = place.digits
    X, Y = snap.data
    out = forward(snap.net, X).a[-1]
    assert view.accuracy == accuracy(out, Y) and view.accuracy > 0.9
    np.testing.assert_array_equal(view.predicted, labels(out[:SHOWN]))
    np.testing.assert_array_equal(view.truth, labels(Y[:SHOWN]))
    assert f"{100 * view.accuracy:.1f} %" in view.title() and "1,797" in view.title()
    columns, rows, side = view.layout_grid()
    assert columns * rows >= SHOWN and side * columns <= view.width() + 1e-9
    assert side >= view.fontMetrics().height() * 2  # room for the label and the picture
    image = view.grab().toImage()
    dark = sum(image.pixelColor(x, y).lightness() < 100
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
    assert dark > 50  # ink of the digits is drawn
    # a pixel of the first image (a 0: dark ring, light centre) is drawn from the data
    first = view.images[0]
    assert first.width() == first.height() == 8
    assert first.pixelColor(4, 1).lightness() < first.pixelColor(0, 0).lightness()


def test_two_input_data_keeps_the_decision_region(place):
    from gdsim.core.scenario import NetworkSettings

    snap = Run(Scenario(mode="network", network=NetworkSettings(
        sizes=(2, 4, 2), data="moons"))).seek(0)
    place.render(snap)
    assert place.currentWidget() is place.region
    assert place.region.values is not None  # the region was computed
