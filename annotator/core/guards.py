"""Checks every data-changing operation makes before it writes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import InputError, ProjectError
from .models import Sentence
from .project import Project


def require_writable(project: Project) -> None:
    if project.readonly:
        raise ProjectError(f"{project.path.name} is open read-only")


def require_name(name: str | None, role: str = "annotator") -> str:
    name = (name or "").strip()
    if not name:
        raise InputError(f"an {role} name is required")
    return name


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
