"""What the suggestion engine returns: plain frozen values, ready to be stored."""

from __future__ import annotations

from dataclasses import dataclass

# Bumped whenever a rule, pattern or word list changes what is suggested (provenance).
RULES_VERSION = "attribution-rules-8-verifiability-8"


@dataclass(frozen=True)
class SourceSuggestion:
    """A source span; ``start``/``end`` are character offsets inside the sentence."""

    start: int
    end: int
    text: str
    type: str
    quote: str
    via: str | None
    cue: str
    reason: str
    score: float


@dataclass(frozen=True)
class VerifiabilitySuggestion:
    value: str
    reason: str
    flags: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class SentenceSuggestion:
    sources: list[SourceSuggestion]
    verifiability: VerifiabilitySuggestion | None
