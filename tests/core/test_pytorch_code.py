"""The PyTorch code gdsim writes: it defines the same network and, run with torch, reproduces
gdsim's gradients, θ_{k+1} and losses (float64)."""

import json
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core.optimizers import FIRST_ORDER
from gdsim.core.pytorch_code import (
    INSTALL,
    iteration_script,
    run_script,
    torch_available,
    training_script,
)
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario

needs_torch = pytest.mark.skipif(not torch_available(), reason="PyTorch is not installed")

CASES = {
    "figure 3-16, sgd": NetworkSettings(),
    "xor, momentum": NetworkSettings(sizes=(2, 4, 1), activation=("tanh", "sigmoid"),
                                     data="xor", optimizer="momentum", lr=0.5),
    "moons, mini-batches, adam": NetworkSettings(sizes=(2, 5, 2), data="moons", n=30,
                                                 loss="cross_entropy", batch_size=8,
                                                 optimizer="adam", lr=0.05),
    "blobs, nesterov, relu": NetworkSettings(sizes=(2, 6, 3, 2), activation="relu",
                                             data="blobs", n=20, optimizer="nesterov",
                                             lr=0.1, hyper={"momentum": 0.8}),
    "spirals, adagrad": NetworkSettings(sizes=(2, 4, 2), activation="leaky_relu",
                                        data="spirals", n=24, batch_size=5,
                                        optimizer="adagrad", lr=0.1),
    "one sample, rmsprop, identity": NetworkSettings(activation=("tanh", "identity"),
                                                     optimizer="rmsprop", lr=0.01),
}


def run_to(settings, k):
    sim = Run(Scenario(mode="network", network=settings, max_steps=k + 1))
    sim.seek(k + 1)  # θ_{k+1} computed too
    snap = sim.seek(k)
    return sim, snap


def test_the_code_names_the_network_and_maps_its_lines():
    settings = CASES["moons, mini-batches, adam"]
    sim, snap = run_to(settings, 0)
    script = iteration_script(snap.net, settings, 0)
    text = script.text
    compile(text, "dock.py", "exec")
    for line in ("nn.Linear(2, 5), nn.Sigmoid()", "nn.Linear(5, 2),",
                 "J = nn.CrossEntropyLoss()", "torch.set_default_dtype(torch.float64)",
                 "torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.9, 0.999), eps=1e-08)",
                 "np.random.default_rng([0, epoch]).permutation(30)"):
        assert line in text, line
    backward = next(line for line in text.splitlines() if "loss.backward()" in line)
    assert "δ^L (3-37)" in backward and "(3-36)" in backward
    assert "(3-12)" in next(line for line in text.splitlines() if "optimizer.step()" in line)
    assert INSTALL in text


def test_large_data_is_packed_and_shown_short():
    settings = NetworkSettings(sizes=(64, 32, 10), data="digits", loss="cross_entropy")
    sim, snap = run_to(settings, 0)
    script = iteration_script(snap.net, settings, 0)
    assert "unpack(" in script.text and len(script.text) > 100_000
    assert len(script.shown) < 5_000
    assert max(len(line) for line in script.shown.splitlines()) <= 200
    assert "Copy copies all 115,008 numbers" in script.shown  # 1797 × 64 pixels


@needs_torch
@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("k", [0, 3])
def test_one_iteration_in_torch_is_gdsims(name, k):
    settings = CASES[name]
    sim, snap = run_to(settings, k)
    state = sim.timeline.get(k)
    result = run_script(iteration_script(state.net, settings, k, state.opt_state).text)
    np.testing.assert_allclose(result.grad, snap.bwd.grad, rtol=0, atol=1e-12)
    after = sim.timeline.get(k + 1).net.theta
    np.testing.assert_allclose(result.theta, after, rtol=0, atol=1e-12)
    assert result.losses[0] == pytest.approx(snap.J, rel=1e-12)


@needs_torch
@pytest.mark.parametrize("argv", [
    ["--data", "moons", "--n", "40", "--batch-size", "16", "--optimizer", "adam", "--lr",
     "0.05", "--steps", "30"],
    ["--data", "digits", "--loss", "cross_entropy", "--batch-size", "200", "--optimizer",
     "momentum", "--lr", "0.3", "--steps", "12"],
])
def test_gdsim_train_format_pytorch_prints_the_same_losses(capsys, tmp_path, argv):
    assert main(["train", *argv, "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)["losses"]
    assert main(["train", *argv, "--format", "pytorch"]) == 0
    program = tmp_path / "train.py"
    program.write_text(capsys.readouterr().out, encoding="utf-8")
    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True,
                          timeout=120, check=True)
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [f"step {k}" for k in range(len(expected))]
    got = [float(line.rsplit("J = ", 1)[1]) for line in lines]
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)


ANY = NetworkSettings(sizes=(2, 5, 2), data="moons", n=30, batch_size=8, lr=0.05)


@pytest.mark.parametrize("name", list(FIRST_ORDER))
def test_every_optimizer_says_what_its_pytorch_program_needs(name):
    """What pytorch_code reads of an optimizer, for each one, with or without torch: its torch
    class and rule, and a state key of torch's for each array gdsim keeps."""
    cls = FIRST_ORDER[name]
    assert cls.torch_class and cls.rule, name
    settings = replace(ANY, optimizer=name)
    sim, snap = run_to(settings, 3)
    state = sim.timeline.get(3).opt_state
    kept = {gdsim for _, gdsim in cls.torch_state}
    assert kept <= set(state) and set(state) - {"t"} <= kept, (name, sorted(state))
    text = iteration_script(snap.net, settings, 3, state).text
    compile(text, f"{name}.py", "exec")
    assert f"optimizer = torch.optim.{cls.torch_class}(model.parameters(), lr=" in text
    for key, _ in cls.torch_state:
        assert f'"{key}": ' in text, (name, key)


@needs_torch
@pytest.mark.parametrize("name", list(FIRST_ORDER))
def test_every_optimizer_runs_in_torch_as_in_gdsim(name):
    settings = replace(ANY, optimizer=name)
    sim, snap = run_to(settings, 3)
    state = sim.timeline.get(3)
    result = run_script(iteration_script(state.net, settings, 3, state.opt_state).text)
    np.testing.assert_allclose(result.grad, snap.bwd.grad, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.theta, sim.timeline.get(4).net.theta, rtol=0, atol=1e-12)


def test_training_script_starts_from_theta_0():
    settings = CASES["xor, momentum"]
    sim, snap = run_to(settings, 0)
    text = training_script(snap.net, settings, 7)
    assert "for k in range(0, 7)" in text and "optimizer.state" not in text
    assert repr(float(snap.net.theta[0])) in text


def test_history_replays_the_runs_states():
    from gdsim.core.pytorch_code import History

    settings = CASES["moons, mini-batches, adam"]
    sim, _ = run_to(settings, 120)
    history = History(settings)
    for k in (120, 7, 101, 0, 51):
        state = history.at(k)
        assert state.k == k
        np.testing.assert_array_equal(state.net.theta, sim.timeline.get(k).net.theta)
        np.testing.assert_array_equal(state.opt_state["m"], sim.timeline.get(k).opt_state["m"])


@needs_torch
def test_compare_with_torch_agrees_to_rounding():
    from gdsim.core.pytorch_code import History, compare_with_torch

    settings = CASES["blobs, nesterov, relu"]
    sim, snap = run_to(settings, 5)
    c = compare_with_torch(History(settings), 5)
    np.testing.assert_array_equal(c.grad, snap.bwd.grad)
    np.testing.assert_array_equal(c.after, sim.timeline.get(6).net.theta)
    assert c.grad_difference < 1e-13 and c.theta_difference < 1e-13
    assert c.names[0] == "w^1_11" and len(c.names) == snap.net.n_params
    assert c.torch_J == pytest.approx(c.J, rel=1e-12)
