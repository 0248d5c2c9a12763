"""spaCy DocBin: one Doc per export record (sentence x annotator, or gold sentence) that
decides something, ready for ``spacy train`` (``annotator data-to-spacy`` writes the config).

Docs are tokenised by ``spacy.blank(lang)`` of their document's language (``xx`` when that
language cannot be loaded). What a record decides goes in, what it leaves open stays out:

- sources: ``doc.spans["sources"]``, the type as label (character offsets aligned to tokens
  with ``alignment_mode="expand"``); an empty group means "decided: no source". The key is
  absent when sources were not decided (a gold layer that adjudicated only stance), which
  spaCy's span scorer skips.
- stance and verifiability: ``doc.cats`` over the schema's values with the dimension in the
  label (``stance:neutral``), one 1.0 and the rest 0.0; a decided "none" (gold) is all 0.0;
  an undecided dimension has no entry at all, so spaCy's textcat_multilabel neither learns
  from it nor scores it.

Records that decide nothing (untagged sentences of ``--all-sentences``, a note alone) are left
out: they are not negatives. ``doc.user_data`` keeps the doc key, sentence index, annotator
and the sources with quote and via.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..atomic import AtomicOutputs
from ..errors import InputError
from ..progress import Progress
from ..project import Project
from ..schema import LabelSchema

SPANS_KEY = "sources"


def cat_label(dimension: str, value: str) -> str:
    return f"{dimension}:{value}"


def decisions(record: dict[str, Any], schema: LabelSchema) -> dict[str, Any]:
    """What a record decides: dimension -> value (None: decided, no value), and "sources"
    -> list. A gold record decides what its provenance names; an annotator's record with at
    least one tag decides its sources (none marked: the author's own voice) and each
    dimension it gave a value."""
    provenance = record.get("provenance")
    if provenance is not None:
        decided = {name: record.get(name) for name in (*schema.dimensions, "sources")
                   if name in provenance}
    else:
        decided = {d: record[d] for d in schema.dimensions if record.get(d)}
        if decided or record["sources"]:
            decided["sources"] = record["sources"]
    return decided


def decides_anything(record: dict[str, Any], schema: LabelSchema) -> bool:
    return bool(decisions(record, schema))


def record_doc(nlp, record: dict[str, Any], schema: LabelSchema):
    doc = nlp.make_doc(record["text"])
    decided = decisions(record, schema)
    offset = record["start"]
    if "sources" in decided:
        spans = [doc.char_span(s["start"] - offset, s["end"] - offset, label=s["type"],
                               alignment_mode="expand") for s in decided["sources"] or []]
        doc.spans[SPANS_KEY] = [span for span in spans if span is not None]
    for dimension in schema.dimensions:
        if dimension in decided:
            doc.cats.update({cat_label(dimension, v): float(v == decided[dimension])
                             for v in schema.values(dimension)})
    doc.user_data.update({
        "doc": record["doc"], "doc_id": record["doc_id"], "index": record["index"],
        "annotator": record["annotator"],
        "sources": [{k: s.get(k) for k in ("start", "end", "type", "quote", "via")}
                    for s in record["sources"]]})
    return doc


class Tokenizers:
    """``spacy.blank`` pipelines per language, loaded once; ``xx`` when one cannot load."""

    def __init__(self, lang: str | None = None):
        self.forced = lang
        self.pipelines: dict[str, Any] = {}

    def __call__(self, lang: str | None):
        lang = self.forced or lang or "xx"
        if lang not in self.pipelines:
            from ..nlp import blank

            self.pipelines[lang] = blank(lang)
            if self.forced and self.pipelines[lang].lang != lang:
                raise InputError(f"spaCy has no language '{lang}'")
        return self.pipelines[lang]


def docs_of(project: Project, records: Iterable[dict[str, Any]], progress: Progress,
            tokenizers: Tokenizers | None = None) -> Iterable[tuple[dict[str, Any], Any]]:
    """(record, Doc) for each record that decides something."""
    schema = project.schema
    tokenizers = tokenizers or Tokenizers()
    languages: dict[int, str] = {}
    for count, record in enumerate(records, start=1):
        if count % 10000 == 0:
            progress(count, 0, "exporting")
        if not decides_anything(record, schema):
            continue
        if record["doc_id"] not in languages:
            languages[record["doc_id"]] = project.document(record["doc_id"]).lang
        yield record, record_doc(tokenizers(languages[record["doc_id"]]), record, schema)


def write_docs(outputs: AtomicOutputs, path: Path, docs: Iterable[Any]) -> int:
    from spacy.tokens import DocBin

    doc_bin = DocBin(store_user_data=True)
    for doc in docs:
        doc_bin.add(doc)
    outputs.open(path, "wb").write(doc_bin.to_bytes())
    return len(doc_bin)


def write_docbin(project: Project, outputs: AtomicOutputs, path: Path,
                 records: Iterable[dict[str, Any]], progress: Progress) -> int:
    return write_docs(outputs, path,
                      (doc for _record, doc in docs_of(project, records, progress)))
