"""Which other tool's file this is: REFI-QDA projects (``.qdpx``), doccano JSONL and Label
Studio JSON are read with their annotations; anything else is left to the article readers."""

from __future__ import annotations

import json
from pathlib import Path

from .annotated import AnnotatedDocument

JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_annotated(path: Path, raw: bytes | None = None) -> list[AnnotatedDocument] | None:
    """The file's documents with their annotations, or None when it is not such a file;
    with ``raw``, of those bytes (``path`` then only names them)."""
    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        from .refi_import import read_qdpx

        return read_qdpx(path)
    if suffix not in JSON_SUFFIXES | JSONL_SUFFIXES:
        return None
    raw = path.read_bytes() if raw is None else raw
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None  # the article readers say what is wrong with it
    if suffix in JSON_SUFFIXES:
        from .label_studio import read_label_studio

        return read_label_studio(path, content)
    first = next((line for line in content.splitlines() if line.strip()), "")
    try:
        item = json.loads(first)
    except json.JSONDecodeError:
        return None
    from .doccano import is_doccano, read_doccano

    return read_doccano(path, content) if isinstance(item, dict) and is_doccano(item) else None


