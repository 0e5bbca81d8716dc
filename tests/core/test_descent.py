"""Gradient descent against every number the seed prints (3.3.3), driven as the window and
`gdsim trace` drive it: through Run."""

import numpy as np
import pytest

from gdsim.core.descent import CONVERGED, DIVERGED, Descent
from gdsim.core.optimizers import SGD
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario, SurfaceSettings
from gdsim.core.surfaces import get_surface

# The seed's own loop, written out: P1 … P20 as it prints them with round(v, 3).
SEED_PRINTED = [
    (-1.6, 2.2), (-1.28, 1.56), (-1.024, 1.048), (-0.819, 0.638), (-0.655, 0.311),
    (-0.524, 0.049), (-0.419, -0.161), (-0.336, -0.329), (-0.268, -0.463), (-0.215, -0.571),
]


def seed_loop():
    w1, w2 = -2, 3
    points = [(w1, w2)]
    for _ in range(20):
        g = [2 * w1, 2 * w2 + 2]
        w1, w2 = w1 - 0.1 * g[0], w2 - 0.1 * g[1]
        points.append((w1, w2))
    return points


def test_first_step_lands_on_P1_with_J_16_8():
    d = Descent(get_surface("seed-bowl"), SGD(lr=0.1))
    p0 = d.initial()
    assert p0.J == 24.0
    np.testing.assert_array_equal(p0.grad, [-4.0, 8.0])  # −grad J points along (1, −2)
    p1 = d.advance(p0)
    np.testing.assert_allclose(p1.w, [-1.6, 2.2], rtol=0, atol=1e-15)
    assert p1.J == pytest.approx(16.8, abs=1e-12)
    np.testing.assert_allclose(p1.step, [0.4, -0.8], atol=1e-15)  # AP = −α grad J


def seed_bowl(steps: int, lr: float = 0.1) -> Run:
    """The seed's descent (the bowl from (−2, 3), α = 0.1 unless said), stepped as `gdsim
    trace` steps it: until `steps`, a convergence or a divergence."""
    run = Run(Scenario(surface=SurfaceSettings(lr=lr), max_steps=steps))
    while run.status().running and not run.at_end:
        run.step()
    return run


def test_twenty_steps_match_the_seed_to_every_printed_digit():
    snap = seed_bowl(20).snapshot()
    path = snap.path(0)
    assert len(path) == 21
    for k, printed in enumerate(SEED_PRINTED, start=1):
        assert (round(path[k, 0], 3), round(path[k, 1], 3)) == printed
    for w, (w1, w2) in zip(path, seed_loop()):
        np.testing.assert_allclose(w, [w1, w2], rtol=0, atol=1e-15)
    assert (round(path[20, 0], 3), round(path[20, 1], 3)) == (-0.023, -0.954)
    J = snap.costs(0)
    assert all(a > b for a, b in zip(J, J[1:]))  # every step goes down


def test_converges_and_says_so():
    run = seed_bowl(1000)  # converged: |grad J| < 1e-6, Descent's tolerance
    last = run.snapshot().points[0]
    assert last.status.state is CONVERGED
    assert last.grad_norm < 1e-6
    assert run.k < 100
    assert str(last.status) == f"converged at step {last.k}"


def test_divergence_stops_and_keeps_the_last_finite_point():
    run = seed_bowl(10_000, lr=2.0)
    last = run.snapshot().points[0]
    assert last.status.state is DIVERGED
    assert np.isfinite(last.w).all() and np.isfinite(last.J)
    assert str(last.status) == f"diverged at step {last.diverged_at}"
    # the rule's step is a state of its own, finite: P_k labelled k (not P_{k−1} again)
    assert last.diverged_at == last.k == run.k
    assert run.k < 10_000


def test_a_start_where_J_is_not_finite_is_refused():
    from gdsim.core.errors import GdsimError

    with pytest.raises(GdsimError, match="start"):
        Descent(get_surface("seed-bowl"), SGD(), start=(1e200, 0)).initial()
