"""Ctrl+F: find words in the open article, hit by hit ("3 of 12"), marked in the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from ...core.changes import Changes
from ...core.errors import AnnotatorError
from ...core.search import SentenceFilter, search
from .. import plain
from ..article_view import ArticleView
from ..controller import Session
from ..dialogs.errors import show_error
from .fields import SearchField


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, session: Session, article: ArticleView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.session, self.article = session, article
        self.hits: list[tuple[int, int, int]] = []  # (sentence id, document start, end)
        self.current: int | None = None
        self.error: str | None = None
        self.field = SearchField()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this article: words, \"a phrase\", "
                                              "prefix*"))
        self.field.setClearButtonEnabled(True)
        self.count = plain.label()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        self.previous_button = self._button("\u25b2", self.tr("Previous hit (Shift+Enter, "
                                                              "Shift+F3)"), self.previous)
        self.next_button = self._button("\u25bc", self.tr("Next hit (Enter, F3)"), self.next)
        close = self._button("\u2715", self.tr("Close (Escape)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, close):
            layout.addWidget(button)
        self.field.textChanged.connect(self.refresh)
        self.field.next.connect(self.next)
        self.field.previous.connect(self.previous)
        self.field.escaped.connect(self.close_bar)
        session.documentOpened.connect(lambda _doc: self.refresh())
        session.changed.connect(self._on_changed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hide()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        button.clicked.connect(slot)
        return button

    # -- opening and closing ------------------------------------------------------------
    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], None
        self.article.mark_found([], None)
        self.article.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- finding ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Find the field's words in the open document; the current hit becomes the first
        one at or after the current sentence."""
        if not self.isVisible():
            return
        self.hits, self.current = self._find(self.field.text()), None
        current = self.session.current
        if self.hits:
            order = {s.id: n for n, s in enumerate(self.session.sentences)}
            here = order.get(current.id, 0) if current is not None else 0
            self.current = next((n for n, hit in enumerate(self.hits)
                                 if order.get(hit[0], 0) >= here), 0)
        self._show()

    def _find(self, text: str) -> list[tuple[int, int, int]]:
        self.error = None
        project, doc_id = self.session.project, self.session.doc_id
        if project is None or doc_id is None or not text.strip():
            return []
        try:
            result = search(project, text, SentenceFilter(doc_id=doc_id,
                                                          include_boilerplate=True),
                            limit=None)
        except AnnotatorError as exc:
            self.error = str(exc)
            return []
        return [(hit.segment_id, hit.start + start, hit.start + end)
                for hit in result.hits
                for start, end in (hit.marks or ((0, hit.end - hit.start),))]

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.error:
            show_error(self, self.error, self.tr("Find"))
            return
        if not self.hits:
            return
        self.current = 0 if self.current is None else (self.current + direction) % len(
            self.hits)
        self._show()

    def _show(self) -> None:
        if self.current is not None:
            self.session.go_to(self.hits[self.current][0])
        self.article.mark_found(self.hits, self.current)
        if self.error:
            self.count.setText(self.tr("Cannot read this search"))
            self.count.setToolTip(plain.tooltip(self.error))
        elif self.field.text().strip():
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                               .replace("%2", str(len(self.hits))) if self.hits
                               else self.tr("No hits"))
            self.count.setToolTip("")
        else:
            self.count.setText("")
        self.count.setProperty("error", bool(self.error))

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("segments", "documents") \
                and self.session.doc_id in changes.documents:
            self.refresh()
