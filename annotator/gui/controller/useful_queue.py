"""Tag > Next most useful: jump to the untagged sentence the models are least sure of.

An optional queue for building a training set (the core ranks, see
``annotator.core.next_useful``); J/K and N keep the reading order, which stays the default.
The ranking reads the scores the last suggesting pass stored, so the jump never waits for
a model.
"""

from __future__ import annotations

from ...core import next_useful
from ..i18n import translate
from .session import Session


def go_to_next_useful(session: Session, *, whole_project: bool = True) -> None:
    """Open the most useful sentence (across the project, or in the current document)."""
    project = session.project
    if project is None or not session.annotator:
        return
    found = next_useful.next_useful(
        project, annotator=session.annotator,
        doc_id=None if whole_project else session.doc_id,
        current=session.current.id if session.current is not None else None)
    if found is None:
        session.message.emit(translate(
            "UsefulQueue", "No untagged sentence with an uncertain suggestion: suggest for "
            "all documents, or tag on in reading order"))
        return
    if found.doc_id != session.doc_id:
        session.open_document(found.doc_id, found.segment_id)
    else:
        session.go_to(found.segment_id)
    session.message.emit(translate("UsefulQueue", "Most useful next: the models are {0:.0%} "
                                   "unsure of this sentence").format(found.uncertainty))
