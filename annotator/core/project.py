"""A project: one SQLite file with documents, sentences, tags and their history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from . import store
from .errors import InputError, ProjectError
from .models import Document, DocumentInfo, DocumentRow, Sentence, SentenceTags, Tag
from .schema import LabelSchema
from .store import bulk, queries


class Project:
    def __init__(self, db: Database, path: Path, *, readonly: bool = False,
                 notice: str | None = None):
        self.db = db
        self.path = path
        self.readonly = readonly
        self.notice = notice  # what the user should know about how the file was opened
        self.journal = store.Journal(db)
        self._schema: LabelSchema | None = None

    # -- opening --------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, schema: Path | None = None, target: str | None = None,
               durable: bool = False) -> Project:
        """A new project; ``durable``: every commit also survives a power cut (slower)."""
        path = Path(path)
        label_schema = LabelSchema.load(schema)
        settings = {
            "schema": label_schema.to_json(),
            "target": target or label_schema.data.get("target", ""),
            "created": store.now(),
        }
        if durable:
            settings[store.DURABLE_SETTING] = "1"
        db = store.create_database(path, settings)
        return cls(db, path)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Project:
        path = Path(path)
        opened = store.open_database(path, readonly=readonly)
        return cls(opened.db, path, readonly=readonly, notice=opened.notice)

    @classmethod
    def open_checked(cls, path: str | Path) -> Project:
        """Open for writing and read what a window shows first (the documents), so that a
        damaged file is refused now, with the reason, rather than at the first click."""
        project = cls.open(path)
        try:
            with store.database_errors(path=project.path):
                project.documents()
        except BaseException:
            project.close()
            raise
        return project

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- settings -------------------------------------------------------------------
    @property
    def schema(self) -> LabelSchema:
        if self._schema is None:
            raw = queries.get_setting(self.db, "schema")
            if raw is None:
                raise ProjectError(f"{self.path} has no label schema")
            self._schema = LabelSchema.from_dict(json.loads(raw))
        return self._schema

    def reload_schema(self) -> None:
        """Read the codebook again at next use (after a step that changed it, or its undo)."""
        self._schema = None

    @property
    def target(self) -> str:
        return queries.get_setting(self.db, "target") or ""

    @property
    def durable(self) -> bool:
        """Whether commits are synced to disk (synchronous=FULL), not only to the OS."""
        return store.synchronous(self.db) == "full"

    @property
    def version(self) -> int:
        return store.schema_version(self.db)

    # -- reading --------------------------------------------------------------------
    def documents(self, annotator: str | None = None, *, ids: Sequence[int] | None = None
                  ) -> list[DocumentInfo]:
        """Documents with their progress (for ``annotator``), all or only ``ids``."""
        return queries.document_infos(self.db, annotator, ids)

    def document_titles(self) -> list[tuple[int, str]]:
        """(id, title) of every document, without counting sentences: for long lists."""
        return queries.document_titles(self.db)

    def document_rows(self) -> list[DocumentRow]:
        """Title, outlet, date, author, section and language of every document (no counts)."""
        return queries.document_rows(self.db)

    def document(self, doc_id: int) -> Document:
        found = queries.document(self.db, doc_id)
        if found is None:
            raise self._no_document(doc_id)
        return found

    def sentences(self, doc_id: int) -> list[Sentence]:
        self._require_document(doc_id)
        return queries.sentences(self.db, doc_id)

    def _no_document(self, doc_id: int) -> InputError:
        return InputError(f"no document {doc_id} in {self.path.name}")

    def _require_document(self, doc_id: int) -> None:
        """Existence only: the text is not read."""
        if not queries.document_exists(self.db, doc_id):
            raise self._no_document(doc_id)

    def sentence(self, segment_id: int) -> Sentence:
        found = queries.sentence(self.db, segment_id)
        if found is None:
            raise InputError(f"no sentence with id {segment_id}")
        return found

    def sentence_at(self, doc_id: int, index: int) -> Sentence:
        self._require_document(doc_id)
        found = queries.sentence_at(self.db, doc_id, index)
        if found is None:
            raise InputError(f"document {doc_id} has no sentence {index}")
        return found

    def sentence_text(self, sentence: Sentence) -> str:
        return self.document(sentence.doc_id).text[sentence.start:sentence.end]

    def tags(self, segment_id: int, annotator: str) -> SentenceTags:
        return queries.sentence_tags(self.db, segment_id, annotator)

    def document_tags(self, doc_id: int, annotator: str | None = None) -> list[Tag]:
        return queries.document_tags(self.db, doc_id, annotator)

    def document_notes(self, doc_id: int, annotator: str | None = None) -> list[dict]:
        return queries.document_notes(self.db, doc_id, annotator)

    def tag(self, tag_id: int) -> Tag:
        found = queries.tag(self.db, tag_id)
        if found is None:
            raise InputError(f"no tag {tag_id}")
        return found

    def document_keys(self) -> dict[str, int]:
        return queries.document_keys(self.db)

    def store_document(self, **document) -> int:
        """Insert one document with its segments; call inside a journal step."""
        return bulk.insert_document(self.db, **document)

    def annotators(self) -> list[str]:
        return queries.annotators(self.db)

    def stats(self) -> dict:
        return queries.counts(self.db)

    def can_undo(self, annotator: str | None = None) -> str | None:
        return self.journal.peek("done", annotator)

    def can_redo(self, annotator: str | None = None) -> str | None:
        return self.journal.peek("undone", annotator)
