"""Verifiability verdicts that the sentences around one change: a personal account goes on
past the sentence that names the speaker's experience."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from . import verifiability_clauses as clauses
from .results import SentenceSuggestion, VerifiabilitySuggestion
from .verifiability import DECLARATIVE

ACCOUNT = "personal experience"
CONTINUED = "continues a personal account"


def carry_accounts(found: Iterable[tuple[SentenceSuggestion, Doc]]
                   ) -> Iterator[tuple[SentenceSuggestion, Doc]]:
    """One document's suggestions in reading order, where a plain past sentence right after
    a personal account, the quotation still open, continues it ("On s'est retrouvé à plat
    ventre sous la voiture. | Ça pétait de partout."): it rests on the same word alone."""
    previous: tuple[str, str] | None = None  # (reason, text) of the sentence before
    for suggestion, doc in found:
        verdict = suggestion.verifiability
        if verdict is not None and previous is not None and \
                previous[0].startswith((ACCOUNT, CONTINUED)) and _quote_open(previous[1]) and \
                verdict.reason == DECLARATIVE and _told_in_the_past(doc):
            verdict = VerifiabilitySuggestion("unverifiable", CONTINUED, verdict.flags, 0.5)
            suggestion = replace(suggestion, verifiability=verdict)
        previous = (verdict.reason, doc.text) if verdict is not None else None
        yield suggestion, doc


def _quote_open(text: str) -> bool:
    """No closing quote mark after the last opening one."""
    return not any(mark in text[text.rfind("«") + 1:] for mark in ("»", "”"))


def _told_in_the_past(doc: Doc) -> bool:
    """A past verb, or the infinitive's stem with an imperfect ending, which the tagger
    reads as a present ("dansaient", "couraient")."""
    return any(t.pos_ in {"VERB", "AUX"} and (
        clauses.PAST_TENSES & set(t.morph.get("Tense")) or
        t.lemma_.endswith(("er", "ir", "re")) and t.lower_.startswith(t.lemma_[:-2]) and
        t.lower_.endswith(clauses.IMPERFECT)) for t in doc)
