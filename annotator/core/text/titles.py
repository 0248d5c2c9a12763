"""Choosing a document's title when its source gives none."""

from __future__ import annotations

from .layout import HEADLINE_REASON
from .segment import Segment


def choose_title(text: str, segments: list[Segment]) -> str:
    """The headline the layout found, else the first heading, else the first sentence."""
    for segment in segments:
        if segment.reason == HEADLINE_REASON:
            return text[segment.start:segment.end]
    for segment in segments:
        if segment.kind == "heading":
            return text[segment.start:segment.end]
    for segment in segments:
        if segment.kind != "boilerplate":
            return _shorten(text[segment.start:segment.end])
    return _shorten(text.split("\n", 1)[0])


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
