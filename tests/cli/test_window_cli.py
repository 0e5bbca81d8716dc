"""`gdsim SCENARIO` refuses a bad scenario with one line and status 2, before any window."""

from gdsim.cli import main


def test_unknown_example_name(capsys):
    assert main(["no-such-example"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no file or example named 'no-such-example'" in err
    assert "fig-3-16-network" in err


def test_broken_scenario_file(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"gdsim_scenario": 1, "surface": {"lr": "fast"}}')
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdsim: broken.json: surface.lr") and err.count("\n") == 1


def test_unknown_language(capsys):
    assert main(["--lang", "fr"]) == 2
    assert "invalid choice" in capsys.readouterr().err
