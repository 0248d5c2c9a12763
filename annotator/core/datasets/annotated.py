"""Documents that arrive with other tools' annotations (REFI-QDA, doccano, Label Studio):
labels mapped onto this project's schema, character offsets kept through normalisation,
and the annotations stored on the sentences they fall in.

A label maps when it names a dimension and a value (``stance:neutral``, ``stance/neutral``,
a code ``neutral`` under a code ``stance``), a source type (``government``, or
``sources/government``), a generic source (``source``: type ``other``), or a value of
exactly one dimension (``opinion``). Anything else is not stored and is reported, label by
label, with how often it occurred.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..project import Project
from ..schema import SOURCE, LabelSchema
from ..store import merge_rows, now
from ..text.readers import RawDocument, normalise

SOURCE_WORDS = {"source", "sources", "src", "speaker", "attribution"}
FLAG_WORDS = {"flag", "to discuss", "to_discuss"}


@dataclass(frozen=True)
class Annotation:
    """One label on a character range of the document (offsets into ``text``)."""

    start: int
    end: int
    annotator: str
    label: str
    parent: str | None = None  # the label's parent code (REFI-QDA), if any
    quote: str | None = None
    via: str | None = None
    note: str | None = None  # a note instead of a label
    whole: bool = False  # a label of the whole text (a classification), not of a span


@dataclass
class AnnotatedDocument(RawDocument):
    annotations: list[Annotation] = field(default_factory=list)
    format: str = ""  # "REFI-QDA", "doccano", "Label Studio"
    notices: list[str] = field(default_factory=list)  # what the reader could not keep


@dataclass
class StoreReport:
    tags: int = 0
    unmapped: Counter = field(default_factory=Counter)  # label -> occurrences not stored
    outside: int = 0  # annotations on no sentence (boilerplate, blank lines)
    conflicts: int = 0  # a second value for the same annotator, sentence and dimension
    whole_texts: Counter = field(default_factory=Counter)  # text labels on several sentences

    def lines(self, origin: str) -> list[str]:
        """What was not stored, one line each (for the import report)."""
        found = [f"{origin}: label '{label}' ({n}x) matches nothing in the schema; not "
                 "imported" for label, n in sorted(self.unmapped.items())]
        found += [f"{origin}: label '{label}' ({n}x) is on a whole text of several sentences;"
                  " not imported (tag the sentences)" for label, n in
                  sorted(self.whole_texts.items())]
        if self.outside:
            found.append(f"{origin}: {self.outside} annotation(s) on no sentence "
                         "(boilerplate or blank lines); not imported")
        if self.conflicts:
            found.append(f"{origin}: {self.conflicts} second value(s) for a sentence and "
                         "dimension already tagged by the same annotator; the first is kept")
        return found


def resolve(schema: LabelSchema, label: str, parent: str | None = None
            ) -> tuple[str, str] | None:
    """(dimension, value) for a label, ``("source", type)``, ``("flag", "")`` or None."""
    name = label.strip()
    for separator in (":", "/"):
        if separator in name and not parent:
            parent, name = (part.strip() for part in name.split(separator, 1))
            break
    low = name.lower()
    dims = {d.lower(): d for d in schema.dimensions}
    types = {t.lower(): t for t in schema.source_types}
    if parent is not None:
        top = parent.lower()
        if top in dims:
            values = {v.lower(): v for v in schema.values(dims[top])}
            return (dims[top], values[low]) if low in values else None
        if top in SOURCE_WORDS:
            return (SOURCE, types.get(low, "other")) if low in types or low in SOURCE_WORDS \
                else None
    if low in types:
        return SOURCE, types[low]
    if low in SOURCE_WORDS:
        return SOURCE, "other"
    if low in FLAG_WORDS:
        return "flag", ""
    owners = [d for d in schema.dimensions if low in {v.lower() for v in schema.values(d)}]
    if len(owners) == 1:
        return owners[0], next(v for v in schema.values(owners[0]) if v.lower() == low)
    return None


def normalised_with_offsets(raw: str) -> tuple[str, list[int]]:
    """``normalise(raw)`` and, for each position 0..len(raw) of ``raw``, its position in the
    result, so another tool's offsets still point at the same characters."""
    chars = [i for i, ch in enumerate(raw) if ch != "\ufeff"]
    # Line ends: CRLF and CR become LF; trailing blanks of each line go.
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(chars):
        ch = raw[chars[i]]
        if ch == "\r":
            if i + 1 < len(chars) and raw[chars[i + 1]] == "\n":
                i += 1
            ch = "\n"
        out.append((chars[i], ch))
        i += 1
    cleaned: list[tuple[int, str]] = []
    for position, ch in out:
        if ch == "\n":
            while cleaned and cleaned[-1][1].isspace() and cleaned[-1][1] != "\n":
                cleaned.pop()
        cleaned.append((position, ch))
    while cleaned and cleaned[-1][1].isspace() and cleaned[-1][1] != "\n":
        cleaned.pop()
    while cleaned and cleaned[0][1] == "\n":
        cleaned.pop(0)
    while cleaned and cleaned[-1][1] == "\n":
        cleaned.pop()
    composed, mapping = _compose(raw, cleaned)
    if composed != normalise(raw):
        raise InputError("the text cannot be normalised with its offsets kept")
    return composed, mapping


def _compose(raw: str, kept: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """NFC cluster by cluster (a starter and its combining marks), mapping raw positions."""
    mapping = [0] * (len(raw) + 1)
    pieces: list[str] = []
    length = 0
    cluster: list[tuple[int, str]] = []

    def flush() -> None:
        nonlocal length
        if not cluster:
            return
        piece = unicodedata.normalize("NFC", "".join(ch for _p, ch in cluster))
        for position, _ch in cluster:
            mapping[position] = length
        pieces.append(piece)
        length += len(piece)
        cluster.clear()

    for position, ch in kept:
        if unicodedata.combining(ch) and cluster:
            cluster.append((position, ch))
            continue
        flush()
        cluster.append((position, ch))
    flush()
    # Removed characters map to the next kept one; the end maps to the end.
    following = length
    kept_at = {p for p, _ch in kept}
    for position in range(len(raw), -1, -1):
        if position in kept_at:
            following = mapping[position]
        else:
            mapping[position] = following
    return "".join(pieces), mapping


def store_annotations(project: Project, doc_id: int, document: AnnotatedDocument
                      ) -> StoreReport:
    """Store a just-imported document's annotations (inside the import's transaction) on
    the sentences they fall in: a source on the sentence it overlaps most, clipped to it;
    a label or note on the sentence it overlaps most."""
    report = StoreReport()
    schema = project.schema
    segments = [s for s in project.sentences(doc_id) if s.kind != "boilerplate"]
    stamp = now()
    tags: list[dict[str, Any]] = []
    notes: dict[tuple[int, str], dict[str, Any]] = {}
    single: set[tuple[int, str, str]] = set()
    for annotation in document.annotations:
        if annotation.whole and len(segments) != 1:
            report.whole_texts[annotation.label] += 1
            continue
        segment = _segment_of(segments, annotation.start, annotation.end)
        if segment is None:
            report.outside += 1
            continue
        where = {"segment_id": segment.id, "doc_id": doc_id}
        note = notes.setdefault((segment.id, annotation.annotator), {
            **where, "annotator": annotation.annotator, "note": None, "flag": 0,
            "updated": stamp})
        if annotation.note is not None:
            note["note"] = "\n".join(filter(None, (note["note"], annotation.note)))
            continue
        mapped = resolve(schema, annotation.label, annotation.parent)
        if mapped is None:
            report.unmapped[annotation.label] += 1
            continue
        dimension, value = mapped
        if dimension == "flag":
            note["flag"] = 1
            continue
        who = {**where, "annotator": annotation.annotator, "created": stamp, "updated": stamp}
        if dimension == SOURCE:
            start, end = max(annotation.start, segment.start), min(annotation.end, segment.end)
            tags.append({**who, "dimension": SOURCE, "value": value, "start": start,
                         "end": end, "quote": annotation.quote or "indirect",
                         "via": annotation.via})
        elif (segment.id, annotation.annotator, dimension) in single:
            report.conflicts += 1
        else:
            single.add((segment.id, annotation.annotator, dimension))
            tags.append({**who, "dimension": dimension, "value": value, "start": None,
                         "end": None, "quote": None, "via": None})
    merge_rows.insert(project.db, "tags", tags)
    merge_rows.insert(project.db, "notes", [n for n in notes.values()
                                            if n["note"] or n["flag"]])
    report.tags = len(tags)
    return report


def _segment_of(segments, start: int, end: int):
    best, overlap = None, 0
    for segment in segments:
        shared = min(end, segment.end) - max(start, segment.start)
        if shared > overlap:
            best, overlap = segment, shared
    return best
