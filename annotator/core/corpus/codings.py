"""Codings: one sentence as one annotator (or the gold layer) coded it, with the document's
outlet and month, read in two queries.

    codings = read_codings(project)
    [c for c in codings if c.annotator == "ana"]

Each axis of a crosstab reads its categories from a coding (``category_getter``): a single-value
dimension gives its value (none when not coded), sources give one type per span ("no
source" when the annotator marked none), outlet and month give a placeholder when the
document has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import InputError
from ..project import Project
from ..schema import SOURCE
from ..store import corpus_rows

GOLD = "gold"  # the adjudicated layer, read as one more coder
NO_SOURCE = "(no source)"
NO_OUTLET = "(no outlet)"
NO_DATE = "(no date)"
AXES = ("stance", "verifiability", SOURCE, "outlet", "month", "annotator", "document")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")


@dataclass(slots=True)
class Coding:
    segment_id: int
    doc_id: int
    annotator: str
    outlet: str | None = None
    month: str | None = None
    stance: str | None = None
    verifiability: str | None = None
    sources: tuple[str, ...] = ()  # one type per span

    def categories(self, axis: str) -> tuple[str, ...]:
        return category_getter(axis)(self)


def category_getter(axis: str) -> Callable[[Coding], tuple[str, ...]]:
    """What a coding counts under on ``axis``: a single-value dimension gives its value
    (nothing when not coded), sources one type per span ("no source" when none)."""
    if axis == SOURCE:
        return lambda c: c.sources or (NO_SOURCE,)
    if axis == "outlet":
        return lambda c: (c.outlet or NO_OUTLET,)
    if axis == "month":
        return lambda c: (c.month or NO_DATE,)
    if axis == "annotator":
        return lambda c: (c.annotator,)
    if axis == "document":
        return lambda c: (str(c.doc_id),)
    if axis == "stance":
        return lambda c: (c.stance,) if c.stance is not None else ()
    if axis == "verifiability":
        return lambda c: (c.verifiability,) if c.verifiability is not None else ()
    raise InputError(f"unknown axis '{axis}'; expected one of: " + ", ".join(AXES))


@dataclass
class Corpus:
    """Every coding of the project, and what the axes need to name their categories."""

    codings: list[Coding]
    titles: dict[int, str]  # doc id -> title
    annotators: list[str]  # alphabetical; the gold layer is not among them
    has_gold: bool

    def layer(self, annotator: str | None) -> list[Coding]:
        """One coder's codings (``GOLD``: the adjudicated layer); None: every annotator's."""
        if annotator is None:
            return [c for c in self.codings if c.annotator != GOLD]
        return [c for c in self.codings if c.annotator == annotator]


def month_of(date: str | None) -> str | None:
    """"2024-03-05" (or any ISO date or timestamp) -> "2024-03"."""
    found = _MONTH.match((date or "").strip())
    return f"{found[1]}-{found[2]}" if found else None


def read_codings(project: Project) -> Corpus:
    documents = {doc_id: (title, (outlet or "").strip() or None, month_of(date))
                 for doc_id, title, outlet, date in corpus_rows.documents(project.db)}
    codings = []
    for segment_id, doc_id, annotator, stance, claim, sources in corpus_rows.codings(
            project.db, gold_name=GOLD):
        _title, outlet, month = documents.get(doc_id, ("", None, None))
        codings.append(Coding(segment_id, doc_id, annotator, outlet, month, stance, claim,
                              tuple(sources.split(corpus_rows.SEPARATOR)) if sources else ()))
    return Corpus(codings, {doc_id: entry[0] for doc_id, entry in documents.items()},
                  sorted({c.annotator for c in codings} - {GOLD}),
                  any(c.annotator == GOLD for c in codings))


def distinct(codings: Iterable[Coding], axis: str) -> set[str]:
    get = category_getter(axis)
    return {category for coding in codings for category in get(coding)}


@dataclass(frozen=True)
class Place:
    """Where a counted sentence is, to list it and open it in its article."""

    segment_id: int
    doc_id: int
    index: int
    text: str


def places(project: Project, segment_ids: Iterable[int], *, limit: int = 500) -> list[Place]:
    """The first ``limit`` of these sentences, in document order."""
    chosen = sorted(set(segment_ids))[:limit]
    return [Place(segment_id, doc_id, index, " ".join(text.split()))
            for segment_id, doc_id, index, text in corpus_rows.sentence_places(project.db,
                                                                               chosen)]
