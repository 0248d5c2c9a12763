"""The type of a source span, from cue nouns and known names (never from NER alone)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span

from .lexicon import source_type_terms

OTHER = "other"
MAX_TERM = 5
# A pronoun source is the source named before it; these words of a name say nothing.
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "ses", "leurs", "he", "she",
                      "they", "him", "her", "them", "ce dernier", "cette dernière",
                      "ces derniers", "ces dernières", "celui-ci", "celle-ci", "ceux-ci",
                      "celles-ci", "the latter"})
NAME_NOISE = frozenset({"le", "la", "les", "l'", "un", "une", "des", "the", "a", "an", "m.",
                        "mme", "mr.", "mrs.", "ms.", "dr."})


def _fold(word: str) -> str:
    """Lower-case, except acronyms: "UN" must not match the French article "un"."""
    return word if word.isupper() and sum(ch.isalpha() for ch in word) > 1 else word.lower()


def _key(term: str) -> tuple[str, ...]:
    # Terms are split like the tokenizer splits elisions: "d'État" -> ("d'", "état").
    words: list[str] = []
    for word in term.replace("’", "'").split():
        head, sep, tail = word.partition("'")
        words.extend([_fold(head + sep), _fold(tail)] if sep and tail else [_fold(word)])
    return tuple(words)


Table = dict[tuple[str, ...], str]


@cache
def _tables() -> tuple[Table, Table, Table]:
    terms = source_type_terms()
    strong = {_key(t): kind for kind, items in terms["strong"].items() for t in items}
    nouns = {_key(t): kind for kind, items in terms["nouns"].items() for t in items}
    titles = {_key(t): kind for kind, items in terms["titles"].items() for t in items}
    return strong, {k: v for k, v in nouns.items() if k not in titles}, titles


def source_type(span: Span) -> str:
    """A state-media name anywhere wins; else the earliest cue noun or name (the head in
    French). A generic title takes the type of what follows it: "le porte-parole du parti"
    is a politician, "le président du directoire de PSA" a company; a name there wins over
    a common noun ("du groupe UMP")."""
    strong, nouns, titles = _tables()
    forms = [
        [_fold(t.text.replace("’", "'")) for t in span],
        [_fold(t.text) if t.is_upper else (t.lemma_ or t.text).lower() for t in span],
    ]
    strong_hits = [hit for words in forms if (hit := _first(words, strong)) is not None]
    if strong_hits:
        return min(strong_hits)[2]
    found = [hit for words in forms if (hit := _first(words, nouns | titles)) is not None]
    if not found:
        return _web_type(span)
    at, length, kind = min(found)
    title = next((titles[key] for words in forms
                  if (key := tuple(words[at : at + length])) in titles), None)
    if title is None:
        return _head_after_place(span, forms, at, length) or kind
    after = list(span[at + length :])
    rest = [hit for words in forms for hit in _all(words[at + length :], nouns)]
    names = [hit for hit in rest if _is_name(after[hit[0] : hit[0] + hit[1]])]
    if names or rest:
        return min(names or rest)[2]
    return title


def _head_after_place(span: Span, forms: list[list[str]], at: int, length: int) -> str | None:
    """A place naming a government ("Ottawa", "Saudi Arabia") that only modifies a later role
    or body in the same phrase gives way to it: "an Ottawa New Democrat MP" is a politician,
    "Saudi Arabia's Civil Defense Authority" an authority."""
    if any(tuple(words[at : at + length]) in _common_terms() for words in forms) or \
            _tables()[1].get(tuple(forms[0][at : at + length])) != "government":
        return None
    later = [hit for words in forms for hit in _all(words[at + length :],
                                                     _tables()[1] | _tables()[2])]
    if not later:
        return None
    start, _, kind = min(later)
    between = span[at + length : at + length + start]
    if any(t.is_punct or t.pos_ in {"ADP", "CCONJ", "VERB", "AUX"} for t in between):
        return None
    return kind


def _web_type(span: Span) -> str:
    """"Gawker.com": a site's address names an outlet."""
    return next((kind for kind, endings in source_type_terms()["web_suffixes"].items()
                 for t in span if len(t.text) > 4 and t.text.lower().endswith(tuple(endings))),
                OTHER)


def role_type(span: Span) -> str | None:
    """The type of a role noun ending ``span`` ("Malaysia's Prime Minister"), a common noun
    of the lexicon only: a place or a body's name ("En France") is no role."""
    _, nouns, titles = _tables()
    common = _common_terms()
    words = [(t.lemma_ or t.text).lower() for t in span]
    texts = [t.text.lower() for t in span]
    for n in range(min(MAX_TERM, len(span)), 0, -1):
        for forms in (texts, words):
            key = tuple(forms[len(forms) - n :])
            if key in common and (kind := nouns.get(key) or titles.get(key)):
                return kind
    return None


@cache
def _common_terms() -> frozenset[tuple[str, ...]]:
    terms = source_type_terms()
    return frozenset(_key(t) for table in ("nouns", "titles") for items in terms[table].values()
                     for t in items if t == t.lower())


def _is_name(tokens: list) -> bool:
    return any(t.text[:1].isupper() for t in tokens)


def _first(words: list[str], table: Table) -> tuple[int, int, str] | None:
    """(position, length, type) of the earliest, then longest, term of ``table``."""
    return next(_all(words, table), None)


def _all(words: list[str], table: Table) -> Iterator[tuple[int, int, str]]:
    """(position, length, type) of each term of ``table`` in ``words``, longest first."""
    for i in range(len(words)):
        for n in range(min(MAX_TERM, len(words) - i), 0, -1):
            kind = table.get(tuple(words[i : i + n]))
            if kind is not None:
                yield i, n, kind
                break
