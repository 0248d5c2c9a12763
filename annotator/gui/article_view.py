"""The article as it reads, with the current sentence highlighted and tags marked.

The text document is built once per document (one block per paragraph). Tag marks are
character formats applied to the touched sentences only; the current sentence is a single
extra selection plus a bar in the margin, so moving to the next sentence repaints little.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QWidget

from ..core.changes import Changes
from ..core.models import Sentence, SentenceTags
from . import article_margin, theme
from .article_layout import ArticleLayout
from .controller import Session

NO_TAGS = SentenceTags()
COLUMN_WIDTH = 760  # the text column, in pixels: lines an eye can follow
SIDE_MARGIN = 28
_TRIM = " \t\n\u00a0\u2029,;:"
END_MARKS = " .!?\u2026\u00bb\""


class ArticleView(QTextBrowser):
    sentenceClicked = Signal(int)
    # A document is left (another opens, or the window closes): its project's path, its id
    # and the view position at the top of the viewport, where reading resumes next time.
    documentLeft = Signal(object, int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.session = session
        self.layout_map: ArticleLayout | None = None
        self._sentences: dict[int, Sentence] = {}
        self._current_span: tuple[int, int] | None = None
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._ghosts: dict[int, list[tuple[int, int]]] = {}  # suggested source spans
        self._flagged: set[int] = set()  # sentences flagged "to discuss" by this annotator
        self._shown: tuple[Path, int] | None = None  # project path and document shown
        # Where to resume reading a document (its id -> a view position), e.g. settings.
        self.resume_scroll: Callable[[int], int | None] | None = None
        # The top line to keep through the resizes until the view is first on screen (a
        # document opened before the window shows is laid out at a size it never has).
        self._pending_top: int | None = None
        self._found: list[tuple[int, int]] = []  # words found by the find bar (view positions)
        self._found_current: int | None = None
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setUndoRedoEnabled(False)
        self.document().setDefaultFont(theme.article_font())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setPlaceholderText(self.tr("Import articles (File > Import, or drop files here) to "
                                        "begin."))
        session.documentOpened.connect(self.show_document)
        session.sentenceChanged.connect(self.show_current)
        session.changed.connect(self.on_changed)
        session.annotatorChanged.connect(self._annotator_changed)
        session.schemaChanged.connect(self._recolour)
        session.projectOpened.connect(self.clear_article)

    # -- building ----------------------------------------------------------------------
    def clear_article(self) -> None:
        """A new project: its schema may colour values differently."""
        self.leave_document()
        self.layout_map, self._sentences, self._current_span = None, {}, None
        self._formats.clear()
        self._ghosts, self._flagged = {}, set()
        self.clear()

    def leave_document(self) -> None:
        """Say where the reader was in the document shown, before it goes."""
        if self._shown is not None and self.layout_map is not None:
            self.documentLeft.emit(*self._shown, self.top_position())
        self._shown = None

    def show_document(self, doc_id: int) -> None:
        self.leave_document()
        project = self.session.project
        text = project.document(doc_id).text
        sentences = self.session.sentences
        self._shown = (project.path, doc_id)
        self._flagged = self._read_flags(doc_id)
        self._sentences = {s.id: s for s in sentences}
        self.layout_map = ArticleLayout(text, sentences)
        self._current_span = None
        self._found, self._found_current = [], None  # positions of the previous document
        tags = self._document_tags(doc_id)
        self._ghosts = self.session.ghost_spans()
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block_format, base = self._block_format(), self._base_format()
        for number, paragraph in enumerate(self.layout_map.paragraphs):
            if number:
                cursor.insertBlock(block_format)
            else:
                cursor.setBlockFormat(block_format)
            # One pass, each sentence inserted with its format: no second formatting pass.
            position = paragraph.start
            for sentence in paragraph.sentences:
                if sentence.start > position:
                    cursor.insertText(paragraph.text[position - paragraph.start:
                                                     sentence.start - paragraph.start], base)
                cursor.insertText(paragraph.shown(sentence), self._sentence_format(
                    sentence, tags.get(sentence.id, NO_TAGS)))
                position = max(position, sentence.end)
        for sentence_id in self._ghosts:
            self._mark_ghosts(cursor, sentence_id)
        for sentence_id, sentence_tags in tags.items():
            self._underline_sources(cursor, sentence_id, sentence_tags)
        cursor.endEditBlock()
        self._apply_side_margins()
        self.verticalScrollBar().setValue(0)
        # The screen the analyst left; show_current then scrolls on only if the current
        # sentence is not on it.
        resume = self.resume_scroll(doc_id) if self.resume_scroll else None
        if resume is not None:
            self.scroll_to_position(resume)
        self._pending_top = None if self.isVisible() else resume

    def _recolour(self) -> None:
        """The codebook changed: its colours may have."""
        self._formats.clear()
        self.restyle(self._sentences)

    def restyle(self, sentence_ids) -> None:
        """Re-format the given sentences from their tags, read now."""
        if self.layout_map is None:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for sentence_id in sentence_ids:
            sentence = self._sentences.get(sentence_id)
            if sentence is None:
                continue
            sentence_tags = self.session.tags(sentence_id)
            self._select(cursor, *self.layout_map.spans[sentence_id])
            cursor.setCharFormat(self._sentence_format(sentence, sentence_tags))
            self._mark_ghosts(cursor, sentence_id)
            self._underline_sources(cursor, sentence_id, sentence_tags)
        cursor.endEditBlock()

    def _mark_ghosts(self, cursor: QTextCursor, sentence_id: int) -> None:
        """Suggested sources first, so a person's own source over the same words wins."""
        if sentence_id not in self.layout_map.spans:
            return
        for start, end in self._ghosts.get(sentence_id, ()):
            self._select(cursor, *self.layout_map.view_range(sentence_id, start, end))
            cursor.mergeCharFormat(self._ghost_format())

    def _reload_ghosts(self, changes: Changes) -> set[int]:
        """Read the suggested spans again (only the touched sentences' when the change
        names them); the sentences whose marks differ."""
        if changes.segments and not changes.touches("segments"):
            touched = changes.segments
            old = {sid: self._ghosts.pop(sid, None) for sid in touched}
            self._ghosts.update(self.session.ghost_spans(touched))
        else:
            old, self._ghosts = self._ghosts, self.session.ghost_spans()
            touched = old.keys() | self._ghosts.keys()
        return {sid for sid in touched if old.get(sid) != self._ghosts.get(sid)}

    def _underline_sources(self, cursor: QTextCursor, sentence_id: int,
                           tags: SentenceTags) -> None:
        for source in tags.sources:
            if sentence_id in self.layout_map.spans:
                self._select(cursor, *self.layout_map.view_range(sentence_id, source.start,
                                                                 source.end))
                cursor.mergeCharFormat(self._source_format())

    def _document_tags(self, doc_id: int) -> dict[int, SentenceTags]:
        if not self.session.annotator:
            return {}
        found: dict[int, dict] = {}
        for tag in self.session.project.document_tags(doc_id, self.session.annotator):
            entry = found.setdefault(tag.segment_id, {"sources": []})
            if tag.dimension == "source":
                entry["sources"].append(tag)
            else:
                entry[tag.dimension] = tag.value
        return {sid: SentenceTags(**entry) for sid, entry in found.items()}

    # -- reacting ------------------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if self.session.doc_id not in changes.documents or self.layout_map is None:
            return
        if changes.touches("segments"):
            self._sentences = {s.id: s for s in self.session.sentences}
        ghosts = (self._reload_ghosts(changes) if changes.touches("suggestions", "segments")
                  else set())
        if changes.touches("notes"):
            self._show_flags(self._read_flags(self.session.doc_id))
        if changes.touches("tags", "segments"):
            self.restyle(changes.segments | ghosts)
            self.show_current(self.session.current)
        elif ghosts:
            self.restyle(ghosts)

    def _annotator_changed(self, _name: str) -> None:
        self.restyle(self._sentences)
        if self._shown is not None:
            self._show_flags(self._read_flags(self._shown[1]))

    def _read_flags(self, doc_id: int) -> set[int]:
        if not self.session.annotator or self.session.project is None:
            return set()
        return {note["segment_id"] for note in
                self.session.project.document_notes(doc_id, self.session.annotator)
                if note.get("flag")}

    def _show_flags(self, flagged: set[int]) -> None:
        if flagged != self._flagged:
            self._flagged = flagged
            self.viewport().update()

    def show_current(self, sentence: Sentence | None) -> None:
        """Highlight the current sentence and keep it in view."""
        if self.layout_map is None or sentence is None or sentence.id not in self.layout_map.spans:
            self._current_span = None
            self._apply_selections()
            return
        start, end = self.layout_map.spans[sentence.id]
        old_span, self._current_span = self._current_span, (start, end)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = QTextCursor(self.document())
        self._select(highlight.cursor, start, end)
        highlight.format.setBackground(theme.CURRENT_SENTENCE)
        self._highlight = highlight
        self._apply_selections()  # repaints only the old and new sentence
        selected = self.selected_span()
        if selected is not None and selected[0] != sentence.id:
            self.setTextCursor(QTextCursor(self.document()))  # a selection elsewhere is stale
        self._follow(start, end)
        # Measured after the scroll: the old bar's pixels moved with the text.
        for span in (old_span, self._current_span):
            if (bar := article_margin.bar_rect(self, span)) is not None:
                self.viewport().update(bar)

    def keep_current_in_view(self) -> None:
        if self._current_span is not None:
            self._follow(*self._current_span)

    def top_position(self) -> int:
        """The view position of the text at the top of the viewport."""
        return self.cursorForPosition(QPoint(article_margin.text_left(self), 0)).position()

    def scroll_to_position(self, position: int) -> None:
        """Scroll so that the line holding ``position`` is at the top."""
        position = min(max(position, 0), self.document().characterCount() - 1)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + article_margin.line_rect(self, position).top())

    def mark_found(self, spans: list[tuple[int, int, int]], current: int | None) -> None:
        """Mark the words found, as (sentence id, document start, end); ``current``: the
        index of the one the find bar is on, marked stronger and kept in view."""
        if self.layout_map is None:
            spans = []
        self._found = [self.layout_map.view_range(sid, start, end) for sid, start, end in spans
                       if sid in self.layout_map.spans]
        self._found_current = current if current is not None and current < len(self._found) \
            else None
        self._apply_selections()
        if self._found_current is not None:
            self._follow(*self._found[self._found_current])

    def _apply_selections(self) -> None:
        selections = [self._highlight] if self._current_span is not None else []
        for number, (start, end) in enumerate(self._found):
            found = QTextEdit.ExtraSelection()
            found.cursor = QTextCursor(self.document())
            self._select(found.cursor, start, end)
            found.format.setBackground(theme.FOUND_CURRENT if number == self._found_current
                                       else theme.FOUND)
            selections.append(found)
        self.setExtraSelections(selections)

    def _follow(self, start: int, end: int) -> None:
        top = article_margin.line_rect(self, start).top()
        bottom = article_margin.line_rect(self, end).bottom()
        height = self.viewport().height()
        margin = min(80, height // 6)
        if top < margin or bottom > height - margin:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)

    # -- selection -> source ---------------------------------------------------------------
    def select_words(self, step: int) -> None:
        """Select word by word inside the current sentence, for S. With nothing selected
        there, the caret starts at the sentence's start (``step`` > 0) or before its final
        punctuation (``step`` < 0: the words that close it, where sources often stand)."""
        if self._current_span is None:
            return
        start, end = self._current_span
        cursor = self.textCursor()
        inside = start <= cursor.anchor() <= end and start <= cursor.position() <= end
        if not cursor.hasSelection() or not inside:
            while step < 0 and end > start and self.document().characterAt(end - 1) in END_MARKS:
                end -= 1
            cursor.setPosition(start if step > 0 else end)
        move = (QTextCursor.MoveOperation.NextWord if step > 0
                else QTextCursor.MoveOperation.PreviousWord)
        cursor.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
        cursor.setPosition(min(max(cursor.position(), start), self._current_span[1]),
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_span(self) -> tuple[int, int, int] | None:
        """(sentence id, start, end) of the selected text, offsets inside the sentence,
        clipped to the sentence where the selection starts and trimmed of spaces."""
        cursor = self.textCursor()
        if self.layout_map is None or not cursor.hasSelection():
            return None
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        sentence_id = self.layout_map.sentence_at(first)
        if sentence_id is None:
            return None
        sentence = self._sentences[sentence_id]
        start = max(self.layout_map.text_offset(sentence_id, first), sentence.start)
        end = min(self.layout_map.text_offset(sentence_id, last), sentence.end)
        text = self.session.project.document(sentence.doc_id).text
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start >= end:
            return None
        return sentence_id, start - sentence.start, end - sentence.start

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.layout_map is None:
            return
        selected = self.selected_span()
        if selected is not None:
            self.sentenceClicked.emit(selected[0])
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        sentence_id = self.layout_map.sentence_at(position)
        if sentence_id is not None:
            self.sentenceClicked.emit(sentence_id)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.layout_map is not None:
            article_margin.paint(self, QPainter(self.viewport()), self._current_span,
                                 self.flagged_spans(), event.rect())

    def flagged_spans(self) -> list[tuple[int, int]]:
        """View spans of the sentences marked in the margin as flagged."""
        spans = self.layout_map.spans if self.layout_map else {}
        return sorted(spans[sid] for sid in self._flagged if sid in spans)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text reflows: keep the line read at the top, and the current sentence
        in view (a window shown for the first time lays the article out anew)."""
        top = self.top_position() if self.layout_map is not None else None
        if self._pending_top is not None:
            top = self._pending_top
            self._pending_top = None if self.isVisible() else top
        super().resizeEvent(event)
        self._apply_side_margins()
        if top is not None:
            self.scroll_to_position(top)
            self.keep_current_in_view()

    def _apply_side_margins(self) -> None:
        side = max(SIDE_MARGIN, (self.viewport().width() - COLUMN_WIDTH) // 2)
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        if int(frame_format.leftMargin()) != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(24)
            frame_format.setBottomMargin(48)
            frame.setFrameFormat(frame_format)

    # -- formats -------------------------------------------------------------------------
    def _select(self, cursor: QTextCursor, start: int, end: int) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)

    @staticmethod
    def _block_format() -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setBottomMargin(12)
        block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block

    @staticmethod
    def _base_format() -> QTextCharFormat:
        base = QTextCharFormat()
        base.setForeground(theme.TEXT)
        return base

    def _sentence_format(self, sentence: Sentence, tags: SentenceTags) -> QTextCharFormat:
        """Grey for boilerplate, bold for headings, a tint for tagged sentences (the
        verifiability's colour, or a neutral one); formats are shared, one per look."""
        look = (sentence.kind, tags.verifiability, bool(tags.stance or tags.sources))
        if look not in self._formats:
            self._formats[look] = self._new_sentence_format(*look)
        return self._formats[look]

    def _new_sentence_format(self, kind: str, verifiability: str | None,
                             tagged: bool) -> QTextCharFormat:
        shown = self._base_format()
        if kind == "boilerplate":
            shown.setForeground(theme.BOILERPLATE_TEXT)
            shown.setFontItalic(True)
            return shown
        if kind == "heading":
            shown.setFontWeight(700)
        color = (self.session.project.schema.color("verifiability", verifiability)
                 if verifiability else None)
        if color:
            shown.setBackground(theme.tint(color))
        elif tagged:
            shown.setBackground(theme.TAGGED_WITHOUT_VERIFIABILITY)
        return shown

    @staticmethod
    def _ghost_format() -> QTextCharFormat:
        ghost = QTextCharFormat()
        ghost.setFontUnderline(True)
        ghost.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        # A dashed violet line, apart from accepted sources (solid blue).
        ghost.setUnderlineColor(theme.GHOST_SOURCE)
        return ghost

    @staticmethod
    def _source_format() -> QTextCharFormat:
        source = QTextCharFormat()
        source.setFontUnderline(True)
        source.setUnderlineColor(theme.SOURCE_UNDERLINE)
        source.setForeground(theme.SOURCE_UNDERLINE)
        return source
