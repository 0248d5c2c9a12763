"""Any two of stance, verifiability, source type, outlet, month, annotator and document,
crossed: counts with row percentages, totals, a click on a cell lists its sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.corpus.codings import AXES, Corpus
from ...core.corpus.crosstab import Crosstab, crosstab
from ...core.schema import LabelSchema
from . import titles

KEYS = Qt.ItemDataRole.UserRole  # (row key, column key or None) of a cell


class CrosstabView(QWidget):
    cellChosen = Signal(str, object)  # row key, column key (None: the whole row)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_data: Crosstab | None = None
        self.corpus: Corpus | None = None
        self.schema: LabelSchema | None = None
        self.annotator: str | None = None
        self.rows = QComboBox()
        self.rows.setObjectName("crosstabRows")
        self.columns = QComboBox()
        self.columns.setObjectName("crosstabColumns")
        for combo in (self.rows, self.columns):
            for axis in AXES:
                combo.addItem(titles.axis_title(axis), axis)
            combo.currentIndexChanged.connect(self.refresh)
        self.rows.setCurrentIndex(AXES.index("outlet"))
        self.columns.setCurrentIndex(AXES.index("stance"))
        self.export_button = QPushButton(self.tr("Export CSV\u2026"))
        self.export_button.clicked.connect(self.exportRequested)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setObjectName("crosstab")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.grid.horizontalHeader()
        header.setMinimumSectionSize(110)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setDefaultSectionSize(28)
        self.grid.verticalHeader().setMinimumWidth(120)
        self.grid.cellClicked.connect(self._clicked)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Rows")))
        choose.addWidget(self.rows)
        choose.addWidget(QLabel(self.tr("by columns")))
        choose.addWidget(self.columns)
        choose.addStretch()
        choose.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)

    def set_corpus(self, corpus: Corpus | None, schema: LabelSchema | None,
                   annotator: str | None) -> None:
        self.corpus, self.schema, self.annotator = corpus, schema, annotator
        self.refresh()

    def axes(self) -> tuple[str, str]:
        return self.rows.currentData(), self.columns.currentData()

    def refresh(self) -> None:
        rows, columns = self.axes()
        if self.corpus is None or self.schema is None:
            return
        if rows == columns:
            self.table_data = None
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.hint.setText(self.tr("Choose two different variables."))
            self.export_button.setEnabled(False)
            return
        # Annotators as a variable: every coder's codings, the gold layer included.
        codings = self.corpus.codings if "annotator" in (rows, columns) else None
        self.table_data = table = crosstab(self.corpus, self.schema, rows, columns,
                                           annotator=self.annotator, codings=codings)
        self.export_button.setEnabled(True)
        coder = (titles.coder_title(None) + ", " + titles.coder_title("gold")
                 if codings is not None else titles.coder_title(self.annotator))
        self.hint.setText(self.tr(
            "Counts of sentences as coded by %1, with row percentages. A sentence with two "
            "sources counts once under each source type. Click a cell for its sentences."
        ).replace("%1", coder))
        self._fill(table)

    def _fill(self, table: Crosstab) -> None:
        self.grid.clear()
        self.grid.setRowCount(len(table.row_keys) + 1)
        self.grid.setColumnCount(len(table.column_keys) + 1)
        self.grid.setHorizontalHeaderLabels([table.column_label(c) for c in table.column_keys]
                                            + [self.tr("Total")])
        self.grid.setVerticalHeaderLabels([table.row_label(r) for r in table.row_keys]
                                          + [self.tr("Total")])
        for line, row in enumerate(table.row_keys):
            for position, column in enumerate(table.column_keys):
                percent = table.row_percent(row, column)
                count = table.count(row, column)
                text = f"{count}  ({percent:.1f}%)" if count and percent is not None else "0"
                self._put(line, position, text, (row, column))
            self._put(line, len(table.column_keys), str(table.row_total(row)), (row, None),
                      bold=True)
        last = len(table.row_keys)
        for position, column in enumerate(table.column_keys):
            self._put(last, position, str(table.column_total(column)), None, bold=True)
        self._put(last, len(table.column_keys), str(table.total), None, bold=True)

    def _put(self, row: int, column: int, text: str, keys, *, bold: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(KEYS, keys)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.grid.setItem(row, column, item)

    def cell_text(self, row: str, column: str) -> str:
        table = self.table_data
        item = self.grid.item(table.row_keys.index(row), table.column_keys.index(column))
        return item.text() if item else ""

    def _clicked(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        keys = item.data(KEYS) if item else None
        if keys:
            self.cellChosen.emit(keys[0], keys[1])
