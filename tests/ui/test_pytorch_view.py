"""The "In PyTorch" dock: the code of iteration k, Copy, and torch's numbers beside gdsim's."""

import numpy as np
import pytest

from gdsim.core.pytorch_code import torch_available
from gdsim.core.run import Run
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.ui.text import fmt


@pytest.fixture
def view(show):
    from gdsim.ui.views.pytorch_view import PyTorchView

    return show(PyTorchView(), (1000, 300))


def momentum_run() -> Run:
    return Run(Scenario(mode="network", network=NetworkSettings(optimizer="momentum", lr=0.5),
                        max_steps=20))


def test_the_dock_shows_the_code_of_iteration_k_and_copies_it(view, qapp):
    run = momentum_run()
    view.render(run.seek(4))
    text = view.code.toPlainText()
    assert "for k in range(4, 5)" in text and "loss.backward()" in text
    assert "torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)" in text
    assert "optimizer.state[p]" in text  # momentum's v after 4 steps, loaded
    assert repr(float(run.seek(4).net.theta[0])) in text  # θ_4 itself
    view.copy_button.click()
    assert qapp.clipboard().text() == view.script.text
    compile(qapp.clipboard().text(), "copied.py", "exec")
    view.render(run.seek(9))
    assert "for k in range(9, 10)" in view.code.toPlainText()


def test_without_torch_the_dock_says_how_to_install_it(view, monkeypatch):
    import gdsim.ui.views.pytorch_view as module

    monkeypatch.setattr(module, "torch_available", lambda: False)
    view.render(momentum_run().seek(0))
    view._show_install_hint()
    assert not view.run_button.isEnabled()
    text = view.result.toPlainText()
    assert "pip install torch" in text and "cpu" in text
    assert "loss.backward()" in view.code.toPlainText()  # the code is still there


@pytest.mark.skipif(not torch_available(), reason="PyTorch is not installed")
def test_run_sets_torch_beside_gdsim(view, qtbot):
    run = momentum_run()
    run.seek(4)
    snap = run.seek(3)
    view.render(snap)
    view.run_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=60_000)
    c = view.comparison
    assert c is not None and c.k == 3
    np.testing.assert_array_equal(c.grad, snap.bwd.grad)
    np.testing.assert_array_equal(c.after, run.timeline.get(4).net.theta)
    assert c.grad_difference < 1e-13 and c.theta_difference < 1e-13
    shown = view.result.toPlainText()
    assert "k = 3" in shown and fmt(c.grad_difference, 2) in shown and "w¹₁₁" in shown
    assert fmt(snap.bwd.grad[0]) in shown
    assert view.run_button.isEnabled()


def test_startup_does_not_import_torch():
    import subprocess
    import sys

    code = ("import sys, gdsim.ui.viewset, gdsim.ui.views.pytorch_view, gdsim.core.pytorch_code;"
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "False"


def test_the_window_has_the_dock(make_window):
    window = make_window(Scenario(mode="network"))
    assert "pytorch" in window.docks
    view = window.views.views["pytorch"]  # built when first asked for, put into its dock
    assert window.docks["pytorch"].widget() is view


def test_garbage_is_freed_on_the_windows_thread_while_torch_runs(view, qtbot, monkeypatch,
                                                                qt_garbage):
    """torch allocates much on its thread: Python's cyclic collector must not run there and
    delete the window's Qt objects off their thread (see gdsim/ui/gui_gc.py)."""
    import gc
    import threading

    import gdsim.ui.views.pytorch_view as module
    from tests.ui.conftest import allocating

    garbage_made = threading.Event()

    def compare_with_torch(history, k):
        assert garbage_made.wait(60)
        allocating(200)
        raise RuntimeError("not torch")

    monkeypatch.setattr(module, "compare_with_torch", compare_with_torch)
    view.render(momentum_run().seek(3))
    view._on_run_clicked()
    qt_garbage.make(400)
    garbage_made.set()
    qtbot.waitUntil(lambda: not view.running, timeout=60_000)
    assert "RuntimeError: not torch" in view.result.toPlainText()
    gc.collect()
    assert qt_garbage.freed_on == ["MainThread"] * 400
    assert gc.isenabled()
