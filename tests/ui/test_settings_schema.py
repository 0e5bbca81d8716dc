"""One settings schema: the file loader, the command line and the panel's field refuse the same
out-of-range value with the same words (each place puts its own address in front)."""

import json

import pytest
from PySide6.QtCore import Qt

from gdsim.cli import main
from gdsim.core import settings as S
from gdsim.core.errors import ScenarioError
from gdsim.core.scenario import scenario_from_dict

SEVENTEEN = ",".join(["1"] * 17)

# setting, where it goes in a file and the bad value there, the command line, the panel's field
CASES = [
    (S.N, ("network", "n", 0), ["train", "--data", "moons", "--n", "0"], ("network", "n", "0")),
    (S.NOISE, ("network", "noise", 11), ["train", "--data", "moons", "--noise", "11"],
     ("network", "noise", "11")),
    (S.BATCH_SIZE, ("network", "batch_size", 100_001), ["train", "--batch-size", "100001"],
     ("network", "batch", "100001")),
    (S.SEED, ("network", "seed", 2**32), ["train", "--seed", str(2**32)],
     ("network", "seed", str(2**32))),
    (S.NETWORK_LR, ("network", "lr", 0), ["train", "--lr", "0"], ("network", "lr", "0")),
    (S.SURFACE_LR, ("surface", "lr", 2e6), ["trace", "--lr", "2e6"], ("surface", "lr", "2e6")),
    (S.START, ("surface", "start", [1e7, 0]), ["trace", "--start", "1e7,0"],
     ("surface", "start", "1e7, 0")),
    (S.HYPER["momentum"], ("network", "hyper", {"momentum": 1.5}),
     ["trace", "--optimizer", "momentum", "--momentum", "1.5"], ("network", "hyper",
                                                                  "momentum=1.5")),
    (S.HYPER["eps"], ("network", "hyper", {"eps": 0}),
     ["trace", "--optimizer", "adam", "--eps", "0"], ("network", "hyper", "eps=0")),
    (S.MAX_STEPS, (None, "max_steps", 0), ["trace", "--steps", "0"],
     ("surface", "max_steps", "0")),
    (S.MAX_STEPS, (None, "max_steps", 10_000_001), ["train", "--steps", "10000001"],
     ("network", "max_steps", "10000001")),
    (S.TEST_FRACTION, ("network", "test_fraction", 0.95),
     ["train", "--data", "moons", "--test-fraction", "0.95"],
     ("network", "test_fraction", "0.95")),
    (S.SIZES, ("network", "sizes", [1] * 17), ["train", "--sizes", SEVENTEEN],
     ("network", "sizes", SEVENTEEN)),
]


def words(message: str) -> str:
    """What a message says after its address ("network.noise: …", "--noise: …")."""
    return message.split(": ", 1)[1]


def file_message(section, key, value) -> str:
    d = {"gdsim_scenario": 1, "mode": "network" if section == "network" else "surface"}
    if section is None:
        d[key] = value
    else:
        d[section] = {key: value}
    with pytest.raises(ScenarioError) as info:
        scenario_from_dict(json.loads(json.dumps(d)))
    return str(info.value)


def cli_message(argv, capsys) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err.split(": ", 1)[1].rstrip("\n")  # after "gdsim train: "


def field_message(qtbot, panel_name, field, text) -> str:
    from gdsim.ui.network_panel import NetworkPanel
    from gdsim.ui.surface_panel import SurfacePanel

    panel = NetworkPanel() if panel_name == "network" else SurfacePanel()
    qtbot.addWidget(panel)
    requested = []
    panel.scenario_requested.connect(requested.append)
    edit = getattr(panel, field)
    edit.edit.setText(text)
    edit.edit.editingFinished.emit()
    assert requested == [], "a bad value must not reach the scenario"
    assert edit.error.text() and edit.message
    return edit.message


@pytest.mark.parametrize("setting, in_file, argv, in_field", CASES,
                         ids=[f"{c[0].key}={c[1][2]}" for c in CASES])
def test_the_same_bad_value_gets_the_same_words_everywhere(
        setting, in_file, argv, in_field, qtbot, capsys):
    section, key, value = in_file
    from_file = file_message(section, key, value)
    said = [words(from_file)]
    assert from_file.startswith(f"{section}." if section else key)
    if argv is not None:
        said.append(words(cli_message(argv, capsys)))
    if in_field is not None:
        said.append(words(field_message(qtbot, *in_field)))
    assert len(said) >= 2 and len(set(said)) == 1, said
    if setting.kind is not tuple:
        plain = next(iter(value.values())) if isinstance(value, dict) else value
        assert said[0] == S.problem(setting, plain)


def test_a_value_at_each_limit_is_taken_and_one_past_it_is_not():
    for setting in S.SETTINGS.values():
        if setting.kind not in (int, float) or setting.lo is None or setting.hi is None:
            continue
        for edge in (setting.lo, setting.hi):
            value = setting.kind(edge)
            inside = S.problem(setting, value) is None
            assert inside == (not (setting.lo_open and edge == setting.lo)), setting.key
        step = 1 if setting.kind is int else max(1e-9, abs(setting.hi) * 1e-9)
        assert S.problem(setting, setting.kind(setting.hi + step)) is not None, setting.key
        assert S.problem(setting, setting.kind(setting.lo - step)) is not None, setting.key


def test_every_flag_shows_its_default_in_its_help():
    import argparse

    from gdsim.cli import common, export, trace, train, window

    for module in (trace, train, export, window):
        parser = common.Parser(prog="gdsim")
        module.add_arguments(parser)
        for action in parser._actions:
            if (isinstance(action, argparse._HelpAction) or not action.option_strings
                    or action.help == argparse.SUPPRESS):  # an old name, kept unlisted
                continue
            assert "(default: " in (action.help or "") or action.required, (
                module.__name__, action.option_strings)


def test_the_fields_refuse_what_the_window_used_to_accept(qtbot):
    """The panel and the loader agree on α: a rate above 1e6 is refused in both."""
    assert "(0, 1e+06]" in field_message(qtbot, "network", "lr", "5e6")
    assert "(0, 1e+06]" in file_message("surface", "racers", [{"lr": 5e6}])


def test_nothing_typed_reaches_core_unparsed(qtbot):
    from gdsim.ui.network_panel import NetworkPanel

    panel = NetworkPanel()
    qtbot.addWidget(panel)
    got = []
    panel.scenario_requested.connect(got.append)
    panel.noise.edit.setText("0.25")
    qtbot.keyClick(panel.noise.edit, Qt.Key.Key_Return)
    assert got and got[-1].network.noise == 0.25
