"""Asking SQLite whether a file is a database, without disturbing connections to it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def is_sqlite(path: Path, info: os.stat_result | None = None) -> bool:
    """Whether ``path`` holds an SQLite database. Asked through SQLite itself (read-only,
    immutable: no lock, no WAL): closing a plain descriptor of a database this process has
    open would drop that connection's locks."""
    info = info or os.stat(path)
    if info.st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1",
                               uri=True)
    except sqlite3.Error:
        return True  # unreadable: refuse rather than guess
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError as exc:
        return "not a database" not in str(exc)
    finally:
        conn.close()
