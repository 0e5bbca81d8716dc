"""Learning rates from 1e-6 to 1e6 on every surface, optimizer and the default network:
no exception escapes, and a run that blows up says "diverged" and keeps finite numbers."""

import numpy as np
import pytest

from gdsim.core.optimizers import FIRST_ORDER, OPTIMIZERS
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Racer, Scenario, SurfaceSettings
from gdsim.core.surfaces import SURFACES

RATES = [1e-6, 1e-3, 1e-1, 1.0, 10.0, 1e3, 1e6]


@pytest.mark.parametrize("surface", list(SURFACES))
def test_every_optimizer_and_rate_on_every_surface(surface):
    for lr in RATES:
        racers = tuple(Racer(name, lr=lr) for name in OPTIMIZERS)
        run = Run(Scenario(surface=SurfaceSettings(surface=surface, racers=racers),
                           max_steps=300))
        snap = run.seek(300)
        assert np.isfinite(snap.rows).all()
        diverged = [p for p in snap.points if p.status.diverged]
        if diverged:
            assert str(snap.status).startswith("diverged at step")
            assert run.at_end
        else:
            assert snap.k == 300


@pytest.mark.parametrize("optimizer", list(FIRST_ORDER))
def test_every_rate_on_the_default_network(optimizer):
    for lr in RATES:
        s = Scenario(mode="network", network=NetworkSettings(lr=lr, optimizer=optimizer),
                     max_steps=200)
        run = Run(s)
        snap = run.seek(200)
        assert np.isfinite(snap.net.theta).all() and np.isfinite(snap.J)
        assert snap.status.running or str(snap.status).startswith("diverged at step")
        assert np.isfinite(snap.losses).all()


def test_sgd_with_a_huge_rate_on_a_deep_identity_network_reports_divergence():
    s = Scenario(mode="network", network=NetworkSettings(
        sizes=(3, 16, 16, 16, 2), activation="identity", lr=1e3), max_steps=1000)
    snap = Run(s).seek(1000)
    assert str(snap.status).startswith("diverged at step")
