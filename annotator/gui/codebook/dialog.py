"""Project > Codebook: the open project's dimensions and values, edited in place.

Left, the codebook as a tree (dimension, then its values with key and number of tags);
right, the selected item's form. Every change is one core step run here and broadcast
through the session, so the tag panel, the keys and the article follow, and Ctrl+Z (here
or in the main window) takes it back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import codebook
from ...core.changes import Changes
from ...core.errors import AnnotatorError
from ...core.schema import SINGLE_DIMENSIONS, SOURCE
from .. import plain
from ..controller import Session
from ..keymap import window_keys
from ..value_buttons import definition_tip
from .forms import DimensionForm, ValueForm

DIMENSIONS = (*SINGLE_DIMENSIONS, SOURCE, codebook.FLAGS)
Item = tuple[str, str | None]  # (dimension, value); value None: the dimension itself
ROLE = Qt.ItemDataRole.UserRole


class CodebookDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("codebookDialog")
        self.setWindowTitle(self.tr("Codebook"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Value"), self.tr("Key"), self.tr("Tags")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._selected)
        self.value_form, self.dimension_form = ValueForm(), DimensionForm()
        self.value_form.save.clicked.connect(self.save_value)
        self.dimension_form.save.clicked.connect(self.save_dimension)
        self.forms = QStackedWidget()
        self.forms.setMinimumWidth(460)
        self.forms.addWidget(self.dimension_form)
        self.forms.addWidget(self.value_form)
        self.buttons: dict[str, QPushButton] = {}
        tools = QGridLayout()
        for number, (name, text, run) in enumerate((
                ("add", self.tr("Add\u2026"), self._ask_add),
                ("rename", self.tr("Rename\u2026"), self._ask_rename),
                ("merge", self.tr("Merge into\u2026"), self._ask_merge),
                ("retire", self.tr("Retire"), self.toggle_retired),
                ("remove", self.tr("Remove"), self.remove_selected),
                ("up", "\u2191", lambda: self.move_selected(-1)),
                ("down", "\u2193", lambda: self.move_selected(1)))):
            button = QPushButton(text)
            button.setObjectName(f"codebook_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(run)
            row, column = divmod(number, 4) if number < 4 else (1, number - 4)
            tools.addWidget(button, row, column)
            self.buttons[name] = button
        self.buttons["up"].setToolTip(self.tr("Move up (the panel's order)"))
        self.buttons["down"].setToolTip(self.tr("Move down"))
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.tree, 1)
        left_column.addLayout(tools)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.forms)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 560])
        split.setChildrenCollapsible(False)
        self.status = plain.label()
        self.status.setObjectName("codebookStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        for text, run in ((self.tr("Export\u2026"), self._ask_export),
                          (self.tr("Import JSON\u2026"), self._ask_import),
                          (self.tr("Undo"), self.session.undo)):
            button = QPushButton(text)
            button.clicked.connect(run)
            button.setAutoDefault(False)
            bottom.addWidget(button)
        bottom.addStretch()
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.session.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.session.redo)
        self.resize(960, 640)
        self._shown: Item | None = None
        session.changed.connect(self._on_changed)
        session.projectOpened.connect(self.refresh)
        self.refresh()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    # -- showing -------------------------------------------------------------------------
    def refresh(self, select: Item | None = None) -> None:
        """Rebuild the tree from the codebook, keeping (or moving to) a selection."""
        project = self.session.project
        if project is None:
            return
        select = select or self.current()
        schema = project.schema
        counts = codebook.counts(project)
        self.tree.blockSignals(True)
        self.tree.clear()
        for dimension in DIMENSIONS:
            top = QTreeWidgetItem([self._dimension_title(dimension)])
            top.setData(0, ROLE, (dimension, None))
            bold = QFont(top.font(0))
            bold.setBold(True)
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            entries = schema.flags if dimension == codebook.FLAGS else schema.any_entries(
                dimension)
            for entry in entries:
                tags = counts["tags"].get((dimension, entry["value"]), 0)
                child = QTreeWidgetItem([entry.get("label") or entry["value"],
                                         (entry.get("key") or "").upper(),
                                         "" if dimension == codebook.FLAGS else str(tags)])
                child.setData(0, ROLE, (dimension, entry["value"]))
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                child.setToolTip(0, plain.tooltip(definition_tip(entry)))
                if entry.get("color"):
                    child.setForeground(1, QBrush(QColor(entry["color"])))
                if entry.get("retired"):
                    child.setText(0, self.tr("{label} (retired)").format(label=child.text(0)))
                    child.setForeground(0, QBrush(QColor("#888888")))
                top.addChild(child)
                if select == (dimension, entry["value"]):
                    self.tree.setCurrentItem(child)
            if select == (dimension, None):
                self.tree.setCurrentItem(top)
        if self.tree.currentItem() is None and select is not None:  # it left the codebook
            self.tree.setCurrentItem(self.tree.topLevelItem(DIMENSIONS.index(select[0])))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if not (self._shown == self.current() and self._dirty()):  # edits under way stay
            self._show_form()

    def _dimension_title(self, dimension: str) -> str:
        schema = self.session.project.schema
        if dimension == codebook.FLAGS:
            return self.tr("Flags (derived by the rules)")
        if dimension == SOURCE:
            return self.tr("{label}: source types").format(label=schema.dimension_label(SOURCE))
        return schema.dimension_label(dimension)

    def current(self) -> Item | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _selected(self, _now: QTreeWidgetItem | None, before: QTreeWidgetItem | None) -> None:
        # Leaving a form keeps its edits: they are saved, or the selection stays to fix them.
        if self._shown is not None and self._dirty() and not self._save_shown():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(before)
            self.tree.blockSignals(False)
            return
        self._show_form()

    def _show_form(self) -> None:
        project, item = self.session.project, self.current()
        self._shown = item
        if project is None or item is None:
            return
        dimension, value = item
        schema = project.schema
        entry = None if value is None else (
            next(f for f in schema.flags if f["value"] == value) if dimension == codebook.FLAGS
            else schema.entry(dimension, value))
        if entry is None:
            kind = {codebook.FLAGS: self.tr("Flags are set by the rules on their suggestions "
                                            "(hedged, explicitly unverified)."),
                    SOURCE: self.tr("Spans: any number of sources per sentence, each with a "
                                    "type and a quote kind.")}.get(
                dimension, self.tr("Single choice: at most one value per sentence and "
                                   "annotator."))
            info = {} if dimension == codebook.FLAGS else schema.dimension_info(dimension)
            self.dimension_form.show_dimension(
                self._dimension_title(dimension), info, kind,
                project.target if dimension == "stance" else None)
            self.dimension_form.setEnabled(dimension != codebook.FLAGS)
            self.forms.setCurrentWidget(self.dimension_form)
        else:
            self.value_form.show_entry(entry, self._facts(dimension, entry),
                                       keyed=dimension in SINGLE_DIMENSIONS)
            self.forms.setCurrentWidget(self.value_form)
        on_value = entry is not None
        for name in ("rename", "merge", "remove", "up", "down", "retire"):
            self.buttons[name].setEnabled(on_value)
        self.buttons["add"].setText(self.tr("Add a flag\u2026") if dimension == codebook.FLAGS
                                    else self.tr("Add a value\u2026"))
        is_flag = dimension == codebook.FLAGS
        for name in ("rename", "merge", "retire"):
            self.buttons[name].setEnabled(on_value and not is_flag)
        self.buttons["retire"].setText(self.tr("Bring back") if entry and entry.get("retired")
                                       else self.tr("Retire"))

    def _facts(self, dimension: str, entry: dict[str, Any]) -> str:
        if dimension == codebook.FLAGS:
            return self.tr("A flag")
        counts = codebook.counts(self.session.project)
        key = (dimension, entry["value"])
        facts = [self.tr("%n tag(s)", "", counts["tags"].get(key, 0)),
                 self.tr("%n gold decision(s)", "", counts["gold"].get(key, 0))]
        if entry.get("was"):
            facts.append(self.tr("formerly: {names}").format(names=", ".join(entry["was"])))
        if entry.get("retired"):
            facts.append(self.tr("retired: kept on old tags, not offered for new ones"))
        return " \u00b7 ".join(facts)

    # -- changing (one core step each) -----------------------------------------------------
    def run(self, op: Callable[..., Changes], select: Item | None = None, **kwargs: Any
            ) -> Changes | None:
        """Run a codebook operation; say what it did, or why it was refused."""
        project = self.session.project
        if project is None:
            return None
        try:
            changes = op(project, annotator=self.session.annotator or None,
                         commands=window_keys(), **kwargs)
        except AnnotatorError as exc:
            self._say(str(exc), error=True)
            return None
        self._say(self.tr("Saved: {step}").format(step=changes.step))
        self._next_selection = select
        self._shown = None  # saved: the form shows the codebook again
        self.session.apply(changes)
        return changes

    def save_value(self) -> bool:
        dimension, value = self.current()
        fields = self.value_form.changes()
        return not fields or self.run(codebook.edit_value, dimension=dimension, value=value,
                                      **fields) is not None

    def save_dimension(self) -> bool:
        dimension, _value = self.current()
        fields = self.dimension_form.changes()
        return not fields or self.run(codebook.edit_dimension, dimension=dimension,
                                      **fields) is not None

    def _dirty(self) -> bool:
        form = self.forms.currentWidget()
        return bool(form.isEnabled() and form.changes())

    def _save_shown(self) -> bool:
        dimension, value = self._shown
        form = self.forms.currentWidget()
        if value is None:
            return self.run(codebook.edit_dimension, (dimension, None), dimension=dimension,
                            **form.changes()) is not None
        return self.run(codebook.edit_value, dimension=dimension, value=value,
                        **form.changes()) is not None

    def add_value(self, name: str) -> Changes | None:
        dimension, _value = self.current()
        return self.run(codebook.add_value, (dimension, name.strip()), dimension=dimension,
                        value=name, label=name.strip().replace("_", " ").capitalize())

    def rename_selected(self, new: str) -> Changes | None:
        dimension, value = self.current()
        return self.run(codebook.rename_value, (dimension, new.strip()), dimension=dimension,
                        value=value, new=new)

    def merge_selected(self, into: str) -> Changes | None:
        dimension, value = self.current()
        return self.run(codebook.merge_values, (dimension, into), dimension=dimension,
                        values=[value], into=into)

    def toggle_retired(self) -> Changes | None:
        dimension, value = self.current()
        entry = self.session.project.schema.entry(dimension, value) or {}
        return self.run(codebook.retire_value, dimension=dimension, value=value,
                        retired=not entry.get("retired"))

    def remove_selected(self) -> Changes | None:
        dimension, value = self.current()
        return self.run(codebook.remove_value, (dimension, None), dimension=dimension,
                        value=value)

    def move_selected(self, offset: int) -> Changes | None:
        dimension, value = self.current()
        return self.run(codebook.move_value, dimension=dimension, value=value, offset=offset)

    def export_to(self, path: Path) -> bool:
        try:
            codebook.export_codebook(self.session.project, path)
        except AnnotatorError as exc:
            self._say(str(exc), error=True)
            return False
        self._say(self.tr("Codebook written to {path}").format(path=path))
        return True

    def import_from(self, path: Path) -> Changes | None:
        return self.run(codebook.import_codebook, path=path)

    # -- asking ----------------------------------------------------------------------------
    def _ask_add(self) -> None:
        dimension, _value = self.current() or (SINGLE_DIMENSIONS[0], None)
        name, ok = QInputDialog.getText(self, self.tr("Add"), self.tr(
            "Name of the new value (letters, digits, _ and -), as tags and exports write it:"))
        if ok and name.strip():
            self.add_value(name)

    def _ask_rename(self) -> None:
        _dimension, value = self.current()
        new, ok = QInputDialog.getText(self, self.tr("Rename {value}").format(value=value),
                                       self.tr("New name (its tags follow):"), text=value)
        if ok and new.strip() and new.strip() != value:
            self.rename_selected(new)

    def _ask_merge(self) -> None:
        dimension, value = self.current()
        others = [e["value"] for e in self.session.project.schema.any_entries(dimension)
                  if e["value"] != value]
        into, ok = QInputDialog.getItem(
            self, self.tr("Merge {value}").format(value=value),
            self.tr("Merge into (its tags take that value, and {value} leaves the "
                    "codebook):").format(value=value), others, 0, False)
        if ok and into:
            self.merge_selected(into)

    def _ask_export(self) -> None:
        start = self.session.project.path.with_name(
            f"{self.session.project.path.stem}-codebook.html")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the codebook"), str(start),
            self.tr("HTML (*.html);;Markdown (*.md);;JSON, to import (*.json)"))
        if path:
            self.export_to(Path(path))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a codebook"), str(self.session.project.path.parent),
            self.tr("Codebook (*.json)"))
        if path:
            self.import_from(Path(path))

    # -- reacting --------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings", "tags", "gold"):
            select, self._next_selection = getattr(self, "_next_selection", None), None
            self.refresh(select)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b91c1c" if error else "")
