"""The session: current project, annotator, document and sentence, and every tagging action.

Each action runs one core operation synchronously (about a millisecond, committed before the
next key is handled), then broadcasts its ``Changes`` once on ``changed``. Views listen and
refresh only what the change concerns; no view refreshes another. Errors meant for the user
come out on ``failed`` as a message, never as an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core import ops
from ...core.changes import Changes
from ...core.errors import AnnotatorError
from ...core.models import Sentence, SentenceTags
from ...core.project import Project
from . import navigation
from .suggestions import CoreSuggestions, GhostTag, Spans, SuggestionProvider


class Session(QObject):
    changed = Signal(object)  # Changes: the one broadcast after every data change
    projectOpened = Signal()
    schemaChanged = Signal()  # the codebook changed (an edit, or its undo): rebuild from it
    documentOpened = Signal(int)
    sentenceChanged = Signal(object)  # the current Sentence, or None
    annotatorChanged = Signal(str)
    failed = Signal(str)  # a user-facing error message
    message = Signal(str)  # a short status line ("Saved: stance neutral")

    def __init__(self, annotator: str = "", *,
                 suggestions: SuggestionProvider | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.annotator = annotator
        self.suggestions: SuggestionProvider = suggestions or CoreSuggestions()
        # Suggestions scored under this are neither shown nor accepted by Enter.
        self.suggestion_threshold = 0.0
        self.doc_id: int | None = None
        self.sentences: list[Sentence] = []
        self.content_numbers: dict[int, int] = {}  # sentence id -> 1-based, boilerplate left out
        self.current: Sentence | None = None
        self.tagged: set[int] = set()  # sentences of the document this annotator tagged
        # Where to resume in a document (its id -> a sentence id), e.g. from the settings.
        self.resume_at: Callable[[int], int | None] | None = None
        # Tags read this session, by sentence: every view asks for the current sentence's
        # after each key; a change drops the sentences it touched.
        self._tags: dict[int, SentenceTags] = {}

    # -- project, annotator, document ------------------------------------------------
    def set_project(self, project: Project) -> None:
        if self.project is not None and self.project is not project:
            self.project.close()
        self.project = project
        self.doc_id, self.current, self.tagged = None, None, set()
        self._tags.clear()
        self._set_sentences([])
        self.projectOpened.emit()

    def open_project(self, path) -> bool:
        try:
            project = Project.open(path)
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
            return False
        self.set_project(project)
        return True

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None

    def set_annotator(self, name: str) -> None:
        name = name.strip()
        if not name or name == self.annotator:
            return
        self.annotator = name
        self._tags.clear()
        if self.doc_id is not None:
            self.tagged = self._tagged_in_document(self.doc_id)
        self.annotatorChanged.emit(name)

    def open_document(self, doc_id: int, sentence_id: int | None = None) -> None:
        """Show a document, at ``sentence_id`` or where this annotator left off."""
        if self.project is None:
            return
        try:
            self._set_sentences(self.project.sentences(doc_id))
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
            return
        self.doc_id = doc_id
        self._tags.clear()  # read afresh: another program may have written meanwhile
        self.tagged = self._tagged_in_document(doc_id)
        by_id = {s.id: s for s in self.sentences}
        if sentence_id is None and self.resume_at is not None:
            sentence_id = self.resume_at(doc_id)
        self.current = by_id.get(sentence_id) or navigation.where_left_off(
            self.sentences, self.tagged)
        self.documentOpened.emit(doc_id)
        self.sentenceChanged.emit(self.current)

    # -- moving ------------------------------------------------------------------------
    def go_to(self, segment_id: int) -> None:
        target = next((s for s in self.sentences if s.id == segment_id), None)
        if target is not None and target != self.current:
            self.current = target
            self.sentenceChanged.emit(target)

    def next(self) -> None:
        self._move_to(navigation.step(self.sentences, self.current, 1),
                      self.tr("Last sentence"))

    def previous(self) -> None:
        self._move_to(navigation.step(self.sentences, self.current, -1),
                      self.tr("First sentence"))

    def next_untagged(self) -> None:
        self._move_to(navigation.next_untagged(self.sentences, self.current, self.tagged),
                      self.tr("Every sentence of this document is tagged"))

    def _move_to(self, target: Sentence | None, at_end: str) -> None:
        if target is None:
            self.message.emit(at_end)
        else:
            self.go_to(target.id)

    # -- reading the current sentence ----------------------------------------------------
    def tags(self, segment_id: int | None = None) -> SentenceTags:
        segment_id = segment_id if segment_id is not None else self._current_id()
        if self.project is None or segment_id is None or not self.annotator:
            return SentenceTags()
        if segment_id not in self._tags:
            self._tags[segment_id] = self.project.tags(segment_id, self.annotator)
        return self._tags[segment_id]

    def sentence_text(self, sentence: Sentence | None = None) -> str:
        sentence = sentence or self.current
        return self.project.sentence_text(sentence) if self.project and sentence else ""

    def ghost_tags(self) -> list[GhostTag]:
        if self.project is None or self.current is None:
            return []
        return self.suggestions.for_sentence(self.project, self.current, self.annotator,
                                             min_score=self.suggestion_threshold)

    def hidden_suggestions(self) -> int:
        """How many of the current sentence's suggestions the threshold hides."""
        if self.suggestion_threshold <= 0 or self.project is None or self.current is None:
            return 0
        every = self.suggestions.for_sentence(self.project, self.current, self.annotator)
        return len(every) - len(self.ghost_tags())

    def ghost_spans(self, segment_ids: Iterable[int] | None = None) -> Spans:
        """Suggested source spans of the open document (or of some of its sentences), by
        sentence, in document offsets."""
        if self.project is None or self.doc_id is None:
            return {}
        return self.suggestions.source_spans(self.project, self.doc_id, segment_ids,
                                             min_score=self.suggestion_threshold)

    def set_suggestion_threshold(self, threshold: float) -> None:
        """Hide suggestions scored under ``threshold`` (0..1); the views show the open
        document's suggestions again."""
        if threshold == self.suggestion_threshold:
            return
        self.suggestion_threshold = threshold
        if self.project is not None and self.doc_id is not None:
            self.changed.emit(Changes(step="suggestion threshold",
                                      tables=frozenset({"suggestions"}),
                                      documents=frozenset({self.doc_id})))

    # -- tagging (one core operation each) ------------------------------------------------
    def toggle_value(self, dimension: str, value: str) -> None:
        """Set a stance or verifiability value; the same value again clears it."""
        if (segment_id := self._current_id()) is None:
            return
        same = getattr(self.tags(segment_id), dimension) == value
        self.run(ops.set_label, segment_id=segment_id, annotator=self.annotator,
                 dimension=dimension, value=None if same else value)

    def add_source(self, segment_id: int, start: int, end: int, *, type: str,
                   quote: str) -> None:
        """Add a source span (offsets inside the sentence) and make its sentence current."""
        self.go_to(segment_id)
        self.run(ops.add_source, segment_id=segment_id, annotator=self.annotator,
                 start=start, end=end, type=type, quote=quote)

    def edit_source(self, tag_id: int, **values: Any) -> None:
        self.run(ops.edit_source, tag_id=tag_id, **values)

    def remove_source(self, tag_id: int) -> None:
        self.run(ops.remove_source, tag_id=tag_id)

    def set_note(self, segment_id: int, note: str) -> None:
        """Save a note unless it is what the file already holds (no empty undo steps)."""
        if (self.tags(segment_id).note or "") != note.strip():
            self.run(ops.set_note, segment_id=segment_id, annotator=self.annotator, note=note)

    def set_flag(self, flag: bool) -> None:
        if (segment_id := self._current_id()) is not None and self.tags().flag != flag:
            self.run(ops.set_note, segment_id=segment_id, annotator=self.annotator, flag=flag)

    def toggle_flag(self) -> None:
        if self.current is not None:
            self.set_flag(not self.tags().flag)

    def toggle_boilerplate(self) -> None:
        if self.current is not None:
            self.run(ops.set_boilerplate, segment_id=self.current.id,
                     boilerplate=not self.current.boilerplate, annotator=self.annotator)

    def accept_suggestions(self, suggestion_ids: list[int] | None = None) -> None:
        """Accept the current sentence's suggestions (all, or the given ones)."""
        self._decide_suggestions(self.suggestions.accept,
                                 self.tr("No suggestions to accept for this sentence"),
                                 suggestion_ids)

    def reject_suggestions(self, suggestion_ids: list[int] | None = None) -> None:
        self._decide_suggestions(self.suggestions.reject,
                                 self.tr("No suggestions to reject for this sentence"),
                                 suggestion_ids)

    def _decide_suggestions(self, decide: Callable[..., Changes], nothing: str,
                            suggestion_ids: list[int] | None) -> None:
        if not self.ghost_tags():
            self.message.emit(nothing)
            return
        # Enter and Backspace decide on what the panel shows, never on hidden suggestions.
        self.run(decide, segment_id=self.current.id, annotator=self.annotator,
                 suggestion_ids=suggestion_ids, min_score=self.suggestion_threshold)

    def undo(self) -> None:
        self._history(ops.undo, self.tr("Nothing to undo"))

    def redo(self) -> None:
        self._history(ops.redo, self.tr("Nothing to redo"))

    def _history(self, op: Callable[..., Changes | None], nothing: str) -> None:
        changes = self.run(op, annotator=self.annotator)
        if changes is None:
            self.message.emit(nothing)
            return
        # Show what was undone: move to the sentence it touched, if it is in this document.
        touched = [s for s in self.sentences if s.id in changes.segments]
        if touched and self.current not in touched:
            self.go_to(touched[0].id)

    # -- running operations ------------------------------------------------------------
    def run(self, op: Callable[..., Changes | None], /, **kwargs: Any) -> Changes | None:
        """Run one core operation now; report errors; broadcast what changed."""
        if self.project is None:
            return None
        if "annotator" in kwargs and not self.annotator:
            self.failed.emit(self.tr("Choose an annotator name first (Edit > Switch "
                                     "annotator)."))
            return None
        try:
            changes = op(self.project, **kwargs)
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
            return None
        if changes is not None:
            self.apply(changes)
            self.message.emit(self.tr("Saved: {step}").format(step=changes.step))
        return changes

    def apply(self, changes: Changes) -> None:
        """Bring the session's caches up to date, then broadcast ``changes`` once. Also for
        changes made elsewhere (a background import)."""
        if changes.empty:
            return
        for segment_id in changes.segments:
            self._tags.pop(segment_id, None)
        if self.doc_id is not None and self.doc_id in changes.documents:
            if changes.touches("segments"):
                self._reload_sentences()
            if changes.touches("tags"):
                self._retag(changes.segments)
        if changes.touches("settings") and self.project is not None:
            self.project.reload_schema()
            self.schemaChanged.emit()
        self.changed.emit(changes)

    # -- internals ---------------------------------------------------------------------
    def _current_id(self) -> int | None:
        return self.current.id if self.current is not None else None

    def _set_sentences(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        content = (s for s in sentences if not s.boilerplate)
        self.content_numbers = {s.id: number for number, s in enumerate(content, 1)}

    def _reload_sentences(self) -> None:
        self._set_sentences(self.project.sentences(self.doc_id))
        if self.current is not None:
            self.current = next((s for s in self.sentences if s.id == self.current.id), None)

    def _retag(self, segment_ids: Iterable[int]) -> None:
        for segment_id in segment_ids:
            tags = self.tags(segment_id)
            if tags.stance or tags.verifiability or tags.sources:
                self.tagged.add(segment_id)
            else:
                self.tagged.discard(segment_id)

    def _tagged_in_document(self, doc_id: int) -> set[int]:
        if not self.annotator:
            return set()
        return {t.segment_id for t in self.project.document_tags(doc_id, self.annotator)}
