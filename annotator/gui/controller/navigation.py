"""Moving between sentences: plain functions over the document's sentence list.

Boilerplate is skipped; headings are visited (they can be tagged ``not_a_claim``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...core.models import Sentence


def first_content(sentences: Sequence[Sentence]) -> Sentence | None:
    return next((s for s in sentences if not s.boilerplate), None)


def step(sentences: Sequence[Sentence], current: Sentence | None, direction: int
         ) -> Sentence | None:
    """The next (``direction=1``) or previous (``-1``) content sentence; None at the end."""
    if current is None:
        return first_content(sentences)
    index = _position(sentences, current) + direction
    while 0 <= index < len(sentences):
        if not sentences[index].boilerplate:
            return sentences[index]
        index += direction
    return None


def next_untagged(sentences: Sequence[Sentence], current: Sentence | None,
                  tagged: Collection[int]) -> Sentence | None:
    """The first untagged content sentence after ``current``, wrapping around once."""
    start = _position(sentences, current) + 1 if current else 0
    ordered = [*sentences[start:], *sentences[:start]]
    return next((s for s in ordered if not s.boilerplate and s.id not in tagged
                 and (current is None or s.id != current.id)), None)


def where_left_off(sentences: Sequence[Sentence], tagged: Collection[int]) -> Sentence | None:
    """Where an annotator resumes: the first untagged content sentence after the last one
    they tagged; the last tagged one when the rest is done; else the first content one."""
    last = max((i for i, s in enumerate(sentences) if s.id in tagged), default=None)
    if last is None:
        return first_content(sentences)
    after = next((s for s in sentences[last + 1:] if not s.boilerplate and s.id not in tagged),
                 None)
    return after or sentences[last]


def _position(sentences: Sequence[Sentence], sentence: Sentence) -> int:
    # Segment indexes are list positions; the scan only guards against a gap.
    if sentence.idx < len(sentences) and sentences[sentence.idx].id == sentence.id:
        return sentence.idx
    return next(i for i, s in enumerate(sentences) if s.id == sentence.id)
