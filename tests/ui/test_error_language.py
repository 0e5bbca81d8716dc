"""Core's error messages reach the window in its language (issue 13): a field's message, a file
that cannot be opened, in Chinese when the window is in Chinese and in English otherwise."""

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from gdsim.core.scenario import Scenario
from gdsim.ui import i18n

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def type_into(field, text):
    field.edit.setText(text)
    field.edit.editingFinished.emit()
    return field.error.text(), field.message


def test_layer_sizes_3_4_with_a_gap_is_said_in_chinese(make_window, english):
    i18n.set_language("zh_CN")
    window = make_window(Scenario(mode="network"))
    shown, message = type_into(window.panels.network.sizes, "3,,4")
    assert window.panels.network.sizes.error.isVisible()
    assert message == "各层神经元数：'3,,4'——第 2 个位置为空"
    assert message in shown or message.replace("'", "&#x27;") in shown
    assert window.controller.scenario.network.sizes == (3, 4, 2)  # not taken


def test_the_same_gap_in_english_is_core_s_sentence(make_window, english):
    window = make_window(Scenario(mode="network"))
    _, message = type_into(window.panels.network.sizes, "3,,4")
    assert message == "layer sizes: '3,,4' — empty size at position 2"
    assert not CJK.search(message)


def test_an_out_of_range_learning_rate_is_said_in_chinese(make_window, english):
    i18n.set_language("zh_CN")
    window = make_window(Scenario(mode="network"))
    _, message = type_into(window.panels.network.lr, "2e6")
    assert message == "学习率：2e+06 超出范围；必须在 (0, 1e+06] 之内"
    for word in ("out of range", "must lie", "lr:"):
        assert word not in message


def test_a_typed_j_is_refused_in_chinese_with_its_place_marked(make_window, english):
    from gdsim.core.scenario import SurfaceSettings

    i18n.set_language("zh_CN")
    window = make_window(Scenario(surface=SurfaceSettings(expression="w1^2 + w2^2")))
    field = window.panels.surface.expression
    shown, message = type_into(field, "w1 + foo")
    assert message == "J：未知的名称 'foo'（位置 5）"
    assert "<u><b>f" in shown  # the fault is still marked in what was typed


def test_a_message_shown_follows_view_language(make_window, english, qtbot):
    """Qt posts LanguageChange to every widget when the translator changes: the field puts
    the error it shows into the new language then."""
    from gdsim.ui.language import switch_language

    window = make_window(Scenario(mode="network"))
    field = window.panels.network.sizes
    type_into(field, "3,,4")
    assert field.message.startswith("layer sizes:")
    switch_language(window, "zh_CN")
    qtbot.waitUntil(lambda: field.message == "各层神经元数：'3,,4'——第 2 个位置为空", timeout=2000)
    assert CJK.search(field.error.text())
    switch_language(window, "en")
    qtbot.waitUntil(lambda: field.message == "layer sizes: '3,,4' — empty size at position 2",
                    timeout=2000)
    field.set_text("3,4,2")  # a value from the model clears the error for good
    changes = language_changes(field)
    switch_language(window, "zh_CN")
    qtbot.waitUntil(lambda: len(changes) > 0)  # the field was told
    assert field.message == "" and not field.error.isVisible()


def language_changes(widget) -> list[object]:
    """The LanguageChange events `widget` receives from now on (Qt posts them)."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[object] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.LanguageChange:
                seen.append(event.type())
            return False

    widget.installEventFilter(Watch(widget))  # kept alive by its parent, the widget
    return seen


def open_broken(window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[1:3]))
    path = tmp_path / "broken.json"
    path.write_text('{"gdsim_scenario": 1, "mode": "network", "network": {"noise": 11}}')
    assert not window.file_menu.open_path(path)
    assert len(warnings) == 1
    return warnings[0]


def test_file_open_of_a_broken_scenario_says_why_in_chinese(make_window, english, tmp_path,
                                                            monkeypatch):
    i18n.set_language("zh_CN")
    window = make_window()
    title, text = open_broken(window, tmp_path, monkeypatch)
    assert title == "无法打开"
    assert text == "broken.json：network.noise：11 超出范围；必须在 [0, 10] 之内"
    assert "out of range" not in text


def test_file_open_of_a_broken_scenario_in_english(make_window, english, tmp_path, monkeypatch):
    title, text = open_broken(make_window(), tmp_path, monkeypatch)
    assert title == "Cannot open"
    assert text == "broken.json: network.noise: 11 is out of range; it must lie in [0, 10]"


def test_an_unreadable_scenario_file_names_the_json_fault_in_chinese(make_window, english,
                                                                   tmp_path, monkeypatch):
    i18n.set_language("zh_CN")
    window = make_window()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    path = tmp_path / "cut.json"
    path.write_text('{"gdsim_scenario": 1,\n  "mode": ')
    assert not window.file_menu.open_path(path)
    assert warnings == [f"{path}：不是有效的 JSON（第 2 行第 11 列）"]


def test_a_scenario_the_run_refuses_is_said_in_chinese(make_window, english, tmp_path,
                                                       monkeypatch):
    """A file that loads but that the run refuses (2 inputs for XOR, 3 in the layer sizes)."""
    i18n.set_language("zh_CN")
    window = make_window()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    path = tmp_path / "xor3.json"
    path.write_text('{"gdsim_scenario": 1, "mode": "network", '
                    '"network": {"data": "xor", "sizes": [3, 4, 1]}}')
    assert not window.file_menu.open_path(path)
    assert warnings == ["xor3.json：数据：xor 有 2 个输入和 2 个类别：各层神经元数必须为 "
                        "2,…,2（例如 2,4,2），或只用一个 0/1 输出时为 2,…,1；实际为 3,4,1"]


def test_the_settings_panels_own_refusals_are_said_in_chinese(make_window, english):
    """The activation and hyper-parameter fields parse in the window's own code: their
    sentences are templates too."""
    i18n.set_language("zh_CN")
    window = make_window(Scenario(mode="network"))
    _, message = type_into(window.panels.network.activation, "sigmoid,swish")
    assert message.startswith("激活函数：第 2 个位置的名称 'swish' 未知")
    _, message = type_into(window.panels.network.hyper, "momentum")
    assert message == "超参数：'momentum' 应写成 名称=数值 的形式"
    i18n.set_language("en")
    _, message = type_into(window.panels.network.hyper, "momentum")
    assert message == "hyper-parameters: 'momentum' needs the form name=value"
