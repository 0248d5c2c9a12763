"""Whole-table reads of a project file (the other side of a merge) and bulk inserts whose
before/after images go into the caller's journal step, so a merge of 100,000 tags is a
few statements per table and still undoable."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .bulk import insert_rows
from .journal import Step

DOCUMENT_FIELDS = ("id", "key", "title", "lang", "origin", "url", "date", "text", "meta",
                   "imported_at", "outlet", "author", "section", "word_count")
SEGMENT_FIELDS = ("id", "doc_id", "idx", "start", "end", "kind", "para", "reason")
TAG_FIELDS = ("segment_id", "doc_id", "annotator", "dimension", "value", "start", "end",
              "quote", "via", "origin", "attrs", "created", "updated")
NOTE_FIELDS = ("segment_id", "doc_id", "annotator", "note", "flag", "updated")


def _select(db: Database, table: str, fields: tuple[str, ...], order: str) -> list[dict]:
    columns = ", ".join(f'"{f}"' for f in fields)
    cursor = db.conn.execute(f'SELECT {columns} FROM "{table}" ORDER BY {order}')
    return [dict(zip(fields, row)) for row in cursor]


def documents(db: Database) -> list[dict[str, Any]]:
    # Their file may predate the metadata columns (it is read, never upgraded).
    have = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    return _select(db, "documents", tuple(f for f in DOCUMENT_FIELDS if f in have), "id")


def segments(db: Database) -> list[dict[str, Any]]:
    return _select(db, "segments", SEGMENT_FIELDS, "doc_id, idx")


def tags(db: Database) -> list[dict[str, Any]]:
    return _select(db, "tags", TAG_FIELDS, "segment_id, annotator, dimension, start, id")


def notes(db: Database) -> list[dict[str, Any]]:
    return _select(db, "notes", NOTE_FIELDS, "segment_id, annotator")


def note_ids(db: Database) -> dict[tuple[int, str], int]:
    return {(seg, who): row_id for row_id, seg, who in
            db.conn.execute("SELECT id, segment_id, annotator FROM notes")}


def _next_id(db: Database, table: str) -> int:
    return (db.conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0) + 1


def insert(db: Database, table: str, rows: list[dict[str, Any]],
           step: Step | None = None) -> list[int]:
    """Insert rows (all with the same keys) under fresh ids; with ``step``, record each
    insert in it so undo deletes them. Call inside the step's transaction."""
    if not rows:
        return []
    first = _next_id(db, table)
    ids = list(range(first, first + len(rows)))
    fields = ["id", *rows[0]]
    insert_rows(db, table, fields, [(row_id, *row.values()) for row_id, row in zip(ids, rows)])
    if step is not None:
        step.diffs.extend((table, row_id, None, {"id": row_id, **row})
                          for row_id, row in zip(ids, rows))
    return ids
