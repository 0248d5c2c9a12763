"""The current sentence's sources: text, type and quote kind, editable in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..core.models import Tag
from . import plain

TEXT, TYPE, QUOTE = range(3)
HEADERS = (QT_TRANSLATE_NOOP("SourcesModel", "Source"),
           QT_TRANSLATE_NOOP("SourcesModel", "Type"),
           QT_TRANSLATE_NOOP("SourcesModel", "Quote"))
FIELDS = {TYPE: "type", QUOTE: "quote"}
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: the parent of every row
# Rows the table keeps room for even when it holds fewer: the panel below it stays put
# from sentence to sentence (most have zero, one or two sources).
RESERVED_ROWS = 2


class SourcesModel(QAbstractTableModel):
    """Rows are source tags; an edit is not applied here but asked for with ``editRequested``
    (the session runs the core operation, then the change comes back through ``changed``)."""

    editRequested = Signal(int, str, str)  # tag id, field ("type" | "quote"), value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[Tag] = []
        self.texts: list[str] = []

    def set_sources(self, sources: list[Tag], document_text: str) -> None:
        self.beginResetModel()
        self.sources = list(sources)
        self.texts = [document_text[t.start:t.end] for t in sources]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.sources):
            return None
        source = self.sources[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (self.texts[index.row()], source.value, source.quote or "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            via = f" (via {source.via})" if source.via else ""
            return plain.tooltip(f"{self.texts[index.row()]}{via}")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        if value != self.data(index):
            self.editRequested.emit(self.sources[index.row()].id, FIELDS[index.column()], value)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        found = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return found | Qt.ItemFlag.ItemIsEditable if index.column() in FIELDS else found

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over a fixed list of choices (source types, quote kinds), opened by a
    click; at rest the cell shows its value with a small arrow, so it reads as a choice."""

    def __init__(self, choices: list[str], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(self.choices)
        # Commit as soon as a choice is made: one pick, one saved change.
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        combo.activated.connect(lambda _i, c=combo: self.closeEditor.emit(c))
        return combo

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        arrow = QStyleOption()
        arrow.rect = QRect(option.rect.right() - 14, option.rect.center().y() - 4, 9, 9)
        arrow.palette = option.palette
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, arrow, painter)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 18, hint.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class SourcesTable(QTableView):
    removeRequested = Signal(int)  # tag id

    def __init__(self, types: list[str], quotes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.sources_model = SourcesModel(self)
        self.setModel(self.sources_model)
        self.setItemDelegateForColumn(TYPE, ChoiceDelegate(types, self))
        self.setItemDelegateForColumn(QUOTE, ChoiceDelegate(quotes, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.CurrentChanged
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_text = ""  # said inside the table when the sentence has no source
        self.sources_model.modelReset.connect(self._fit_rows)
        self._fit_rows()

    def selected_tag_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.sources_model.sources[rows[0].row()].id if rows else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            if (tag_id := self.selected_tag_id()) is not None:
                self.removeRequested.emit(tag_id)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.sources_model.rowCount() and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(6, 0, -6, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)

    def _fit_rows(self) -> None:
        """As tall as its rows, and never shorter than ``RESERVED_ROWS``: the panel
        scrolls, not this table, and nothing below it moves for a source or two."""
        rows = max(self.sources_model.rowCount(), RESERVED_ROWS)
        row_height = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(self.horizontalHeader().height() + row_height * rows + 4)
