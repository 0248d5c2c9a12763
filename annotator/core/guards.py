"""Checks every data-changing operation makes before it writes."""

from __future__ import annotations

import gc
import os
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, ProjectError
from .models import Sentence
from .project import Project


def require_writable(project: Project) -> None:
    if project.readonly:
        raise ProjectError(f"{project.path.name} is open read-only")


# The adjudicated layer is shown and exported under this name: no annotator may take it.
RESERVED_NAMES = frozenset({"gold"})


def name_problem(name: str | None, role: str = "annotator") -> str | None:
    """Why ``name`` cannot be an annotator's (or reviewer's) name; None when it can."""
    name = (name or "").strip()
    if not name:
        return f"an {role} name is required"
    if name.casefold() in RESERVED_NAMES:
        return f"\"{name}\" is reserved for the adjudicated layer; choose another {role} name"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return (f"an {role} name cannot hold tabs, line breaks or other control characters: "
                f"{name!r}")
    return None


def require_name(name: str | None, role: str = "annotator") -> str:
    problem = name_problem(name, role)
    if problem:
        raise InputError(problem)
    return (name or "").strip()


def project_files(project: Project) -> list[Path]:
    """The project file and SQLite's files beside it (-wal, -shm, -journal)."""
    return [project.path, *(Path(f"{project.path}{s}") for s in ("-wal", "-shm", "-journal"))]


def refuse_project_files(project: Project, paths: Iterable[Path], action: str = "read"
                         ) -> None:
    """Opening any of the project's own files outside SQLite, even only to read it, drops
    this process's locks on the project file (see ``store.database``): refuse them. The
    comparison is by inode (stat, no open)."""
    own = []
    for path in project_files(project):
        try:
            own.append(os.stat(path))
        except OSError:
            continue
    for path in paths:
        try:
            found = os.stat(path)
        except OSError:
            continue
        if any(os.path.samestat(found, mine) for mine in own):
            raise InputError(f"cannot {action} {path}: it is this project's own file")


def span_in_document(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Offsets inside a sentence -> offsets in its document, refusing spans outside it."""
    length = sentence.end - sentence.start
    if not (0 <= start < end <= length):
        raise InputError(f"span {start}-{end} is outside the sentence (0-{length})")
    return sentence.start + start, sentence.start + end


@contextmanager
def paused_gc() -> Iterator[None]:
    """Reading 100,000s of rows allocates as many tuples, none cyclic: the collector's
    repeated passes over them would only cost time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
