"""Flat reads for describing the coded corpus (charts, crosstabs): every label of every
content sentence, the adjudicated layer, and the documents' outlet and date."""

from __future__ import annotations

from sqlite_utils import Database

# One row per sentence and coder: stance, verifiability and the source types (one per span,
# joined by the unit separator), grouped by SQLite on the (segment, annotator) index.
SEPARATOR = "\x1f"
_CODINGS = ("SELECT t.segment_id, t.doc_id, {who}, "
            "MAX(CASE WHEN t.dimension = 'stance' THEN t.value END), "
            "MAX(CASE WHEN t.dimension = 'verifiability' THEN t.value END), "
            "group_concat(CASE WHEN t.dimension = 'source' THEN t.value END, char(31)) "
            "FROM {table} t JOIN segments s ON s.id = t.segment_id "
            "WHERE s.kind != 'boilerplate' AND t.value IS NOT NULL "
            "AND t.dimension IN ('stance', 'verifiability', 'source') "
            "AND (t.dimension != 'source' OR t.start IS NOT NULL) "
            "GROUP BY t.segment_id, {who} ORDER BY t.segment_id")


def codings(db: Database, *, gold_name: str
            ) -> list[tuple[int, int, str, str | None, str | None, str | None]]:
    """(segment id, doc id, annotator, stance, verifiability, source types joined by
    ``SEPARATOR``) of every coded content sentence, then the gold layer's under
    ``gold_name``."""
    rows = db.conn.execute(_CODINGS.format(who="t.annotator", table="tags")).fetchall()
    rows += db.conn.execute(_CODINGS.format(who="?", table="gold").replace(
        "GROUP BY t.segment_id, ?", "GROUP BY t.segment_id"), [gold_name]).fetchall()
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
