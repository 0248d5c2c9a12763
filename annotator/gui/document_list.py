"""The project's documents with their outlet, date and progress; sortable, filterable.

``DocumentListModel`` is an adapter over document ids: titles and the short metadata are read
once (one query without text or counts: cheap even for tens of thousands), progress counts are
read a page at a time when a row is first shown and dropped again when a change touches that
document. Sorting and filtering read the model's lists directly (``DocumentFilter``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core import document_filter
from ..core.changes import Changes
from ..core.models import DocumentInfo, DocumentRow
from . import plain, theme
from .controller import Session

TITLE, OUTLET, DATE, PROGRESS = range(4)
HEADERS = (QT_TRANSLATE_NOOP("DocumentListModel", "Document"),
           QT_TRANSLATE_NOOP("DocumentListModel", "Outlet"),
           QT_TRANSLATE_NOOP("DocumentListModel", "Date"),
           QT_TRANSLATE_NOOP("DocumentListModel", "Tagged"))
DOC_ID_ROLE = Qt.ItemDataRole.UserRole
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: the parent of every row


class DocumentListModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ids: list[int] = []
        self.titles: list[str] = []
        self.records: list[DocumentRow] = []  # title and short metadata, row by row
        self._rows: dict[int, int] = {}  # doc id -> row
        self._infos: dict[int, DocumentInfo] = {}  # the lazy row cache

    def reload(self) -> None:
        self.beginResetModel()
        project = self.session.project
        self.records = project.document_rows() if project else []
        self.ids = [record.id for record in self.records]
        self.titles = [record.title or self.tr("Document {id}").format(id=record.id)
                       for record in self.records]
        self._rows = {doc_id: row for row, doc_id in enumerate(self.ids)}
        self._infos.clear()
        self.endResetModel()

    def refresh(self, doc_ids=None) -> None:
        """Forget the progress of some documents (all when None) and show it again."""
        if doc_ids is None:
            self._infos.clear()
            rows = list(range(len(self.ids)))
        else:
            rows = [self._rows[d] for d in doc_ids if d in self._rows]
            for doc_id in doc_ids:
                self._infos.pop(doc_id, None)
        if rows:
            top, bottom = min(rows), max(rows)
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, PROGRESS))

    def fraction(self, row: int) -> float:
        info = self.info(row)
        return info.tagged / info.sentences if info and info.sentences else 0.0

    def row_of(self, doc_id: int) -> int | None:
        return self._rows.get(doc_id)

    def info(self, row: int) -> DocumentInfo | None:
        doc_id = self.ids[row]
        if doc_id not in self._infos and self.session.project is not None:
            first = row - row % PAGE
            page = [d for d in self.ids[first:first + PAGE] if d not in self._infos]
            for found in self.session.project.documents(self.session.annotator or None,
                                                        ids=page):
                self._infos[found.id] = found
        return self._infos.get(doc_id)

    # -- the model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        row, column = index.row(), index.column()
        if role == DOC_ID_ROLE:
            return self.ids[row]
        if column == TITLE and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[row]
        if column == TITLE and role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(self.titles[row])
        if column in (OUTLET, DATE) and role in (Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.ToolTipRole):
            record = self.records[row]
            value = record.outlet if column == OUTLET else (record.date or "")[:10]
            if not value:
                return None
            return plain.tooltip(value) if role == Qt.ItemDataRole.ToolTipRole else value
        if column == PROGRESS and role in (Qt.ItemDataRole.DisplayRole, FRACTION_ROLE):
            info = self.info(row)
            if info is None:
                return None
            if role == FRACTION_ROLE:
                return self.fraction(row)
            return f"{info.tagged}/{info.sentences}"
        if column == PROGRESS and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None


class ProgressDelegate(QStyledItemDelegate):
    """"12/48" over a thin bar: progress readable at a glance down a long list."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            return
        bar = QRect(option.rect.left() + 6, option.rect.bottom() - 4,
                    option.rect.width() - 12, 3)
        painter.fillRect(bar, theme.BOX_BORDER)
        done = QRect(bar.left(), bar.top(), round(bar.width() * fraction), bar.height())
        painter.fillRect(done, QColor("#16a34a") if fraction >= 1 else theme.ACCENT)


class DocumentFilter(QSortFilterProxyModel):
    """Sorts by title, outlet, date or progress and filters with ``document_filter``'s
    syntax, reading the model's lists rather than asking ``data()`` for every row."""

    def __init__(self, model: DocumentListModel, parent=None):
        super().__init__(parent)
        self.documents = model
        self.setSourceModel(model)
        self.query = ""
        self._accepts = document_filter.parse("")

    def set_query(self, query: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self._set_query(query)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._set_query(query)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _set_query(self, query: str) -> None:
        self.query = query
        self._accepts = document_filter.parse(query)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return not self.query or self._accepts(self.documents.records[source_row])

    def lessThan(self, left: Index, right: Index) -> bool:
        return self._key(left.row(), left.column()) < self._key(right.row(), right.column())

    def _key(self, row: int, column: int) -> tuple:
        model = self.documents
        if column == PROGRESS:  # reads the progress of every row: only when asked to
            return (model.fraction(row), model.ids[row])
        if column == TITLE:
            return (document_filter.fold(model.titles[row]), model.ids[row])
        record = model.records[row]
        value = record.outlet if column == OUTLET else record.date
        # Documents without the value sort last, whichever the order.
        missing = not value if self.sortOrder() == Qt.SortOrder.AscendingOrder else bool(value)
        return (missing, document_filter.fold(value), model.ids[row])


class DocumentList(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentList")
        self.session = session
        self.model = DocumentListModel(session, self)
        self.proxy = DocumentFilter(self.model, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Filter: words, outlet:…, author:…, date:2024-03"))
        self.filter.setToolTip(
            self.tr("Words match the title, outlet or author. One field: outlet:monde, "
                    "author:dumont, section:éco, lang:fr, title:port. Dates: date:2024-03 (a "
                    "month), date:2024-03-01..2024-03-15 (a range). Quotes keep words "
                    "together."))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # keeps 5,000 rows instant
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OUTLET, 96), (DATE, 78), (PROGRESS, 64)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive
                                        if column != PROGRESS else QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        # Import order until the analyst clicks a header; clicking sorts by that column.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.modelReset.connect(self._show_metadata_columns)
        self.model.dataChanged.connect(self._show_metadata_columns)
        self.view.clicked.connect(self._open)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.meta_dialog: QDialog | None = None  # the title and metadata dialog, when open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        session.projectOpened.connect(self.model.reload)
        session.annotatorChanged.connect(lambda _name: self.model.refresh())
        session.documentOpened.connect(self.select_document)
        session.changed.connect(self.on_changed)

    def _context_menu(self, position) -> None:
        doc_id = self.view.indexAt(position).data(DOC_ID_ROLE)
        if doc_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit title and metadata\u2026"),
                       lambda: self.edit_metadata(doc_id))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def edit_metadata(self, doc_id: int | None = None) -> QDialog | None:
        """Open the title and metadata dialog of a document (by default the open one)."""
        from .dialogs.document_meta_dialog import edit_document_metadata

        self.meta_dialog = edit_document_metadata(self.session, self.window(), doc_id)
        return self.meta_dialog

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("documents"):
            current = self.session.doc_id
            self.model.reload()
            if current is not None:
                self.select_document(current)
        elif changes.touches("tags", "segments"):
            self.model.refresh(changes.documents)

    def select_document(self, doc_id: int) -> None:
        row = self.model.row_of(doc_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _show_metadata_columns(self) -> None:
        """Outlet and date take room from the titles only when some document has them."""
        for column, field in ((OUTLET, "outlet"), (DATE, "date")):
            has_values = any(getattr(record, field) for record in self.model.records)
            self.view.setColumnHidden(column, not has_values)

    def _open(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id is not None and doc_id != self.session.doc_id:
            self.session.open_document(doc_id)
