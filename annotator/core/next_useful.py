"""The most useful sentence to tag next, for building a training set (an optional queue).

Untagged sentences are ranked by how unsure the models are about them: the source finder
learned from the tags (its least certain candidate span, kept by the last suggesting pass)
and the scores of the sentence's open suggestions. Reading order stays the default way
through a document; this queue is what a data scientist follows instead.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .project import Project
from .store import learning_rows
from .suggest.usefulness import most_useful, uncertainty


@dataclass(frozen=True)
class Useful:
    segment_id: int
    doc_id: int
    uncertainty: float  # 1: a coin toss; 0: the models are sure


def useful_sentences(project: Project, *, annotator: str, doc_id: int | None = None
                     ) -> list[Useful]:
    """``annotator``'s untagged content sentences (of one document, or all) that the models
    are unsure about, the most uncertain first; ties in reading order."""
    db = project.db
    untagged = dict(learning_rows.untagged_sentences(db, annotator, doc_id))
    scores: dict[int, list[float]] = defaultdict(list)
    for segment, score in learning_rows.open_scores(db, doc_id):
        scores[segment].append(score)
    finder = learning_rows.uncertainties(db, doc_id)
    ranked = {segment: max(uncertainty(scores[segment]), finder.get(segment, 0.0))
              for segment in untagged}
    return [Useful(segment, untagged[segment], ranked[segment])
            for segment in most_useful(ranked) if ranked[segment] > 0]


def next_useful(project: Project, *, annotator: str, doc_id: int | None = None,
                current: int | None = None) -> Useful | None:
    """The most useful sentence other than ``current``; None when nothing is uncertain."""
    return next((u for u in useful_sentences(project, annotator=annotator, doc_id=doc_id)
                 if u.segment_id != current), None)
