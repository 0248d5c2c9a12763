"""Importing articles: read every file, segment every new document, then write all at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..changes import Changes
from ..datasets.annotated import AnnotatedDocument, store_annotations
from ..datasets.interchange import read_annotated
from ..datasets.roundtrip import read_export, store_tags
from ..errors import InputError
from ..guards import refuse_project_files, require_writable
from ..metadata import META_FIELDS, columns_for
from ..progress import SILENT, Progress
from ..project import Project
from ..store import now
from .readers import (
    JSONL_SUFFIXES,
    RawDocument,
    detect_language,
    expand_paths,
    read_documents,
)
from .segment import Segment, segment_texts
from .titles import choose_title

STDIN = "stdin.jsonl"  # how JSONL read from standard input is named


@dataclass
class ImportReport:
    added: list[tuple[int, str]] = field(default_factory=list)  # (doc id, title)
    duplicates: list[tuple[str, int | None]] = field(default_factory=list)  # (origin, existing)
    tags: int = 0  # tag rows read back from an export (--with-tags)
    exports: list[tuple[str, Path, int]] = field(default_factory=list)  # (format, file, articles)
    notices: list[str] = field(default_factory=list)  # other tools' labels not kept, why
    changes: Changes | None = None

    def summary(self) -> str:
        text = "".join(f"{count} articles from {name} export {path.name}; "
                       for name, path, count in self.exports)
        text += f"{len(self.added)} document(s) imported"
        if self.tags:
            text += f" with {self.tags} tag(s)"
        if self.duplicates:
            text += f", {len(self.duplicates)} already in the project (skipped)"
        return text


def import_paths(project: Project, paths: list[Path], *, lang: str | None = None,
                 progress: Progress = SILENT, with_tags: bool = False) -> ImportReport:
    """Import files and folders; all-or-nothing: any unreadable file imports nothing.
    With ``with_tags``, .jsonl files are JSONL exports imported back with their tags."""
    files = expand_paths([Path(p) for p in paths])
    refuse_project_files(project, files, "import")
    documents: list[RawDocument] = []
    exports: list[tuple[str, Path, int]] = []
    for done, path in enumerate(files):
        progress(done, len(files), f"reading {path.name}")
        try:
            found = _read(path, with_tags)
        except InputError as exc:
            if len(files) == 1:
                raise
            raise InputError(f"{exc}; nothing was imported") from None
        if found and found[0].export:
            exports.append((found[0].export, path, len(found)))
        documents.extend(found)
    report = import_documents(project, documents, lang=lang, progress=progress)
    report.exports = exports
    return report


def import_jsonl_bytes(project: Project, raw: bytes, *, name: str = STDIN,
                       lang: str | None = None, progress: Progress = SILENT,
                       with_tags: bool = False) -> ImportReport:
    """Import JSONL content (``annotator import PROJECT -`` reads it from standard input),
    all-or-nothing like a file; ``name`` stands for the file in origins and messages."""
    return import_documents(project, _read(Path(name), with_tags, raw), lang=lang,
                            progress=progress)


def _read(path: Path, with_tags: bool, raw: bytes | None = None) -> list[RawDocument]:
    if with_tags and path.suffix.lower() in JSONL_SUFFIXES:
        return list(read_export(path, raw))
    return read_annotated(path, raw) or read_documents(path, raw)


def import_documents(project: Project, documents: list[RawDocument], *,
                     lang: str | None = None, progress: Progress = SILENT) -> ImportReport:
    require_writable(project)
    report = ImportReport()
    known = project.document_keys()
    fresh: list[RawDocument] = []
    for document in documents:
        key = document.key
        if key in known:
            report.duplicates.append((document.origin, known[key]))
            continue
        known[key] = None
        document.lang = lang or document.lang or detect_language(document.text)
        fresh.append(document)
    # Documents read back from an export keep their exported segmentation.
    to_segment = [d for d in fresh if not getattr(d, "segments", None)]
    computed = iter(segment_texts((d.text, d.lang) for d in to_segment))
    segmented: list[list[Segment]] = []
    for done, document in enumerate(fresh):
        progress(done, len(fresh), "segmenting")
        segmented.append(getattr(document, "segments", None) or next(computed))
    progress(len(fresh), len(fresh), "saving")
    stamp = now()
    with project.journal.step(f"import {len(fresh)} documents", undoable=False) as step:
        for document, segments in zip(fresh, segmented):
            columns = columns_for(document.text, title=document.title, meta=document.meta,
                                  **{name: getattr(document, name) for name in META_FIELDS})
            title = columns.pop("title") or choose_title(document.text, segments)
            doc_id = project.store_document(
                key=document.key, title=title, lang=document.lang, origin=document.origin,
                text=document.text, imported_at=stamp, segments=segments, **columns)
            report.added.append((doc_id, title))
            if document.tags:
                report.tags += store_tags(project, doc_id, document.tags)
            if isinstance(document, AnnotatedDocument):
                stored = store_annotations(project, doc_id, document)
                report.tags += stored.tags
                report.notices += document.notices + stored.lines(document.origin)
        if fresh:
            step.extra_tables.update({"documents", "segments"})
        if report.tags or any(isinstance(d, AnnotatedDocument) for d in fresh):
            step.extra_tables.update({"tags", "notes", "gold"})
    report.changes = step.changes()
    return report

