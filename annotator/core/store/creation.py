"""Creating a project file atomically: a kill or a full disk at any moment leaves either no
file at the target or a complete project, never half a one.

The file is built under a hidden temporary name in the target's folder (same file system),
synced, and hard-linked to the target name, which fails if that name exists meanwhile (no
clobbering). A temporary file left by a killed ``new`` is removed by the next one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import ProjectError
from .transaction import explain

TEMP_SUFFIX = ".creating"


def temp_name(path: Path, pid: int | None = None) -> Path:
    return path.with_name(f".{path.name}.{pid or os.getpid()}{TEMP_SUFFIX}")


def build_then_link(path: Path, initialise: Callable[[sqlite3.Connection], None]) -> None:
    temp = temp_name(path)
    _remove(temp)
    try:
        conn = sqlite3.connect(str(temp), isolation_level=None)
        try:
            initialise(conn)
        finally:
            conn.close()
        _fsync(temp)  # its only connection is closed: no lock of ours to lose
        _publish(temp, path)
    except sqlite3.DatabaseError as exc:
        raise explain(exc, path) from None
    except OSError as exc:
        raise ProjectError(f"cannot create {path}: {exc.strerror or exc}") from None
    finally:
        _remove(temp)
    _fsync(path.parent, directory=True)


def remove_stale_temps(path: Path) -> None:
    """Temporary files of ours for ``path`` whose process is gone."""
    for temp in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        pid = temp.name[len(path.name) + 2:-len(TEMP_SUFFIX)]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(temp)


def _publish(temp: Path, path: Path) -> None:
    try:
        os.link(temp, path)  # fails with FileExistsError instead of replacing
    except FileExistsError:
        raise ProjectError(f"{path} already exists") from None
    except OSError:
        # File systems without hard links (FAT, some network shares): rename, after a check.
        if path.exists():
            raise ProjectError(f"{path} already exists") from None
        os.rename(temp, path)


def _fsync(path: Path, *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    with contextlib.suppress(OSError):
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(temp: Path) -> None:
    for name in (temp, Path(f"{temp}-journal")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
