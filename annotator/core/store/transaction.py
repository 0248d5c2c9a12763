"""Write transactions: ``BEGIN IMMEDIATE`` with the busy timeout, and one-line errors.

A deferred ``BEGIN`` (what ``sqlite3`` and sqlite-utils' ``atomic()`` issue) takes the write
lock only at the first write; if another program committed meanwhile, SQLite fails at once
("database is locked") instead of waiting, and reads made before the write may be stale
(two writers both see "no tag yet" and both insert). ``BEGIN IMMEDIATE`` takes the write
lock first, waiting up to the busy timeout, so every read inside the transaction is current.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ..errors import ProjectBusy, ProjectError

DEFAULT_BUSY_TIMEOUT = 10.0  # seconds a writer waits for another one to finish


def busy_timeout() -> float:
    """Seconds to wait for the write lock; ``ANNOTATOR_BUSY_TIMEOUT`` overrides the default."""
    raw = os.environ.get("ANNOTATOR_BUSY_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT


@contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """One write transaction, committed on success and rolled back on any error. Nested
    inside another transaction it is a savepoint of that one."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    with database_errors(db):
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    try:
        with database_errors(db):
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


@contextmanager
def database_errors(db: Database | None = None, path: Path | None = None) -> Iterator[None]:
    """Turn SQLite's errors into one line the user can act on."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise explain(exc, path or database_path(db)) from None


def explain(exc: sqlite3.DatabaseError, path: Path | None) -> ProjectError:
    """A user-facing error for what SQLite reported about the project file ``path``."""
    name = path.name if path else "the project file"
    text = str(exc)
    if len(text) > 160:  # SQLite may quote a whole damaged value
        text = text[:160] + "\u2026"
    if "locked" in text or "busy" in text:
        return ProjectBusy(f"project file is busy: another program is writing to {name} "
                           f"(waited {busy_timeout():g} s); try again when it has finished")
    if "readonly" in text or "read-only" in text:
        return ProjectError(f"cannot write to {name}: the file or its folder is read-only")
    if any(word in text for word in ("not a database", "malformed", "corrupt", "decode")):
        return ProjectError(f"{name} is damaged or not an Annotator project ({text})")
    if "full" in text:
        return ProjectError(f"cannot write to {name}: the disk is full; nothing was changed")
    return ProjectError(f"{name}: {text}")


def database_path(db: Database | None) -> Path | None:
    if db is None:
        return None
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row and row[2] else None
