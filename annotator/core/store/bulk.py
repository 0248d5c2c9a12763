"""Bulk writes that are not undone step by step (imports): plain inserts in the caller's
transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

MAX_VARIABLES = 30_000  # below SQLite's default limit of 32,766 parameters a statement


def insert_document(db: Database, *, segments: Iterable[Any], **document: Any) -> int:
    """Insert a document and its segments (objects with start, end, kind, para, reason)."""
    columns = ", ".join(f'"{c}"' for c in document)
    doc_id = db.conn.execute(
        f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' for _ in document)})",
        list(document.values())).lastrowid
    insert_rows(db, "segments", ("doc_id", "idx", "start", "end", "kind", "para", "reason"),
                [(doc_id, idx, s.start, s.end, s.kind, s.para, s.reason)
                 for idx, s in enumerate(segments)])
    return doc_id


def insert_rows(db: Database, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Many rows in few statements. Each statement that writes segments makes the search
    index flush its pending words once (a trigger runs in the statement's savepoint), so
    one statement per row would cost several times the insert itself."""
    names = ", ".join(f'"{c}"' for c in columns)
    per_statement = max(1, MAX_VARIABLES // len(columns))
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    for first in range(0, len(rows), per_statement):
        chunk = rows[first:first + per_statement]
        db.conn.execute(f'INSERT INTO "{table}" ({names}) VALUES '
                        + ", ".join([row_marks] * len(chunk)),
                        [value for row in chunk for value in row])
