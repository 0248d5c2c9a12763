"""A document's title and metadata, edited by the analyst (one undoable step on OK)."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import InputError
from ...core.metadata import EDITABLE, check_edit, free_meta, set_document_meta
from ...core.models import DocumentInfo
from .. import plain
from ..controller import Session
from .common import ok_cancel

LABELS = {"title": QT_TRANSLATE_NOOP("DocumentMetaDialog", "Title"),
          "outlet": QT_TRANSLATE_NOOP("DocumentMetaDialog", "Outlet"),
          "date": QT_TRANSLATE_NOOP("DocumentMetaDialog", "Date"),
          "author": QT_TRANSLATE_NOOP("DocumentMetaDialog", "Author"),
          "section": QT_TRANSLATE_NOOP("DocumentMetaDialog", "Section"),
          "url": QT_TRANSLATE_NOOP("DocumentMetaDialog", "URL")}
PLACEHOLDERS = {"date": QT_TRANSLATE_NOOP("DocumentMetaDialog", "2024-03-12, or 12 mars 2024"),
                "url": "https://…"}


class DocumentMetaDialog(QDialog):
    def __init__(self, session: Session, info: DocumentInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.info = info
        self.setWindowTitle(self.tr("Document {id}: title and metadata").format(id=info.id))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in EDITABLE:
            field = QLineEdit(getattr(info, name) or "")
            field.setPlaceholderText(self.tr(PLACEHOLDERS.get(name, "")))
            field.setObjectName(f"meta_{name}")
            self.fields[name] = field
            form.addRow(self.tr(LABELS[name]), field)
        extra = free_meta(info.meta)
        facts = [f"{info.lang or '?'}", self.tr("%n words", "", info.word_count or 0)]
        facts += [f"{key}: {_short(value)}" for key, value in sorted(extra.items())]
        details = plain.label(" · ".join(facts))  # free metadata comes from the import
        details.setWordWrap(True)
        form.addRow(self.tr("Also"), details)
        self.error = plain.label()
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def edits(self) -> dict[str, str]:
        """The fields the analyst changed (an emptied field is a change: it clears)."""
        return {name: field.text() for name, field in self.fields.items()
                if field.text().strip() != (getattr(self.info, name) or "")}

    def accept(self) -> None:
        edits = self.edits()
        try:
            for name, value in edits.items():
                check_edit(name, value)
        except InputError as exc:  # stay open on the field to fix
            self.error.setText(str(exc))
            self.error.show()
            return
        if edits and self.session.run(set_document_meta, doc_id=self.info.id,
                                      annotator=self.session.annotator, **edits) is None:
            return
        super().accept()


def edit_document_metadata(session: Session, parent: QWidget, doc_id: int | None
                           ) -> DocumentMetaDialog | None:
    """Open the dialog for a document (the current one when ``doc_id`` is None)."""
    doc_id = session.doc_id if doc_id is None else doc_id
    if session.project is None or doc_id is None:
        return None
    found = session.project.documents(ids=[doc_id])
    if not found:
        return None
    dialog = DocumentMetaDialog(session, found[0], parent)
    dialog.open()
    return dialog


def _short(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"
