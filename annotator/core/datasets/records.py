"""Fields added to export records: gold provenance, and the document itself (``--with-text``)
so that an export can be imported back into a new project with its tags."""

from __future__ import annotations

from typing import Any

from ..project import Project
from ..store.gold_rows import GoldLayer

DOCUMENT_FIELDS = ("doc_text", "doc_lang", "doc_url", "doc_date", "doc_segments")


def gold_fields(layer: GoldLayer) -> dict[str, Any]:
    """Per dimension who proposed, who decided, when and why; plus the latest decision."""
    provenance = {("sources" if dim == "source" else dim): dict(p)
                  for dim, p in sorted(layer.provenance.items())}
    latest = max(provenance.values(), key=lambda p: p["decided_at"] or "", default={})
    return {"provenance": provenance, "decided_by": latest.get("decided_by"),
            "decided_at": latest.get("decided_at")}


def document_fields(project: Project, doc_id: int) -> dict[str, Any]:
    """The document's text, language, URL, date and segments [start, end, kind, para, reason]."""
    document = project.document(doc_id)
    return {"doc_text": document.text, "doc_lang": document.lang, "doc_url": document.url,
            "doc_date": document.date,
            "doc_segments": [[s.start, s.end, s.kind, s.para, s.reason]
                             for s in project.sentences(doc_id)]}
