"""gdsim curvature, gdsim alpha-map, gdsim trace --optimizer newton and gdsim train --sharpness:
the SPEC's numbers, and bad input as one line, exit 2."""

import csv
import io
import json

import pytest

from gdsim.cli import main


def run(argv, capsys):
    assert main(argv) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def refused(argv, capsys, words):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    return err


def test_curvature_of_the_seed_valley_as_the_spec_says(capsys):
    d = json.loads(run(["curvature", "--surface", "seed-bowl", "--at", "-2,3", "--format",
                        "json"], capsys))
    assert d["hessian"] == [[2.0, 0.0], [0.0, 2.0]] and d["eigenvalues"] == [2.0, 2.0]
    assert d["eigenvectors"] == [[1.0, 0.0], [0.0, 1.0]]
    assert d["condition"] == 1.0 and d["alpha_limit"] == 1.0 and d["at"] == [-2.0, 3.0]


def test_curvature_text_reads_and_takes_a_typed_j_and_an_alpha(capsys):
    text = run(["curvature", "--expr", "w1^2 + 10 w2^2", "--at", "1,1", "--lr", "0.05"], capsys)
    assert "H = [[2, 0],\n     [0, 20]]" in text
    assert "λ1 = 2, λ2 = 20" in text and "κ = λmax/λmin = 10" in text
    assert "α < 2/λmax = 0.1" in text and "1 − αλ = 0.9, 0" in text
    saddle = run(["curvature", "--surface", "saddle"], capsys)  # at the surface's start
    assert "at (-1.8, 0.05)" in saddle and "condition number: none" in saddle
    d = json.loads(run(["curvature", "--surface", "saddle", "--format", "json"], capsys))
    assert d["condition"] is None and d["alpha_limit"] == 1.0


@pytest.mark.parametrize("argv, words", [
    (["curvature", "--at", "1"], "--at: expected 2 numbers"),
    (["curvature", "--surface", "nope"], "unknown name 'nope'"),
    (["curvature", "--surface", "saddle", "--expr", "w1"], "give one, not both"),
    (["curvature", "--expr", "w1^^2"], "J:"),
    (["curvature", "--lr", "0"], "--lr: 0 is out of range"),
    (["alpha-map", "--lr", "0.1:1"], "needs the form A:B:N"),
    (["alpha-map", "--lr", "0.1:1:3", "--momentum", "0:1:3"], "--momentum: 1 is out of range"),
    (["alpha-map", "--lr", "0.1:1:3", "--steps", "0"], "--steps: 0 is out of range"),
    (["alpha-map"], "required: --lr"),
    (["train", "--optimizer", "newton"], "newton needs the Hessian of J"),
])
def test_bad_input_is_one_line_and_exit_2(argv, words, capsys):
    refused(argv, capsys, words)


def test_alpha_map_csv_rows_as_the_spec_says(capsys):
    rows = list(csv.DictReader(io.StringIO(run(
        ["alpha-map", "--surface", "seed-bowl", "--lr", "0.01:1.5:150"], capsys))))
    assert len(rows) == 150 and list(rows[0]) == ["lr", "steps", "status"]
    by_lr = {round(float(r["lr"]), 6): r for r in rows}
    assert by_lr[0.5]["status"] == "converged at step 1" and by_lr[0.5]["steps"] == "1"
    assert by_lr[0.99]["status"].startswith("converged") and by_lr[1.0]["status"] == "step limit"
    assert by_lr[1.5]["status"].startswith("diverged at step")


def test_alpha_map_with_momentum_and_json(capsys):
    d = json.loads(run(["alpha-map", "--expr", "w1^2 + 10 w2^2", "--start", "3,2", "--lr",
                        "0.01:0.2:20", "--momentum", "0:0.9:4", "--steps", "300", "--format",
                        "json"], capsys))
    assert d["alpha_limit"] == pytest.approx(0.1) and d["max_steps"] == 300
    assert d["start"] == [3.0, 2.0] and len(d["rows"]) == 80
    assert list(d["rows"][0]) == ["lr", "momentum", "steps", "status"]


def test_trace_with_newton_lands_on_the_seed_minimum_in_one_step(capsys):
    d = json.loads(run(["trace", "--optimizer", "newton", "--format", "json"], capsys))
    assert d["points"] == [[-2.0, 3.0], [0.0, -1.0]] and d["status"] == "converged at step 1"
    assert run(["trace", "--optimizer", "newton", "--lr", "0.5", "--steps", "2"], capsys) == (
        "P:(-2,3) P1:(-1,1) P2:(-0.5,0)\n")


def test_train_sharpness_gives_lambda_max_per_recorded_step(capsys):
    d = json.loads(run(["train", "--steps", "3", "--sharpness", "--format", "json"], capsys))
    assert len(d["sharpness"]) == len(d["losses"]) == 4
    assert all(v > 0 for v in d["sharpness"])
    text = run(["train", "--steps", "1", "--sharpness"], capsys)
    assert "step 0: J = 0.473731306, λmax = " in text
    plain = json.loads(run(["train", "--steps", "1", "--format", "json"], capsys))
    assert "sharpness" not in plain
