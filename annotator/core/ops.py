"""Tagging operations: each one is a single committed, journalled step that returns its Changes.

All take keyword arguments only, so a call reads like the action it performs::

    set_label(project, segment_id=12, annotator="ana", dimension="stance", value="neutral")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .changes import Changes
from .errors import InputError
from .guards import require_name, require_writable, span_in_document
from .project import Project
from .schema import SOURCE
from .store import now, queries
from .text.segment import looks_like_heading


def set_label(project: Project, *, segment_id: int, annotator: str, dimension: str,
              value: str | None) -> Changes:
    """Set (or, with ``value=None``, clear) one annotator's stance or verifiability."""
    require_writable(project)
    annotator = require_name(annotator)
    if value is not None:
        project.schema.check(dimension, value)
    else:
        project.schema.values(dimension)  # validates the dimension name
    sentence = project.sentence(segment_id)
    name = f"{dimension} {value}" if value else f"clear {dimension}"
    with project.journal.step(name, annotator=annotator) as step:
        # Read inside the write transaction: another program may have tagged meanwhile.
        existing = queries.single_tag_id(project.db, segment_id, annotator, dimension)
        if value is None:
            if existing is not None:
                project.journal.delete(step, "tags", existing)
        elif existing is not None:
            project.journal.update(step, "tags", existing, {"value": value, "updated": now()})
        else:
            stamp = now()
            project.journal.insert(step, "tags", {
                "segment_id": segment_id, "doc_id": sentence.doc_id, "annotator": annotator,
                "dimension": dimension, "value": value, "created": stamp, "updated": stamp})
    return step.changes()


def add_source(project: Project, *, segment_id: int, annotator: str, start: int, end: int,
               type: str = "other", quote: str = "indirect", via: str | None = None,
               origin: str | None = None) -> Changes:
    """Add a source span; ``start``/``end`` are offsets inside the sentence text."""
    require_writable(project)
    annotator = require_name(annotator)
    sentence = project.sentence(segment_id)
    doc_start, doc_end = span_in_document(sentence, start, end)
    project.schema.check(SOURCE, type)
    project.schema.check_quote(quote)
    stamp = now()
    with project.journal.step(f"add source {type}", annotator=annotator) as step:
        tag_id = project.journal.insert(step, "tags", {
            "segment_id": segment_id, "doc_id": sentence.doc_id, "annotator": annotator,
            "dimension": SOURCE, "value": type, "start": doc_start, "end": doc_end,
            "quote": quote, "via": via or None, "origin": origin,
            "created": stamp, "updated": stamp})
        step.detail["tag_id"] = tag_id
    return step.changes()


def edit_source(project: Project, *, tag_id: int, type: str | None = None,
                quote: str | None = None, via: str | None = None,
                start: int | None = None, end: int | None = None) -> Changes:
    """Change a source's type, quote kind, via, or span (offsets inside the sentence)."""
    require_writable(project)
    tag = project.tag(tag_id)
    if tag.dimension != SOURCE:
        raise InputError(f"tag {tag_id} is not a source")
    values: dict = {"updated": now()}
    if type is not None:
        project.schema.check(SOURCE, type)
        values["value"] = type
    if quote is not None:
        project.schema.check_quote(quote)
        values["quote"] = quote
    if via is not None:
        values["via"] = via or None
    if start is not None or end is not None:
        sentence = project.sentence(tag.segment_id)
        old_start, old_end = tag.start - sentence.start, tag.end - sentence.start
        values["start"], values["end"] = span_in_document(
            sentence, old_start if start is None else start,
            old_end if end is None else end)
    with project.journal.step("edit source", annotator=tag.annotator) as step:
        project.journal.update(step, "tags", tag_id, values)
    return step.changes()


def remove_source(project: Project, *, tag_id: int) -> Changes:
    require_writable(project)
    tag = project.tag(tag_id)
    with project.journal.step("remove source", annotator=tag.annotator) as step:
        project.journal.delete(step, "tags", tag_id)
    return step.changes()


def set_note(project: Project, *, segment_id: int, annotator: str, note: str | None = None,
             flag: bool | None = None) -> Changes:
    """Set the note text and/or the "to discuss" flag of one annotator on one sentence."""
    require_writable(project)
    annotator = require_name(annotator)
    sentence = project.sentence(segment_id)
    values: dict = {"updated": now()}
    if note is not None:
        values["note"] = note.strip() or None
    if flag is not None:
        values["flag"] = int(flag)
    name = "flag" if note is None else "note"
    with project.journal.step(name, annotator=annotator) as step:
        existing = queries.note_row(project.db, segment_id, annotator)
        if existing is None:
            project.journal.insert(step, "notes", {
                "segment_id": segment_id, "doc_id": sentence.doc_id, "annotator": annotator,
                "note": None, "flag": 0, **values})
        else:
            project.journal.update(step, "notes", existing["id"], values)
    return step.changes()


def set_boilerplate(project: Project, *, segment_id: int, boilerplate: bool,
                    annotator: str | None = None) -> Changes:
    """Mark a segment as boilerplate, or give it back to the article."""
    require_writable(project)
    sentence = project.sentence(segment_id)
    if boilerplate:
        kind, reason = "boilerplate", "marked by hand"
    else:
        text = project.sentence_text(sentence)
        kind, reason = ("heading" if looks_like_heading(text) else "sentence"), None
    name = "mark boilerplate" if boilerplate else "unmark boilerplate"
    with project.journal.step(name, annotator=annotator) as step:
        if sentence.kind != kind:
            project.journal.update(step, "segments", segment_id, {"kind": kind, "reason": reason})
    return step.changes()


@dataclass(frozen=True)
class SourceSpan:
    """A source to add: offsets inside the sentence text, its type, quote kind and relay."""

    start: int
    end: int
    type: str = "other"
    quote: str = "indirect"
    via: str | None = None


def tag_sentence(project: Project, *, segment_id: int, annotator: str,
                 labels: Mapping[str, str | None] | None = None,
                 sources: Sequence[SourceSpan] = (), note: str | None = None,
                 flag: bool | None = None) -> Changes:
    """Several changes to one sentence as one step: labels (``None`` clears one), sources
    to add, the note and flag. Either all of them are written, or nothing is."""
    require_writable(project)
    annotator = require_name(annotator)
    sentence = project.sentence(segment_id)
    labels = dict(labels or {})
    for dimension, value in labels.items():  # everything is checked before any write
        if value is None:
            project.schema.values(dimension)
        else:
            project.schema.check(dimension, value)
    for source in sources:
        span_in_document(sentence, source.start, source.end)
        project.schema.check(SOURCE, source.type)
        project.schema.check_quote(source.quote)
    parts = [f"{d} {v}" if v else f"clear {d}" for d, v in labels.items()]
    parts += [f"add source {s.type}" for s in sources]
    parts += ["note"] if note is not None else ["flag"] if flag is not None else []
    with project.journal.step(", ".join(parts) or "tag", annotator=annotator) as step:
        for dimension, value in labels.items():
            set_label(project, segment_id=segment_id, annotator=annotator,
                      dimension=dimension, value=value)
        for source in sources:
            add_source(project, segment_id=segment_id, annotator=annotator,
                       start=source.start, end=source.end, type=source.type,
                       quote=source.quote, via=source.via)
        if note is not None or flag is not None:
            set_note(project, segment_id=segment_id, annotator=annotator, note=note, flag=flag)
    return step.changes()


def undo(project: Project, *, annotator: str | None = None) -> Changes | None:
    require_writable(project)
    return _settings_read_again(project, project.journal.undo(annotator))


def redo(project: Project, *, annotator: str | None = None) -> Changes | None:
    require_writable(project)
    return _settings_read_again(project, project.journal.redo(annotator))


def _settings_read_again(project: Project, changes: Changes | None) -> Changes | None:
    if changes is not None and changes.touches("settings"):
        project.reload_schema()  # the step changed the codebook
    return changes
