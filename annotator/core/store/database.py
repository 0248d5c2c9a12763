"""Opening and creating project files: identity check, version check, WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..errors import ProjectError
from .migrations import migrations

# PRAGMA application_id marks a file as ours ("ANNO"), so any other SQLite file is refused.
APPLICATION_ID = 0x414E4E4F
SQLITE_HEADER = b"SQLite format 3\x00"


def create_database(path: Path) -> Database:
    if path.exists():
        raise ProjectError(f"{path} already exists")
    if not path.parent.is_dir():
        raise ProjectError(f"folder {path.parent} does not exist")
    try:
        db = Database(path)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot create {path}: {exc}") from None
    _tune(db)
    migrations.apply(db)
    return db


def open_database(path: Path, *, readonly: bool = False) -> Database:
    """Open an existing project, upgrading it unless ``readonly``; refuse anything else."""
    _check_file(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   check_same_thread=False)
            db = Database(conn)
        else:
            db = Database(sqlite3.connect(str(path), check_same_thread=False))
        app_id = next(db.query("PRAGMA application_id"))["application_id"]
    except sqlite3.Error as exc:
        raise ProjectError(f"{path} is not an Annotator project ({exc})") from None
    if app_id != APPLICATION_ID:
        db.close()
        raise ProjectError(f"{path} is not an Annotator project")
    _check_version(db, path)
    if not readonly:
        _tune(db)
        migrations.apply(db)
    return db


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a project file")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise ProjectError(f"{path} is not an Annotator project")


def _check_version(db: Database, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        db.close()
        raise ProjectError(
            f"{path} was written by a newer version of Annotator; please upgrade to open it"
        )


def _tune(db: Database) -> None:
    db.enable_wal()
    # WAL + NORMAL: a crash never corrupts the file or loses a committed action.
    db.execute("PRAGMA synchronous = NORMAL")
    # Checkpoint (the one write that syncs) every ~40 MB of WAL instead of every 4 MB, so
    # it lands on 1 in thousands of tag writes rather than 1 in a hundred.
    db.execute("PRAGMA wal_autocheckpoint = 10000")
    db.execute("PRAGMA foreign_keys = ON")
