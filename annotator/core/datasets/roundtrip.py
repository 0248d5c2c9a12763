"""Importing a JSONL export back with its tags (``annotator import NEW FILE --with-tags``).

An export's lines hold sentences, not whole documents, so the export must have been written
with ``--with-text``: each document's first line then carries ``doc_text``, ``doc_lang`` and
``doc_segments``. The document is rebuilt from them with exactly the exported segmentation
(no re-segmentation that could move a boundary), and each line's tags, note and flag are
stored on the segment with the same offsets, under the line's annotator. ``"gold"`` lines go
back into the gold layer with their provenance; lines without an annotator carry no tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..project import Project
from ..store import merge_rows, now
from ..text.readers import RawDocument, decode_text, json_lines, normalise, read_text_file
from ..text.segment import Segment

GOLD = "gold"


@dataclass
class ExportedDocument(RawDocument):
    """A document rebuilt from an export, with its segments given (not to be re-segmented)."""

    segments: list[Segment] = field(default_factory=list)


def read_export(path: Path, raw: bytes | None = None) -> list[ExportedDocument]:
    """Documents of a JSONL export, each with its export lines in ``tags``; with ``raw``,
    of those bytes (``path`` then only names them)."""
    documents: dict[str, ExportedDocument] = {}
    lines: dict[str, list[dict[str, Any]]] = {}
    for number, record in json_lines(path, _text(Path(path), raw).splitlines()):
        where = f"{path}, line {number}"
        if "doc" not in record or "start" not in record:
            raise InputError(f"{where}: not a line of an Annotator JSONL export")
        key = record["doc"]
        if "doc_text" in record and key not in documents:
            try:
                documents[key] = _document(record, f"{path}:{number}", where)
            except (TypeError, ValueError, AttributeError) as exc:
                raise InputError(f"{where}: a malformed export line ({exc})") from None
        lines.setdefault(key, []).append(record)
    missing = [key for key in lines if key not in documents]
    if missing:
        raise InputError(f"{path}: document {missing[0]} has no text; export it with "
                         "`annotator export ... --with-text` to import it with its tags")
    for key, document in documents.items():
        document.tags = lines[key]
    return list(documents.values())


def _text(path: Path, raw: bytes | None) -> str:
    return read_text_file(path) if raw is None else decode_text(path, raw)


def _document(record: dict[str, Any], origin: str, where: str) -> ExportedDocument:
    text = normalise(record["doc_text"])
    described = record.get("doc_meta") if isinstance(record.get("doc_meta"), dict) else {}
    document = ExportedDocument(
        text=text, origin=origin, title=record.get("doc_title"), url=record.get("doc_url"),
        date=record.get("doc_date"), lang=record.get("doc_lang"),
        outlet=described.get("outlet"), author=described.get("author"),
        section=described.get("section"),
        meta=described.get("meta") if isinstance(described.get("meta"), dict) else {},
        segments=[Segment(start, end, kind, para, *rest)
                  for start, end, kind, para, *rest in record.get("doc_segments") or []])
    if document.key != record["doc"]:
        raise InputError(f"{where}: doc_text does not match the document key")
    if not document.segments:
        raise InputError(f"{where}: no doc_segments for document {record['doc']}")
    return document


def store_tags(project: Project, doc_id: int, records: list[dict[str, Any]]) -> int:
    """Write the export lines' tags onto a just-imported document (inside the import's
    transaction); returns the number of tag rows written."""
    segment_of = {(s.start, s.end): s.id for s in project.sentences(doc_id)}
    tags, notes, gold = [], [], []
    stamp = now()
    for record in records:
        annotator = record.get("annotator")
        seg_id = segment_of.get((record["start"], record["end"]))
        if not annotator or seg_id is None:
            continue
        where = {"segment_id": seg_id, "doc_id": doc_id}
        if annotator == GOLD:
            gold.extend(_gold_rows(record, where))
            continue
        who = {**where, "annotator": annotator, "created": stamp, "updated": stamp}
        for dimension in project.schema.dimensions:
            if record.get(dimension):
                tags.append({**who, "dimension": dimension, "value": record[dimension],
                             "start": None, "end": None, "quote": None, "via": None})
        tags.extend({**who, "dimension": "source", "value": s["type"], "start": s["start"],
                     "end": s["end"], "quote": s.get("quote"), "via": s.get("via")}
                    for s in record.get("sources") or [])
        if record.get("note") or record.get("flag"):
            notes.append({**where, "annotator": annotator, "note": record.get("note"),
                          "flag": int(bool(record.get("flag"))), "updated": stamp})
    merge_rows.insert(project.db, "tags", tags)
    merge_rows.insert(project.db, "notes", notes)
    merge_rows.insert(project.db, "gold", gold)
    return len(tags)


def _gold_rows(record: dict[str, Any], where: dict[str, int]) -> list[dict[str, Any]]:
    provenance = record.get("provenance") or {}
    rows = []
    for name, dimension in (("stance", "stance"), ("verifiability", "verifiability"),
                            ("sources", "source")):
        if name not in provenance:
            continue
        made = {k: provenance[name].get(k) for k in
                ("proposed_by", "decided_by", "decided_at", "reason")}
        empty = {"value": None, "start": None, "end": None, "quote": None, "via": None}
        if dimension == "source":
            values = [{"value": s["type"], "start": s["start"], "end": s["end"],
                       "quote": s.get("quote"), "via": s.get("via")}
                      for s in record.get("sources") or []] or [empty]
        else:
            values = [{**empty, "value": record.get(name)}]
        rows.extend({**where, "dimension": dimension, **value, **made} for value in values)
    return rows
