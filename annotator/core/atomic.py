"""Atomic file output, the one place every export goes through.

A target is checked first (never the open project, an SQLite file, a folder, a device, a
FIFO or a symbolic link); the data goes to a temporary file in the target's folder, is
fsynced, renamed over the target, and the folder is fsynced. A failure (disk full included)
removes the temporary file and leaves the target as it was. Temporary files of a writer
that was killed are recognised by their name and a free lock, and removed by the next
write to that folder.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from .errors import InputError, WriteError
from .store.probe import is_sqlite

try:  # advisory locks mark a temporary file as in use; absent on Windows
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_MARK = ".annotator-"
TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(r"^\..+" + re.escape(TEMP_MARK) + r"[0-9a-f]{16}" + re.escape(TEMP_SUFFIX)
                        + "$")
_STARTED = time.time()  # temporary files older than this process and unlocked are stale
_STALE_AFTER = 60.0  # ... and so are unlocked ones older than this (seconds)
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def check_target(path: Path, *, protect: Iterable[Path] = ()) -> Path:
    """Refuse a target that writing would destroy or that is not a plain file; ``protect``
    lists files that must never be replaced (the open project)."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    for suffix in _SQLITE_SIDE_FILES:
        base = path.with_name(path.name[:-len(suffix)]) if path.name.endswith(suffix) else None
        if base is not None and base.exists():
            raise InputError(f"refusing to write {path}: it belongs to the database {base.name}")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise InputError(f"refusing to write {path}: it is a symbolic link "
                         "(name the file it points to)")
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"cannot write {path}: it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"refusing to write {path}: it is a device, FIFO or socket, "
                         "not a file")
    for protected in protect:
        try:
            same = os.path.samestat(info, os.stat(protected))
        except OSError:
            same = False
        if same:
            raise InputError(f"refusing to write {path}: it is the open project")
    if is_sqlite(path, info):
        raise InputError(f"refusing to write {path}: it is an SQLite database "
                         "(exports never replace one)")
    return path


class AtomicOutputs:
    """Temporary files that become their targets together on ``commit``."""

    def __init__(self, protect: Iterable[Path] = ()) -> None:
        self.protect = [Path(p) for p in protect]
        self._pending: list[tuple[IO, Path, Path]] = []  # (handle, temp, target)

    def open(self, path: Path, mode: str = "w", **open_options) -> IO:
        path = check_target(Path(path), protect=self.protect)
        remove_stale_temporaries(path.parent)
        if "b" not in mode:
            open_options.setdefault("encoding", "utf-8")
            open_options.setdefault("newline", "")
        temp, fd = _create_temporary(path)
        try:
            handle = os.fdopen(fd, mode, **open_options)
        except BaseException:
            os.close(fd)
            temp.unlink(missing_ok=True)
            raise
        self._pending.append((handle, temp, path))
        return handle

    def commit(self) -> None:
        for handle, _temp, _target in self._pending:
            handle.flush()
            os.fsync(handle.fileno())
        for handle, temp, target in self._pending:
            handle.close()  # releases the lock only once the data is on disk
            os.replace(temp, target)
        for folder in {target.parent for _h, _t, target in self._pending}:
            _fsync_folder(folder)
        self._pending.clear()

    def abort(self) -> None:
        for handle, temp, _target in self._pending:
            with suppress(OSError):  # a full disk fails the final flush too
                handle.close()
            temp.unlink(missing_ok=True)
        self._pending.clear()


@contextmanager
def atomic_outputs(protect: Iterable[Path] = ()) -> Iterator[AtomicOutputs]:
    """Files opened on the yielded object replace their targets only if the block
    succeeds; on any error none of them is touched and no temporary file is left."""
    outputs = AtomicOutputs(protect)
    try:
        yield outputs
        outputs.commit()
    except OSError as exc:
        targets = [target for _h, _t, target in outputs._pending]
        outputs.abort()
        raise _write_error(exc, targets) from None
    except BaseException:
        outputs.abort()
        raise


@contextmanager
def atomic_write(path: Path, mode: str = "w", *, protect: Iterable[Path] = (),
                 **open_options) -> Iterator[IO]:
    with atomic_outputs(protect) as outputs:
        yield outputs.open(path, mode, **open_options)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete our temporary files in ``folder`` left by writers that died; returns them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            if info.st_mtime >= _STARTED and time.time() - info.st_mtime < _STALE_AFTER:
                continue  # may belong to a writer that started after us
            if _unlink_if_unlocked(Path(entry.path)):
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _create_temporary(path: Path) -> tuple[Path, int]:
    """A new file beside ``path``, created with the user's umask (or the mode of the file
    it will replace), locked while it is written."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    for _attempt in range(100):
        temp = path.with_name(f".{path.name}{TEMP_MARK}{secrets.token_hex(8)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _write_error(exc, [path]) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if mode is not None:
                os.chmod(temp, mode)
        except OSError:
            os.close(fd)
            temp.unlink(missing_ok=True)
            raise
        return temp, fd
    raise WriteError(f"cannot write {path}: no free temporary name in {path.parent}")


def _unlink_if_unlocked(temp: Path) -> bool:
    if fcntl is None:  # pragma: no cover - Windows refuses to delete an open file anyway
        temp.unlink()
        return True
    fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # its writer is alive
        temp.unlink()
        return True
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder descriptors)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # file systems that cannot
            raise
    finally:
        os.close(fd)


def _write_error(exc: OSError, targets: list[Path]) -> WriteError:
    names = ", ".join(str(t) for t in targets) or "the output"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WriteError(f"cannot write {names}: the disk is full; nothing was written")
    return WriteError(f"cannot write {names}: {exc.strerror or exc}; nothing was written")
