"""spaCy DocBin: one Doc per export record (sentence x annotator, or gold sentence), ready
for ``spacy train``.

Docs are tokenised by ``spacy.blank(lang)`` of their document's language (``xx`` when that
language cannot be loaded). Sources go to ``doc.spans["sources"]`` with the type as label
(character offsets aligned to tokens with ``alignment_mode="expand"``); stance and
verifiability to ``doc.cats`` one-hot over the schema's values (``stance:neutral``...), left
out when the dimension has no value so training treats it as missing. ``doc.user_data`` keeps
the doc key, sentence index, annotator and the sources with quote and via.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..atomic import AtomicOutputs
from ..progress import Progress
from ..project import Project
from ..schema import LabelSchema

SPANS_KEY = "sources"


def write_docbin(project: Project, outputs: AtomicOutputs, path: Path,
                 records: Iterable[dict[str, Any]], progress: Progress) -> int:
    from spacy.tokens import DocBin

    schema = project.schema
    pipelines: dict[str, Any] = {}
    languages: dict[int, str] = {}
    doc_bin = DocBin(store_user_data=True)
    count = 0
    for count, record in enumerate(records, start=1):
        if record["doc_id"] not in languages:
            languages[record["doc_id"]] = project.document(record["doc_id"]).lang
        nlp = _blank(pipelines, languages[record["doc_id"]])
        doc_bin.add(record_doc(nlp, record, schema))
        if count % 10000 == 0:
            progress(count, 0, "exporting")
    outputs.open(path, "wb").write(doc_bin.to_bytes())
    return count


def record_doc(nlp, record: dict[str, Any], schema: LabelSchema):
    doc = nlp.make_doc(record["text"])
    offset = record["start"]
    spans = [doc.char_span(s["start"] - offset, s["end"] - offset, label=s["type"],
                           alignment_mode="expand") for s in record["sources"]]
    doc.spans[SPANS_KEY] = [span for span in spans if span is not None]
    for dimension in schema.dimensions:
        value = record.get(dimension)
        if value:
            doc.cats.update({f"{dimension}:{v}": float(v == value)
                             for v in schema.values(dimension)})
    doc.user_data.update({
        "doc": record["doc"], "doc_id": record["doc_id"], "index": record["index"],
        "annotator": record["annotator"],
        "sources": [{k: s.get(k) for k in ("start", "end", "type", "quote", "via")}
                    for s in record["sources"]]})
    return doc


def _blank(pipelines: dict[str, Any], lang: str):
    if lang not in pipelines:
        from annotator.core.nlp import blank

        pipelines[lang] = blank(lang)
    return pipelines[lang]
