"""Adjudication: operations on the gold layer, each one journalled step (undo works).

The gold layer holds, per sentence and dimension (stance, verifiability, source), the
decided value with its provenance: who proposed it (an annotator, several joined by "+",
or the reviewer), who decided, when, and why. A gold row without a value records the
decision "none" (no stance, no source), so a decided-empty dimension differs from one
nobody has adjudicated yet. Steps are journalled under the reviewer's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..changes import Changes
from ..errors import InputError
from ..guards import require_name, require_writable, span_in_document
from ..project import Project
from ..schema import SOURCE
from ..store import gold_rows, now
from .rows import DIMENSIONS, Layer, ReviewRow, review_rows


@dataclass(frozen=True)
class GoldValue:
    """What one dimension of the gold layer is set to; sources as document offsets."""

    value: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    via: str | None = None


def adopt(project: Project, *, segment_id: int, from_annotator: str, decided_by: str,
          dimensions: Sequence[str] | None = None, reason: str | None = None) -> Changes:
    """Copy one annotator's tags on a sentence into gold (all dimensions by default)."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    tags = project.tags(segment_id, from_annotator)
    if tags.empty or not (tags.stance or tags.verifiability or tags.sources):
        raise InputError(f"{from_annotator} has not tagged sentence {segment_id}")
    layer = Layer(stance=tags.stance, verifiability=tags.verifiability)
    values = {d: _layer_values(layer, d) for d in _dimensions(dimensions)}
    if SOURCE in values:
        values[SOURCE] = [GoldValue(t.value, t.start, t.end, t.quote, t.via)
                          for t in tags.sources]
    with project.journal.step(f"adopt {from_annotator}", annotator=decided_by) as step:
        for dimension, rows in values.items():
            _replace(project, step, segment_id, dimension, rows,
                     _provenance(from_annotator, decided_by, reason))
    return step.changes()


def adopt_all_sources(project: Project, *, segment_id: int, annotators: Sequence[str],
                      decided_by: str, reason: str | None = None) -> Changes:
    """Gold sources := every source any of ``annotators`` marked (the union; where two
    marked the same words, the first annotator's type and quote are kept)."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    names = list(dict.fromkeys(annotators))
    union: dict[tuple[int, int], GoldValue] = {}
    for name in names:
        for tag in project.tags(segment_id, name).sources:
            union.setdefault((tag.start, tag.end),
                             GoldValue(tag.value, tag.start, tag.end, tag.quote, tag.via))
    if not union:
        raise InputError(f"none of {', '.join(names)} marked a source in sentence {segment_id}")
    proposed = "+".join(names)
    with project.journal.step(f"adopt sources of {proposed}", annotator=decided_by) as step:
        _replace(project, step, segment_id, SOURCE, sorted(union.values(),
                                                           key=lambda v: (v.start, v.end)),
                 _provenance(proposed, decided_by, reason))
    return step.changes()


def set_gold_label(project: Project, *, segment_id: int, dimension: str, value: str | None,
                   decided_by: str, reason: str | None = None) -> Changes:
    """The reviewer's own stance or verifiability (``None``: decided, no value)."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    if value is not None:
        project.schema.check(dimension, value)
    else:
        project.schema.values(dimension)
    with project.journal.step(f"gold {dimension} {value}", annotator=decided_by) as step:
        _replace(project, step, segment_id, dimension, [GoldValue(value)] if value else [],
                 _provenance(decided_by, decided_by, reason))
    return step.changes()


def set_gold_sources(project: Project, *, segment_id: int, sources: Sequence[dict[str, Any]],
                     decided_by: str, reason: str | None = None) -> Changes:
    """The reviewer's sources: dicts with ``start``/``end`` inside the sentence text,
    ``type``, optional ``quote`` and ``via``; an empty list decides "no source"."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    sentence = project.sentence(segment_id)
    rows = []
    for source in sources:
        start, end = span_in_document(sentence, source["start"], source["end"])
        project.schema.check(SOURCE, source.get("type", "other"))
        quote = source.get("quote", "indirect")
        project.schema.check_quote(quote)
        rows.append(GoldValue(source.get("type", "other"), start, end, quote,
                              source.get("via") or None))
    with project.journal.step("gold sources", annotator=decided_by) as step:
        _replace(project, step, segment_id, SOURCE, rows,
                 _provenance(decided_by, decided_by, reason))
    return step.changes()


def set_gold_reason(project: Project, *, segment_id: int, reason: str | None,
                    decided_by: str, dimensions: Sequence[str] | None = None) -> Changes:
    """Write (or clear) the reason of the decisions already taken on a sentence."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    wanted = _dimensions(dimensions)
    with project.journal.step("gold reason", annotator=decided_by) as step:
        for row in gold_rows.for_segment(project.db, segment_id):
            if row["dimension"] in wanted:
                project.journal.update(step, "gold", row["id"],
                                       {"reason": (reason or "").strip() or None})
    return step.changes()


def clear_gold(project: Project, *, segment_id: int, dimensions: Sequence[str] | None = None,
               decided_by: str | None = None) -> Changes:
    """Take a sentence (or some of its dimensions) back to "not adjudicated"."""
    require_writable(project)
    wanted = _dimensions(dimensions)
    with project.journal.step("clear gold", annotator=decided_by) as step:
        for row in gold_rows.for_segment(project.db, segment_id):
            if row["dimension"] in wanted:
                project.journal.delete(step, "gold", row["id"])
    return step.changes()


def decide(project: Project, *, segment_id: int, decided_by: str, clear: bool = False,
           from_annotator: str | None = None, labels: dict[str, str | None] | None = None,
           dimensions: Sequence[str] | None = None, reason: str | None = None) -> Changes:
    """Clear, adopt an annotator's tags, then set labels (``None``: decided, no value), as
    one step: if any part is refused, nothing is written."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    labels = labels or {}
    if not (clear or from_annotator or labels):
        raise InputError("say what to decide: an annotator to adopt, a label, or clear")
    with project.journal.step("adjudicate", annotator=decided_by) as step:
        if clear:
            clear_gold(project, segment_id=segment_id, dimensions=dimensions,
                       decided_by=decided_by)
        if from_annotator:
            adopt(project, segment_id=segment_id, from_annotator=from_annotator,
                  decided_by=decided_by, dimensions=dimensions, reason=reason)
        for dimension, value in labels.items():
            set_gold_label(project, segment_id=segment_id, dimension=dimension, value=value,
                           decided_by=decided_by, reason=reason)
    return step.changes()


def accept_agreed(project: Project, *, annotators: Sequence[str], decided_by: str,
                  dimensions: Sequence[str] | None = None,
                  documents: Sequence[int] | None = None, reason: str | None = None
                  ) -> Changes:
    """Into gold, in one step: every sentence and dimension on which all ``annotators``
    tagged the sentence and agree. Dimensions already adjudicated are left alone; labels
    nobody set are not accepted; agreed "no source" is. ``detail["sentences"]`` counts
    the sentences that received something."""
    require_writable(project)
    decided_by = require_name(decided_by, "reviewer")
    names = list(dict.fromkeys(annotators))
    if len(names) < 2:
        raise InputError("accepting agreed tags needs at least two annotators")
    wanted = _dimensions(dimensions)
    proposed = "+".join(names)
    provenance = _provenance(proposed, decided_by, reason or "agreed by " + ", ".join(names))
    accepted = 0
    with project.journal.step(f"accept agreed ({proposed})", annotator=decided_by) as step:
        for row in review_rows(project, annotators=names, documents=documents,
                               disagreements_first=False):
            agreed = agreed_dimensions(row, wanted)
            for dimension in agreed:
                values = _layer_values(next(iter(row.layers.values())), dimension)
                _replace(project, step, row.segment_id, dimension, values, provenance,
                         doc_id=row.doc_id, existing=[])
            accepted += bool(agreed)
        step.detail["sentences"] = accepted
    return step.changes()


def agreed_dimensions(row: ReviewRow, dimensions: Sequence[str] = DIMENSIONS) -> list[str]:
    """The dimensions of a review row that ``accept_agreed`` puts into gold: every
    annotator coded the sentence and they agree, gold has not decided it, and the agreed
    label is not empty (an agreed "no source" counts)."""
    layers = list(row.layers.values())
    if not layers or not all(layer.coded for layer in layers):
        return []
    return [d for d in dimensions
            if not (row.gold is not None and row.gold.decided(d))
            and len({layer.value(d) for layer in layers}) == 1
            and (d == SOURCE or _layer_values(layers[0], d))]


def _dimensions(dimensions: Sequence[str] | None) -> tuple[str, ...]:
    if dimensions is None:
        return DIMENSIONS
    aliases = {"sources": SOURCE}
    chosen = tuple(aliases.get(d, d) for d in dimensions)
    for dimension in chosen:
        if dimension not in DIMENSIONS:
            raise InputError(f"unknown dimension '{dimension}'; expected one of: "
                             + ", ".join(DIMENSIONS))
    return chosen


def _layer_values(layer: Layer, dimension: str) -> list[GoldValue]:
    if dimension == SOURCE:
        return [GoldValue(s.type, s.start, s.end, s.quote, s.via) for s in layer.sources]
    value = layer.value(dimension)
    return [GoldValue(value)] if value else []


def _provenance(proposed_by: str, decided_by: str, reason: str | None) -> dict[str, Any]:
    return {"proposed_by": proposed_by, "decided_by": decided_by, "decided_at": now(),
            "reason": (reason or "").strip() or None}


def _replace(project: Project, step, segment_id: int, dimension: str, values: list[GoldValue],
             provenance: dict[str, Any], *, doc_id: int | None = None,
             existing: list[dict] | None = None) -> None:
    """Gold of one sentence and dimension := ``values`` (none: a "decided: none" row)."""
    if doc_id is None:
        doc_id = project.sentence(segment_id).doc_id
    if existing is None:
        existing = [r for r in gold_rows.for_segment(project.db, segment_id)
                    if r["dimension"] == dimension]
    for row in existing:
        project.journal.delete(step, "gold", row["id"])
    for value in values or [GoldValue()]:
        project.journal.insert(step, "gold", {
            "segment_id": segment_id, "doc_id": doc_id, "dimension": dimension,
            **vars(value), **provenance})
