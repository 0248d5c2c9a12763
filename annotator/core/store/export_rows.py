"""Streaming reads for exports: documents in order, their sentences, and each sentence's
tags, notes and flags grouped by annotator (one small query set per document)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlite_utils import Database

from . import queries


@dataclass(frozen=True)
class DocRow:
    id: int
    key: str
    title: str
    text: str
    lang: str | None = None
    date: str | None = None
    url: str | None = None
    meta: str | None = None
    outlet: str | None = None
    author: str | None = None
    section: str | None = None
    word_count: int | None = None


def document_row(db: Database, doc_id: int) -> DocRow:
    """The document with its metadata (columns a pre-m004 file lacks read as None)."""
    return DocRow(*db.conn.execute(
        f"SELECT id, key, title, text, lang, date, url, meta, {queries.meta_columns(db)} "
        "FROM documents WHERE id = ?", [doc_id]).fetchone())


@dataclass(frozen=True)
class SegmentRow:
    id: int
    idx: int
    start: int
    end: int
    kind: str


@dataclass
class Layer:
    """One annotator's tags on one sentence, as raw tuples."""

    single: dict[str, str] = field(default_factory=dict)
    sources: list[tuple] = field(default_factory=list)  # (dim, type, start, end, quote, via)
    note: str | None = None
    flag: bool = False


def _where_in(column: str, ids: tuple[int, ...] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' for _ in ids)})", list(ids)


def walk(db: Database, *, annotator: str | None = None, include_boilerplate: bool = False,
         documents: tuple[int, ...] | None = None
         ) -> Iterator[tuple[DocRow, SegmentRow, dict[str, Layer]]]:
    conn = db.conn
    where, params = _where_in("id", documents)
    doc_ids = [r[0] for r in conn.execute(f"SELECT id FROM documents{where} ORDER BY id", params)]
    by = " AND t.annotator = ?" if annotator else ""
    extra = [annotator] if annotator else []
    kinds = "" if include_boilerplate else " AND s.kind != 'boilerplate'"
    for doc_id in doc_ids:
        doc = document_row(db, doc_id)
        layers: dict[int, dict[str, Layer]] = defaultdict(dict)
        for seg_id, who, dim, value, start, end, quote, via in conn.execute(
                "SELECT t.segment_id, t.annotator, t.dimension, t.value, t.start, t.end, "
                "t.quote, t.via FROM segments s JOIN tags t ON t.segment_id = s.id "
                f"WHERE s.doc_id = ?{kinds}{by} ORDER BY t.start, t.id", [doc_id, *extra]):
            layer = layers[seg_id].setdefault(who, Layer())
            if dim == "source":
                layer.sources.append((dim, value, start, end, quote, via))
            else:
                layer.single[dim] = value
        for seg_id, who, note, flag in conn.execute(
                "SELECT t.segment_id, t.annotator, t.note, t.flag FROM segments s "
                f"JOIN notes t ON t.segment_id = s.id WHERE s.doc_id = ?{kinds}{by}",
                [doc_id, *extra]):
            if note or flag:
                layer = layers[seg_id].setdefault(who, Layer())
                layer.note, layer.flag = note, bool(flag)
        for row in conn.execute(
                f"SELECT id, idx, start, end, kind FROM segments s WHERE doc_id = ?{kinds} "
                "ORDER BY idx", [doc_id]):
            segment = SegmentRow(*row)
            found = layers.get(segment.id, {})
            yield doc, segment, {name: found[name] for name in sorted(found)}


def suggestions_by_segment(db: Database, documents: tuple[int, ...] | None = None
                           ) -> dict[int, list[tuple]]:
    """Suggestions not rejected, per segment: (dim, value, start, end, quote, via, score)."""
    where, params = _where_in("doc_id", documents)
    where = (where + " AND" if where else " WHERE") + " state != 'rejected'"
    found: dict[int, list[tuple]] = defaultdict(list)
    for seg_id, *row in db.conn.execute(
            "SELECT segment_id, dimension, value, start, end, quote, via, score FROM suggestions"
            f"{where} ORDER BY segment_id, start, id", params):
        found[seg_id].append(tuple(row))
    return found
