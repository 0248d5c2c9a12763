"""The review window's choices: which annotators to compare, and which sentences to list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from ...core.schema import SOURCE
from .. import plain, theme
from .review_model import ReviewFilter

STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("FilterBar", "Every sentence"), frozenset()),
    (QT_TRANSLATE_NOOP("FilterBar", "Disagreements"), frozenset({"disagree"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Agreements"), frozenset({"agree"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Tagged by one only"), frozenset({"single"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Tagged by two or more"),
     frozenset({"disagree", "agree"})),
]


class FilterBar(QWidget):
    annotatorsChosen = Signal(list)
    filterChanged = Signal(object)  # a ReviewFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: list[str] = []
        self.dimension: str | None = None
        self.annotator_button = QToolButton()
        self.annotator_button.setObjectName("annotatorPicker")
        self.annotator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.annotator_menu = QMenu(self)
        self.annotator_button.setMenu(self.annotator_menu)
        self.status = QComboBox()
        for text, statuses in STATUS_CHOICES:
            self.status.addItem(self.tr(text), statuses)
        self.document = QComboBox()
        self.document.setMinimumContentsLength(16)
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.open_only = QCheckBox(self.tr("Not yet adjudicated"))
        self.chip = QToolButton()
        self.chip.setObjectName("dimensionChip")
        self.chip.setToolTip(self.tr("Show every disagreement again"))
        self.chip.setStyleSheet(f"QToolButton {{ background: {theme.surface('#fdecec').name()};"
                                f" border: 1px solid {theme.surface('#f5b5b5').name()};"
                                " border-radius: 9px; padding: 1px 8px; }")
        self.chip.clicked.connect(lambda: self.set_dimension(None))
        self.chip.hide()
        for combo in (self.status, self.document):
            combo.currentIndexChanged.connect(self._emit)
        self.open_only.toggled.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        for widget in (QLabel(self.tr("Compare")), self.annotator_button,
                       QLabel(self.tr("Show")), self.status, QLabel(self.tr("in")),
                       self.document, self.open_only, self.chip):
            layout.addWidget(widget)
        layout.addStretch()

    # -- annotators ------------------------------------------------------------------------
    def set_annotators(self, known: list[str], chosen: list[str]) -> None:
        self.annotator_menu.clear()
        self.chosen = [name for name in known if name in chosen]
        for name in known:
            action = QAction(plain.button_text(name), self.annotator_menu)
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in self.chosen)
            action.toggled.connect(self._annotators_toggled)
            self.annotator_menu.addAction(action)
        self._label_annotators()

    def _annotators_toggled(self) -> None:
        self.chosen = [a.data() for a in self.annotator_menu.actions() if a.isChecked()]
        self._label_annotators()
        self.annotatorsChosen.emit(list(self.chosen))

    def _label_annotators(self) -> None:
        text = " \u00b7 ".join(self.chosen) or "(choose annotators)"
        self.annotator_button.setText(plain.button_text(text))
        width = self.annotator_button.fontMetrics().horizontalAdvance(text)
        self.annotator_button.setMinimumWidth(width + 36)  # room for the menu arrow

    # -- documents and filters -------------------------------------------------------------
    def set_documents(self, titles: dict[int, str]) -> None:
        current = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem(self.tr("every document"), None)
        for doc_id, title in titles.items():
            self.document.addItem(title, doc_id)
        self.document.setCurrentIndex(max(self.document.findData(current), 0))
        self.document.blockSignals(False)

    def show_disagreements(self, dimension: str | None, doc_id: int | None) -> None:
        """What a click in the agreement view asks for."""
        for widget in (self.status, self.document, self.open_only):
            widget.blockSignals(True)
        self.status.setCurrentIndex(1)
        self.document.setCurrentIndex(max(self.document.findData(doc_id), 0))
        self.open_only.setChecked(False)
        for widget in (self.status, self.document, self.open_only):
            widget.blockSignals(False)
        self.set_dimension(dimension)

    def set_dimension(self, dimension: str | None) -> None:
        self.dimension = dimension
        name = self.tr("sources") if dimension == SOURCE else dimension
        self.chip.setText(self.tr("disagreeing on {name}").format(name=name) + "  \u2715")
        self.chip.setVisible(dimension is not None)
        self._emit()

    def current_filter(self) -> ReviewFilter:
        return ReviewFilter(statuses=self.status.currentData() or frozenset(),
                            doc_id=self.document.currentData(), dimension=self.dimension,
                            open_only=self.open_only.isChecked())

    def _emit(self) -> None:
        self.filterChanged.emit(self.current_filter())
