"""Opening and creating project files: identity check, version check, WAL.

The project file is only ever opened through SQLite. Opening and closing any other descriptor
of it would drop every POSIX lock this process holds on it (SQLite's "how to corrupt a
database", 2.2): another program would then believe it is alone, checkpoint and delete the
``-wal`` file under a connection that keeps writing into it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..errors import ProjectError
from .creation import build_then_link, remove_stale_temps
from .migrations import migrations
from .transaction import busy_timeout, explain, immediate

# PRAGMA application_id marks a file as ours ("ANNO"), so any other SQLite file is refused.
APPLICATION_ID = 0x414E4E4F
# synchronous=FULL (the README's "full durability") when this is set in the environment, or
# when the project's settings hold durable=1 (``annotator new --durable``).
DURABLE_ENV = "ANNOTATOR_DURABLE"
DURABLE_SETTING = "durable"


@dataclass
class Opened:
    db: Database
    notice: str | None = None  # said to the user, e.g. why the file is opened read-only


def create_database(path: Path, settings: dict[str, str]) -> Database:
    """A new project at ``path`` holding ``settings``, built beside it and moved in place
    only when complete."""
    if not path.parent.is_dir():
        raise ProjectError(f"folder {path.parent} does not exist")
    remove_stale_temps(path)
    if path.exists() or path.is_symlink():
        raise ProjectError(f"{path} already exists")

    def initialise(conn: sqlite3.Connection) -> None:
        # Rollback-journal mode until it is in place: no -wal beside the temporary name.
        db = Database(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA synchronous = FULL")
        with immediate(db):
            migrations.apply(db)
            db["settings"].insert_all([{"key": k, "value": v} for k, v in settings.items()])

    build_then_link(path, initialise)
    return open_database(path).db


def open_database(path: Path, *, readonly: bool = False) -> Opened:
    """Open an existing project, upgrading it unless ``readonly``; refuse anything else."""
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a project file")
    if not readonly:
        _require_writable(path)
    notice = None
    immutable = readonly and _unwritable_without_wal(path)
    if immutable:
        notice = (f"opened read-only: {path.parent} cannot be written, so {path.name} is "
                  "read as it is on disk")
    try:
        conn = _connect(path, readonly=readonly, immutable=immutable)
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot open {path}: {exc}") from None
    db = Database(conn)
    try:
        _check_identity(db, path)
        _check_version(db, path)
        if not readonly:
            _tune(db, path)
            if migrations.pending(db):
                with immediate(db):
                    migrations.apply(db)
    except BaseException as exc:
        db.close()
        if not isinstance(exc, sqlite3.DatabaseError):
            raise
        if readonly and "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            raise ProjectError(
                f"cannot read {path.name}: its folder is read-only and {path.name}-wal holds "
                "changes not yet in the file; open it once where the folder can be written"
            ) from None
        raise explain(exc, path) from None
    return Opened(db, notice)


def is_durable(db: Database) -> bool:
    if os.environ.get(DURABLE_ENV, "").strip().lower() not in ("", "0", "no", "false"):
        return True
    if not db["settings"].exists():
        return False
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?",
                          [DURABLE_SETTING]).fetchone()
    return bool(row) and row[0] == "1"


def synchronous(db: Database) -> str:
    level = db.conn.execute("PRAGMA synchronous").fetchone()[0]
    return {0: "off", 1: "normal", 2: "full", 3: "extra"}.get(level, str(level))


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


def _connect(path: Path, *, readonly: bool, immutable: bool) -> sqlite3.Connection:
    query = "mode=ro" if readonly else "mode=rw"  # rw: a vanished file is not re-created
    if immutable:
        query += "&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True,
                           timeout=busy_timeout(), check_same_thread=False)


def _unwritable_without_wal(path: Path) -> bool:
    """In WAL mode even a reader needs the -shm file: where it cannot be created and no
    writer has the file open (no -wal), the file can only be read as immutable."""
    if os.access(path.parent, os.W_OK):
        return False
    try:
        return os.stat(f"{path}-wal").st_size == 0  # left empty by a read-only reader
    except FileNotFoundError:
        return True


def _require_writable(path: Path) -> None:
    for place, what in ((path, "the file"), (path.parent, "its folder")):
        if not os.access(place, os.W_OK):
            raise ProjectError(f"cannot write to {path}: {what} is read-only (commands that "
                               "only read it, such as show or export, still work)")


def _check_identity(db: Database, path: Path) -> None:
    try:
        app_id = db.conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise ProjectError(f"{path} is not an Annotator project") from None
        raise
    if app_id != APPLICATION_ID:
        raise ProjectError(f"{path} is not an Annotator project")


def _check_version(db: Database, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise ProjectError(
            f"{path} was written by a newer version of Annotator; please upgrade to open it"
        )


def _tune(db: Database, path: Path) -> None:
    db.enable_wal()
    # WAL + NORMAL: a crash or a kill never corrupts the file or loses a committed action;
    # a power cut may lose the last commits unless ANNOTATOR_DURABLE asks for FULL.
    db.execute(f"PRAGMA synchronous = {'FULL' if is_durable(db) else 'NORMAL'}")
    # Checkpoint (the one write that syncs) every ~40 MB of WAL instead of every 4 MB, so
    # it lands on 1 in thousands of tag writes rather than 1 in a hundred.
    db.execute("PRAGMA wal_autocheckpoint = 10000")
    db.execute("PRAGMA foreign_keys = ON")
