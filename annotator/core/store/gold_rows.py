"""Reads of the adjudicated (gold) layer, per sentence and streamed per document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from .export_rows import DocRow, Layer, SegmentRow, _where_in, document_row

GOLD_FIELDS = ("id", "segment_id", "doc_id", "dimension", "value", "start", "end", "quote",
               "via", "proposed_by", "decided_by", "decided_at", "reason")
_COLUMNS = ", ".join(f'g."{f}"' for f in GOLD_FIELDS)


@dataclass
class GoldLayer(Layer):
    """The gold layer of one sentence; ``provenance`` per decided dimension."""

    provenance: dict[str, dict[str, Any]] = field(default_factory=dict)


def for_segment(db: Database, segment_id: int) -> list[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT {_COLUMNS} FROM gold g WHERE g.segment_id = ? "
                             "ORDER BY g.dimension, g.start, g.id", [segment_id])
    return [dict(zip(GOLD_FIELDS, row)) for row in cursor]


def by_segment(db: Database, documents: tuple[int, ...] | None = None
               ) -> dict[int, list[dict[str, Any]]]:
    where, params = _where_in("g.doc_id", documents)
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in db.conn.execute(f"SELECT {_COLUMNS} FROM gold g{where} "
                               "ORDER BY g.segment_id, g.dimension, g.start, g.id", params):
        found[row[1]].append(dict(zip(GOLD_FIELDS, row)))
    return found


def layer(rows: list[dict[str, Any]]) -> GoldLayer:
    """Gold rows of one sentence as a layer; a row without value records "decided: none"."""
    gold = GoldLayer()
    for row in rows:
        dimension = row["dimension"]
        gold.provenance[dimension] = {k: row[k] for k in
                                      ("proposed_by", "decided_by", "decided_at", "reason")}
        if row["value"] is None:
            continue
        if dimension == "source":
            gold.sources.append((dimension, row["value"], row["start"], row["end"],
                                 row["quote"], row["via"]))
        else:
            gold.single[dimension] = row["value"]
    return gold


def walk(db: Database, *, include_boilerplate: bool = False,
         documents: tuple[int, ...] | None = None
         ) -> Iterator[tuple[DocRow, SegmentRow, dict[str, Layer]]]:
    """Like ``export_rows.walk``, with the gold layer as the one annotator ``"gold"``."""
    conn = db.conn
    where, params = _where_in("id", documents)
    kinds = "" if include_boilerplate else " AND kind != 'boilerplate'"
    for (doc_id,) in conn.execute(f"SELECT id FROM documents{where} ORDER BY id",
                                  params).fetchall():
        doc = document_row(db, doc_id)
        gold = by_segment(db, (doc_id,))
        for row in conn.execute(f"SELECT id, idx, start, end, kind FROM segments "
                                f"WHERE doc_id = ?{kinds} ORDER BY idx", [doc_id]):
            segment = SegmentRow(*row)
            rows = gold.get(segment.id)
            yield doc, segment, ({"gold": layer(rows)} if rows else {})
