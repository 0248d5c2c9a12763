"""Exporting tags as labelled datasets (JSONL, CSV, spaCy DocBin, Prodigy; the JSONL shape is
a public contract).

One record per (sentence, annotator) that has tags, a note or a flag; with ``all_sentences``
also one record (``annotator: None``) per sentence nobody tagged. Records come in document
order, then sentence order, then annotator name: deterministic.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_outputs, check_target
from ..errors import InputError
from ..metadata import doc_meta
from ..progress import SILENT, Progress
from ..project import Project
from ..store import export_rows, gold_rows
from . import DATASET_WRITERS, Tally, card_path, document_fields, gold_fields, write_card
from .spacy_docbin import decides_anything

FIELDS = ["doc", "doc_title", "doc_id", "index", "text", "start", "end", "kind", "boilerplate",
          "annotator", "sources", "stance", "verifiability", "note", "flag", "doc_meta"]
# CSV spreads doc_meta over columns of its own (doc_outlet...), the free meta as JSON.
CSV_META = ["outlet", "date", "author", "section", "url", "lang", "word_count"]
FORMATS = ("jsonl", "csv", "spacy", "prodigy", "qdpx", "qdc")
REFI_FORMATS = ("qdpx", "qdc")  # REFI-QDA project and codebook (core.datasets.refi_qda)


@dataclass(frozen=True)
class ExportFilter:
    annotator: str | None = None
    all_sentences: bool = False
    include_boilerplate: bool = False
    suggestions: bool = False
    documents: tuple[int, ...] | None = None
    gold: bool = False  # the adjudicated layer instead of the annotators' tags
    with_text: bool = False  # document text and segments on each document's first line


def iter_records(project: Project, filters: ExportFilter = ExportFilter()
                 ) -> Iterator[dict[str, Any]]:
    suggestions = (export_rows.suggestions_by_segment(project.db, filters.documents)
                   if filters.suggestions else {})
    if filters.gold and filters.annotator:
        raise InputError("--gold exports the adjudicated layer; it takes no --annotator")
    walk = gold_rows.walk if filters.gold else export_rows.walk
    options = {} if filters.gold else {"annotator": filters.annotator}
    described: set[int] = set()
    meta: dict[str, Any] = {}
    for doc, segment, by_annotator in walk(
            project.db, include_boilerplate=filters.include_boilerplate,
            documents=filters.documents, **options):
        if not by_annotator and not filters.all_sentences:
            continue
        if meta.get("doc_id") != doc.id:
            meta = {"doc_id": doc.id, "doc_meta": doc_meta(doc)}
        base = {
            "doc": doc.key, "doc_title": doc.title, "doc_id": doc.id, "index": segment.idx,
            "text": doc.text[segment.start:segment.end], "start": segment.start,
            "end": segment.end, "kind": segment.kind, "boilerplate": segment.kind == "boilerplate",
        }
        for annotator, layer in by_annotator.items() or [(None, None)]:
            record = {**base, "annotator": annotator, **_layer_fields(doc.text, layer),
                      "doc_meta": meta["doc_meta"]}
            if isinstance(layer, gold_rows.GoldLayer):
                record.update(gold_fields(layer))
            if filters.with_text and doc.id not in described:
                described.add(doc.id)
                record.update(document_fields(project, doc.id))
            if filters.suggestions:
                record["suggestions"] = _suggestion_fields(doc.text,
                                                           suggestions.get(segment.id, []))
            yield record


def write_export(project: Project, path: Path, *, format: str = "jsonl",
                 filters: ExportFilter = ExportFilter(), progress: Progress = SILENT,
                 card: bool | None = None, excel: bool = False, wide: bool = False) -> int:
    """Write the export atomically; returns the number of records. A dataset card
    (``FILE.card.md``) is written beside it when ``card`` is true; by default for the
    spacy and prodigy formats and for the gold layer. The file and its card replace their
    targets together, only once everything is written (see ``core.atomic``)."""
    if format not in FORMATS:
        raise InputError(f"unknown export format '{format}'; expected one of: "
                         + ", ".join(FORMATS))
    if filters.with_text and format != "jsonl":
        raise InputError("document text (--with-text) goes into the jsonl format only")
    if format in REFI_FORMATS:
        from .refi_qda import write_refi

        return write_refi(project, Path(path), format=format, filters=filters)
    if (excel or wide) and format != "csv":
        raise InputError("--excel and --wide shape the csv format only")
    path = Path(path)
    with_card = card if card is not None else (format in DATASET_WRITERS or filters.gold)
    protect = [project.path]
    targets = [path, card_path(path)] if with_card else [path]
    for target in targets:  # before any work: a refused card must not cost the export
        check_target(target, protect=protect)
    tally = Tally(project.schema)
    records = iter_records(project, filters)
    if format in DATASET_WRITERS:  # training data: only what was decided (no negatives)
        records = (r for r in records if decides_anything(r, project.schema))
    records = tally.wrap(records)
    with atomic_outputs(protect=protect) as outputs:
        if format in DATASET_WRITERS:
            count = DATASET_WRITERS[format](project, outputs, path, records, progress)
        elif format == "csv" and (excel or wide):
            count = _write_spreadsheet(outputs, path, records, project, progress, excel, wide)
        else:
            writer = _write_jsonl if format == "jsonl" else _write_csv
            count = writer(outputs.open(path), records, progress)
        if with_card:
            write_card(project, outputs, path, format=format, filters=filters, tally=tally)
    return count


def _write_jsonl(handle, records, progress: Progress) -> int:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    count = 0
    for count, record in enumerate(records, start=1):
        handle.write(dumps(record))
        handle.write("\n")
        if count % 10000 == 0:
            progress(count, 0, "exporting")
    return count


def _write_spreadsheet(outputs, path: Path, records, project: Project, progress: Progress,
                       excel: bool, wide: bool) -> int:
    from . import spreadsheet

    options = {"encoding": spreadsheet.EXCEL_ENCODING} if excel else {}
    handle = outputs.open(path, **options)
    if wide:
        return spreadsheet.write_wide(handle, records, project.schema, progress, excel=excel,
                                      cell=_inert)
    return _write_csv(handle, records, progress, dialect=spreadsheet.EXCEL,
                      cells=spreadsheet.excel_cells)


def _write_csv(handle, records, progress: Progress, dialect: dict[str, str] | None = None,
               cells=dict) -> int:
    writer = None
    count = 0
    for count, record in enumerate(records, start=1):
        row = dict(record)
        row["sources"] = "; ".join(_source_label(s) for s in record["sources"])
        described = row.pop("doc_meta")
        row.update({f"doc_{name}": described[name] for name in CSV_META})
        row["doc_meta"] = json.dumps(described["meta"], ensure_ascii=False) if described[
            "meta"] else None
        for name in ("suggestions", "provenance"):
            if name in row:
                row[name] = json.dumps(row[name], ensure_ascii=False)
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=list(row), **(dialect or {}))
            writer.writeheader()
        writer.writerow({key: _inert(value) for key, value in cells(row).items()})
        if count % 10000 == 0:
            progress(count, 0, "exporting")
    if writer is None:
        csv.writer(handle, **(dialect or {})).writerow(
            FIELDS[:-1] + [f"doc_{name}" for name in CSV_META] + ["doc_meta"])
    return count


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    """A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"); a
    leading single quote makes it text. Article text, notes and names are untrusted."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _source_label(source: dict[str, Any]) -> str:
    label = f"{source['text']} [{source['type']}, {source['quote']}]"
    return label + (f" via {source['via']}" if source.get("via") else "")


def _source_dict(text: str, row: tuple) -> dict[str, Any]:
    _dim, value, start, end, quote, via = row[:6]
    source = {"text": text[start:end], "start": start, "end": end, "type": value,
              "quote": quote}
    if via:
        source["via"] = via
    return source


def _layer_fields(text: str, layer: export_rows.Layer | None) -> dict[str, Any]:
    if layer is None:
        return {"sources": [], "stance": None, "verifiability": None, "note": None,
                "flag": False}
    return {"sources": [_source_dict(text, row) for row in layer.sources],
            "stance": layer.single.get("stance"),
            "verifiability": layer.single.get("verifiability"),
            "note": layer.note, "flag": layer.flag}


def _suggestion_fields(text: str, rows: list[tuple]) -> dict[str, Any]:
    fields: dict[str, Any] = {"sources": [], "stance": None, "verifiability": None}
    best: dict[str, float] = {}
    for row in rows:
        dimension, value, score = row[0], row[1], row[6] or 0.0
        if dimension == "source":
            fields["sources"].append(_source_dict(text, row))
        elif score >= best.get(dimension, -1.0):  # rules and a classifier may both suggest
            fields[dimension], best[dimension] = value, score
    return fields
