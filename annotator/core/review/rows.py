"""Review rows: per sentence, each chosen annotator's tags side by side with the gold layer.

What a review view shows (disagreements first) and what bulk adjudication works on::

    rows = review_rows(project, annotators=["ana", "ben"])
    for row in rows:  # row.status: disagree | agree | single | untagged
        row.layers["ana"].stance, row.disagreements, row.gold
    row = review_row(project, segment_id=12, annotators=["ana", "ben"])  # after an op

Two annotators agree on a dimension when both tagged the sentence and give the same label,
or the same set of sources (offsets, type, quote, via). An annotator who did not tag the
sentence at all takes no part in its comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..project import Project
from ..schema import SOURCE
from ..store import export_rows, gold_rows

DIMENSIONS = ("stance", "verifiability", SOURCE)
TITLES = {"stance": "Stance", "verifiability": "Verifiability", SOURCE: "Sources"}
STATUSES = ("disagree", "agree", "single", "untagged")


@dataclass(frozen=True)
class SourceSpan:
    start: int  # document offsets
    end: int
    type: str
    quote: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class Layer:
    """One annotator's (or the gold) tags on one sentence."""

    stance: str | None = None
    verifiability: str | None = None
    sources: tuple[SourceSpan, ...] = ()
    note: str | None = None
    flag: bool = False

    @property
    def coded(self) -> bool:
        """Has at least one tag (a note or flag alone is not a coding decision)."""
        return bool(self.stance or self.verifiability or self.sources)

    def value(self, dimension: str) -> Any:
        """What is compared: the label, or the set of sources."""
        if dimension == SOURCE:
            return frozenset(self.sources)
        return getattr(self, dimension)


@dataclass(frozen=True)
class Decision:
    proposed_by: str | None
    decided_by: str | None
    decided_at: str | None
    reason: str | None


@dataclass(frozen=True)
class GoldLayer(Layer):
    decisions: dict[str, Decision] = field(default_factory=dict)  # per decided dimension

    def decided(self, dimension: str) -> bool:
        return dimension in self.decisions


@dataclass(frozen=True)
class ReviewRow:
    segment_id: int
    doc_id: int
    index: int
    text: str
    start: int
    end: int
    kind: str
    layers: dict[str, Layer]  # every chosen annotator, an empty Layer when untagged
    gold: GoldLayer | None
    status: str
    disagreements: tuple[str, ...]  # dimensions the coders disagree on

    @property
    def adjudicated(self) -> bool:
        return self.gold is not None

    @property
    def coders(self) -> list[str]:
        return [name for name, layer in self.layers.items() if layer.coded]


def compare(layers: dict[str, Layer]) -> tuple[str, tuple[str, ...]]:
    """(status, dimensions in disagreement) among the annotators who tagged the sentence."""
    coded = [layer for layer in layers.values() if layer.coded]
    if not coded:
        return "untagged", ()
    if len(coded) == 1:
        return "single", ()
    differ = tuple(d for d in DIMENSIONS if len({layer.value(d) for layer in coded}) > 1)
    return ("disagree" if differ else "agree"), differ


def review_rows(project: Project, *, annotators: Sequence[str],
                documents: Sequence[int] | None = None, disagreements_first: bool = True,
                statuses: Sequence[str] | None = None, include_boilerplate: bool = False
                ) -> list[ReviewRow]:
    """Rows for the review view, disagreements first (then in reading order)."""
    names = _names(annotators)
    for status in statuses or ():
        if status not in STATUSES:
            raise InputError(f"unknown status '{status}'; expected one of: "
                             + ", ".join(STATUSES))
    rows = [row for row in _rows(project, names, documents, include_boilerplate)
            if not statuses or row.status in statuses]
    if disagreements_first:
        rows.sort(key=lambda r: STATUSES.index(r.status))  # stable: reading order kept
    return rows


def review_row(project: Project, *, segment_id: int, annotators: Sequence[str]) -> ReviewRow:
    """One row, fresh from the file: what a view re-reads after an operation."""
    sentence = project.sentence(segment_id)
    for row in _rows(project, _names(annotators), (sentence.doc_id,), True):
        if row.segment_id == segment_id:
            return row
    raise InputError(f"no sentence with id {segment_id}")


def gold_layer(project: Project, segment_id: int) -> GoldLayer | None:
    rows = gold_rows.for_segment(project.db, segment_id)
    return _gold(gold_rows.layer(rows)) if rows else None


def _names(annotators: Sequence[str]) -> list[str]:
    names = list(dict.fromkeys(a.strip() for a in annotators if a and a.strip()))
    if not names:
        raise InputError("choose at least one annotator to review")
    return names


def _rows(project: Project, names: list[str], documents, include_boilerplate: bool):
    documents = tuple(documents) if documents is not None else None
    gold = gold_rows.by_segment(project.db, documents)
    for doc, segment, found in export_rows.walk(project.db, documents=documents,
                                                include_boilerplate=include_boilerplate):
        layers = {name: _layer(found.get(name)) for name in names}
        status, differ = compare(layers)
        rows = gold.get(segment.id)
        yield ReviewRow(segment.id, doc.id, segment.idx, doc.text[segment.start:segment.end],
                        segment.start, segment.end, segment.kind, layers,
                        _gold(gold_rows.layer(rows)) if rows else None, status, differ)


def _layer(raw: export_rows.Layer | None) -> Layer:
    if raw is None:
        return Layer()
    return Layer(stance=raw.single.get("stance"), verifiability=raw.single.get("verifiability"),
                 sources=_spans(raw.sources), note=raw.note or None, flag=bool(raw.flag))


def _spans(rows: list[tuple]) -> tuple[SourceSpan, ...]:
    spans = (SourceSpan(start, end, kind, quote, via)
             for _dim, kind, start, end, quote, via in rows)
    return tuple(sorted(spans, key=lambda s: (s.start, s.end, s.type, s.quote or "",
                                              s.via or "")))


def _gold(raw: gold_rows.GoldLayer) -> GoldLayer:
    return GoldLayer(stance=raw.single.get("stance"),
                     verifiability=raw.single.get("verifiability"),
                     sources=_spans(raw.sources),
                     decisions={d: Decision(**p) for d, p in raw.provenance.items()})
