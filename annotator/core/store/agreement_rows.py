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


def _position(column: str, names: Sequence[str]) -> tuple[str, list]:
    """SQL giving the position of ``column`` in ``names`` (len(names) when absent): the
    rows come back as small integers, ready for numpy, without a Python pass over them."""
    cases = " ".join(f"WHEN ? THEN {i}" for i in range(len(names)))
    return f"CASE {column} {cases} ELSE {len(names)} END", list(names)


def labels(db: Database, dimension: str, annotators: Sequence[str], values: Sequence[str],
           documents: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
    """(segment id, annotator position, value position) of one single-value dimension."""
    where, params = _filters(annotators, documents)
    who, who_params = _position("annotator", annotators)
    value, value_params = _position("value", values)
    return db.conn.execute(
        f"SELECT segment_id, {who}, {value} FROM tags WHERE dimension = ?{where}",
        [*who_params, *value_params, dimension, *params]).fetchall()


def spans(db: Database, annotators: Sequence[str], types: Sequence[str],
          documents: Sequence[int] | None = None) -> list[tuple[int, int, int, int, int]]:
    """(segment id, annotator position, start, end, type position) of every source span."""
    where, params = _filters(annotators, documents)
    who, who_params = _position("annotator", annotators)
    kind, kind_params = _position("value", types)
    return db.conn.execute(
        f'SELECT segment_id, {who}, start, "end", {kind} FROM tags '
        f"WHERE dimension = 'source'{where}", [*who_params, *kind_params, *params]).fetchall()


def content_segments(db: Database, documents: Sequence[int] | None = None
                     ) -> list[tuple[int, int]]:
    """(segment id, doc id) of every segment that is not boilerplate."""
    where, params = "", []
    if documents is not None:
        where = " AND doc_id IN (" + ", ".join("?" for _ in documents) + ")"
        params = list(documents)
    return db.conn.execute("SELECT id, doc_id FROM segments WHERE kind != 'boilerplate'"
                           f"{where} ORDER BY id", params).fetchall()
