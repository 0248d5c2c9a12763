"""Reads and bulk writes of the suggestions and models tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

COLUMNS = ("id, segment_id, doc_id, dimension, value, start, end, quote, via, cue, reason, "
           "score, origin, version, state, flags")


def for_segment(db: Database, segment_id: int, state: str | None = "open") -> list[dict]:
    return _select(db, "segment_id", segment_id, state)


def for_document(db: Database, doc_id: int, state: str | None = "open") -> list[dict]:
    return _select(db, "doc_id", doc_id, state)


def _select(db: Database, column: str, value: int, state: str | None) -> list[dict]:
    sql = f"SELECT {COLUMNS} FROM suggestions WHERE {column} = ?"
    params: list[Any] = [value]
    if state is not None:
        sql += " AND state = ?"
        params.append(state)
    order = " ORDER BY segment_id, dimension, score DESC, start, id"
    return list(db.query(sql + order, params))


def decided_keys(db: Database, doc_id: int) -> set[tuple]:
    """(segment, dimension, value, start, end) of accepted or rejected suggestions."""
    return {tuple(row) for row in db.execute(
        "SELECT segment_id, dimension, value, start, end FROM suggestions "
        "WHERE doc_id = ? AND state != 'open'", [doc_id])}


def replace_open(db: Database, doc_id: int, origin: str, rows: Iterable[dict]) -> int:
    """Swap a document's open suggestions of one origin for ``rows``; call inside a step."""
    db.execute("DELETE FROM suggestions WHERE doc_id = ? AND origin = ? AND state = 'open'",
               [doc_id, origin])
    rows = list(rows)
    if rows:
        db["suggestions"].insert_all(rows)
    return len(rows)


def suggested_documents(db: Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT DISTINCT doc_id FROM suggestions")}


def labelled_sentences(db: Database, dimension: str) -> list[tuple[int, str, int, int, str]]:
    """(doc id, value, start, end, annotator) of every person's tag on ``dimension``."""
    return list(db.execute(
        "SELECT s.doc_id, t.value, s.start, s.end, t.annotator FROM tags t "
        "JOIN segments s ON s.id = t.segment_id WHERE t.dimension = ? AND s.kind != "
        "'boilerplate' ORDER BY s.id, t.annotator", [dimension]))


def tagged_segments(db: Database, doc_id: int, dimension: str) -> set[int]:
    return {r[0] for r in db.execute(
        "SELECT DISTINCT segment_id FROM tags WHERE doc_id = ? AND dimension = ?",
        [doc_id, dimension])}


def save_model(db: Database, row: dict) -> int:
    return db["models"].insert(row).last_pk


def latest_model(db: Database, dimension: str) -> dict | None:
    rows = list(db.query("SELECT * FROM models WHERE dimension = ? ORDER BY id DESC LIMIT 1",
                         [dimension]))
    return rows[0] if rows else None


def count_tags(db: Database, dimension: str) -> int:
    return db.execute("SELECT count(*) FROM tags WHERE dimension = ?",
                      [dimension]).fetchone()[0]
