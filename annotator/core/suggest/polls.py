"""A poll speaks for its figures: in "In a CNN/ORC poll released Monday, 31 % of Republicans
said they were excited", the source is the poll, as English news corpora mark it; the
share of respondents is what it found, not another source."""

from __future__ import annotations

from spacy.tokens import Span

from .lexicon import Cues


def is_poll(span: Span, cues: Cues) -> bool:
    """A source that is a poll or a survey: "a Washington Post-ABC News survey"."""
    return span.root.lemma_ in cues.poll_nouns or span.root.lower_ in cues.poll_nouns


def is_share(span: Span, cues: Cues) -> bool:
    """A share of respondents: "51 percent of respondents", "8 % of Democrats"."""
    return any(t.like_num for t in span[:3]) and any(
        t.lower_ in cues.share_words for t in span[:4])


def respondents(sources: list[Span], cues: Cues) -> set[int]:
    """Indices of the sources that are shares of respondents beside a poll of the same
    sentence."""
    if len(sources) < 2 or not any(is_poll(s, cues) for s in sources):
        return set()
    return {i for i, s in enumerate(sources) if is_share(s, cues)}
