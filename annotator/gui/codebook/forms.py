"""The codebook dialog's right side: the form of the selected value, or of a dimension.

A form shows what the codebook holds and says which fields the analyst changed; saving is
the dialog's business (one core step for all the changed fields).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import plain


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _form(widget: QWidget, heading: QWidget, facts: QWidget, rows: list[tuple[str, Any]],
          *buttons: QPushButton) -> QFormLayout:
    """A heading, a line of facts, labelled rows, then the buttons at the right."""
    outer = QVBoxLayout(widget)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch()  # the fields stay together at the top
    form.addRow(heading)
    form.addRow(facts)
    for label, field in rows:
        form.addRow(label, field)
    actions = QHBoxLayout()
    actions.addStretch()
    for button in buttons:
        actions.addWidget(button)
    form.addRow(actions)
    return form


class ValueForm(QWidget):
    """Label, key, colour, definition and examples of one value (or source type, or flag)."""

    edited = Signal()  # a field differs from the codebook now

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: dict[str, Any] = {}
        self.name = plain.label()
        self.name.setObjectName("valueName")
        self.name.setProperty("role", "heading")
        self.facts = plain.label()
        self.facts.setProperty("role", "hint")
        self.facts.setWordWrap(True)
        self.label = QLineEdit()
        self.key = QLineEdit()
        self.key.setMaxLength(1)
        self.key.setFixedWidth(48)
        self.key.setToolTip(self.tr("One letter, digit or sign; it sets this value on the "
                                    "current sentence"))
        self.color = QLineEdit()
        self.color.setPlaceholderText("#rrggbb")
        self.color.setFixedWidth(96)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Choose\u2026"))
        self.pick.clicked.connect(self._choose_color)
        self.definition = _text_box(96)
        self.definition.setPlaceholderText(self.tr("When does a sentence get this value?"))
        self.examples = _text_box(84)
        self.examples.setPlaceholderText(self.tr("One example sentence per line"))
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.color)
        colour_row.addWidget(self.pick)
        colour_row.addStretch()
        self.save = QPushButton(self.tr("Save changes"))
        self.save.setObjectName("saveValue")
        self.revert = QPushButton(self.tr("Revert"))
        form = _form(self, self.name, self.facts, [
            (self.tr("Label"), self.label), (self.tr("Key"), self.key),
            (self.tr("Colour"), colour_row), (self.tr("Definition"), self.definition),
            (self.tr("Examples"), self.examples)], self.revert, self.save)
        self._form, self._colour_row = form, colour_row
        for field in (self.label, self.key, self.color):
            field.textEdited.connect(self._changed)
        for box in (self.definition, self.examples):
            box.textChanged.connect(self._changed)
        self.revert.clicked.connect(lambda: self.show_entry(self.entry, self.facts.text(),
                                                            keyed=self.key.isEnabled()))

    def show_entry(self, entry: dict[str, Any], facts: str, *, keyed: bool) -> None:
        """``keyed``: the value has a key and a colour (stance and verifiability values)."""
        self.entry = dict(entry)
        self.name.setText(entry["value"])
        self.facts.setText(facts)
        self._loading = True
        self.label.setText(entry.get("label") or "")
        self.label.setPlaceholderText(entry["value"])
        self.key.setText(entry.get("key") or "")
        self.color.setText(entry.get("color") or "")
        self.definition.setPlainText(entry.get("definition") or "")
        self.examples.setPlainText("\n".join(entry.get("examples", [])))
        self._loading = False
        for row in (self.key, self.color, self.pick):
            row.setEnabled(keyed)
        self._form.setRowVisible(self.key, keyed)
        self._form.setRowVisible(self._colour_row, keyed)
        self._changed()

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the codebook, as ``edit_value`` takes them."""
        now = {"label": self.label.text().strip(), "definition":
               self.definition.toPlainText().strip(),
               "examples": [line.strip() for line in self.examples.toPlainText().splitlines()
                            if line.strip()]}
        if self.key.isEnabled():
            now["key"] = self.key.text().strip()
            now["color"] = self.color.text().strip()
        empty: dict[str, Any] = {"examples": []}
        return {field: value for field, value in now.items()
                if value != self.entry.get(field, empty.get(field, ""))}

    def _changed(self) -> None:
        if getattr(self, "_loading", False):
            return
        dirty = bool(self.entry) and bool(self.changes())
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)
        if dirty:
            self.edited.emit()

    def _choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color.text() or "#888888"), self,
                                       self.tr("Colour of {value}").format(
                                           value=self.entry.get("value", "")))
        if chosen.isValid():
            self.color.setText(chosen.name())
            self._changed()


class DimensionForm(QWidget):
    """A dimension's label and definition, and what kind of dimension it is."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.info: dict[str, Any] = {}
        self.name = plain.label()
        self.name.setProperty("role", "heading")
        self.kind = plain.label()
        self.kind.setProperty("role", "hint")
        self.kind.setWordWrap(True)
        self.label = QLineEdit()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. the ceasefire talks"))
        self.definition = _text_box(140)
        self.definition.setPlaceholderText(self.tr("What the coder decides for this "
                                                   "dimension, and how"))
        self.save = QPushButton(self.tr("Save changes"))
        self.save.setObjectName("saveDimension")
        self._form = _form(self, self.name, self.kind, [
            (self.tr("Label"), self.label), (self.tr("Judged toward"), self.target),
            (self.tr("Definition"), self.definition)], self.save)
        self.target.textEdited.connect(self._changed)
        self.label.textEdited.connect(self._changed)
        self.definition.textChanged.connect(self._changed)

    def show_dimension(self, name: str, info: dict[str, Any], kind: str,
                       target: str | None = None) -> None:
        """``target``: the stance target, for the stance dimension (None: no such row)."""
        self.info = {**info, "target": target or ""}
        self._form.setRowVisible(self.target, target is not None)
        self.target.setText(target or "")
        self.name.setText(name)
        self.kind.setText(kind)
        self.label.setText(info.get("label") or "")
        self.label.setPlaceholderText(name)
        self.definition.setPlainText(info.get("definition") or "")
        self._changed()

    def changes(self) -> dict[str, str]:
        now = {"label": self.label.text().strip(),
               "definition": self.definition.toPlainText().strip()}
        if self._form.isRowVisible(self.target):
            now["target"] = self.target.text().strip()
        return {k: v for k, v in now.items() if v != (self.info.get(k) or "")}

    def _changed(self) -> None:
        dirty = bool(self.changes())
        self.save.setEnabled(dirty)
        if dirty:
            self.edited.emit()
