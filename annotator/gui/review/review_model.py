"""The review list: one row per sentence, each chosen annotator's tags side by side, the
gold layer and the status, disagreements first.

``ReviewModel`` is an adapter over the core's ``ReviewRow``s for the chosen annotators.
Filtering (status, document, dimension in disagreement, not yet adjudicated) selects among
the loaded rows without reading the file again; cell texts are formatted when a row is first
shown and forgotten when an operation touches its sentence. Rows re-read after an operation
keep their place, so the list does not jump under the reviewer's cursor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...core.review.gold import agreed_dimensions
from ...core.review.rows import STATUSES, Layer, ReviewRow
from ...core.schema import SOURCE
from .. import plain, theme
from ..i18n import translate
from .cell_delegate import PARTS_ROLE

SEGMENT_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ABSENT = "\u2014"
STATUS_TEXT = {"disagree": QT_TRANSLATE_NOOP("ReviewModel", "Disagree"),
               "agree": QT_TRANSLATE_NOOP("ReviewModel", "Agree"),
               "single": QT_TRANSLATE_NOOP("ReviewModel", "One coder"),
               "untagged": QT_TRANSLATE_NOOP("ReviewModel", "Untagged")}
STATUS_COLOUR = {"disagree": QColor("#c81e1e"), "agree": QColor("#15803d"),
                 "single": theme.MUTED_TEXT, "untagged": theme.MUTED_TEXT}
DISAGREE_TINT = QColor("#fdecec")
AGREE_TINT = QColor("#eef8f1")
GOLD_TINT = QColor("#fff7db")


def letter(position: int) -> str:
    """Column letters of the annotators: A, B, C ... (the adoption keys)."""
    return chr(ord("A") + position) if position < 26 else str(position + 1)


def source_words(row: ReviewRow, start: int, end: int) -> str:
    return row.text[start - row.start:end - row.start]


def layer_parts(row: ReviewRow, layer: Layer | None) -> list[tuple[str, str]]:
    """(text, dimension) per dimension: "favour", "opinion", "«the port authority»". In
    gold, a dimension nobody has decided yet reads "stance?"."""
    decisions = getattr(layer, "decisions", None)
    if layer is None or not (layer.coded or decisions):
        return []
    undecided = (lambda d: d not in decisions) if decisions is not None else (lambda d: False)
    nothing = translate("ReviewModel", "(no {dimension})")
    parts = [(f"{d}?" if undecided(d) else (getattr(layer, d) or nothing.format(dimension=d)), d)
             for d in ("stance", "verifiability")]
    sources = [f"\u00ab{source_words(row, s.start, s.end)}\u00bb" for s in layer.sources]
    parts.append((translate("ReviewModel", "sources?") if undecided(SOURCE) else
                  ", ".join(sources) if sources else translate("ReviewModel", "no source"), SOURCE))
    return parts


def layer_text(row: ReviewRow, layer: Layer | None, *, long: bool = False) -> str:
    """"favour · opinion · «the port authority»"; ``long`` adds source types, note, flag."""
    parts = [text for text, _ in layer_parts(row, layer)]
    if not parts:
        return ABSENT
    if long and layer.sources and not parts[-1].endswith("?"):
        parts[-1] = ", ".join(f"\u00ab{source_words(row, s.start, s.end)}\u00bb {s.type}"
                              for s in layer.sources)
    text = " \u00b7 ".join(parts)
    if long and layer.note:
        text += "\n" + translate("ReviewModel", "Note: {note}").format(note=layer.note)
    if long and layer.flag:
        text += "\n" + translate("ReviewModel", "Flagged")
    return text


def status_text(row: ReviewRow) -> str:
    text = translate("ReviewModel", STATUS_TEXT[row.status])
    if row.disagreements:
        text += ": " + ", ".join(translate("ReviewModel", "sources") if d == SOURCE else d
                                 for d in row.disagreements)
    return text



@dataclass
class ReviewFilter:
    statuses: frozenset[str] = frozenset()  # empty: every status
    doc_id: int | None = None
    dimension: str | None = None  # only sentences disagreeing on it
    open_only: bool = False  # only sentences not (fully) adjudicated yet

    def accepts(self, row: ReviewRow) -> bool:
        return ((not self.statuses or row.status in self.statuses)
                and (self.doc_id is None or row.doc_id == self.doc_id)
                and (self.dimension is None or self.dimension in row.disagreements)
                and not (self.open_only and fully_decided(row)))


def fully_decided(row: ReviewRow) -> bool:
    return row.gold is not None and all(row.gold.decided(d) for d in ("stance",
                                                                        "verifiability",
                                                                        SOURCE))


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.annotators: list[str] = []
        self.filter = ReviewFilter()
        self._rows: list[ReviewRow] = []  # every loaded row, disagreements first
        self._shown: list[int] = []  # positions in _rows that pass the filter
        self._position: dict[int, int] = {}  # segment id -> position in _rows
        self._view_row: dict[int, int] = {}  # segment id -> row shown
        self._cells: dict[tuple[int, int], str] = {}  # the lazy cache: (segment, column)
        self._numbers: dict[int, int] = {}

    # -- loading and filtering -------------------------------------------------------------
    def set_rows(self, annotators: Sequence[str], rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.annotators = list(annotators)
        self._rows = rows
        self._position = {row.segment_id: i for i, row in enumerate(rows)}
        self._numbers.clear()
        counted: dict[int, int] = {}  # doc id -> content sentences numbered so far
        for row in sorted(rows, key=lambda r: (r.doc_id, r.index)):
            counted[row.doc_id] = counted.get(row.doc_id, 0) + 1
            self._numbers[row.segment_id] = counted[row.doc_id]
        self._cells.clear()
        self._select()
        self.endResetModel()

    def set_filter(self, review_filter: ReviewFilter) -> None:
        self.beginResetModel()
        self.filter = review_filter
        self._select()
        self.endResetModel()

    def replace_rows(self, rows: Iterable[ReviewRow]) -> None:
        """Rows re-read after an operation: updated in place, order and filter kept."""
        changed = []
        for row in rows:
            position = self._position.get(row.segment_id)
            if position is None:
                continue
            self._rows[position] = row
            for column in range(self.columnCount()):
                self._cells.pop((row.segment_id, column), None)
            if row.segment_id in self._view_row:
                changed.append(self._view_row[row.segment_id])
        for view_row in changed:
            self.dataChanged.emit(self.index(view_row, 0),
                                  self.index(view_row, self.columnCount() - 1))

    def _select(self) -> None:
        accepts = self.filter.accepts
        self._shown = [i for i, row in enumerate(self._rows) if accepts(row)]
        self._view_row = {self._rows[i].segment_id: n for n, i in enumerate(self._shown)}

    # -- reading -------------------------------------------------------------------------
    @property
    def rows(self) -> list[ReviewRow]:
        """Every loaded row, whatever the filter."""
        return self._rows

    def row_at(self, view_row: int) -> ReviewRow | None:
        if 0 <= view_row < len(self._shown):
            return self._rows[self._shown[view_row]]
        return None

    def view_row_of(self, segment_id: int) -> int | None:
        return self._view_row.get(segment_id)

    def number(self, row: ReviewRow) -> int:
        """The sentence's number in its document, boilerplate left out (as the tagging
        window counts)."""
        return self._numbers.get(row.segment_id, row.index + 1)

    def has_segment(self, segment_id: int) -> bool:
        return segment_id in self._position

    def counts(self, doc_id: int | None = None) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self._rows:
            if doc_id is None or row.doc_id == doc_id:
                counts[row.status] += 1
        return counts

    @property
    def gold_column(self) -> int:
        return 1 + len(self.annotators)

    @property
    def status_column(self) -> int:
        return 2 + len(self.annotators)

    # -- the model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3 + len(self.annotators)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if row is None or not 0 <= column < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(self._tooltip(row, column))
        if role == PARTS_ROLE and 1 <= column <= self.gold_column:
            return self._parts(row, column)
        if role == SEGMENT_ROLE:
            return row.segment_id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.status_column:
                return theme.ink(STATUS_COLOUR[row.status])
            if column == self.gold_column and row.gold is None:
                return theme.MUTED_TEXT
        if role == Qt.ItemDataRole.FontRole and column == self.status_column \
                and row.status == "disagree":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._shown) else None
        if section == 0:
            return translate("ReviewModel", "Sentence")
        if 1 <= section <= len(self.annotators):
            return f"{letter(section - 1)} \u00b7 {self.annotators[section - 1]}"
        if section == self.gold_column:
            return translate("ReviewModel", "Gold")
        if section == self.status_column:
            return translate("ReviewModel", "Status")
        return None

    # -- cells -----------------------------------------------------------------------------
    def _cell(self, row: ReviewRow, column: int) -> str:
        key = (row.segment_id, column)
        if key not in self._cells:
            self._cells[key] = self._format(row, column)
        return self._cells[key]

    def _format(self, row: ReviewRow, column: int) -> str:
        if column == 0:
            return " ".join(row.text.split())
        if column == self.gold_column:
            return layer_text(row, row.gold)
        if column == self.status_column:
            return status_text(row)
        return layer_text(row, row.layers.get(self.annotators[column - 1]))

    def _parts(self, row: ReviewRow, column: int) -> list[tuple[str, bool]]:
        """The layer's parts, those the annotators disagree on emphasised."""
        if column == self.gold_column:
            return [(text, False) for text, _ in layer_parts(row, row.gold)]
        layer = row.layers.get(self.annotators[column - 1])
        return [(text, dimension in row.disagreements)
                for text, dimension in layer_parts(row, layer)]

    def _tooltip(self, row: ReviewRow, column: int) -> str:
        if column == 0:
            return row.text
        if column == self.status_column:
            return status_text(row)
        layer = row.gold if column == self.gold_column else \
            row.layers.get(self.annotators[column - 1])
        return layer_text(row, layer, long=True)

    def _background(self, row: ReviewRow, column: int) -> QColor | None:
        if 1 <= column <= len(self.annotators) and row.layers[self.annotators[column - 1]].coded:
            if row.status == "disagree":
                return theme.surface(DISAGREE_TINT)
            if row.status == "agree":
                return theme.surface(AGREE_TINT)
        if column == self.gold_column and row.gold is not None:
            return theme.surface(GOLD_TINT)
        return None


def agreed_open(rows: list[ReviewRow], doc_id: int | None = None) -> int:
    """How many sentences ``accept_agreed`` would give something to."""
    return sum(bool(agreed_dimensions(row)) for row in rows
               if doc_id is None or row.doc_id == doc_id)
