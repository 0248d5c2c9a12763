"""A document's metadata: what its source says (outlet, date, author, section, URL), its
language and length, and free ``meta``; gathered at import, edited by the analyst.

``columns_for`` turns what a reader found into the document's columns; ``set_document_meta``
is the one operation that edits them (a journalled step, undoable).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

from .changes import Changes
from .errors import InputError
from .guards import require_writable
from .project import Project
from .text.dates import iso_date

# The columns a source's metadata fills; ``meta`` keys of these names are promoted to them.
META_FIELDS = ("outlet", "date", "author", "section", "url")
EDITABLE = ("title", *META_FIELDS)
# Other names readers and JSONL files use for the same things.
ALIASES = {"source": "outlet", "publication": "outlet", "newspaper": "outlet",
           "sitename": "outlet", "site_name": "outlet", "journal": "outlet",
           "byline": "author", "authors": "author", "auteur": "author", "rubric": "section",
           "rubrique": "section", "category": "section", "categories": "section",
           "link": "url", "published": "date", "titre": "title"}


def columns_for(text: str, *, title: str | None = None, meta: dict[str, Any] | None = None,
                **fields: Any) -> dict[str, Any]:
    """The documents-table columns of an imported document: ``fields`` (outlet, date...) win
    over the same keys in ``meta``; the rest of ``meta`` is kept as JSON."""
    free = dict(meta or {})
    found: dict[str, Any] = {}
    for key in list(free):
        name = ALIASES.get(key.lower(), key.lower())
        if name in (*META_FIELDS, "title"):
            value = free.pop(key)
            found.setdefault(name, _plain(value))
    for name in META_FIELDS:
        if fields.get(name):
            found[name] = _plain(fields[name])
    columns = {name: found.get(name) or None for name in META_FIELDS}
    columns["date"] = iso_date(columns["date"]) or columns["date"]
    columns["title"] = title or found.get("title") or None
    columns["word_count"] = len(text.split())
    columns["meta"] = json.dumps(free, ensure_ascii=False, sort_keys=True) if free else None
    return columns


def _plain(value: Any) -> str | None:
    """A metadata value as one line of text (a list of authors joined with commas)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v)
    text = " ".join(str(value).split())
    return text or None


def doc_meta(row: Any) -> dict[str, Any]:
    """The ``doc_meta`` object of exports and ``documents --json`` from a document record."""
    return {"outlet": row.outlet, "date": row.date, "author": row.author,
            "section": row.section, "url": row.url, "lang": row.lang,
            "word_count": row.word_count, "meta": free_meta(row.meta)}


def listing(info: Any) -> dict[str, Any]:
    """One document of ``annotator documents --json``: identity, progress and metadata."""
    return {"id": info.id, "key": info.key, "title": info.title, "lang": info.lang,
            "sentences": info.sentences, "tagged": info.tagged,
            **{k: v for k, v in doc_meta(info).items() if k != "lang"}}


def free_meta(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def check_edit(name: str, value: str) -> str | None:
    """The value to store for an edited field (None clears it); bad input raises."""
    if name not in EDITABLE:
        raise InputError(f"unknown document field '{name}'; expected one of: "
                         + ", ".join(EDITABLE))
    text = " ".join(value.split())
    if name == "title":
        if not text:
            raise InputError("a document's title cannot be empty")
        return text
    if not text:
        return None
    if name == "date":
        found = iso_date(text)
        if found is None or len(text) > 40:
            raise InputError(f"not a date: '{value}' (write it as YYYY-MM-DD, e.g. 2024-03-12)")
        return found
    if name == "url":
        parsed = urlparse(text)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InputError(f"not a web address: '{value}' (it starts with http:// or https://)")
    return text


def set_document_meta(project: Project, *, doc_id: int, annotator: str | None = None,
                      **values: str) -> Changes:
    """Edit a document's title and metadata (outlet, date, author, section, url): one
    journalled step. An empty string clears a field (the title cannot be cleared)."""
    require_writable(project)
    checked = {name: check_edit(name, value) for name, value in values.items()
               if value is not None}
    project.document(doc_id)  # raises when there is no such document
    names = ", ".join(checked) or "nothing"
    with project.journal.step(f"edit document {doc_id} ({names})", annotator=annotator) as step:
        if checked:
            project.journal.update(step, "documents", doc_id, checked)
    return step.changes()
