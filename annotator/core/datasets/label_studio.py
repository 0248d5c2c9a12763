"""Reading Label Studio JSON exports: a list of tasks, each with ``data`` (the text) and
``annotations`` (one per annotator, each a list of ``result`` items).

``labels`` results (spans: ``value.start``, ``value.end``, ``value.labels``) become tags on
the sentence they fall in; ``choices`` results label the whole text, and their control's
name (``from_name``) says which dimension when it is one (``stance``); ``textarea`` results
become notes. Cancelled annotations are skipped. The annotator is ``completed_by``'s e-mail
or username when the export has it, else ``label-studio-ID``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from .annotated import AnnotatedDocument, Annotation, normalised_with_offsets


def is_label_studio(data: Any) -> bool:
    return isinstance(data, list) and bool(data) and all(
        isinstance(t, dict) and isinstance(t.get("data"), dict) for t in data)


def read_label_studio(path: Path, content: str) -> list[AnnotatedDocument]:
    try:
        tasks = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not is_label_studio(tasks):
        raise InputError(f"{path}: not a Label Studio JSON export (a list of tasks with "
                         "\"data\")")
    documents = []
    for number, task in enumerate(tasks, start=1):
        where = f"{path}, task {task.get('id', number)}"
        raw = _text(task["data"], where)
        text, offsets = normalised_with_offsets(raw)
        document = AnnotatedDocument(text=text, origin=f"{path}#{task.get('id', number)}",
                                     format="Label Studio", title=task["data"].get("title"),
                                     url=task["data"].get("url"))
        for annotation in task.get("annotations") or []:
            if annotation.get("was_cancelled"):
                continue
            who = _annotator(annotation.get("completed_by"))
            for result in annotation.get("result") or []:
                document.annotations += _result(result, who, where, len(raw), offsets,
                                                len(text))
        documents.append(document)
    return documents


def _text(data: dict[str, Any], where: str) -> str:
    text = data.get("text")
    if not isinstance(text, str):
        text = next((v for v in data.values() if isinstance(v, str) and len(v) > 20), None)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: no text in \"data\"")
    return text


def _annotator(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        name = completed_by.get("email") or completed_by.get("username")
        if name:
            return str(name)
        completed_by = completed_by.get("id")
    return f"label-studio-{completed_by}" if completed_by is not None else "label-studio"


def _result(result: dict[str, Any], who: str, where: str, length: int, offsets: list[int],
            text_length: int) -> list[Annotation]:
    value = result.get("value") or {}
    kind = result.get("type")
    if kind in ("labels", "hypertextlabels") or "labels" in value:
        start, end = value.get("start"), value.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
                <= length):
            raise InputError(f"{where}: span {start}-{end} is not inside the text")
        return [Annotation(offsets[start], offsets[end], who, str(label))
                for label in value.get("labels") or []]
    if kind == "choices" or "choices" in value:
        control = result.get("from_name")
        return [Annotation(0, text_length, who, str(choice), parent=control, whole=True)
                for choice in value.get("choices") or []]
    if kind == "textarea" or "text" in value:
        texts = value.get("text") or []
        note = "\n".join(texts) if isinstance(texts, list) else str(texts)
        return [Annotation(0, text_length, who, "(note)", note=note, whole=True)] if note else []
    return []
