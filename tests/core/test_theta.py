"""θ by name (core/theta.py): every weight and bias read and written as w^1_11 … b^2_2, in JSON
or CSV, bad entries refused by name, a scenario keeping θ₀ bit for bit, and a 3-4-2 network with
θ chosen by hand computing J, δ and the update of an independent numpy computation."""

import json

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core.architecture import Network
from gdsim.core.errors import GdsimError, NetworkError, ScenarioError
from gdsim.core.modes import Mode
from gdsim.core.run import Run
from gdsim.core.scenario import (
    NetworkSettings,
    Scenario,
    load_scenario,
    save_scenario,
    scenario_from_dict,
)
from gdsim.core.theta import names, read_theta, theta_text, to_mapping, write_theta

SIZES = (3, 4, 2)


def bits(a):
    return np.asarray(a, dtype=np.float64).view(np.uint64)


@pytest.mark.parametrize("sizes", [(3, 4, 2), (2, 1), (12, 11, 3), (1, 2, 3, 1)])
def test_the_names_are_the_networks_own_in_thetas_order(sizes):
    net = Network.from_sizes(sizes)
    assert names(sizes) == tuple(net.parameter_name(k) for k in range(net.n_params))
    assert names((3, 4, 2))[:5] == ("w^1_11", "w^1_21", "w^1_31", "w^1_41", "w^1_12")
    assert names((3, 4, 2))[-2:] == ("b^2_1", "b^2_2")


ODD = [0.1, 1 / 3, -0.0, 5e-324, 1.7976931348623157e308, -2.5e-300, 123456789.123456789]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_written_and_read_back_is_the_same_theta_bit_for_bit(tmp_path, suffix):
    rng = np.random.default_rng(4)
    theta = rng.normal(size=26) * 10.0 ** rng.integers(-30, 30, 26)
    theta[: len(ODD)] = ODD
    path = tmp_path / f"theta{suffix}"
    write_theta(theta, SIZES, path)
    np.testing.assert_array_equal(bits(read_theta(path, SIZES)), bits(theta))
    first = path.read_text().splitlines()[:2]
    assert first == (["name,value", "w^1_11,0.1"] if suffix == ".csv"
                     else ["{", '  "w^1_11": 0.1,'])


def refused(tmp_path, text, suffix=".json", sizes=(2, 1)):
    path = tmp_path / f"t{suffix}"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(NetworkError) as info:
        read_theta(path, sizes)
    return str(info.value).replace(str(path), "FILE")


GOOD = {"w^1_11": 0.5, "w^1_12": -0.25, "b^1_1": 0.1}  # a 2-1 network: three parameters


@pytest.mark.parametrize("change, message", [
    ({"b^1_1": None}, "FILE: b^1_1 is missing (the network 2,1 has 3 parameters, w^1_11 … b^1_1)"),
    ({"w^1_21": 1.0}, "FILE: 'w^1_21' is not a parameter of the network 2,1 (its parameters "
                      "are w^1_11 … b^1_1)"),
    ({"w^1_12": "NaN"}, "FILE: w^1_12: NaN is not a finite number"),
    ({"w^1_12": "1e999"}, "FILE: w^1_12: inf is not a finite number"),
    ({"w^1_12": "'big'"}, "FILE: w^1_12: 'big' is not a number"),
    ({"w^1_12": "[1]"}, "FILE: w^1_12: [1] is not a number"),
])
def test_a_missing_extra_or_non_finite_entry_is_refused_by_name_in_json(
        tmp_path, change, message):
    entries = {**GOOD, **change}
    body = ", ".join(f'"{k}": {v}' for k, v in entries.items() if v is not None)
    assert refused(tmp_path, "{" + body.replace("'", '"') + "}") == message


@pytest.mark.parametrize("text, message", [
    ("name,value\nw^1_11,0.5\nw^1_12,-0.25\n", "FILE: b^1_1 is missing (the network 2,1 has 3 "
                                               "parameters, w^1_11 … b^1_1)"),
    ("w^1_11,0.5\nw^1_12,x\nb^1_1,0\n", "FILE: w^1_12: 'x' is not a number"),
    ("w^1_11,0.5\nw^1_12,inf\nb^1_1,0\n", "FILE: w^1_12: inf is not a finite number"),
    ("w^1_11,0.5\nw^1_12,1,2\n", "FILE: line 2: expected two columns, name,value; got 3"),
    ("w^1_11,0.5\n\nw^1_11,0.5\n", "FILE: line 3: w^1_11 is given twice (first on line 1)"),
    ("w^1_11,0.5\nw^1_12,1\nb^1_1,0\nb^1_2,0\n", "FILE: 'b^1_2' is not a parameter of the "
                                                 "network 2,1 (its parameters are w^1_11 … "
                                                 "b^1_1)"),
])
def test_a_bad_csv_row_is_refused_with_its_name_or_line(tmp_path, text, message):
    assert refused(tmp_path, text, ".csv") == message


def test_broken_files_are_named(tmp_path):
    assert refused(tmp_path, '{"w^1_11": 1, "w^1_11": 2}') == "FILE: w^1_11 is given twice"
    assert refused(tmp_path, '{"w^1_11": 1,') == "FILE: not valid JSON (line 1 column 14)"
    assert refused(tmp_path, "[1, 2, 3]").startswith("FILE: expected an object of names")
    assert refused(tmp_path, "  \n") == "FILE: the file is empty"
    assert refused(tmp_path, b"w^1_11,\xff\n", ".csv") == "FILE: is not UTF-8 text"
    with pytest.raises(NetworkError, match="cannot be read"):
        read_theta(tmp_path / "none.json", (2, 1))


def test_the_error_is_a_template_with_values_for_the_window():
    with pytest.raises(GdsimError) as info:
        from gdsim.core.theta import from_mapping

        from_mapping({"w^1_11": 1.0}, (2, 1), "here")
    assert info.value.template.startswith("{where}: {name} is missing")
    assert info.value.values["name"] == "w^1_12"


def scenario_with(theta):
    return Scenario(mode=Mode.NETWORK, network=NetworkSettings(theta=theta), max_steps=5)


def test_a_scenario_keeps_theta0_bit_for_bit(tmp_path):
    rng = np.random.default_rng(7)
    theta = rng.normal(size=26) / 3
    theta[: len(ODD)] = ODD[:7]
    theta[4] = 3.0  # keep J finite with the huge values out of the first layer
    theta[3] = 1e-300
    theta[1] = 7.0
    scenario = scenario_with(to_mapping(theta, SIZES))
    path = tmp_path / "s.gdsim.json"
    save_scenario(scenario, path)
    again = load_scenario(path)
    assert again == scenario
    np.testing.assert_array_equal(bits(Run(again).timeline.get(0).net.theta), bits(theta))
    saved = json.loads(path.read_text())["network"]["theta"]
    assert list(saved) == list(names(SIZES))


def test_a_scenario_refuses_a_bad_theta_by_name():
    theta = to_mapping(np.zeros(26), SIZES)
    del theta["b^2_2"]
    d = {"gdsim_scenario": 1, "mode": "network", "network": {"theta": theta}}
    with pytest.raises(ScenarioError, match=r"^network.theta: b\^2_2 is missing"):
        scenario_from_dict(d)


# ----------------------------------------------------------------------------------------------
# A student's own θ for figure 3-16, against numpy written out here, neuron by neuron.

HAND = {  # w^l_ij joins neuron j of layer l to neuron i of layer l+1; b^l_i is neuron i's bias
    "w^1_11": 0.1, "w^1_12": 0.2, "w^1_13": 0.3, "w^1_21": -0.1, "w^1_22": 0.4, "w^1_23": 0.2,
    "w^1_31": 0.5, "w^1_32": -0.3, "w^1_33": 0.1, "w^1_41": 0.25, "w^1_42": 0.15,
    "w^1_43": -0.2, "b^1_1": 0.1, "b^1_2": 0.2, "b^1_3": -0.1, "b^1_4": 0.05,
    "w^2_11": 0.3, "w^2_12": -0.4, "w^2_13": 0.6, "w^2_14": 0.1, "w^2_21": -0.2,
    "w^2_22": 0.5, "w^2_23": 0.35, "w^2_24": 0.7, "b^2_1": -0.3, "b^2_2": 0.4,
}
X, Y, LR = (0.05, 0.1, 0.15), (0.01, 0.99), 0.5


def by_hand():
    """Forward, J, δ and the update of one SGD step, one neuron at a time."""
    def sig(z):
        return 1 / (1 + np.exp(-z))

    a1 = np.array(X)
    z2 = np.array([sum(HAND[f"w^1_{i}{j}"] * a1[j - 1] for j in (1, 2, 3)) + HAND[f"b^1_{i}"]
                   for i in (1, 2, 3, 4)])
    a2 = sig(z2)
    z3 = np.array([sum(HAND[f"w^2_{i}{j}"] * a2[j - 1] for j in (1, 2, 3, 4))
                   + HAND[f"b^2_{i}"] for i in (1, 2)])
    a3 = sig(z3)
    J = 0.5 * sum((a3[i] - Y[i]) ** 2 for i in range(2))
    d3 = np.array([(a3[i] - Y[i]) * a3[i] * (1 - a3[i]) for i in range(2)])
    d2 = np.array([sum(d3[i - 1] * HAND[f"w^2_{i}{j}"] for i in (1, 2)) * a2[j - 1]
                   * (1 - a2[j - 1]) for j in (1, 2, 3, 4)])
    grad = {}
    for i in (1, 2, 3, 4):
        grad[f"b^1_{i}"] = d2[i - 1]
        for j in (1, 2, 3):
            grad[f"w^1_{i}{j}"] = d2[i - 1] * a1[j - 1]
    for i in (1, 2):
        grad[f"b^2_{i}"] = d3[i - 1]
        for j in (1, 2, 3, 4):
            grad[f"w^2_{i}{j}"] = d3[i - 1] * a2[j - 1]
    after = {name: HAND[name] - LR * grad[name] for name in HAND}
    return J, d2, d3, after


def test_a_theta_by_hand_gives_the_j_delta_and_update_of_numpy(tmp_path, capsys):
    J, d2, d3, after = by_hand()
    path = tmp_path / "mine.csv"
    path.write_text("".join(f"{k},{v}\n" for k, v in HAND.items()))
    code = main(["train", "--theta", str(path), "--x", "0.05,0.1,0.15", "--y", "0.01,0.99",
                 "--lr", str(LR), "--steps", "1", "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    r = json.loads(out.out)
    assert r["losses"][0] == pytest.approx(J, rel=1e-13)
    np.testing.assert_allclose(r["gradients"]["biases"][0], d2, rtol=1e-12)  # ∂J/∂b = δ
    np.testing.assert_allclose(r["gradients"]["biases"][1], d3, rtol=1e-12)
    trained = Network.from_dict(r["network"])
    mine = to_mapping(trained.theta, SIZES)
    assert mine == pytest.approx(after, rel=1e-12, abs=1e-15)
    # and the window's model, the same Run: δ of the pass at θ₀
    snap = Run(scenario_with(HAND)).seek(0)
    np.testing.assert_allclose(snap.bwd.delta[1][0], d2, rtol=1e-12)
    np.testing.assert_allclose(snap.bwd.delta[2][0], d3, rtol=1e-12)
    assert snap.J == pytest.approx(J, rel=1e-13)


def test_theta_text_is_what_write_theta_writes(tmp_path):
    theta = np.arange(3, dtype=float) / 7
    write_theta(theta, (2, 1), tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text() == theta_text(theta, (2, 1), "csv")


def test_the_command_line_names_the_theta_file(tmp_path, capsys):
    path = tmp_path / "short.json"
    path.write_text('{"w^1_11": 1}')
    assert main(["train", "--theta", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (f"gdsim train: {path}: w^1_21 is missing (the network 3,4,2 has 26 "
                   "parameters, w^1_11 … b^2_2)\n")
