"""Core's errors keep their sentence as a template with named blanks plus the values (so the
window can translate them), while str() stays the English sentence the command line prints."""

import ast
import json
import pickle
from pathlib import Path

import pytest

from gdsim.core import settings as S
from gdsim.core.errors import GdsimError, InputError, Message, NetworkError, ScenarioError, Term
from gdsim.core.expr import ExpressionSyntaxError, parse_expression
from gdsim.core.parse import parse_floats
from gdsim.core.scenario import load_scenario, scenario_from_dict
from gdsim.core.sizes import parse_sizes

CORE = Path(__file__).resolve().parents[2] / "gdsim" / "core"


def test_layer_sizes_with_an_empty_size():
    with pytest.raises(NetworkError) as caught:
        parse_sizes("3,,4")
    exc = caught.value
    assert str(exc) == "layer sizes: '3,,4' — empty size at position 2"
    assert exc.template == "layer sizes: {quoted} — empty size at position {position}"
    assert exc.values == {"quoted": "'3,,4'", "position": 2}


def test_a_size_too_large_names_the_reason_as_a_message_of_its_own():
    with pytest.raises(NetworkError) as caught:
        parse_sizes("3,5000,2")
    assert str(caught.value) == ("layer sizes: '3,5000,2' — size 5000 at position 2 is more "
                                 "than 4096")
    what = caught.value.values["what"]
    assert isinstance(what, Message) and what.template == "is more than {most}"


def test_settings_problem_is_the_english_words_and_a_message():
    wrong = S.problem(S.NOISE, 11)
    assert wrong == "11 is out of range; it must lie in [0, 10]"
    assert isinstance(wrong, Message)
    assert wrong.template == "{value} is out of range; it must lie in {bounds}"
    assert S.problem(S.SEED, "x" * 100) == ("expected a whole number, got '" + "x" * 50)
    assert S.problem(S.NOISE, 0.5) is None


def test_check_puts_the_setting_s_name_as_a_term_in_front():
    with pytest.raises(InputError) as caught:
        S.parse(S.NETWORK_LR, "2e6")
    exc = caught.value
    assert str(exc) == "lr: 2e+06 is out of range; it must lie in (0, 1e+06]"
    assert exc.template == "{where}: {wrong}"
    assert isinstance(exc.values["where"], Term) and isinstance(exc.values["wrong"], Message)


def test_a_number_in_a_list_is_named_by_a_nested_message():
    with pytest.raises(InputError) as caught:
        parse_floats("1,x", S.START.name, 2)
    assert str(caught.value) == "start (number 2): 'x' is not a number"
    assert isinstance(caught.value.values["name"], Message)


def test_a_wrapped_error_is_a_value_of_the_wrapper(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"gdsim_scenario": 1, "network": {"noise": 11}}))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    exc = caught.value
    assert str(exc) == "broken.json: network.noise: 11 is out of range; it must lie in [0, 10]"
    assert exc.template == "{name}: {exc}"
    inner = exc.values["exc"]
    assert isinstance(inner, ScenarioError) and str(inner).startswith("network.noise: 11")


def test_a_file_that_is_not_json_says_where_as_a_message(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{\n  oops")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert str(caught.value) == f"{path}: not valid JSON (line 2 column 3)"
    assert caught.value.values["where"].template == "line {line} column {column}"


def test_a_typed_j_keeps_its_position_and_its_words():
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse_expression("w1 + foo")
    exc = caught.value
    assert str(exc) == "J: unknown name 'foo' at position 5"
    assert (exc.position, exc.length) == (5, 3)
    assert exc.template == "J: {what} at position {index}"


def test_an_error_made_from_one_ready_string_is_not_formatted():
    exc = GdsimError("a {brace} stays as it is")
    assert str(exc) == "a {brace} stays as it is" and exc.values == {}
    assert str(ScenarioError("{x}", x=Term("word"))) == "word"


def test_errors_and_messages_survive_pickling():
    exc = pickle.loads(pickle.dumps(InputError("{a}: {b!r}", a=Term("seed"), b="x")))
    assert str(exc) == "seed: 'x'" and exc.template == "{a}: {b!r}"
    message = pickle.loads(pickle.dumps(Message("is more than {most}", most=3)))
    assert message == "is more than 3" and message.values == {"most": 3}


def test_a_scenario_read_from_a_dict_names_the_key():
    with pytest.raises(ScenarioError, match=r"^network\.sizes: '3' — need 2 to 16 layers"):
        scenario_from_dict({"gdsim_scenario": 1, "mode": "network", "network": {"sizes": [3]}})


def test_no_core_error_is_built_from_an_f_string():
    """A message built as an f-string could not be translated: core uses templates."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            gdsim_error = name.endswith("Error") and name not in ("IndexError", "ValueError")
            if (gdsim_error or name in ("error", "fail", "Term", "Message")) and isinstance(
                    node.args[0], ast.JoinedStr):
                found.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert not found, found
