"""gdsim trace: the seed's line character for character, and bad input as one line, exit 2."""

import json
import subprocess
import sys

import pytest

from gdsim.cli import main

SEED_LINE = (
    "P:(-2,3) P1:(-1.6,2.2) P2:(-1.28,1.56) P3:(-1.024,1.048) P4:(-0.819,0.638) "
    "P5:(-0.655,0.311) P6:(-0.524,0.049) P7:(-0.419,-0.161) P8:(-0.336,-0.329) "
    "P9:(-0.268,-0.463) P10:(-0.215,-0.571) P11:(-0.172,-0.656) P12:(-0.137,-0.725) "
    "P13:(-0.11,-0.78) P14:(-0.088,-0.824) P15:(-0.07,-0.859) P16:(-0.056,-0.887) "
    "P17:(-0.045,-0.91) P18:(-0.036,-0.928) P19:(-0.029,-0.942) P20:(-0.023,-0.954)"
)


def test_default_trace_prints_the_seed_line(capsys):
    assert main(["trace"]) == 0
    assert capsys.readouterr().out == SEED_LINE + "\n"


def test_negative_start_after_a_space_is_a_value(capsys):
    assert main(["trace", "--start", "-2,3", "--lr", "0.1"]) == 0
    spaced = capsys.readouterr().out
    assert main(["trace", "--start=-2,3"]) == 0
    assert capsys.readouterr().out == spaced == SEED_LINE + "\n"


def test_json_has_full_precision_points_costs_gradients_and_status(capsys):
    assert main(["trace", "--format", "json", "--steps", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["points"][:2] == [[-2.0, 3.0], [-1.6, 2.2]]
    assert data["costs"][0] == 24.0 and data["costs"][1] == pytest.approx(16.8)
    assert data["gradients"][0] == [-4.0, 8.0]
    assert data["status"] == "completed 3 steps"


def test_json_reports_divergence(capsys):
    assert main(["trace", "--format", "json", "--lr", "3", "--steps", "5000"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"].startswith("diverged at step")
    assert all(abs(c) < float("inf") for c in data["costs"])


def test_csv_has_a_row_per_state(capsys):
    assert main(["trace", "--format", "csv", "--steps", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "k,w1,w2,J,dJ_dw1,dJ_dw2"
    assert len(lines) == 6 and lines[2].startswith("1,-1.6,2.2,")


def test_other_surface_and_optimizer_with_hyper_parameters(capsys):
    assert main(["trace", "--surface", "seed-paraboloid", "--optimizer", "momentum",
                 "--momentum", "0.5", "--steps", "2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["points"][0] == [-3.0, 3.0]
    assert data["gradients"][0] == [-6.0, 6.0]


def test_own_expression_written_as_people_write_it_gives_the_seed_line(capsys):
    assert main(["trace", "--expr", "w1^2 + w2^2 + 2 w2 + 5"]) == 0
    assert capsys.readouterr().out == SEED_LINE + "\n"


def test_expression_checked_at_the_given_start(capsys):
    assert main(["trace", "--expr", "log(w1)", "--start", "1,1", "--steps", "1"]) == 0
    assert capsys.readouterr().out == "P:(1,1) P1:(0.9,1)\n"  # one format: 1, as the start


@pytest.mark.parametrize("argv, words", [
    (["--expr", "__import__('os').system('touch /tmp/gdsim-pwned')"], "unknown name"),
    (["--expr", "w1.__class__"], "position"),
    (["--expr", "9**9**9"], "J"),
    (["--expr", "w1^2", "--surface", "booth"], "give one, not both"),
    (["--expr", ""], "J: empty"),  # not the default surface in silence
    (["--expr", "   "], "J: empty"),
    (["--start", "a,3"], "'a' is not a number"),
    (["--start", "1,2,3"], "expected 2 numbers"),
    (["--start", "1,"], "empty number"),
    (["--lr", "abc"], "--lr"),
    (["--lr", "nan"], "not a finite number"),
    (["--lr", "0"], "lr"),
    (["--lr", "-0.1"], "lr"),
    (["--steps", "-1"], "--steps"),
    (["--steps", "ten"], "not a whole number"),
    (["--surface", "nope"], "unknown name 'nope'"),
    (["--optimizer", "lbfgs"], "unknown name 'lbfgs'"),
    (["--optimizer", "sgd", "--beta1", "0.9"], "beta1"),
    (["--momentum", "2", "--optimizer", "momentum"], "momentum"),
    (["--format", "xml"], "invalid choice"),
    (["--start", "1e400,0"], "not a finite number"),
])
def test_bad_input_exits_2_with_one_line(argv, words, capsys):
    assert main(["trace", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("gdsim trace: ")
    assert words in err
    assert "Traceback" not in err


def test_python_dash_m_gdsim_runs_trace_in_a_fresh_process():
    out = subprocess.run([sys.executable, "-m", "gdsim", "trace", "--start", "-2,3"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == SEED_LINE + "\n"
    bad = subprocess.run([sys.executable, "-m", "gdsim", "trace", "--steps", "x"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


@pytest.mark.parametrize("argv, line", [
    # a step that lands on whole numbers: P1 is (0,-1), the seed's way, not (0.0,-1.0)
    (["--lr", "0.5", "--steps", "1"], "P:(-2,3) P1:(0,-1)"),
    (["--start", "1,1", "--lr", "0.5", "--steps", "1"], "P:(1,1) P1:(0,-1)"),
    (["--start", "0.5,2", "--lr", "0.25", "--steps", "1"], "P:(0.5,2) P1:(0.25,0.5)"),
    (["--surface", "booth", "--start", "0,0", "--lr", "0.05", "--steps", "1"],
     "P:(0,0) P1:(1.7,1.9)"),
])
def test_one_number_format_for_every_point(argv, line, capsys):
    assert main(["trace", *argv]) == 0
    assert capsys.readouterr().out == line + "\n"
