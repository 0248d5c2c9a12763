"""Flat reads for describing the coded corpus (charts, crosstabs): every label of every
content sentence, the adjudicated layer, and the documents' outlet and date."""

from __future__ import annotations

from sqlite_utils import Database

_LABELS = ("SELECT t.segment_id, t.doc_id, {who}, t.dimension, t.value FROM {table} t "
           "JOIN segments s ON s.id = t.segment_id "
           "WHERE s.kind != 'boilerplate' AND t.value IS NOT NULL "
           "AND (t.dimension != 'source' OR t.start IS NOT NULL) "
           "ORDER BY t.segment_id")


def labels(db: Database, *, gold_name: str) -> list[tuple[int, int, str, str, str]]:
    """(segment id, doc id, annotator, dimension, value) of every tag on a content sentence,
    then the gold layer's decided values under ``gold_name``; a source's value is its type."""
    rows = db.conn.execute(_LABELS.format(who="t.annotator", table="tags")).fetchall()
    rows += db.conn.execute(_LABELS.format(who="?", table="gold"), [gold_name]).fetchall()
    return rows


def documents(db: Database) -> list[tuple[int, str, str | None, str | None]]:
    """(id, title, outlet, date) of every document."""
    return db.conn.execute("SELECT id, COALESCE(title, ''), outlet, date FROM documents "
                           "ORDER BY id").fetchall()


def sentence_places(db: Database, segment_ids: list[int]
                    ) -> list[tuple[int, int, int, str]]:
    """(segment id, doc id, index, text) of the given sentences, in document order."""
    if not segment_ids:
        return []
    marks = ", ".join("?" for _ in segment_ids)
    return db.conn.execute(
        f'SELECT s.id, s.doc_id, s.idx, substr(d.text, s.start + 1, s."end" - s.start) '
        f"FROM segments s JOIN documents d ON d.id = s.doc_id WHERE s.id IN ({marks}) "
        "ORDER BY s.doc_id, s.idx", list(segment_ids)).fetchall()
