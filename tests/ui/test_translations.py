"""Every word in both languages through Qt: the .ts covers every tr() string, the .qm is current,
and View ▸ Language switches the window at once without losing where the run stands."""

import sys
from pathlib import Path

import pytest

from gdsim.core.scenario import Scenario
from gdsim.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def test_every_string_passed_to_tr_has_its_chinese():
    known = translations.read_ts()
    missing = [f"{where}: {text!r}" for text, where in translations.tr_strings().items()
               if not known.get(text)]
    assert not missing, "no Chinese in assets/translations/gdsim_zh_CN.ts for:\n" + "\n".join(
        missing) + "\n(run scripts/translations.py, then translate)"


def test_the_scan_finds_a_string_without_chinese(tmp_path):
    """The check above can fail: a new tr() string is found and has no translation."""
    (tmp_path / "new.py").write_text('from gdsim.ui.i18n import tr\nx = tr("A brand-new word")\n')
    found = translations.tr_strings(tmp_path)
    assert "A brand-new word" in found
    assert not translations.read_ts().get("A brand-new word")


def test_the_scan_finds_tr_fors_first_argument(tmp_path):
    """A text marked with language.tr_for (a translation two sources share) is collected too,
    called by its name or through the module."""
    (tmp_path / "marked.py").write_text(
        "from gdsim.ui import language\nfrom gdsim.ui.language import tr_for\n"
        "a = tr_for('First marked', obj)\nb = language.tr_for('Second marked', obj, 'tip')\n")
    found = translations.tr_strings(tmp_path)
    assert {"First marked", "Second marked"} <= set(found)
    assert found["Second marked"].endswith("marked.py:4")


def test_the_qm_is_compiled_from_the_ts(tmp_path):
    fresh = translations.compile_qm(translations.TS, tmp_path / "fresh.qm")
    checked_in = translations.TS.with_suffix(".qm")
    assert fresh.read_bytes() == checked_in.read_bytes(), \
        "the .qm is stale: run scripts/translations.py"


def test_tr_uses_qt_before_and_after_the_application(qapp, english):
    from PySide6.QtCore import QCoreApplication

    assert i18n.tr("&View") == "&View"
    i18n.set_language("zh_CN")
    assert i18n.tr("&View") == "视图(&V)"
    assert QCoreApplication.translate("gdsim", "&View") == "视图(&V)"  # installed in Qt
    assert i18n.tr("step k (iterations)") == "步数 k（迭代次数）"
    i18n.set_language("en")
    assert QCoreApplication.translate("gdsim", "&View") == "&View"


def test_the_formula_panel_speaks_chinese(qapp, english):
    from gdsim.core.run import Run
    from gdsim.ui.views.formula import Formulas

    snap = Run(Scenario(mode="network")).seek(2)
    english_text = Formulas().html(snap, ("edge", 1, 1, 1))
    assert "Weight" in english_text and "In matrices:" in english_text
    i18n.set_language("zh_CN")
    chinese = Formulas().html(snap, ("edge", 1, 1, 1))
    assert "权重" in chinese and "矩阵形式" in chinese and "前向传播" in chinese
    for word in ("Weight", "In matrices", "Forward", "the layer after it", "carries"):
        assert word not in chinese


def titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_view_language_switches_at_once_and_keeps_the_run(make_window, qtbot, english):
    from gdsim.core.lessons import load_lessons
    from gdsim.ui.language import switch_language

    window = make_window(Scenario(mode="network"))
    window.controller.seek(3)
    lesson = {one.id: one for one in load_lessons()[0]}["3.3.4"]
    window.lessons.open(lesson, 1)
    panel = window.lessons.panel
    panel.field.setText("0.5")
    before = (window.controller.snapshot().k, window.controller.run.phase, window.file_menu.path,
              window.geometry(), panel.index)
    loss_axis = window.views.views["loss"].plot.getAxis("bottom")
    assert "&View" in titles(window)
    assert window.docks["loss"].windowTitle() == "Loss curve"
    assert loss_axis.labelText == "step k (iterations)"
    page_en = panel.text.text()
    headers = window.views.diagram.headers
    assert headers[0].toPlainText() == "input"

    menu = window.view_menu.language
    chinese = next(a for a in menu.actions() if a.data() == "zh_CN")
    chinese.trigger()
    assert i18n.language() == "zh_CN"
    assert "视图(&V)" in titles(window) and "文件(&F)" in titles(window)
    assert window.docks["loss"].windowTitle() == "损失曲线"
    assert headers[0].toPlainText() == "输入层"  # a text drawn in the network diagram
    assert loss_axis.labelText == "步数 k（迭代次数）"
    assert panel.text.text() != page_en and panel.lesson_title.text() == "3.3.4 前向传播"
    assert menu.title() == "语言(&L)"
    assert "网络" in window.windowTitle() and "gdsim" in window.windowTitle()
    assert chinese.isChecked()
    after = (window.controller.snapshot().k, window.controller.run.phase, window.file_menu.path,
             window.geometry(), panel.index)
    assert after == before and panel.field.text() == "0.5"  # nothing the user did is lost

    from PySide6.QtCore import QSettings
    assert QSettings().value(i18n.SETTINGS_KEY) == "zh_CN"  # remembered
    switch_language(window, "en")
    assert "&View" in titles(window)
    assert window.docks["loss"].windowTitle() == "Loss curve"
    assert loss_axis.labelText == "step k (iterations)"
    assert panel.text.text() == page_en


def test_the_remembered_language_is_used_and_lang_overrides_it(qapp, english):
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("gdsim-tests")
    QSettings().setValue(i18n.SETTINGS_KEY, "zh_CN")
    assert i18n.set_language(None) == "zh_CN"  # no --lang: the remembered one
    assert i18n.set_language("en") == "en"  # --lang en wins


@pytest.mark.parametrize("mode", ["surface", "network"])
def test_the_window_in_chinese_asks_for_no_missing_word(make_window, english, mode):
    """Words that reach tr() through a variable are caught when the window is built."""
    i18n.set_language("zh_CN")
    i18n.missing.clear()
    window = make_window(Scenario(mode=mode))
    window.controller.seek(2)
    assert not i18n.missing, f"no Chinese for: {sorted(i18n.missing)}"


def blanks(text):
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_error_template_has_chinese_with_the_same_blanks():
    """A translation of core's error template fills the same {named} blanks, so error_text's
    .format can neither KeyError nor leave a value out."""
    known = translations.read_ts()
    templates = translations.error_templates()
    assert len(templates) > 200 and "{where}: {wrong}" in templates
    wrong = []
    for text, where in templates.items():
        chinese = known.get(text, "")
        if not chinese or blanks(chinese) != blanks(text):
            wrong.append(f"{where}: {text!r} → {chinese!r}")
            continue
        chinese.format(**dict.fromkeys(blanks(text), 1))  # every blank's format fits a number
    assert not wrong, "\n".join(wrong)


def test_the_scan_finds_an_error_template_and_a_term(tmp_path):
    (tmp_path / "core.py").write_text(
        'from gdsim.core.errors import InputError, Message, Term\n'
        'def f(error=InputError):\n'
        '    raise InputError("{where}: a brand-new fault", where=Term("a new word"))\n'
        'def g(error=InputError):\n'
        '    raise error("{x} also", x=Message("a new sentence {n}", n=1))\n')
    found = translations.error_templates(tmp_path)
    assert set(found) == {"{where}: a brand-new fault", "a new word", "{x} also",
                          "a new sentence {n}"}


def test_error_text_translates_the_template_its_terms_and_nested_errors(qapp, english):
    from gdsim.core.errors import GdsimError, ScenarioError
    from gdsim.core.settings import NOISE, check

    try:
        check(NOISE, 11)
    except GdsimError as exc:
        inner = exc
    wrapped = ScenarioError("{name}: {exc}", name="my file.json", exc=inner)
    assert i18n.error_text(wrapped) == str(wrapped) == (
        "my file.json: noise: 11 is out of range; it must lie in [0, 10]")
    i18n.set_language("zh_CN")
    assert i18n.error_text(wrapped) == "my file.json：噪声：11 超出范围；必须在 [0, 10] 之内"
    assert i18n.error_text(GdsimError("made elsewhere, in English")) == "made elsewhere, in English"
    assert i18n.error_text(ValueError("not gdsim's")) == "not gdsim's"


def test_error_text_falls_back_to_english_when_a_translation_does_not_fit(qapp, english,
                                                                         monkeypatch):
    from gdsim.core.errors import InputError

    exc = InputError("{where}: {wrong}", where="x", wrong="bad")
    monkeypatch.setattr(i18n, "tr", lambda text: "{missing} blank")
    assert i18n.error_text(exc) == "x: bad"
