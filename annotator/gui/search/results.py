"""Ctrl+Shift+F: every document's sentences by their words and their tags, in one list.

The list shows each hit's document, its number and the sentence with the words found
marked (drawn as text: an article's markup is never interpreted). Enter or a double click
opens the document at that sentence.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import AnnotatorError
from ...core.schema import SOURCE
from ...core.search import DEFAULT_LIMIT, Hit, SentenceFilter, search
from .. import plain, theme
from ..controller import Session
from ..dialogs.errors import show_error
from .fields import ResultsView, SearchField

Index = QModelIndex | QPersistentModelIndex
DOCUMENT, NUMBER, SENTENCE = range(3)
CONTEXT_BEFORE = 60  # characters kept before the first word found in a long sentence
DEBOUNCE_MS = 250


class ResultsModel(QAbstractTableModel):
    """The hits of the last search (at most the search's limit), one row each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.doc_title, str(hit.index), hit.text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(hit.text if index.column() == SENTENCE else hit.doc_title)
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Document"), self.tr("#"), self.tr("Sentence"))[section]
        return None


def in_context(hit: Hit) -> tuple[str, list[tuple[int, int]]]:
    """The sentence from a little before its first word found, and the marks in it."""
    marks = list(hit.marks)
    start = 0
    if marks and marks[0][0] > CONTEXT_BEFORE:
        start = hit.text.find(" ", marks[0][0] - CONTEXT_BEFORE) + 1
    if start <= 0:
        return hit.text, marks
    shift = start - 1  # one character for the ellipsis
    return "\u2026" + hit.text[start:], [(s - shift, e - shift) for s, e in marks]


class SentenceDelegate(QStyledItemDelegate):
    """Draws the sentence with the words found on an orange ground, in bold."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: Hit | None = index.data(Qt.ItemDataRole.UserRole)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                          option.widget)
        text, marks = in_context(hit)
        pieces, position = [], 0
        for start, end in marks:
            pieces += [(text[position:start], False), (text[start:end], True)]
            position = end
        pieces.append((text[position:], False))
        rect = option.rect.adjusted(4, 0, -4, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        painter.setClipRect(option.rect)
        x = rect.left()
        for piece, marked in pieces:
            if not piece:
                continue
            font = bold if marked else option.font
            metrics = QFontMetrics(font)
            room = rect.right() - x
            width = metrics.horizontalAdvance(piece)
            if width > room:
                piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(piece)
            area = QRect(x, rect.top(), width, rect.height())
            if marked:
                painter.fillRect(area.adjusted(-1, 2, 1, -2), theme.FOUND)
            painter.setFont(font)
            painter.setPen(option.palette.color(option.palette.ColorRole.Text))
            painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             piece)
            x += width
            if x >= rect.right():
                break
        painter.restore()


class ResultsPanel(QWidget):
    """The query, the filters by tag, the count and the list of hits."""

    openRequested = Signal(object)  # the Hit to open
    handedBack = Signal()  # Escape: the keys go back to the article

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.session = session
        self.error: str | None = None
        self.query = SearchField()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Find in all documents: words, \"a phrase\", "
                                              "prefix*, OR, NOT (accents and case ignored)"))
        self.query.setClearButtonEnabled(True)
        self.annotator = self._combo(self.tr("Any annotator"))
        self.dimension = self._combo(self.tr("Any dimension"))
        self.value = self._combo(self.tr("Any value"))
        self.source_type = self._combo(self.tr("Any source type"))
        self.flagged = QCheckBox(self.tr("Flagged"))
        self.has_note = QCheckBox(self.tr("Has a note"))
        self.untagged = QCheckBox(self.tr("Untagged"))
        self.disagreement = QCheckBox(self.tr("Annotators disagree"))
        self.boilerplate = QCheckBox(self.tr("Boilerplate too"))
        self.count = plain.label()
        self.count.setObjectName("searchCount")
        self.model = ResultsModel(self)
        self.view = ResultsView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(SENTENCE, SentenceDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(DOCUMENT, 220)
        self._layout()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(self.timer.start)
        self.query.next.connect(self._enter)
        self.query.previous.connect(self._enter)
        self.query.escaped.connect(self.handedBack)
        self.dimension.currentIndexChanged.connect(self._fill_values)
        for combo in (self.annotator, self.dimension, self.value, self.source_type):
            combo.currentIndexChanged.connect(self.run)
        for box in (self.flagged, self.has_note, self.untagged, self.disagreement,
                    self.boilerplate):
            box.toggled.connect(self.run)
        self.view.opened.connect(lambda: self._open(self.view.currentIndex()))
        self.view.doubleClicked.connect(self._open)
        session.projectOpened.connect(self.reload_names)
        session.changed.connect(self._on_changed)
        self.reload_names()

    def _combo(self, anything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.annotator, self.dimension, self.value, self.source_type,
                       self.flagged, self.has_note, self.untagged, self.disagreement,
                       self.boilerplate):
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    # -- names from the project -----------------------------------------------------------
    def reload_names(self) -> None:
        """The project's annotators, dimensions, values and source types in the combos."""
        project = self.session.project
        schema = project.schema if project else None
        blocked = [c.blockSignals(True) for c in self._combos()]
        self._refill(self.annotator, [(n, n) for n in (project.annotators() if project else [])])
        self._refill(self.dimension, [(d, d) for d in
                                      ([*schema.dimensions, SOURCE] if schema else [])])
        self._refill(self.source_type, [(t, t) for t in (schema.source_types if schema else [])])
        for combo, was in zip(self._combos(), blocked):
            combo.blockSignals(was)
        self._fill_values()

    def _combos(self) -> list[QComboBox]:
        return [self.annotator, self.dimension, self.value, self.source_type]

    def _fill_values(self) -> None:
        project = self.session.project
        if project is None:
            return
        schema = project.schema
        dimension = self.dimension.currentData()
        dimensions = [dimension] if dimension else list(schema.dimensions)
        values = [v for d in dimensions for v in
                  (schema.source_types if d == SOURCE else schema.values(d))]
        self.value.blockSignals(True)
        self._refill(self.value, [(v, v) for v in dict.fromkeys(values)])
        self.value.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(plain.button_text(text), data)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))

    # -- searching ------------------------------------------------------------------------
    def where(self) -> SentenceFilter:
        return SentenceFilter(
            annotator=self.annotator.currentData(), dimension=self.dimension.currentData(),
            value=self.value.currentData(), source_type=self.source_type.currentData(),
            flagged=self.flagged.isChecked(), has_note=self.has_note.isChecked(),
            untagged=self.untagged.isChecked(), disagreement=self.disagreement.isChecked(),
            include_boilerplate=self.boilerplate.isChecked())

    def run(self) -> None:
        """Search now with the query and filters as they are; errors show in the count."""
        self.timer.stop()
        project, text, where = self.session.project, self.query.text(), self.where()
        self.error = None
        if project is None or (not text.strip() and where == SentenceFilter(
                include_boilerplate=where.include_boilerplate)):
            self.model.set_hits([])
            self.count.setText(self.tr("Type words to find, or choose a filter"))
            return
        try:
            result = search(project, text, where, limit=DEFAULT_LIMIT)
        except AnnotatorError as exc:
            self.error = str(exc)
            self.model.set_hits([])
            self.count.setText(self.error)
            return
        self.model.set_hits(result.hits)
        documents = len({hit.doc_id for hit in result.hits})
        shown = self.tr("%n sentence(s)", "", result.total) + " \u00b7 " + self.tr(
            "%n document(s)", "", documents)
        if result.truncated:
            shown += " \u00b7 " + self.tr("the first %n shown", "", len(result.hits))
        self.count.setText(shown)

    def _on_changed(self, changes: Changes) -> None:
        """Tags, notes or sentences changed: the list follows (once the keys pause)."""
        if self.isVisible() and changes.touches(
                "tags", "notes", "segments", "documents"):
            self.timer.start()

    def _enter(self) -> None:
        """Enter in the query: search now, then the list takes the keys (Enter opens)."""
        self.run()
        if self.error:
            show_error(self, self.error, self.tr("Search"))
        elif self.model.hits:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _open(self, index: Index) -> None:
        hit = index.data(Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.openRequested.emit(hit)
