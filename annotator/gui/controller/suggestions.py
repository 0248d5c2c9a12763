"""The seam between the app and spaCy's suggestions.

The tag panel shows what ``SuggestionProvider.for_sentence`` returns as ghost tags, the
article marks ``source_spans``, and Enter / Backspace (or a ghost tag's own buttons) call
``accept`` / ``reject``. ``CoreSuggestions`` reads and decides through the core, so every
decision is one committed, undoable step; ``NoSuggestions`` is for tests of other parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ...core import suggestions as core
from ...core.changes import Changes
from ...core.models import Sentence
from ...core.project import Project

SOURCE = "source"
Spans = dict[int, list[tuple[int, int]]]  # sentence id -> source spans (document offsets)


@dataclass(frozen=True)
class GhostTag:
    """One suggested tag as the panel shows it."""

    dimension: str  # source | stance | verifiability
    value: str  # the source type, or the stance / verifiability value
    reason: str  # why it was suggested, shown beside it
    text: str = ""  # the span's text, for sources
    id: int | None = None  # the suggestion, to accept or reject it alone
    score: float | None = None
    origin: str = ""  # rules | model
    quote: str | None = None  # direct | indirect, for sources
    via: str | None = None  # the relay in a chain ("TASS, citant le Kremlin")
    flags: str | None = None  # "hedged", "explicitly_unverified"
    start: int | None = None  # document offsets, for sources
    end: int | None = None

    @property
    def is_source(self) -> bool:
        return self.dimension == SOURCE


class SuggestionProvider(Protocol):
    def for_sentence(self, project: Project, sentence: Sentence, annotator: str, *,
                     min_score: float = 0.0) -> list[GhostTag]: ...

    def source_spans(self, project: Project, doc_id: int,
                     segment_ids: Iterable[int] | None = None, *,
                     min_score: float = 0.0) -> Spans: ...

    def accept(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes: ...

    def reject(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes: ...


class CoreSuggestions:
    """Open suggestions read from the project file each time: one indexed query per
    sentence shown, so whatever a background job stored is on screen at the next key."""

    def __init__(self) -> None:
        self._text: tuple[tuple[str, int], str] | None = None  # the last document's text

    def for_sentence(self, project: Project, sentence: Sentence, annotator: str, *,
                     min_score: float = 0.0) -> list[GhostTag]:
        found = [item for item in core.open_suggestions(project, sentence.id)
                 if core.passes(item.score, min_score)]
        if not found:
            return []
        text = self._document_text(project, sentence.doc_id)
        return [ghost(item, text) for item in found]

    def _document_text(self, project: Project, doc_id: int) -> str:
        """Imported text never changes: read it once per document, not once per key."""
        key = (str(project.path), doc_id)
        if self._text is None or self._text[0] != key:
            self._text = (key, project.document(doc_id).text)
        return self._text[1]

    def source_spans(self, project: Project, doc_id: int,
                     segment_ids: Iterable[int] | None = None, *,
                     min_score: float = 0.0) -> Spans:
        """The document's suggested sources, or only those of ``segment_ids`` (after an
        accept or reject: reading a few sentences beats re-reading thousands)."""
        if segment_ids is None:
            items = core.document_suggestions(project, doc_id)
        else:
            items = [i for sid in segment_ids for i in core.open_suggestions(project, sid)]
        found: Spans = {}
        for item in items:
            if (item.dimension == SOURCE and item.start is not None
                    and core.passes(item.score, min_score)):
                found.setdefault(item.segment_id, []).append((item.start, item.end))
        return found

    def accept(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes:
        return core.accept(project, annotator=annotator, segment_id=segment_id,
                           suggestion_ids=suggestion_ids, min_score=min_score)

    def reject(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes:
        return core.reject(project, annotator=annotator, segment_id=segment_id,
                           suggestion_ids=suggestion_ids, min_score=min_score)


def ghost(item: core.Suggestion, document_text: str) -> GhostTag:
    text = document_text[item.start:item.end] if item.start is not None else ""
    return GhostTag(dimension=item.dimension, value=item.value, reason=item.reason or "",
                    text=text, id=item.id, score=item.score, origin=item.origin,
                    quote=item.quote, via=item.via, flags=item.flags, start=item.start,
                    end=item.end)


class NoSuggestions:
    """A provider that never has anything to show."""

    def for_sentence(self, project: Project, sentence: Sentence, annotator: str, *,
                     min_score: float = 0.0) -> list[GhostTag]:
        return []

    def source_spans(self, project: Project, doc_id: int,
                     segment_ids: Iterable[int] | None = None, *,
                     min_score: float = 0.0) -> Spans:
        return {}

    def accept(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes:
        raise NotImplementedError("no suggestion engine")

    def reject(self, project: Project, *, segment_id: int, annotator: str,
               suggestion_ids: Iterable[int] | None = None, min_score: float = 0.0
               ) -> Changes:
        raise NotImplementedError("no suggestion engine")
