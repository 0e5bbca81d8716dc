"""View ▸ Language: English or 简体中文, switched at once, without a restart, and remembered.

The window is not rebuilt (nothing the user did can be lost: the run where it stands, the file,
the geometry, the docks, the open lesson and its page, what was typed). Instead every word it
shows is put into the new language, in three passes:

1. each fixed text (a menu, an action and its tool tip, a dock title, a label, a button, a combo
   box's items, a spin box's suffix, a plot's axis title, text, legend and tool tip) is looked up
   among the .ts catalogue's sources and translations and replaced by the new language's;
2. every view built so far is told (`retranslate()`, see gdsim.ui.views.LazyRender): it puts
   the words the catalogue cannot map back (formatted ones, ones two sources share) and draws
   its state again without skipping anything as unchanged — a hidden view when it is shown;
   the lesson panel retranslates its page;
3. the window's own words computed from the state (status bar, step and phase labels, title)
   are computed again from the current snapshot.

A view built after the switch is built in the new language. The choice is stored in QSettings
under i18n.SETTINGS_KEY; `gdsim --lang` overrides it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QGraphicsScene,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from gdsim.ui import i18n
from gdsim.ui.i18n import tr

TIP = 3  # Qt.ItemDataRole.ToolTipRole as an int, for QComboBox.itemData


ENDING = re.compile(r"^(.+?)(\s*(?:\([^()]*\)|▾|…))$", re.DOTALL)


@cache
def catalogue(language: str = "zh_CN") -> dict[str, str]:
    """source → translation, as the .ts beside the .qm has them."""
    path = Path(i18n.qm_path(language)).with_suffix(".ts")
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for message in ET.parse(path).getroot().iter("message"):
        source, element = message.findtext("source"), message.find("translation")
        if source and element is not None and element.text and element.get("type") is None:
            out[source] = element.text
    return out


def tr_for(source: str, obj: Any, key: str = "text") -> str:
    """tr(source) for `obj`'s text `key` ("text", "title", "menu", "tip", …), the English
    source remembered on `obj`: View ▸ Language then maps it back exactly although another
    source shares its translation ("Lesson", "Lessons" → 课程), even in a window opened in
    Chinese, where nothing else says which source a shared translation came from. (For
    scripts/translations.py to collect its first argument as it does tr()'s.)"""
    obj.setProperty(f"gdsim_tr_{key}", source)
    return tr(source)


class Retranslator:
    """Maps texts shown in one language to the same texts in the language chosen now. Each
    object remembers the English source of what it shows (a dynamic property: tr_for, or a
    switch from English), so that a translation shared by two sources ("Loss curve", "loss
    curve" → 损失曲线) goes back to the right one; else the object's name decides when it is
    one of them (a dock is named by its English title); else the catalogue's first source."""

    def __init__(self, was: str):
        self.was = was
        self.shown = catalogue(was) if was != "en" else {s: s for s in catalogue()}
        self.back: dict[str, str] = {}
        for source, shown in self.shown.items():
            self.back.setdefault(shown, source)

    def source(self, text: str, obj: Any = None, key: str = "") -> str | None:
        stored = obj.property(f"gdsim_tr_{key}") if obj is not None else None
        if isinstance(stored, str) and self.shown.get(stored) == text:
            return stored
        name = obj.objectName() if obj is not None and hasattr(obj, "objectName") else ""
        if name and self.shown.get(name) == text:
            return str(name)
        return self.back.get(text)

    def __call__(self, text: str, obj: Any = None, key: str = "") -> str | None:
        """The text in the new language; a known text followed by a bracketed shortcut or a
        marker (" (Ctrl+O)", " ▾") keeps its ending. None when it is not a known text."""
        if not text:
            return None
        stem, ending = text, ""
        source = self.source(text, obj, key)
        if source is None and (match := ENDING.match(text)):
            stem, ending = match.group(1), match.group(2)
            source = self.source(stem, obj, key)
        if source is None:
            return None
        if obj is not None:
            obj.setProperty(f"gdsim_tr_{key}", source)
        return tr(source) + ending

    def apply(self, obj: Any, key: str, get: Callable[[], str], put: Callable[[str], Any]) -> None:
        new = self(get(), obj, key)
        if new is not None:
            put(new)


def retranslate_tree(root: QWidget, was: str) -> None:
    """Every fixed text under `root` (and the root's own) from language `was` into the current."""
    t = Retranslator(was)
    widgets: list[Any] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        t.apply(w, "tip", w.toolTip, w.setToolTip)
        t.apply(w, "title", w.windowTitle, w.setWindowTitle)
        if isinstance(w, (QLabel, QAbstractButton)):
            t.apply(w, "text", w.text, w.setText)
        if isinstance(w, QGroupBox):
            t.apply(w, "group", w.title, w.setTitle)
        if isinstance(w, QMenu):
            t.apply(w, "menu", w.title, w.setTitle)
        if isinstance(w, QLineEdit):
            t.apply(w, "placeholder", w.placeholderText, w.setPlaceholderText)
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            t.apply(w, "suffix", w.suffix, w.setSuffix)
            t.apply(w, "prefix", w.prefix, w.setPrefix)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                if (new := t(w.itemText(i), w, f"item{i}")) is not None:
                    w.setItemText(i, new)
                if (new := t(str(w.itemData(i, TIP) or ""), w, f"itemtip{i}")) is not None:
                    w.setItemData(i, new, TIP)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                if (new := t(w.tabText(i), w, f"tab{i}")) is not None:
                    w.setTabText(i, new)
    for action in root.findChildren(QAction):
        if isinstance(action.parent(), QGraphicsScene):
            continue  # pyqtgraph's own menus ("Export..."): English, never through tr()
        t.apply(action, "text", action.text, action.setText)
        t.apply(action, "tip", action.toolTip, action.setToolTip)
        t.apply(action, "status", action.statusTip, action.setStatusTip)
    retranslate_plots(root, t)


def retranslate_plots(root: QWidget, t: Retranslator) -> None:
    """pyqtgraph's words: axis titles, plot titles, text items, legend entries, tool tips."""
    import pyqtgraph as pg

    for view in root.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if item.toolTip():
                tip = t(item.toolTip())
                if tip is not None:
                    item.setToolTip(tip)
            if isinstance(item, pg.AxisItem) and item.labelText:
                new = t(item.labelText, item, "axis")
                if new is not None:
                    item.setLabel(text=new, units=item.labelUnits or None, **item.labelStyle)
            elif isinstance(item, pg.TextItem):  # e.g. the diagram's layer headers
                t.apply(item, "text", item.toPlainText, item.setText)
            elif isinstance(item, pg.LegendItem):
                for _sample, label in item.items:
                    if (new := t(label.text, label, "legend")) is not None:
                        label.setText(new)
            elif isinstance(item, pg.PlotItem) and item.titleLabel.text:
                if (new := t(item.titleLabel.text, item, "plot")) is not None:
                    item.setTitle(new)


def switch_language(window: Any, language: str) -> None:
    """Show `window` (a MainWindow) in `language` at once and remember the choice."""
    was = i18n.language()
    i18n.remember_language(language)
    if i18n.set_language(language) == was:
        return
    retranslate_tree(window, was)
    for view in built_views(window):
        if hasattr(view, "retranslate"):
            view.retranslate()  # its own words, and its state drawn again (hidden: when shown)
    panel = window.lessons.built_panel  # built: a lesson was opened
    if panel is not None:
        panel.retranslate()  # the lesson's own words and its page, what was typed kept
    # The window's words computed from the state (status bar, step label, phase, title, the
    # language checked) computed again from the same snapshot; the docks stay where they are.
    window.refresh()


def built_views(window: Any) -> list[Any]:
    """The window's views built so far (a view built later is built in the new language)."""
    return list(window.views.built.values())


def install_language_menu(view_menu: QMenu, chosen: Callable[[str], Any]) -> QMenu:
    """View ▸ Language: English / 简体中文 (checkable, the current one checked); choosing one
    calls `chosen(code)`."""
    menu = view_menu.addMenu(tr("&Language"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code in i18n.LANGUAGES:
        action = QAction(i18n.NAMES[code], menu)
        action.setCheckable(True)
        action.setChecked(code == i18n.language())
        action.setToolTip(tr("Show gdsim in this language (at once; remembered)"))
        action.setData(code)
        action.triggered.connect(lambda _=False, code=code: chosen(code))
        group.addAction(action)
        menu.addAction(action)
    return menu
