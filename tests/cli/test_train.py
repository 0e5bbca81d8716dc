"""`gdsim train`: its JSON and text output (the README's "gdsim train"), and one-line errors
with exit status 2."""

import json
import subprocess
import sys

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core.architecture import Network
from gdsim.core.backprop import backward, forward

SPEC_FILE = {"sizes": [2, 3, 1], "activation": ["tanh", "sigmoid"], "loss": "mse",
             "weights": [[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], [[0.7], [-0.8], [0.9]]],
             "biases": [[0.0, 0.1, -0.1], [0.2]]}


def train(capsys, *argv):
    code = main(["train", *argv, "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_defaults_train_figure_3_16(capsys):
    r = train(capsys)
    assert len(r["losses"]) == 21 and r["status"] == "completed 20 steps"
    assert all(b < a for a, b in zip(r["losses"], r["losses"][1:], strict=False))
    net = Network.from_dict(r["network"])
    assert net.sizes == (3, 4, 2) and net.activations == ("sigmoid", "sigmoid")
    assert [np.shape(w) for w in r["gradients"]["weights"]] == [(3, 4), (4, 2)]
    assert [np.shape(b) for b in r["gradients"]["biases"]] == [(4,), (2,)]
    x, y = [[0.05, 0.10, 0.15]], [[0.01, 0.99]]
    fwd = forward(net, x)
    assert r["losses"][-1] == pytest.approx(0.5 * np.sum((fwd.a[-1] - y) ** 2), rel=1e-12)


def test_one_step_from_a_network_file(capsys, tmp_path):
    path = tmp_path / "net.json"
    path.write_text(json.dumps(SPEC_FILE))
    r = train(capsys, "--network", str(path), "--x", "0.05,-0.10", "--y", "0.9",
              "--lr", "0.1", "--steps", "1")
    net0 = Network.from_dict(SPEC_FILE)
    bw = backward(net0, forward(net0, [0.05, -0.10]), [0.9])
    np.testing.assert_allclose(r["gradients"]["weights"][0], bw.dW[0], rtol=1e-14)
    np.testing.assert_allclose(r["gradients"]["biases"][1], bw.db[1], rtol=1e-14)
    net1 = Network.from_dict(r["network"])
    np.testing.assert_allclose(net1.theta, net0.theta - 0.1 * bw.grad, rtol=1e-14)  # (3-12)
    assert len(r["losses"]) == 2


def test_data_sets_batches_and_optimizers(capsys):
    r = train(capsys, "--data", "xor", "--targets", "binary", "--activation", "tanh,sigmoid",
              "--lr", "2", "--steps", "200")
    assert r["network"]["sizes"] == [2, 4, 1] and r["losses"][-1] < 0.05
    r = train(capsys, "--data", "moons", "--n", "40", "--noise", "0.2", "--batch-size", "8",
              "--loss", "cross_entropy", "--optimizer", "adam", "--lr", "0.05", "--steps", "30",
              "--beta1", "0.8")
    assert len(r["losses"]) == 31 and r["losses"][-1] < r["losses"][0]
    assert r["network"]["loss"] == "cross_entropy"


def test_text_format(capsys):
    assert main(["train", "--steps", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("step 0: J = ") and lines[-1] == "completed 2 steps"


def test_divergence_keeps_the_last_finite_network(capsys):
    r = train(capsys, "--sizes", "3,8,8,2", "--activation", "identity", "--lr", "1e5",
              "--steps", "100")
    assert r["status"].startswith("diverged at step ")
    k = int(r["status"].rsplit(" ", 1)[1])
    assert 0 < k <= 100 and len(r["losses"]) == k
    assert np.all(np.isfinite(Network.from_dict(r["network"]).theta))


@pytest.mark.parametrize("argv, message", [
    (["--sizes", "3,,4"], "layer sizes: '3,,4' — empty size at position 2"),
    (["--sizes", "0,2"], "size 0 at position 1 must be at least 1"),
    (["--x", "0.05,abc,0.1"], "--x (number 2): 'abc' is not a number"),
    (["--x", "0.05,0.10"], "--x: expected 3 numbers"),
    (["--y", "0.1,nan"], "not a finite number"),
    (["--activation", "swish"], "unknown activation 'swish'"),
    (["--activation", "tanh,,sigmoid"], "empty name at position 2"),
    (["--loss", "hinge"], "hinge"),
    (["--lr", "fast"], "--lr: 'fast' is not a number"),
    (["--steps", "-3"], "--steps"),
    (["--optimizer", "lbfgs"], "unknown name 'lbfgs'"),
    (["--optimizer", "sgd", "--beta1", "0.5"], "sgd: has no hyper-parameter 'beta1'"),
    (["--data", "rings"], "unknown data set 'rings'"),
    (["--data", "xor", "--sizes", "3,4,2"], "--data: xor has 2 inputs and 2 classes"),
    (["--data", "moons", "--sizes", "2,4,3"], "or 2,…,1 for one 0/1 output; got 2,4,3"),
    (["--data", "moons", "--sizes", "2,4,1", "--targets", "onehot"], "onehot targets need 2 "
                                                                       "outputs"),
    (["--n", "5"], "--n: only goes with --data"),
    (["--data", "digits", "--sizes", "2,4,2"], "layer sizes must be 64,…,10 (e.g. 64,32,10); "
                                                "got 2,4,2"),
    (["--data", "digits", "--sizes", "64,16,9"], "got 64,16,9"),
    (["--data", "digits", "--n", "50"], "--n: digits has its 1,797 samples (n = 1797), got 50"),
    (["--data", "xor", "--n", "5"], "--n: xor has its 4 samples (n = 4), got 5"),
    (["--data", "digits", "--noise", "0.2"], "--noise: digits is not generated"),
    (["--data", "digits", "--targets", "binary"], "digits has 10 classes"),
    (["--network", "/nonexistent/net.json"], "--network: /nonexistent/net.json: cannot be read"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    assert main(["train", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdsim train: ") and err.count("\n") == 1, err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("content, message", [
    ("{not json", "is not valid JSON (line 1"),
    ("", "is empty"),
    (" \n", "is empty"),
    ("[1, 2]", "holds no JSON object"),
    (json.dumps({**SPEC_FILE, "weights": [[[0.1, 0.2]], [[0.7], [-0.8], [0.9]]]}),
     "weights[0]: shape (1, 2) but sizes 2,3,1 need (2, 3)"),
    (json.dumps({**SPEC_FILE, "activation": "swish"}), "unknown activation"),
])
def test_bad_network_files(capsys, tmp_path, content, message):
    path = tmp_path / "net.json"
    path.write_text(content)
    assert main(["train", "--network", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err


def test_x_must_match_the_file(capsys, tmp_path):
    path = tmp_path / "net.json"
    path.write_text(json.dumps(SPEC_FILE))
    assert main(["train", "--network", str(path), "--x", "1,2,3"]) == 2
    assert "--x: expected 2 numbers" in capsys.readouterr().err


def test_python_m_gdsim_train_no_traceback():
    ok = subprocess.run([sys.executable, "-m", "gdsim", "train", "--steps", "1", "--format",
                         "json"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and len(json.loads(ok.stdout)["losses"]) == 2
    bad = subprocess.run([sys.executable, "-m", "gdsim", "train", "--sizes", "3,x"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr


def test_digits_train_and_report_accuracy(capsys):
    r = train(capsys, "--data", "digits", "--loss", "cross_entropy", "--lr", "2",
              "--steps", "30")
    assert r["network"]["sizes"] == [64, 32, 10] and len(r["losses"]) == 31
    assert r["losses"][-1] < r["losses"][0]
    # the accuracy is the trained network's on all 1,797 training digits
    from gdsim.core.datasets import digits, labels

    X, Y = digits()
    net = Network.from_dict(r["network"])
    right = np.mean(labels(forward(net, X).a[-1]) == labels(Y))
    assert r["accuracy"] == right and 0.5 < right <= 1


@pytest.mark.parametrize("data", ["xor", "moons", "circles", "spirals", "blobs"])
def test_every_data_set_with_classes_reports_accuracy(capsys, data):
    r = train(capsys, "--data", data, "--steps", "3")
    assert 0 <= r["accuracy"] <= 1
    n = 4 if data == "xor" else 100
    assert round(r["accuracy"] * n, 9) == int(round(r["accuracy"] * n))  # a count of samples


def test_one_sample_has_no_accuracy(capsys):
    assert "accuracy" not in train(capsys, "--steps", "2")
    assert main(["train", "--steps", "2"]) == 0
    assert "accuracy" not in capsys.readouterr().out


@pytest.mark.parametrize("data, n", [("xor", 4), ("moons", 100), ("digits", 1797)])
def test_the_text_reports_the_accuracy_when_there_are_classes(capsys, data, n):
    """The default format says what the JSON says: the fraction of the training samples the
    network classifies right after the last step, as a count too."""
    accuracy = train(capsys, "--data", data, "--steps", "3")["accuracy"]
    assert main(["train", "--data", data, "--steps", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    right = int(round(accuracy * n))
    assert lines[-2] == (f"accuracy after step 3: {100 * accuracy:.1f} % ({right:,} of {n:,} "
                         "training samples)")
    assert lines[-1] == "completed 3 steps" and lines[-3].startswith("step 3: J = ")


def test_format_pytorch_prints_a_program(capsys):
    assert main(["train", "--steps", "4", "--format", "pytorch"]) == 0
    out = capsys.readouterr().out
    compile(out, "train.py", "exec")
    assert "nn.Linear(3, 4), nn.Sigmoid()" in out and "loss.backward()" in out
    assert "optimizer.step()" in out and "torch.optim.SGD(model.parameters(), lr=0.5)" in out
    assert "for k in range(0, 4)" in out



@pytest.mark.parametrize("command", ["train", "trace"])
def test_the_help_says_what_each_flag_is_with_numbers(command, capsys):
    """No document outside the repository ("SPEC §3"), defaults as numbers (not "torch.optim's"),
    and RMSProp's smoothing constant under its own name, not --alpha (read as the learning rate
    α); the old flag still works."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "SPEC" not in out and "torch.optim" not in out
    assert "--alpha" not in out and "--smoothing X" in out
    assert "0.99" in out  # RMSProp's smoothing constant
    assert "0.9" in out and "0.999" in out and "1e-08" in out  # momentum, Adam's betas, eps
    assert main([command, "--optimizer", "rmsprop", "--alpha", "0.9", "--steps", "1"]) == 0
    old = capsys.readouterr().out
    assert main([command, "--optimizer", "rmsprop", "--smoothing", "0.9", "--steps", "1"]) == 0
    assert capsys.readouterr().out == old
