"""Finding sentences: the words searched (full text, accents folded) and filters by tag.

::

    result = search(project, "négociations", SentenceFilter(annotator="ana"))
    for hit in result.hits:  # reading order; result.total counts them all
        hit.doc_id, hit.index, hit.text, hit.marks  # marks: matched words in hit.text
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from ..errors import InputError
from ..project import Project
from ..schema import SOURCE
from ..store import search_rows
from ..store.search_rows import SentenceFilter
from .query import marks, parse, syntax_error

DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class Hit:
    segment_id: int
    doc_id: int
    doc_title: str
    index: int
    kind: str
    start: int  # document offsets of the sentence
    end: int
    text: str
    marks: tuple[tuple[int, int], ...] = ()  # matched words, offsets into ``text``

    def highlighted(self, before: str = "[", after: str = "]") -> str:
        """The sentence with each matched word between ``before`` and ``after``."""
        pieces, position = [], 0
        for start, end in self.marks:
            pieces += [self.text[position:start], before, self.text[start:end], after]
            position = end
        return "".join(pieces) + self.text[position:]

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "doc_title": self.doc_title, "index": self.index,
                "segment_id": self.segment_id, "kind": self.kind, "start": self.start,
                "end": self.end, "text": self.text, "highlighted": self.highlighted(),
                "marks": [list(m) for m in self.marks]}


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[Hit]
    total: int  # every match, also beyond the limit

    @property
    def truncated(self) -> bool:
        return self.total > len(self.hits)


def search(project: Project, text: str = "", where: SentenceFilter | None = None, *,
           limit: int | None = DEFAULT_LIMIT) -> SearchResult:
    """Sentences whose words match ``text`` (every sentence when it is empty) and that pass
    ``where``. Bad syntax raises one line (``SearchSyntaxError``)."""
    where = check_filter(project, where or SentenceFilter())
    query = parse(text)
    if query.fts is not None and not search_rows.has_index(project.db):
        raise InputError(f"{project.path.name} has no search index yet: open it once "
                         "where it can be written, and it is built")
    try:
        ids = search_rows.matching_ids(project.db, query.fts, where)
    except sqlite3.OperationalError as exc:
        if query.fts is not None and _is_query_error(exc):
            raise syntax_error(text, str(exc)) from None
        raise
    shown = ids if limit is None else ids[:limit]
    hits = [Hit(row["id"], row["doc_id"], row["title"], row["idx"], row["kind"],
                row["start"], row["end"], row["text"], marks(row["text"], query.phrases))
            for row in search_rows.hit_rows(project.db, shown)]
    return SearchResult(text, hits, len(ids))


def check_filter(project: Project, where: SentenceFilter) -> SentenceFilter:
    """``where`` with the dimension of its value filled in (the index then answers
    alone); names that the project does not know are errors, not silent empty results."""
    schema = project.schema
    dimensions = [*schema.dimensions, SOURCE]
    if where.dimension is not None and where.dimension not in dimensions:
        raise InputError(f"unknown dimension {where.dimension!r}; expected one of: "
                         + ", ".join(dimensions))
    if where.value is not None:
        if where.untagged:
            raise InputError("a value and untagged cannot be combined")
        if where.dimension is not None:
            schema.check(where.dimension, where.value)
        else:
            having = [d for d in dimensions if where.value in _allowed(project, d)]
            if not having:
                raise InputError(f"{where.value!r} is not a value of any dimension")
            if len(having) == 1:
                where = replace(where, dimension=having[0])
    if where.source_type is not None:
        schema.check(SOURCE, where.source_type)
    if where.doc_id is not None:
        project.document(where.doc_id)  # raises for a document that is not there
    if where.annotator is not None and not search_rows.has_annotator(project.db,
                                                                     where.annotator):
        known = ", ".join(project.annotators()) or "none yet"
        raise InputError(f"no annotator {where.annotator!r} in {project.path.name} "
                         f"(annotators: {known})")
    return where


def _allowed(project: Project, dimension: str) -> list[str]:
    schema = project.schema
    return schema.source_types if dimension == SOURCE else schema.values(dimension)


def _is_query_error(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return any(word in text for word in ("fts5", "syntax error", "unterminated",
                                         "no such column", "unknown special query"))
