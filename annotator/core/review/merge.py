"""Merging a colleague's project file: their tags, notes and flags, under their names.

Rules (also in the README):

- Documents are matched by content key, sentences by their offsets (start, end). A document
  only in the other file is added with its segments, tags and notes.
- A matched document whose segmentation differs is reported (how many of their segments
  have no segment with the same offsets here); tags on the segments that do match are
  merged, tags on the others are skipped and counted, never moved to a guessed sentence.
- Per annotator, sentence and dimension (stance, verifiability, the set of sources, the
  note and flag): nothing here -> theirs is added; the same -> nothing; different -> a
  conflict is reported and ours is kept. So merging the same file twice adds nothing.
- Values unknown to this project's schema are skipped and counted.
- The other file is opened read-only. The merge is one transaction and one undoable step.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..changes import Changes
from ..errors import InputError, ProjectError
from ..guards import paused_gc
from ..progress import SILENT, Progress
from ..project import Project
from ..schema import SOURCE
from ..store import merge_rows, now

SPAN_FIELDS = ("start", "end", "value", "quote", "via")


@dataclass(frozen=True)
class Conflict:
    doc_id: int
    segment_id: int
    annotator: str
    dimension: str  # stance | verifiability | source | note
    ours: Any
    theirs: Any


@dataclass(frozen=True)
class SegmentationMismatch:
    doc_id: int
    title: str
    unmatched: int  # their segments with no segment at the same offsets here
    skipped_tags: int


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # per table
    conflicts: list[Conflict] = field(default_factory=list)
    mismatches: list[SegmentationMismatch] = field(default_factory=list)
    unknown_values: int = 0
    changes: Changes | None = None

    @property
    def skipped(self) -> int:
        return sum(m.skipped_tags for m in self.mismatches) + self.unknown_values

    def summary(self) -> str:
        added = ", ".join(f"{n} {table}" for table, n in sorted(self.added.items()) if n)
        text = f"added {added or 'nothing'}; {len(self.conflicts)} conflict(s) (kept ours)"
        if self.mismatches:
            text += f"; {len(self.mismatches)} document(s) segmented differently"
        if self.skipped:
            text += f"; {self.skipped} tag(s) skipped"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"added": dict(self.added), "skipped": self.skipped,
                "unknown_values": self.unknown_values,
                "conflicts": [vars(c) for c in self.conflicts],
                "segmentation_mismatches": [vars(m) for m in self.mismatches]}


def merge_project(project: Project, other_path: str | Path, *,
                  progress: Progress = SILENT) -> MergeReport:
    """Bring the other file's tags, notes and flags into ``project`` (see the module rules)."""
    if project.readonly:
        raise ProjectError(f"{project.path.name} is open read-only")
    other_path = Path(other_path)
    if other_path.resolve() == Path(project.path).resolve():
        raise InputError("cannot merge a project with itself")
    with Project.open(other_path, readonly=True) as other, paused_gc():
        theirs = _Side.read(other)
    report = MergeReport()
    with project.journal.step(f"merge {other_path.name}") as step, paused_gc():
        _Merger(project, theirs, report, step).run(progress)
    report.changes = step.changes()
    return report


@dataclass
class _Side:
    documents: list[dict]
    segments: dict[int, list[dict]]  # by doc id
    tags: dict[int, list[dict]]  # by segment id
    notes: dict[int, list[dict]]

    @classmethod
    def read(cls, project: Project) -> _Side:
        db = project.db
        return cls(merge_rows.documents(db), _group(merge_rows.segments(db), "doc_id"),
                   _group(merge_rows.tags(db), "segment_id"),
                   _group(merge_rows.notes(db), "segment_id"))


def _group(rows: list[dict], key: str) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


class _Merger:
    def __init__(self, project: Project, theirs: _Side, report: MergeReport, step):
        self.project, self.theirs, self.report, self.step = project, theirs, report, step
        db = project.db
        self.ours_tags = _group(merge_rows.tags(db), "segment_id")
        self.ours_notes = {(n["segment_id"], n["annotator"]): n for n in merge_rows.notes(db)}
        self.note_ids = merge_rows.note_ids(db)
        self.ours_segments = _group(merge_rows.segments(db), "doc_id")
        self.tag_rows: list[dict] = []
        self.note_rows: list[dict] = []
        schema = project.schema
        self.allowed = {dim: set(schema.values(dim)) for dim in schema.dimensions}
        self.allowed[SOURCE] = set(schema.source_types)
        self.renamed = schema.former_names()  # their file may predate a rename or a merge

    def run(self, progress: Progress) -> None:
        keys = self.project.document_keys()
        documents = self.theirs.documents
        for done, document in enumerate(documents):
            progress(done, len(documents), "merging")
            if document["key"] in keys:
                self._merge_document(keys[document["key"]], document)
            else:
                self._add_document(document)
        progress(len(documents), len(documents), "saving")
        db = self.project.db
        self.report.added["tags"] += len(merge_rows.insert(db, "tags", self.tag_rows, self.step))
        self.report.added["notes"] += len(
            merge_rows.insert(db, "notes", self.note_rows, self.step))

    def _merge_document(self, doc_id: int, document: dict) -> None:
        ours = {(s["start"], s["end"]): s["id"] for s in self.ours_segments.get(doc_id, [])}
        unmatched = skipped = 0
        for segment in self.theirs.segments.get(document["id"], []):
            target = ours.get((segment["start"], segment["end"]))
            tags = self.theirs.tags.get(segment["id"], [])
            if target is None:
                unmatched += 1
                skipped += len(tags)
                continue
            self._merge_tags(doc_id, target, tags)
            for note in self.theirs.notes.get(segment["id"], []):
                self._merge_note(doc_id, target, note)
        if unmatched:
            self.report.mismatches.append(
                SegmentationMismatch(doc_id, document["title"], unmatched, skipped))

    def _add_document(self, document: dict) -> None:
        db = self.project.db
        row = {k: v for k, v in document.items() if k != "id"}
        [doc_id] = merge_rows.insert(db, "documents", [row], self.step)
        segments = self.theirs.segments.get(document["id"], [])
        new_ids = merge_rows.insert(db, "segments", [
            {**{k: v for k, v in s.items() if k != "id"}, "doc_id": doc_id} for s in segments],
            self.step)
        self.report.added["documents"] += 1
        self.report.added["segments"] += len(new_ids)
        for segment, seg_id in zip(segments, new_ids):
            self._merge_tags(doc_id, seg_id, self.theirs.tags.get(segment["id"], []))
            for note in self.theirs.notes.get(segment["id"], []):
                self._merge_note(doc_id, seg_id, note)

    def _merge_tags(self, doc_id: int, seg_id: int, tags: list[dict]) -> None:
        if not tags:
            return
        ours = _layers(self.ours_tags.get(seg_id, []))
        for (annotator, dimension), rows in _layer_rows(tags).items():
            if self.renamed:
                rows = [{**r, "value": self.renamed.get((dimension, r["value"]), r["value"])}
                        for r in rows]
            known = [r for r in rows if r["value"] in self.allowed.get(dimension, ())]
            self.report.unknown_values += len(rows) - len(known)
            if not known:
                continue
            theirs_value = _value(dimension, known)
            ours_value = ours.get((annotator, dimension))
            if ours_value is None:
                self.tag_rows.extend({**r, "segment_id": seg_id, "doc_id": doc_id}
                                     for r in known)
            elif ours_value != theirs_value:
                self.report.conflicts.append(Conflict(
                    doc_id, seg_id, annotator, dimension,
                    _shown(ours_value), _shown(theirs_value)))

    def _merge_note(self, doc_id: int, seg_id: int, note: dict) -> None:
        theirs = (note["note"] or None, bool(note["flag"]))
        if theirs == (None, False):
            return
        row = self.ours_notes.get((seg_id, note["annotator"]))
        ours = (row["note"] or None, bool(row["flag"])) if row else (None, False)
        if ours == theirs:
            return
        if ours != (None, False):
            self.report.conflicts.append(Conflict(doc_id, seg_id, note["annotator"], "note",
                                                  list(ours), list(theirs)))
            return
        values = {"note": theirs[0], "flag": int(theirs[1]), "updated": note["updated"] or now()}
        if row is None:
            self.note_rows.append({**note, **values, "segment_id": seg_id, "doc_id": doc_id})
        else:
            self.project.journal.update(self.step, "notes",
                                        self.note_ids[(seg_id, note["annotator"])], values)
            self.report.added["notes"] += 1


def _layer_rows(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        grouped[(row["annotator"], row["dimension"])].append(row)
    return grouped


def _layers(rows: list[dict]) -> dict[tuple[str, str], Any]:
    return {key: _value(key[1], group) for key, group in _layer_rows(rows).items()}


def _value(dimension: str, rows: list[dict]) -> Any:
    """What is compared: the label, or the set of source spans with their attributes."""
    if dimension == SOURCE:
        return frozenset(tuple(r[f] for f in SPAN_FIELDS) for r in rows)
    return rows[0]["value"]


def _shown(value: Any) -> Any:
    return sorted(value, key=str) if isinstance(value, frozenset) else value
