"""The seam for spaCy's suggestions in the app.

The tag panel shows what ``SuggestionProvider.for_sentence`` returns as ghost tags, and
Enter / Backspace call ``accept`` / ``reject``. The suggestion engine plugs a provider in
(reading the ``suggestions`` table through the core); until then ``NoSuggestions`` is used
and both keys only say there is nothing to accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ...core.changes import Changes
from ...core.models import Sentence
from ...core.project import Project


@dataclass(frozen=True)
class GhostTag:
    """One suggested tag as the panel shows it."""

    dimension: str  # source | stance | verifiability
    value: str  # the source type, or the stance / verifiability value
    reason: str  # why it was suggested, shown beside it
    text: str = ""  # the span's text, for sources


class SuggestionProvider(Protocol):
    def for_sentence(self, project: Project, sentence: Sentence, annotator: str
                     ) -> list[GhostTag]: ...

    def accept(self, project: Project, *, segment_id: int, annotator: str) -> Changes: ...

    def reject(self, project: Project, *, segment_id: int, annotator: str) -> Changes: ...


class NoSuggestions:
    """The provider before the suggestion engine is plugged in: never anything to show."""

    def for_sentence(self, project: Project, sentence: Sentence, annotator: str
                     ) -> list[GhostTag]:
        return []

    def accept(self, project: Project, *, segment_id: int, annotator: str) -> Changes:
        raise NotImplementedError("no suggestion engine")

    def reject(self, project: Project, *, segment_id: int, annotator: str) -> Changes:
        raise NotImplementedError("no suggestion engine")
