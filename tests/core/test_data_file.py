"""Your own data (core/data_file.py, `gdsim train --data FILE.csv`): a header, numeric features,
class labels or numbers as targets; every bad file refused with its line and column; a file
written by hand trains, and the built-in generator's data written as CSV trains to the same
losses."""

import json

import numpy as np
import pytest

from gdsim.cli import main
from gdsim.core import settings as S
from gdsim.core.data_file import fit_sizes, parse_data, read_data_file
from gdsim.core.datasets import moons
from gdsim.core.errors import InputError, ScenarioError
from gdsim.core.scenario import scenario_from_dict
from gdsim.resources import assets

HAND = assets() / "datasets" / "two-colours.csv"  # 40 rows typed out: x1, x2, colour


def test_the_hand_written_file_reads_as_two_named_classes():
    t = read_data_file(HAND)
    assert t.X.shape == (40, 2) and t.features == ("x1", "x2") and t.target == "colour"
    assert t.classes == ("red", "blue")  # words: in order of appearance
    assert t.Y[0].tolist() == [1.0, 0.0] and t.Y[1].tolist() == [0.0, 1.0]
    assert t.X[0].tolist() == [-0.08, -1.65]


def test_whole_number_labels_are_classes_in_numerical_order_and_numbers_for_mse():
    text = "a,b,label\n1,2,3\n3,4,1\n5,6,3\n"
    t = parse_data(text, "f.csv")
    assert t.classes == ("1", "3") and t.Y.tolist() == [[0, 1], [1, 0], [0, 1]]
    t = parse_data(text, "f.csv", classes=False)
    assert t.classes is None and t.Y.tolist() == [[3], [1], [3]]
    t = parse_data(text, "f.csv", target="a", classes=False)
    assert t.features == ("b", "label") and t.X.tolist() == [[2, 3], [4, 1], [6, 3]]
    assert t.Y.tolist() == [[1], [3], [5]]


def test_the_sizes_follow_the_data_and_say_so():
    t = parse_data("a,b,c,y\n1,2,3,u\n1,2,3,v\n1,2,3,w\n", "f.csv")
    assert fit_sizes((3, 4, 3), t) == ((3, 4, 3), None)
    sizes, note = fit_sizes((2, 5, 2), t)
    assert sizes == (3, 5, 3)
    assert note == "the layer sizes follow the data: 3,5,3 (3 features in, 3 classes out)"
    assert note.template.startswith("the layer sizes follow the data")


BAD = [
    ("", "F: the file is empty"),
    ("1,2,3\n4,5,6\n", "F: line 1, column 1: '1' is a number; the first row must be a header "
                       "naming the columns"),
    ("a,,y\n1,2,3\n", "F: line 1, column 2: the column has no name; the first row must name "
                      "every column"),
    ("a,b,a\n1,2,3\n", "F: line 1, column 3: the column name 'a' is given twice (first in "
                       "column 1)"),
    ("a;b;y\n1;2;3\n", "F: line 1: one column only; a data file needs feature columns and a "
                       "target column, separated by commas"),
    ("a,b,y\n1,2,u\n1,x,v\n", "F: line 3, column 2 (b): 'x' is not a number"),
    ("a,b,y\n1,2,u\n1,,v\n", "F: line 3, column 2 (b): the cell is empty"),
    ("a,b,y\n1,2,u\n1,nan,v\n", "F: line 3, column 2 (b): 'nan' is not a finite number"),
    ("a,b,y\n1,2,u\n\n1,3,v\n", "F: line 3: blank row; remove it (rows of data follow on line "
                                "4)"),
    ("a,b,y\n1,2,u\n1,3\n", "F: line 3: 2 columns, but the header has 3"),
    ("a,b,y\n1,2,u\n1,3,u\n", "F: column 3 (y): every row has the class 'u'; a classifier "
                              "needs at least 2 classes"),
    ("a,b,y\n", "F: no rows of data under the header"),
    ("a,b,y\n1,2,u\n1,3,\n", "F: line 3, column 3 (y): the cell is empty"),
]


@pytest.mark.parametrize("text, message", BAD, ids=[m.split(": ", 1)[1][:30] for _, m in BAD])
def test_every_bad_file_is_named_by_line_and_column(text, message):
    with pytest.raises(InputError) as info:
        parse_data(text, "F")
    assert str(info.value) == message


def test_a_word_target_under_squared_error_says_what_to_choose():
    with pytest.raises(InputError) as info:
        parse_data("a,y\n1,cat\n2,dog\n", "F", classes=False)
    assert str(info.value) == ("F: line 2, column 2 (y): 'cat' is not a number; ½-squared "
                               "error needs numbers as targets (class labels need "
                               "cross-entropy)")
    with pytest.raises(InputError, match=r"^F: no column named 'z'; the columns are a, y$"):
        parse_data("a,y\n1,cat\n2,dog\n", "F", target="z")


def test_the_limits_are_the_settings(tmp_path, monkeypatch):
    from gdsim.core import data_file

    wide = ",".join(f"x{k}" for k in range(S.MAX_FEATURES + 1)) + ",y\n"
    with pytest.raises(InputError) as info:
        parse_data(wide + ",".join(["1"] * (S.MAX_FEATURES + 2)) + "\n", "F")
    assert str(info.value) == "F: line 1: 1,025 feature columns, more than the limit of 1,024"
    monkeypatch.setattr(data_file, "MAX_DATA_ROWS", 3)  # 100,000 rows, shown with 3
    with pytest.raises(InputError) as info:
        parse_data("a,y\n1,u\n2,v\n3,u\n4,v\n", "F")
    assert str(info.value) == "F: line 5: more than 3 rows of data"
    assert parse_data("a,y\n1,u\n2,v\n3,u\n", "F").X.shape == (3, 1)
    assert (S.MAX_DATA_ROWS, S.MAX_FEATURES) == (100_000, 1024)
    monkeypatch.setattr(data_file, "MAX_DATA_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("a,y\n1,u\n2,v\n")
    with pytest.raises(InputError, match=r"big.csv: larger than 0 MB$"):
        read_data_file(path)


def test_text_that_is_not_utf8_is_named_by_line(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("a,y\n1,u\n2,caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        read_data_file(path)
    assert str(info.value) == (f"{path}: line 3: not UTF-8 text (byte 6 of the line); save the "
                               "file as UTF-8")
    with pytest.raises(InputError, match="cannot be read"):
        read_data_file(tmp_path / "none.csv")


def train(capsys, *argv):
    code = main(["train", *argv, "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out), out.err


def test_the_hand_written_file_trains_from_the_command_line(capsys):
    r, err = train(capsys, "--data", str(HAND), "--loss", "cross_entropy", "--lr", "0.5",
                   "--steps", "100")
    assert err == "" and r["network"]["sizes"] == [2, 4, 2]
    assert r["losses"][-1] < 0.2 * r["losses"][0] and r["accuracy"] == 1.0
    r, err = train(capsys, "--data", str(HAND), "--loss", "cross_entropy", "--sizes", "3,6,4",
                   "--steps", "1")
    assert r["network"]["sizes"] == [2, 6, 2]
    assert err == "gdsim train: the layer sizes follow the data: 2,6,2 (2 features in, 2 " \
                  "classes out)\n"


def write_csv(path, X, labels):
    path.write_text("x1,x2,label\n" + "".join(f"{a!r},{b!r},{int(c)}\n" for (a, b), c in
                                              zip(X.tolist(), labels, strict=True)))


def test_the_generators_data_as_csv_trains_to_identical_losses(tmp_path, capsys):
    X, Y = moons(40, 0.2, 0, "binary")
    write_csv(tmp_path / "moons.csv", X, Y[:, 0])
    built_in, _ = train(capsys, "--data", "moons", "--n", "40", "--noise", "0.2", "--targets",
                        "binary", "--steps", "30", "--lr", "2")
    from_file, _ = train(capsys, "--data", str(tmp_path / "moons.csv"), "--steps", "30",
                         "--lr", "2")
    assert from_file["losses"] == built_in["losses"]  # ½-squared error on 0/1: one output
    built_in, _ = train(capsys, "--data", "moons", "--n", "40", "--noise", "0.2", "--loss",
                        "cross_entropy", "--steps", "30", "--batch-size", "8")
    from_file, _ = train(capsys, "--data", str(tmp_path / "moons.csv"), "--loss",
                         "cross_entropy", "--steps", "30", "--batch-size", "8")
    assert from_file["losses"] == built_in["losses"]  # classes 0, 1 in numerical order
    assert from_file["accuracy"] == built_in["accuracy"]


@pytest.mark.parametrize("argv, message", [
    (["--target", "y"], "--target: only goes with --data FILE.csv"),
    (["--data", "nothing.csv"], "nothing.csv: cannot be read (No such file or directory)"),
    (["--data", "HAND", "--noise", "0.1"], "--noise: does not go with a data file"),
    (["--data", "HAND", "--target", "x9"], "HAND: no column named 'x9'; the columns are x1, x2, "
                                          "colour"),
    (["--data", "HAND"], "HAND: line 2, column 3 (colour): 'red' is not a number; ½-squared "
                         "error needs numbers as targets (class labels need cross-entropy)"),
])
def test_the_command_line_refuses_in_one_line(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = [str(HAND) if a == "HAND" else a for a in argv]
    assert main(["train", *argv]) == 2
    err = capsys.readouterr().err
    expected = message.replace("nothing.csv", str(tmp_path / "nothing.csv"), 1) \
        if message.startswith("nothing") else message.replace("HAND", str(HAND))
    assert err == f"gdsim train: {expected}\n"


def test_a_scenario_names_its_data_file(tmp_path):
    d = {"gdsim_scenario": 1, "mode": "network", "network": {"data": "file"}}
    with pytest.raises(ScenarioError, match="network.data_file: missing"):
        scenario_from_dict(d)
    d["network"]["data"] = "nonesuch"
    with pytest.raises(ScenarioError,
                       match="network.data: unknown 'nonesuch'; choose one of one, xor, .*, file"):
        scenario_from_dict(d)
    from gdsim.core.scenario import load_scenario

    (tmp_path / "mine.csv").write_text(HAND.read_text())
    d["network"] = {"data": "file", "data_file": "mine.csv", "sizes": [2, 4, 2],
                    "loss": "cross_entropy"}
    (tmp_path / "s.gdsim.json").write_text(json.dumps(d))
    s = load_scenario(tmp_path / "s.gdsim.json")  # a relative path: beside the scenario
    assert s.network.data_file == str(tmp_path / "mine.csv")
    from gdsim.core.run import Run

    assert Run(s).seek(0).data[0].shape == (40, 2)
    np.testing.assert_array_equal(Run(s).seek(0).data[0], read_data_file(HAND).X)
