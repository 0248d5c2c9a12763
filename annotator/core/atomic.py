"""Atomic file output: write beside the target, then rename, so no reader sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError


@contextmanager
def atomic_write(path: Path, mode: str = "w", **open_options) -> Iterator[IO]:
    path = Path(path)
    if path.is_dir():
        raise InputError(f"cannot write to {path}: it is a folder")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise InputError(f"cannot write to {path}: {exc.strerror or exc}") from None
    if "b" not in mode:
        open_options.setdefault("encoding", "utf-8")
        open_options.setdefault("newline", "")
    try:
        with os.fdopen(fd, mode, **open_options) as handle:
            yield handle
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
