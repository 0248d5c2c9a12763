"""Helpers for the review, agreement and merge GUI tests: two annotators' tags through core
operations (no spaCy), and a review window that has read its rows."""

from __future__ import annotations

from gui_helpers import content

from annotator.core import ops
from annotator.core.project import Project
from annotator.gui.controller import Session
from annotator.gui.review.review_window import ReviewWindow

# Per content sentence (heading, then three sentences): ana's and ben's (stance,
# verifiability); None: not tagged.
CODES = [
    (("neutral", "verifiable"), ("neutral", "verifiable")),  # agree
    (("favour", "opinion"), ("against", "opinion")),  # disagree on stance
    (("neutral", "verifiable"), ("neutral", "unverifiable")),  # disagree on verifiability
    (("against", "prediction"), None),  # ana only
]


def code_two_annotators(project: Project, codes=CODES) -> list[int]:
    """Tag the article's content sentences as ana and ben; returns their ids in order."""
    ids = [s.id for s in content(project)]
    for segment_id, pair in zip(ids, codes):
        for who, labels in zip(("ana", "ben"), pair):
            if labels is None:
                continue
            for dimension, value in zip(("stance", "verifiability"), labels):
                ops.set_label(project, segment_id=segment_id, annotator=who,
                              dimension=dimension, value=value)
    return ids


def open_review(qtbot, project: Project, reviewer: str = "chris") -> ReviewWindow:
    session = Session(reviewer)
    session.set_project(project)
    window = ReviewWindow(session)
    session.setParent(window)
    qtbot.addWidget(window)
    window.confirm = lambda _text: True
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window)
    return window


def wait_idle(qtbot, window: ReviewWindow) -> None:
    qtbot.waitUntil(lambda: not window.loading and not window.agreement.busy, timeout=60_000)
