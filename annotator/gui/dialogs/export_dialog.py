"""File > Export: a labelled dataset as JSONL or CSV, with the usual filters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.datasets.export import FORMATS, ExportFilter
from .common import ok_button, ok_cancel, path_row

EVERYONE = None


class ExportDialog(QDialog):
    def __init__(self, annotator: str, default_path: Path, doc_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.doc_id = doc_id
        self.format = QComboBox()
        self.format.addItems(FORMATS)
        self.format.currentTextChanged.connect(self._match_suffix)
        self.path = QLineEdit(str(default_path))
        self.path.textChanged.connect(self._check)
        where = path_row(self.path, self.tr("Browse\u2026"), self._browse)
        self.who = QComboBox()
        self.who.addItem(self.tr("Every annotator"), EVERYONE)
        if annotator:
            self.who.addItem(self.tr("Only my tags ({name})").format(name=annotator),
                             annotator)
        self.all_sentences = QCheckBox(self.tr("Also sentences nobody tagged"))
        self.boilerplate = QCheckBox(self.tr("Include boilerplate"))
        self.only_document = QCheckBox(self.tr("Only the open document"))
        self.only_document.setEnabled(doc_id is not None)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Tags of"), self.who)
        form.addRow("", self.all_sentences)
        form.addRow("", self.boilerplate)
        form.addRow("", self.only_document)
        self.buttons = ok_cancel(self, self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._check()

    def output(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def chosen_format(self) -> str:
        return self.format.currentText()

    def filters(self) -> ExportFilter:
        return ExportFilter(
            annotator=self.who.currentData(), all_sentences=self.all_sentences.isChecked(),
            include_boilerplate=self.boilerplate.isChecked(),
            documents=(self.doc_id,) if self.only_document.isChecked() else None)

    def _browse(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.output()),
                                                f"{fmt.upper()} (*.{fmt})")
        if chosen:
            self.path.setText(chosen)

    def _match_suffix(self, fmt: str) -> None:
        if self.path.text().strip():
            self.path.setText(str(self.output().with_suffix(f".{fmt}")))

    def _check(self) -> None:
        ok_button(self.buttons).setEnabled(bool(self.path.text().strip()))
