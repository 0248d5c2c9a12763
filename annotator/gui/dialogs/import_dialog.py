"""File > Import: pick files and folders (or drop them on the window) and a language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .common import explanation, ok_button, ok_cancel

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Articles and news-database exports (*.txt *.TXT *.html *.htm *.jsonl "
    "*.docx *.DOCX *.rtf);;Other annotation tools: REFI-QDA, doccano, Label Studio "
    "(*.qdpx *.jsonl *.json);;All files (*)")
LANGUAGES = [(QT_TRANSLATE_NOOP("ImportDialog", "Detect for each article"), None),
             (QT_TRANSLATE_NOOP("ImportDialog", "French"), "fr"),
             (QT_TRANSLATE_NOOP("ImportDialog", "English"), "en")]


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, paths: list[Path] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import articles"))
        intro = explanation(self.tr(
            "Text (.txt), web pages (.html) or JSONL files, and exports from Europresse, "
            "Factiva (.html, .rtf) and Nexis (.TXT, .DOCX): each article with its outlet, date "
            "and author. Folders are read recursively. An article already in the project is "
            "skipped."))
        self.list = QListWidget()
        add_files = QPushButton(self.tr("Add files\u2026"))
        add_files.clicked.connect(self._pick_files)
        add_folder = QPushButton(self.tr("Add folder\u2026"))
        add_folder.clicked.connect(self._pick_folder)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.list.takeItem(self.list.row(i))
                                        for i in self.list.selectedItems()])
        row = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            row.addWidget(button)
        row.addStretch()
        self.language = QComboBox()
        for label, code in LANGUAGES:
            self.language.addItem(self.tr(label), code)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        self.buttons = ok_cancel(self, self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 380)
        self.list.model().rowsInserted.connect(self._check)
        self.list.model().rowsRemoved.connect(self._check)
        self.add_paths(paths or [])
        self._check()

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if Path(path) not in known:
                self.list.addItem(str(path))

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def lang(self) -> str | None:
        return self.language.currentData()

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), "",
                                                self.tr(FILE_FILTER))
        self.add_paths([Path(f) for f in files])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.add_paths([Path(folder)])

    def _check(self) -> None:
        ok_button(self.buttons).setEnabled(self.list.count() > 0)
