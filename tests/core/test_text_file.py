"""read_text_file: the one place a user's small text file is read, for scenarios, lessons, θ
and network files alike."""

from __future__ import annotations

import json
import os

import pytest

from gdsim.core.errors import NetworkError, ScenarioError
from gdsim.core.lessons import LessonError, read_json
from gdsim.core.scenario import load_scenario
from gdsim.core.settings import MAX_FILE_BYTES
from gdsim.core.text_file import read_text_file
from gdsim.core.theta import read_theta, to_mapping


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b" \n\t\n", "the file is empty"),
    (b'{"a": "\xff"}', "is not UTF-8 text"),
])
def test_each_fault_of_the_file_is_the_callers_error_naming_it(tmp_path, content, message):
    path = tmp_path / "f.json"
    path.write_bytes(content)
    for error in (ScenarioError, LessonError, NetworkError):
        with pytest.raises(error) as caught:
            read_text_file(path, error)
        assert str(caught.value) == f"{path}: {message}"
    with pytest.raises(LessonError) as caught:
        read_text_file(path, LessonError, "f.json")
    assert str(caught.value) == f"f.json: {message}"


def test_a_missing_a_folder_and_a_too_large_file_are_refused(tmp_path):
    with pytest.raises(ScenarioError, match=r"nothing.json: cannot be read \(No such file"):
        read_text_file(tmp_path / "nothing.json", ScenarioError)
    with pytest.raises(ScenarioError, match="cannot be read"):
        read_text_file(tmp_path, ScenarioError)
    big = tmp_path / "big.json"
    with open(big, "wb") as f:  # sparse: past the limit without writing it
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ScenarioError, match=rf"big.json: larger than {MAX_FILE_BYTES // 10**6} MB"):
        read_text_file(big, ScenarioError)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_says_why(tmp_path):
    path = tmp_path / "locked.json"
    path.write_text("{}")
    path.chmod(0)
    with pytest.raises(NetworkError, match=r"locked.json: cannot be read \(Permission denied\)"):
        read_text_file(path, NetworkError)


def test_a_byte_order_mark_is_read_past_by_every_reader(tmp_path):
    """Windows' Notepad saves UTF-8 with a mark in front; JSON's parser refuses it, so each
    file a user gives must be read past it: a scenario, a lesson, θ."""
    scenario = tmp_path / "s.json"
    scenario.write_bytes(b"\xef\xbb\xbf" + json.dumps(
        {"gdsim_scenario": 1, "mode": "surface"}).encode())
    assert load_scenario(scenario).mode == "surface"
    lesson = tmp_path / "l.json"
    lesson.write_bytes(b"\xef\xbb\xbf" + b'{"id": "x"}')
    assert read_json(lesson) == {"id": "x"}
    theta = tmp_path / "t.csv"
    values = {"w^1_11": 1.5, "w^1_12": -2.0, "w^1_21": 0.25, "w^1_22": 4.0, "b^1_1": -1.0,
              "b^1_2": 3.0}
    theta.write_bytes(b"\xef\xbb\xbf" + "".join(f"{n},{v}\n" for n, v in values.items())
                      .encode())
    assert to_mapping(read_theta(theta, (2, 2)), (2, 2)) == values
