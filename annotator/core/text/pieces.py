"""Cutting over-long paragraphs into pieces spaCy can take.

spaCy refuses a text over ``nlp.max_length`` (E088, 1,000,000 characters) and its parser
needs about 1 GB per 100,000 characters; a scraped page can hold a megabyte on one line.
Such a line is cut into pieces of at most ``MAX_PIECE`` characters, each after the last
sentence end inside it (else the last clause mark, else the last space, else at the limit),
and each piece is segmented on its own. The text itself is never altered.
"""

from __future__ import annotations

import re

MAX_PIECE = 10_000  # far above any real sentence, far below what the parser can bear
_CUTS = (re.compile(r"[.!?…][»\"”’)]*\s+"), re.compile(r"[;:,]\s+"), re.compile(r"\s+"))


def pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """Consecutive (start, end) windows covering ``text``, none longer than ``limit``."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    window = text[start:limit]
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > len(window) // 2]
        if ends:
            return start + ends[-1]
    return limit


def trimmed_pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """The pieces without the spaces they end with: segments of a line spaCy need not see."""
    return [(a, a + len(text[a:b].rstrip())) for a, b in pieces(text, limit)]
