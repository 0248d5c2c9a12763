"""Bulk writes that are not undone step by step (imports): plain inserts in the caller's
transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database


def insert_document(db: Database, *, segments: Iterable[Any], **document: Any) -> int:
    """Insert a document and its segments (objects with start, end, kind, para, reason)."""
    columns = ", ".join(f'"{c}"' for c in document)
    doc_id = db.conn.execute(
        f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' for _ in document)})",
        list(document.values())).lastrowid
    db.conn.executemany(
        'INSERT INTO segments (doc_id, idx, start, "end", kind, para, reason) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, idx, s.start, s.end, s.kind, s.para, s.reason)
         for idx, s in enumerate(segments)])
    return doc_id
