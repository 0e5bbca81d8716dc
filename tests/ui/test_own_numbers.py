"""Your own numbers in the window (issue 23): a weight typed by double-clicking its edge, a bias
by its neuron, a value typed in the θ table — each starts the run anew from the edited θ as θ₀
and says so; θ exported to a file and read back is the θ typed; File ▸ Import θ; data from a
CSV file through the panel trains to the command line's losses; the decision region and the
samples table name the classes."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdsim.cli import main
from gdsim.core.scenario import NetworkSettings, Scenario
from gdsim.core.theta import names, read_theta, to_mapping, write_theta
from gdsim.resources import assets

HAND = assets() / "datasets" / "two-colours.csv"


@pytest.fixture
def typed(monkeypatch):
    """What the user types into the value dialog, and the dialogs' texts."""
    from PySide6.QtWidgets import QInputDialog

    answers, asked = [], []

    def get_text(parent, title, label, text=""):
        asked.append((label, text))
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return answers, asked


def double_click(qtbot, diagram, scene_pos):
    """What a mouse sends for a double-click: press, release, double-click, release (QTest's
    mouseDClick sends a second press first, which the scene takes for another single click)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = diagram.graphics.viewport()
    local = QPointF(diagram.graphics.mapFromScene(scene_pos))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left),
                          (QEvent.Type.MouseButtonRelease, none)):
        event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), left,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def test_typed_theta_is_the_theta_written_and_read_back(make_window, qtbot, typed, tmp_path):
    answers, asked = typed
    w = make_window(Scenario(mode="network", max_steps=50))
    w.controller.seek(3)
    before = np.array(w.controller.snapshot().net.theta)  # θ₃
    diagram = w.views.diagram
    answers.append("0.125")
    double_click(qtbot, diagram, diagram.pointer.edge_scene_pos(1, 3, 2, at=0.25))  # w^1_32
    qtbot.waitUntil(lambda: w.controller.run.k == 0 and w.controller.scenario.network.theta
                    is not None)
    assert asked[0][0].startswith("w¹₃₂") and float(asked[0][1]) == before[
        names((3, 4, 2)).index("w^1_32")]
    answers.append("-0.5")
    double_click(qtbot, diagram, diagram.pointer.neuron_scene_pos(3, 2))  # b^2_2
    qtbot.waitUntil(lambda: w.controller.scenario.network.theta["b^2_2"] == -0.5)
    theta0 = np.array(w.controller.snapshot().net.theta)
    expected = before.copy()
    expected[names((3, 4, 2)).index("w^1_32")] = 0.125
    expected[names((3, 4, 2)).index("b^2_2")] = -0.5
    np.testing.assert_array_equal(theta0, expected)  # θ₃ with the two typed: the new θ₀
    assert w.controller.run.k == 0 and w.controller.run.timeline.last == 0  # history dropped
    assert "b²₂ = -0.5" in w.statusBar().currentMessage()
    path = tmp_path / "theta.csv"
    assert w.own_numbers.export_to(path)
    np.testing.assert_array_equal(read_theta(path, (3, 4, 2)), theta0)
    w.controller.step()
    assert w.controller.snapshot().J != w.controller.run.seek(0).J  # trains from it


def test_editing_at_a_later_step_says_the_history_before_it_is_dropped(make_window, qtbot):
    w = make_window(Scenario(mode="network", max_steps=50))
    w.controller.seek(7)
    w.own_numbers.open_table()
    table = w.own_numbers.table
    assert table.model.rowCount() == 26 and "step 7" in table.note.text()
    index = table.model.index(names((3, 4, 2)).index("w^2_11"), 1)
    assert table.model.data(index, Qt.ItemDataRole.EditRole) == repr(
        float(w.controller.snapshot().net.theta[index.row()]))
    assert not table.model.setData(index, "abc") and "not a number" in table.error.text()
    assert table.model.setData(index, "2.5")
    qtbot.waitUntil(lambda: w.controller.run.k == 0)
    assert w.controller.scenario.network.theta["w^2_11"] == 2.5
    message = w.statusBar().currentMessage()
    assert "step 7" in message and "7 steps before are dropped" in message
    assert table.model.data(index) == "2.5" and "step 0" in table.note.text()
    w.controller.step()
    w.controller.back()  # Step back stays in the new run
    assert w.controller.snapshot().net.theta[index.row()] == 2.5


def test_import_theta_and_refusals_keep_the_session(make_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    w = make_window(Scenario(mode="network"))
    theta = np.linspace(-1, 1, 26)
    write_theta(theta, (3, 4, 2), tmp_path / "mine.json")
    assert w.own_numbers.import_from(tmp_path / "mine.json")
    np.testing.assert_array_equal(w.controller.snapshot().net.theta, theta)
    w.controller.step()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({k: v for k, v in to_mapping(theta, (3, 4, 2)).items()
                               if k != "w^1_11"}))
    assert not w.own_numbers.import_from(bad)
    assert warnings == [f"{bad}: w^1_11 is missing (the network 3,4,2 has 26 parameters, "
                        "w^1_11 … b^2_2)"]
    assert w.controller.run.k == 1  # the session as it was
    assert w.own_numbers.import_action.isEnabled()
    w._on_mode_chosen(w.controller.scenario.mode.__class__("surface"))
    assert not w.own_numbers.import_action.isEnabled()


def test_a_csv_chosen_in_the_panel_trains_to_the_command_lines_losses(make_window, qtbot,
                                                                      capsys):
    w = make_window(Scenario(mode="network", max_steps=10))
    panel = w.panels.network
    assert panel.use_data_file(str(HAND))
    s = w.controller.scenario.network
    assert s.data == "file" and s.loss == "cross_entropy" and s.sizes == (2, 4, 2)
    note = panel.data_note.text()
    assert "two-colours.csv: 40 rows, 2 features, target colour (red, blue)" in note
    assert "loss is now cross-entropy" in note and "layer sizes follow the data" in note
    assert "two-colours.csv" in panel.data.currentText()
    w.controller.seek(10)
    losses = list(w.controller.snapshot().losses)
    assert main(["train", "--data", str(HAND), "--loss", "cross_entropy", "--steps", "10",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["losses"] == losses
    place = w.views.build("decision")
    w.controller.seek(10)
    assert place.currentWidget() is place.region
    title = place.region.plot.titleLabel.text
    assert "red" in title and "blue" in title


def test_a_bad_csv_is_named_and_the_settings_stay(make_window, qtbot, tmp_path):
    w = make_window(Scenario(mode="network"))
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,y\n1,2,u\n1,x,v\n")
    before = w.controller.scenario
    assert not w.panels.network.use_data_file(str(bad))
    assert w.panels.network.error.text() == f"{bad}: line 3, column 2 (b): 'x' is not a number"
    assert w.controller.scenario is before and w.panels.network.data.currentData() == "one"


def test_more_classes_and_more_inputs_are_named_by_class(make_window, qtbot, tmp_path):
    three = tmp_path / "three.csv"
    rows = [f"{x:.2f},{y:.2f},{c}" for c, (cx, cy) in (("cat", (0, 0)), ("dog", (2, 0)),
                                                       ("owl", (1, 2)))
            for x, y in np.random.default_rng(len(c)).normal((cx, cy), 0.3, (10, 2))]
    three.write_text("x,y,animal\n" + "\n".join(rows) + "\n")
    w = make_window(Scenario(mode="network", max_steps=10))
    assert w.panels.network.use_data_file(str(three))
    place = w.views.build("decision")
    w.controller.seek(5)
    title = place.region.plot.titleLabel.text
    assert all(name in title for name in ("cat", "dog", "owl"))
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b,c,label\n" + "".join(f"{k},{k % 3},{k * k % 7},{'yn'[k % 2]}\n"
                                             for k in range(12)))
    assert w.panels.network.use_data_file(str(wide))
    w.controller.seek(2)
    assert place.currentWidget() is place.samples
    table = place.samples.table
    assert table.rowCount() == 12
    assert {table.item(r, 2).text() for r in range(12)} == {"y", "n"}
    assert table.item(0, 1).text() in ("y", "n") and "12 training samples" in \
        place.samples.title.text()


def test_the_test_fraction_field_holds_out_a_test_set(make_window, qtbot):
    w = make_window(Scenario(mode="network", network=NetworkSettings(data="moons", sizes=(
        2, 4, 2)), max_steps=10))
    panel = w.panels.network
    assert panel.test_fraction.isVisible()
    panel.test_fraction.edit.setText("0.2")
    qtbot.keyClick(panel.test_fraction.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.controller.scenario.network.test_fraction == 0.2)
    w.controller.seek(4)
    snap = w.controller.snapshot()
    assert snap.test is not None and len(snap.test[0]) == 20
    w.docks["loss"].raise_()  # in front of the decision region: drawn when shown
    qtbot.waitUntil(lambda: len(w.views.loss.curves) == 2)
    np.testing.assert_array_equal(w.views.loss.curves[1].getData()[1], snap.test_losses)
