"""Flat reads for agreement figures: one query per kind of row, no join, no per-sentence
query (boilerplate is filtered by the caller from the short list of its ids)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database


def _filters(annotators: Sequence[str], documents: Sequence[int] | None) -> tuple[str, list]:
    where = " AND annotator IN (" + ", ".join("?" for _ in annotators) + ")"
    params: list = list(annotators)
    if documents is not None:
        where += " AND doc_id IN (" + ", ".join("?" for _ in documents) + ")"
        params.extend(documents)
    return where, params


def labels(db: Database, dimension: str, annotators: Sequence[str],
           documents: Sequence[int] | None = None) -> list[tuple[int, str, str]]:
    """(segment id, annotator, value) of one single-value dimension."""
    where, params = _filters(annotators, documents)
    return db.conn.execute(
        "SELECT segment_id, annotator, value FROM tags "
        f"WHERE dimension = ?{where}", [dimension, *params]).fetchall()


def spans(db: Database, annotators: Sequence[str], documents: Sequence[int] | None = None
          ) -> list[tuple[int, str, int, int, str]]:
    """(segment id, annotator, start, end, type) of every source span."""
    where, params = _filters(annotators, documents)
    return db.conn.execute(
        'SELECT segment_id, annotator, start, "end", value FROM tags '
        f"WHERE dimension = 'source'{where}", params).fetchall()


def content_segments(db: Database, documents: Sequence[int] | None = None
                     ) -> list[tuple[int, int]]:
    """(segment id, doc id) of every segment that is not boilerplate."""
    where, params = "", []
    if documents is not None:
        where = " AND doc_id IN (" + ", ".join("?" for _ in documents) + ")"
        params = list(documents)
    return db.conn.execute("SELECT id, doc_id FROM segments WHERE kind != 'boilerplate'"
                           f"{where} ORDER BY id", params).fetchall()
