"""Optimizers: the rules by hand, and every one against torch.optim in float64."""

import numpy as np
import pytest

from gdsim.core.errors import GdsimError
from gdsim.core.optimizers import FIRST_ORDER, OPTIMIZERS, SGD, Momentum, make_optimizer
from gdsim.core.surfaces import get_surface


def test_sgd_is_equation_3_12():
    w, state = SGD(lr=0.1).step(np.array([-2.0, 3.0]), np.array([-4.0, 8.0]), {"t": 0})
    np.testing.assert_allclose(w, [-1.6, 2.2], atol=1e-15)
    assert state["t"] == 1


def test_momentum_accumulates_velocity():
    opt = Momentum(lr=1.0, momentum=0.5)
    g = np.array([1.0, 0.0])
    w, s = opt.step(np.zeros(2), g, opt.init_state(np.zeros(2)))
    w, s = opt.step(w, g, s)
    np.testing.assert_allclose(w, [-(1 + 1.5), 0.0])


def test_state_is_never_changed_in_place():
    for name in OPTIMIZERS:
        opt = make_optimizer(name).with_curvature(lambda w: np.diag([2.0, -1.0]))
        w = np.array([1.0, 2.0])
        state = opt.init_state(w)
        w1, s1 = opt.step(w, np.array([0.3, -0.4]), state)
        before = {k: np.copy(v) for k, v in s1.items()}
        opt.step(w1, np.array([0.1, 0.2]), s1)
        for k, v in before.items():
            np.testing.assert_array_equal(s1[k], v)
        np.testing.assert_array_equal(w, [1.0, 2.0])


@pytest.mark.parametrize("bad", [{"lr": 0}, {"lr": -1}, {"lr": float("nan")}, {"momentum": 1.0},
                                 {"momentum": -0.1}, {"lr": float("inf")}])
def test_out_of_range_hyper_parameters_are_refused(bad):
    name = "momentum" if "momentum" in bad else "sgd"
    with pytest.raises(GdsimError):
        make_optimizer(name, **bad)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_hyper_parameter_has_its_setting_and_its_default_lies_in_it(name):
    from gdsim.core import settings

    for key, value in make_optimizer(name).hyper().items():
        assert settings.problem(settings.hyper_setting(key), value) is None, (name, key)


def test_unknown_optimizer_and_hyper_parameter():
    with pytest.raises(GdsimError, match="unknown name"):
        make_optimizer("lbfgs")
    with pytest.raises(GdsimError, match="no hyper-parameter 'beta1'"):
        make_optimizer("sgd", beta1=0.9)


def torch_twin(torch, opt, param):
    """The torch.optim optimizer the gdsim one says is its twin, with its arguments."""
    return getattr(torch.optim, opt.torch_class)([param], **opt.torch_arguments())


@pytest.mark.parametrize("surface_name", ["seed-bowl", "rosenbrock"])
@pytest.mark.parametrize("name", list(FIRST_ORDER))
def test_matches_torch_optim_for_50_steps(name, surface_name):
    torch = pytest.importorskip("torch")
    surface = get_surface(surface_name)
    lr = 0.01 if surface_name == "seed-bowl" else 0.0005
    opt = make_optimizer(name, lr=lr)
    w = np.array(surface.start)
    state = opt.init_state(w)
    param = torch.tensor(surface.start, dtype=torch.float64, requires_grad=True)
    twin = torch_twin(torch, opt, param)
    for _ in range(50):
        grad = surface.gradient(w)
        w, state = opt.step(w, grad, state)
        param.grad = torch.tensor(surface.gradient(param.detach().numpy()), dtype=torch.float64)
        twin.step()
        np.testing.assert_allclose(w, param.detach().numpy(), rtol=0, atol=1e-10)
    assert not np.allclose(w, surface.start)  # it moved


def test_defaults_are_torch_defaults():
    assert make_optimizer("adam").hyper() == {"lr": 0.001, "beta1": 0.9, "beta2": 0.999,
                                              "eps": 1e-8}
    assert make_optimizer("rmsprop").hyper() == {"lr": 0.01, "alpha": 0.99, "eps": 1e-8}
    assert make_optimizer("adagrad").hyper() == {"lr": 0.01, "lr_decay": 0.0, "eps": 1e-10}


@pytest.mark.parametrize("name", list(FIRST_ORDER))
def test_its_defaults_are_its_torch_twins_defaults(name):
    """torch.optim given its α alone keeps the other hyper-parameters at torch's defaults:
    they must be what gdsim's optimizer passes (but SGD's momentum and nesterov, which make it
    the momentum or Nesterov optimizer: torch's defaults there are plain SGD's)."""
    torch = pytest.importorskip("torch")
    opt = make_optimizer(name)
    chosen = {k: v for k, v in opt.torch_arguments().items() if k in ("lr", "momentum",
                                                                      "nesterov")}
    param = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    group = getattr(torch.optim, opt.torch_class)([param], **chosen).param_groups[0]
    for key, value in opt.torch_arguments().items():
        assert group[key] == value, (name, key)


def test_newton_steps_by_h_inverse_grad_and_counts_where_it_could_not():
    """w ← w − α H⁻¹ ∂J/∂w, worked by hand on H = [[4, 1], [1, 3]]; on a saddle the step uses
    |H| (curvature.newton_direction) and its state counts those steps."""
    from gdsim.core.optimizers import Newton

    opt = make_optimizer("newton").with_curvature(lambda w: np.array([[4.0, 1.0], [1.0, 3.0]]))
    assert opt.lr == 1.0 and opt.hyper() == {"lr": 1.0}
    w, state = opt.step(np.array([1.0, 1.0]), np.array([5.0, 4.0]), opt.init_state(np.zeros(2)))
    np.testing.assert_allclose(w, [0.0, 0.0], atol=1e-15)  # H·(1, 1) = (5, 4)
    assert state == {"t": 1, "modified": 0}
    saddle = Newton(lr=0.5).with_curvature(lambda w: np.diag([2.0, -2.0]))
    w, state = saddle.step(np.array([0.5, 0.1]), np.array([1.0, -0.2]), saddle.init_state(w))
    np.testing.assert_allclose(w, [0.25, 0.15])
    assert state["modified"] == 1
    with pytest.raises(GdsimError, match="no Hessian"):
        Newton().step(np.zeros(2), np.ones(2), {"t": 0, "modified": 0})


def test_newton_is_for_surfaces_only():
    from gdsim.core.optimizers import network_optimizer

    assert "newton" in OPTIMIZERS and "newton" not in FIRST_ORDER
    with pytest.raises(GdsimError, match="newton needs the Hessian of J.*sgd, momentum"):
        network_optimizer("newton")
    assert network_optimizer("adam", lr=0.1).lr == 0.1
