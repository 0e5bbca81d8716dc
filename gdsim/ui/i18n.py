"""English and Simplified Chinese through Qt's translation system.

`tr(text)` gives the text in the chosen language: `QCoreApplication.translate("gdsim", text)`,
with a QTranslator loading assets/translations/gdsim_zh_CN.qm. English is the key. The .ts
beside the .qm is the source of truth: `scripts/translations.py` collects every string passed to
tr() into it and compiles the .qm (pyside6-lrelease); tests/ui/test_translations.py fails when a
string has no Chinese or the .qm is stale. The language is the one remembered in QSettings
("language", View ▸ Language), else the system's; `gdsim --lang en|zh_CN` overrides both.
Terms follow the seed's Chinese. Before a QApplication exists (export building its views) the
translator answers directly; it is installed in the application as soon as there is one.

Core's errors (gdsim/core/errors.py) are templates with named blanks plus values; `error_text`
shows one in the chosen language. scripts/translations.py collects their templates too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from gdsim.core.errors import GdsimError, Message, Term
from gdsim.resources import assets

LANGUAGES = ("en", "zh_CN")
NAMES = {"en": "English", "zh_CN": "简体中文"}  # each in its own language, as menus show them
CONTEXT = "gdsim"
SETTINGS_KEY = "language"

_language = "en"
_translator: QTranslator | None = None
_installed_in: QCoreApplication | None = None
missing: set[str] = set()  # texts asked for in Chinese that the .qm does not have (for tests)


def qm_path(language: str = "zh_CN") -> str:
    return str(assets() / "translations" / f"gdsim_{language}.qm")


def _load(language: str) -> QTranslator | None:
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(qm_path(language)):
        return None  # a missing .qm shows English rather than failing
    return translator


def _install() -> None:
    """Put the current translator into the application once there is one."""
    global _installed_in
    app = QCoreApplication.instance()
    if app is None or _translator is None or _installed_in is app:
        return
    app.installTranslator(_translator)
    _installed_in = app


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def remembered_language() -> str | None:
    """The language chosen in View ▸ Language last time, if any (needs the application)."""
    if QCoreApplication.instance() is None:
        return None
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def set_language(language: str | None) -> str:
    """Choose the language: one of LANGUAGES, or None for the remembered one, else the system's.
    Takes effect for every later tr(); widgets already built keep their words until rebuilt."""
    global _language, _translator, _installed_in
    if language is None:
        language = remembered_language() or system_language()
    language = language if language in LANGUAGES else "en"
    if language != _language or (language != "en") != (_translator is not None):
        app = QCoreApplication.instance()
        if app is not None and _translator is not None:
            app.removeTranslator(_translator)
        _installed_in = None
        _translator = _load(language)
        _language = language if language == "en" or _translator is not None else "en"
        _install()
    return _language


def language() -> str:
    return _language


def tr(text: str) -> str:
    """The text in the chosen language (itself in English, or when it has no translation)."""
    if _translator is None or not text:
        return text
    if QCoreApplication.instance() is not None:
        _install()
        out = QCoreApplication.translate(CONTEXT, text)
        if out == text and not _translator.translate(CONTEXT, text):
            missing.add(text)
        return out
    found = _translator.translate(CONTEXT, text)
    if not found:
        missing.add(text)
    return found or text


def error_text(error: BaseException | str) -> str:
    """What the window shows for a core error: its template through tr(), the blanks filled
    with its values — a nested error, Message or Term translated the same way, numbers, file
    names and what was typed as they are. English str(error) for anything else, or when a
    translation does not fit its values."""
    try:
        return _translated(error)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return str(error)


def _translated(value: object) -> str:
    if isinstance(value, (GdsimError, Message)):
        if not value.values:
            return tr(value.template) if value.template else str(value)
        values = {key: _translated(v) if isinstance(v, (BaseException, Term)) else v
                  for key, v in value.values.items()}
        return tr(value.template).format(**values)
    if isinstance(value, Term):
        return tr(value)
    return str(value)


def tr_noop(text: str) -> str:
    """Marks a text for scripts/translations.py that reaches tr() later through a variable."""
    return text
