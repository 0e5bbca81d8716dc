"""Input fields that check what is typed, say what is wrong at the field, and never pass it on.

The message is core's error in the window's language (i18n.error_text), and follows View ▸
Language while it is shown. `WholeCombo`: a combo box as wide as its longest item."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.errors import GdsimError
from gdsim.ui.i18n import error_text

INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; background: #fdecea; }"


class CheckedField(QWidget):
    """A line edit with a parser. `accepted(value)` fires only for a valid value on Enter or
    leaving the field; an invalid one shows its message under the field and is not passed on."""

    accepted = Signal(object)

    def __init__(self, parse: Callable[[str], Any], tooltip: str = "", placeholder: str = ""):
        super().__init__()
        self.parse = parse
        self.edit = QLineEdit()
        self.edit.setToolTip(tooltip)
        self.edit.setPlaceholderText(placeholder)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self._accepted_text = ""
        self.message = ""  # the current error, as plain text
        self._refused: GdsimError | None = None  # the error shown, to show again in a new language

    def set_text(self, text: str) -> None:
        """Set from the model (no signal), clearing any error."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self._accepted_text = text
        self._refused = None
        self.show_error(None)

    def text(self) -> str:
        return self.edit.text()

    def show_error(self, message: str | None, position: int | None = None,
                   length: int = 1) -> None:
        """The message under the field; with a position, the typed text with the fault marked."""
        self.message = message or ""
        self.edit.setStyleSheet(INVALID_STYLE if message else "")
        text = html.escape(self.message)
        typed = self.edit.text()
        if message and position is not None and 0 <= position <= len(typed) and len(typed) < 200:
            end = position + max(1, length)
            marked = (html.escape(typed[:position]) + "<u><b>"
                      + html.escape(typed[position:end] or " ") + "</b></u>"
                      + html.escape(typed[end:]))
            text += f"<br><code>{marked}</code>"
        self.error.setText(text)
        self.error.setVisible(bool(message))

    def validate(self) -> tuple[bool, Any]:
        try:
            value = self.parse(self.edit.text())
        except GdsimError as exc:
            self._refused = exc
            self._show_refusal(exc)
            return False, None
        self._refused = None
        self.show_error(None)
        return True, value

    def _show_refusal(self, exc: GdsimError) -> None:
        position = getattr(exc, "position", None)
        self.show_error(error_text(exc), position if isinstance(position, int) else None,
                        int(getattr(exc, "length", 1) or 1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """View ▸ Language: the message shown is put into the new language too."""
        if event.type() == QEvent.Type.LanguageChange and self._refused is not None:
            self._show_refusal(self._refused)
        super().changeEvent(event)

    def _on_text_edited(self, _text: str) -> None:
        self.validate()

    def _on_editing_finished(self) -> None:
        if self.edit.text() == self._accepted_text:
            return
        ok, value = self.validate()
        if ok:
            self._accepted_text = self.edit.text()
            self.accepted.emit(value)


def hold(widget: QWidget, locked: bool, hidden: bool, label: QWidget | None = None) -> None:
    """A setting a lesson page locks (greyed out) or hides (with its label); shown again only
    if it was the lesson that hid it."""
    widget.setEnabled(not locked)
    was = bool(widget.property("lesson_hidden"))
    if hidden or was:
        for w in (widget, label):
            if w is not None:
                w.setVisible(not hidden)
    widget.setProperty("lesson_hidden", hidden)


class WholeCombo(QComboBox):
    """A combo box whose every item reads whole in its field, in any language and font: Qt's
    AdjustToContents measures the glyphs' ink, narrower than the text's advance in Chinese
    ("随阶段变化（w、∂J/∂w、Δw）" came 5 px short), so the hint is widened by the difference."""

    def __init__(self, items: tuple[str, ...] | list[str] = ()):
        super().__init__()
        # The hint measures every item's text: kept until the items, font or style change (a
        # window's layout asks for it whenever any label in the window changes its text).
        self._hint: QSize | None = None
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.modelReset, model.layoutChanged):
            signal.connect(self._forget_hint)
        self.addItems(items)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _forget_hint(self, *_: object) -> None:
        self._hint = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hint = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        if self._hint is None:
            self._hint = self._measured_hint()
        return QSize(self._hint)

    def _measured_hint(self) -> QSize:
        hint = super().sizeHint()
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.rect.setSize(hint)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        fm = self.fontMetrics()
        need = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                   default=0) + 4  # the label is drawn 1 px in from each side, and a margin
        return hint + QSize(max(0, need - field.width()), 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return self.sizeHint()
