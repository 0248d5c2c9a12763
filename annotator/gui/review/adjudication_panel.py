"""The selected sentence under review: each annotator's tags side by side, the gold layer
with its provenance, and the reason for the decision.

The panel only shows and asks: every decision leaves as a signal that the review window
turns into one core operation. Clicking an annotator's cell adopts that one dimension;
the gold combos set a value of the reviewer's own (or take the decision back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.review.rows import DIMENSIONS, Decision, ReviewRow
from ...core.schema import SOURCE, LabelSchema
from .. import plain, theme
from ..i18n import dimension_title, translate
from .review_model import STATUS_COLOUR, layer_text, letter, source_words, status_text

UNDECIDED = "undecided"  # combo data: take the decision back
NONE = "none"  # combo data: decided, no value
UNION = "union"  # combo data: every annotator's sources
# (background, border) of a cell, as drawn in the light scheme (``boxed`` follows the scheme)
DIFFER = ("#fdecec", "#f5b5b5")
SAME = ("#ffffff", "#e5e7eb")
GOLD = ("#fff7db", "#f1d88a")


def boxed(look: tuple[str, str]) -> str:
    background, border = (theme.surface(colour).name() for colour in look)
    return f"background: {background}; border: 1px solid {border};"


class Cell(QLabel):
    """One annotator's value for one dimension; a click adopts it into gold."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(6)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Minimum: the panel scrolls rather than squeeze a cell below its lines of text.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class AdjudicationPanel(QWidget):
    adoptRequested = Signal(str, object)  # annotator, dimensions (None: all)
    goldLabelRequested = Signal(str, object)  # dimension, value (None: decided "none")
    goldSourcesRequested = Signal(object)  # an annotator's sources, or None: "no source"
    clearRequested = Signal(str)  # dimension back to "not decided"
    reasonEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudicationPanel")
        self.row: ReviewRow | None = None
        self.schema: LabelSchema | None = None
        self.annotators: list[str] = []
        self.cells: dict[tuple[str, str], Cell] = {}
        self.combos: dict[str, QComboBox] = {}
        self.provenance: dict[str, QLabel] = {}
        self.adopt_buttons: list[QPushButton] = []
        self.where = plain.label()
        self.where.setProperty("role", "hint")
        self.status = plain.label()
        self.sentence = plain.label()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setFont(theme.article_font())
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this decision (kept with the gold layer)"))
        self.reason.editingFinished.connect(self._reason_done)
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.status)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Reason")))
        reason_row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.sentence)
        layout.addLayout(self.grid)
        layout.addLayout(reason_row)
        layout.addLayout(self.buttons)
        layout.addStretch()
        self._saved_reason = ""

    # -- building ------------------------------------------------------------------------
    def set_context(self, schema: LabelSchema, annotators: list[str]) -> None:
        """Rebuild the grid for these annotators (one column each, then gold)."""
        self.schema, self.annotators = schema, list(annotators)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells.clear()
        self.combos.clear()
        self.provenance.clear()
        self.adopt_buttons.clear()
        for column, name in enumerate(self.annotators, 1):
            self.grid.addWidget(_heading(f"{letter(column - 1)} \u00b7 {name}"), 0, column)
            self.grid.setColumnStretch(column, 2)
        gold_column = len(self.annotators) + 1
        self.grid.addWidget(_heading(self.tr("Gold")), 0, gold_column)
        self.grid.setColumnStretch(gold_column, 2)
        for line, dimension in enumerate(DIMENSIONS, 1):
            self.grid.addWidget(_heading(dimension_title(dimension)), line, 0,
                                Qt.AlignmentFlag.AlignTop)
            for column, name in enumerate(self.annotators, 1):
                cell = Cell()
                cell.setToolTip(plain.tooltip(self.tr("Click to adopt {name}'s {what} into gold"
                                                      ).format(name=name,
                                                               what=dimension_title(dimension).lower())))
                cell.clicked.connect(lambda n=name, d=dimension: self.adoptRequested.emit(n, [d]))
                self.cells[(name, dimension)] = cell
                self.grid.addWidget(cell, line, column)
            self.grid.addLayout(self._gold_editor(dimension), line, gold_column)
        self.notes = [plain.label() for _ in self.annotators]
        self.grid.addWidget(_heading(self.tr("Note")), len(DIMENSIONS) + 1, 0)
        for column, label in enumerate(self.notes, 1):
            label.setWordWrap(True)
            label.setProperty("role", "hint")
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.grid.addWidget(label, len(DIMENSIONS) + 1, column)
        for position, name in enumerate(self.annotators):
            key = letter(position) if position < 2 else str(position + 1)
            button = QPushButton(plain.button_text(self.tr("Adopt {name}").format(name=name)
                                                   + f"  [{key}]"))
            button.setToolTip(plain.tooltip(self.tr("Copy all of {name}'s tags on this "
                                                    "sentence into gold").format(name=name)))
            button.clicked.connect(lambda _c=False, n=name: self.adoptRequested.emit(n, None))
            self.adopt_buttons.append(button)
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        self.show_row(self.row if self.row and set(self.row.layers) == set(annotators)
                      else None)

    def _gold_editor(self, dimension: str) -> QVBoxLayout:
        combo = QComboBox()
        combo.setObjectName(f"gold_{dimension}")
        combo.activated.connect(lambda _i, d=dimension: self._combo_chosen(d))
        provenance = plain.label()
        provenance.setProperty("role", "hint")
        provenance.setWordWrap(True)
        provenance.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.combos[dimension] = combo
        self.provenance[dimension] = provenance
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(combo)
        box.addWidget(provenance)
        return box

    # -- showing a row -------------------------------------------------------------------
    def show_row(self, row: ReviewRow | None, where: str = "") -> None:
        if row is None or self.row is None or row.segment_id != self.row.segment_id:
            self.flush()
        self.row = row
        self.setEnabled(row is not None)
        if row is None:
            self.where.setText(self.tr("No sentence selected"))
            self.status.setText("")
            self.sentence.setText("")
            for cell in self.cells.values():
                cell.setText("")
                cell.setStyleSheet(boxed(SAME))
            return
        self.where.setText(where)
        self.status.setText(status_text(row))
        self.status.setStyleSheet(f"color: {theme.ink(STATUS_COLOUR[row.status]).name()}; "
                                  "font-weight: 600;")
        self.sentence.setText(row.text)
        for (name, dimension), cell in self.cells.items():
            cell.setText(_value_text(row, row.layers[name], dimension))
            differs = dimension in row.disagreements and row.layers[name].coded
            cell.setStyleSheet(boxed(DIFFER if differs else SAME))
        for label, name in zip(self.notes, self.annotators):
            layer = row.layers[name]
            label.setText(" \u00b7 ".join(filter(None, [layer.note,
                                                        self.tr("flagged") if layer.flag else ""])))
        for position, button in enumerate(self.adopt_buttons):
            button.setEnabled(row.layers[self.annotators[position]].coded)
        for dimension in DIMENSIONS:
            self._show_gold(row, dimension)
        reason = next((d.reason for d in (row.gold.decisions.values() if row.gold else ())
                       if d.reason), "")
        if not self.reason.hasFocus():
            self.reason.setText(reason)
            self._saved_reason = reason

    def _show_gold(self, row: ReviewRow, dimension: str) -> None:
        combo = self.combos[dimension]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("\u2014 not decided"), UNDECIDED)
        gold = row.gold
        decided = gold is not None and gold.decided(dimension)
        if dimension == SOURCE:
            combo.addItem(self.tr("no source"), NONE)
            for position, name in enumerate(self.annotators):
                if row.layers[name].coded:
                    combo.addItem(self.tr("as {letter} \u00b7 {name}").format(
                        letter=letter(position), name=name), name)
            marked = [n for n in self.annotators if row.layers[n].sources]
            if len(marked) > 1:
                combo.addItem(self.tr("all their sources (union)"), UNION)
            chosen = UNDECIDED
            if decided:
                union = frozenset(s for n in marked for s in row.layers[n].sources)
                chosen = NONE if not gold.sources else next(
                    (n for n in self.annotators if row.layers[n].sources == gold.sources),
                    UNION if len(marked) > 1 and frozenset(gold.sources) == union
                    else "custom")
                if chosen == "custom":
                    combo.addItem(self.tr("{n} source(s) decided").format(n=len(gold.sources)),
                                  "custom")
        else:
            combo.addItem(self.tr("no {dimension}").format(dimension=dimension), NONE)
            for value in self.schema.values(dimension) if self.schema else ():
                combo.addItem(value, value)
            chosen = (getattr(gold, dimension) or NONE) if decided else UNDECIDED
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.setStyleSheet(f"QComboBox {{ {boxed(GOLD)} }}" if decided else "")
        combo.blockSignals(False)
        text = _provenance(gold.decisions[dimension]) if decided else ""
        if decided and dimension == SOURCE and gold.sources:
            text = layer_text(row, gold).split(" \u00b7 ")[-1] + "\n" + text
        self.provenance[dimension].setText(text)

    # -- asking --------------------------------------------------------------------------
    def _combo_chosen(self, dimension: str) -> None:
        choice = self.combos[dimension].currentData()
        if choice == UNDECIDED:
            self.clearRequested.emit(dimension)
        elif choice == "custom":
            return
        elif dimension == SOURCE:
            self.goldSourcesRequested.emit(None if choice == NONE else choice)
        else:
            self.goldLabelRequested.emit(dimension, None if choice == NONE else choice)

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def flush(self) -> None:
        """Save a reason being typed before the panel moves to another sentence."""
        self._reason_done()

    def _reason_done(self) -> None:
        text = self.reason_text()
        if self.row is not None and text != self._saved_reason:
            self._saved_reason = text
            self.reasonEdited.emit(text)


def _heading(text: str) -> QLabel:
    label = plain.label(text)
    label.setProperty("role", "heading")
    return label


def _value_text(row: ReviewRow, layer, dimension: str) -> str:
    if not layer.coded:
        return translate("AdjudicationPanel", "(not tagged)")
    if dimension != SOURCE:
        return getattr(layer, dimension) or translate("AdjudicationPanel", "(no {dimension})"
                                                      ).format(dimension=dimension)
    if not layer.sources:
        return translate("AdjudicationPanel", "no source")
    via = translate("AdjudicationPanel", ", via {via}")
    return "\n".join(f"\u00ab{source_words(row, s.start, s.end)}\u00bb {s.type}, "
                     f"{s.quote or translate('AdjudicationPanel', 'indirect')}"
                     + (via.format(via=s.via) if s.via else "") for s in layer.sources)


def _provenance(decision: Decision) -> str:
    when = (decision.decided_at or "").replace("T", " ")[:16]
    parts = [translate("AdjudicationPanel", "from {name}").format(name=decision.proposed_by)
             if decision.proposed_by else "",
             translate("AdjudicationPanel", "by {name}").format(name=decision.decided_by)
             if decision.decided_by else "", when]
    return " \u00b7 ".join(p for p in parts if p)
