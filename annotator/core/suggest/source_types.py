"""The type of a source span, from cue nouns and known names (never from NER alone)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from .lexicon import source_type_terms

OTHER = "other"
MAX_TERM = 5


def _fold(word: str) -> str:
    """Lower-case, except acronyms: "UN" must not match the French article "un"."""
    return word if word.isupper() and len(word) > 1 else word.lower()


def _key(term: str) -> tuple[str, ...]:
    # Terms are split like the tokenizer splits elisions: "d'État" -> ("d'", "état").
    words: list[str] = []
    for word in term.replace("’", "'").split():
        head, sep, tail = word.partition("'")
        words.extend([_fold(head + sep), _fold(tail)] if sep and tail else [_fold(word)])
    return tuple(words)


@cache
def _tables() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    terms = source_type_terms()
    strong = {_key(t): kind for kind, items in terms["strong"].items() for t in items}
    nouns = {_key(t): kind for kind, items in terms["nouns"].items() for t in items}
    return strong, nouns


def source_type(span: Span) -> str:
    """A state-media name anywhere wins; else the earliest cue noun (the head in French)."""
    strong, nouns = _tables()
    forms = [
        [_fold(t.text.replace("’", "'")) for t in span],
        [_fold(t.text) if t.is_upper else (t.lemma_ or t.text).lower() for t in span],
    ]
    strong_hits = [hit for words in forms if (hit := _first(words, strong)) is not None]
    if strong_hits:
        return min(strong_hits)[1]
    found = [hit for words in forms if (hit := _first(words, nouns)) is not None]
    return min(found)[1] if found else OTHER


def _first(words: list[str], table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """(position, type) of the earliest, then longest, term of ``table`` in ``words``."""
    for i in range(len(words)):
        for n in range(min(MAX_TERM, len(words) - i), 0, -1):
            kind = table.get(tuple(words[i : i + n]))
            if kind is not None:
                return i, kind
    return None
