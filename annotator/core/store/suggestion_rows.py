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


def rule_outcomes(db: Database, origin: str) -> list[dict]:
    """What became of each suggestion of ``origin``: its state, its sentence's tags on the
    same dimension by anyone (values; for sources the spans), and the document's language.
    The suggestions a person decided on or tagged over only."""
    suggestions = list(db.query(
        "SELECT s.segment_id, s.dimension, s.value, s.start, s.end, s.reason, s.state, "
        "d.lang FROM suggestions s JOIN documents d ON d.id = s.doc_id WHERE s.origin = ? "
        "AND (s.state != 'open' OR EXISTS (SELECT 1 FROM tags t WHERE "
        "t.segment_id = s.segment_id AND t.dimension = s.dimension))", [origin]))
    tagged: dict[tuple[int, str], list[tuple]] = {}
    for row in db.execute(
            "SELECT t.segment_id, t.dimension, t.value, t.start, t.end FROM tags t WHERE "
            "t.segment_id IN (SELECT segment_id FROM suggestions WHERE origin = ?)",
            [origin]):
        tagged.setdefault((row[0], row[1]), []).append(tuple(row[2:]))
    for row in suggestions:
        row["tags"] = tagged.get((row["segment_id"], row["dimension"]), [])
    return suggestions
