"""Reading doccano JSONL exports: each line a text with its labels.

Span labels come as ``"label": [[start, end, "LABEL"], ...]`` (sequence labelling) or as
``"entities": [{"start_offset", "end_offset", "label"}]`` (doccano 1.x); text labels as
``"label": ["LABEL", ...]`` or ``"cats"``. Spans are kept as tags on the sentence they fall
in (a source type, or a value); a text label is kept when the text is one sentence, and
reported otherwise. The annotator is the line's ``user`` / ``annotator`` if any, else
``doccano``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..text.readers import json_lines
from .annotated import AnnotatedDocument, Annotation, normalised_with_offsets

SPAN_KEYS = ("label", "labels", "entities", "spans")


def is_doccano(item: dict[str, Any]) -> bool:
    """A doccano line: a text with doccano's label fields, not one of our own exports."""
    return isinstance(item.get("text"), str) and any(k in item for k in (*SPAN_KEYS, "cats")) \
        and not ("doc" in item and "start" in item)


def read_doccano(path: Path, content: str) -> list[AnnotatedDocument]:
    documents = []
    for number, item in json_lines(path, content.splitlines()):
        where = f"{path}, line {number}"
        if not isinstance(item.get("text"), str):
            raise InputError(f"{where}: a doccano line needs a \"text\" string")
        text, offsets = normalised_with_offsets(item["text"])
        if not text.strip():
            raise InputError(f"{where}: no text")
        who = str(item.get("annotator") or item.get("user") or "doccano")
        document = AnnotatedDocument(text=text, origin=f"{path}:{number}", format="doccano",
                                     title=item.get("title"), lang=item.get("lang"))
        for start, end, label in _spans(item, where, len(item["text"])):
            document.annotations.append(Annotation(offsets[start], offsets[end], who, label))
        labels = _text_labels(item)
        if labels:
            # the whole text: stored if it is one sentence (see annotated.store_annotations)
            document.annotations += [Annotation(0, len(text), who, label, whole=True)
                                     for label in labels]
        documents.append(document)
    if not documents:
        raise InputError(f"{path}: no lines to import")
    return documents


def _spans(item: dict[str, Any], where: str, length: int) -> list[tuple[int, int, str]]:
    found = []
    for key in SPAN_KEYS:
        for entry in item.get(key) or []:
            if isinstance(entry, (list, tuple)) and len(entry) == 3:
                start, end, label = entry
            elif isinstance(entry, dict) and "label" in entry:
                start = entry.get("start_offset", entry.get("start"))
                end = entry.get("end_offset", entry.get("end"))
                label = entry["label"]
            else:
                continue  # a text label (a bare string)
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
                    <= length):
                raise InputError(f"{where}: span {entry!r} is not inside the text")
            found.append((start, end, str(label)))
    return found


def _text_labels(item: dict[str, Any]) -> list[str]:
    labels = [str(x) for key in ("label", "labels") for x in (item.get(key) or [])
              if isinstance(x, str)]
    cats = item.get("cats")
    if isinstance(cats, dict):
        labels += [name for name, value in cats.items() if value]
    return labels
