"""Flat reads for agreement figures: one query per kind of row, no per-sentence queries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database


def _filters(annotators: Sequence[str], documents: Sequence[int] | None) -> tuple[str, list]:
    where = (" AND s.kind != 'boilerplate' AND t.annotator IN ("
             + ", ".join("?" for _ in annotators) + ")")
    params: list = list(annotators)
    if documents is not None:
        where += " AND s.doc_id IN (" + ", ".join("?" for _ in documents) + ")"
        params.extend(documents)
    return where, params


def coded(db: Database, annotators: Sequence[str], documents: Sequence[int] | None = None
          ) -> list[tuple[int, int, str]]:
    """(segment id, doc id, annotator) for each content sentence an annotator tagged."""
    where, params = _filters(annotators, documents)
    return db.conn.execute(
        "SELECT DISTINCT t.segment_id, s.doc_id, t.annotator FROM tags t "
        f"JOIN segments s ON s.id = t.segment_id WHERE 1{where}", params).fetchall()


def labels(db: Database, dimension: str, annotators: Sequence[str],
           documents: Sequence[int] | None = None) -> list[tuple[int, str, str]]:
    """(segment id, annotator, value) of one single-value dimension."""
    where, params = _filters(annotators, documents)
    return db.conn.execute(
        "SELECT t.segment_id, t.annotator, t.value FROM tags t "
        f"JOIN segments s ON s.id = t.segment_id WHERE t.dimension = ?{where}",
        [dimension, *params]).fetchall()


def spans(db: Database, annotators: Sequence[str], documents: Sequence[int] | None = None
          ) -> list[tuple[int, str, int, int, str]]:
    """(segment id, annotator, start, end, type) of every source span."""
    where, params = _filters(annotators, documents)
    return db.conn.execute(
        "SELECT t.segment_id, t.annotator, t.start, t.end, t.value FROM tags t "
        f"JOIN segments s ON s.id = t.segment_id WHERE t.dimension = 'source'{where} "
        "ORDER BY t.segment_id, t.start, t.id", params).fetchall()
