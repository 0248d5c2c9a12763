"""Verifiability rules that tell a judgement from a description by where its word stands.

An evaluative adjective judges when it is said of something ("le site est magnifique",
"la réponse semble absurde"), when it governs an infinitive ("un objectif difficile à
atteindre"), when it names a quality ("ce que le terme a d'outrageant") or when it stands
before its noun, where French puts the speaker's appreciation ("un excellent tireur",
"d'horribles évènements"); after its noun it mostly classifies ("un monument historique",
"un élément essentiel", "des agissements dangereux"). Read on the tags and the words, not
the parse: most sentences are not parsed.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from .lexicon import verifiability_terms
from .verifiability_clauses import tokens_with

# What may stand between a copula and its adjective, or an adjective and its noun: "est
# très / si / pas / plus / vraiment ...", "riche et varié".
BETWEEN = frozenset({"ADV", "PART", "ADJ", "CCONJ"})
NOUNS = frozenset({"NOUN", "PROPN"})


@cache
def _terms(lang: str, key: str) -> frozenset[str]:
    return frozenset(verifiability_terms(lang).get(key, ()))


def evaluative_adjective(span: Span, lang: str) -> str | None:
    """The first listed evaluative adjective that stands where it judges (see above)."""
    words = _terms(lang, "evaluative_adjectives")
    for tok in tokens_with(span, words) if words else ():
        if tok.lower_ not in words:
            continue
        if tok.pos_ == "ADJ" and (_predicate(tok, span, lang) or _before_its_noun(tok, span)
                                  or _governs_infinitive(tok, span, lang)) \
                or _quality(tok, span, lang) or _misread_before_noun(tok, span):
            return f"evaluative: {tok.text}"
    return None


def _predicate(adjective: Token, span: Span, lang: str) -> bool:
    """A copula ("est", "semble", "reste", "c'est") before the adjective, with adverbs,
    a negation or other adjectives between them ("est riche et varié")."""
    if any(c.dep_ == "cop" for c in adjective.children):
        return True
    copulas = _terms(lang, "copulas")
    for k in range(adjective.i - 1, span.start - 1, -1):
        word = span.doc[k]
        if word.lemma_ in copulas or word.lower_ in copulas:
            return word.pos_ in {"AUX", "VERB"}
        if word.pos_ not in BETWEEN and word.text != ",":
            return False
    return False


def _before_its_noun(adjective: Token, span: Span) -> bool:
    """The adjective comes before the noun it qualifies: "un excellent week-end", "de très
    dangereux chefs"."""
    for k in range(adjective.i + 1, span.end):
        word = span.doc[k]
        if word.pos_ in NOUNS:
            return True
        if word.pos_ not in BETWEEN:
            return False
    return False


def _governs_infinitive(adjective: Token, span: Span, lang: str) -> bool:
    """"Un objectif difficile à atteindre", "nécessaire de réformer": the adjective judges
    the act it governs."""
    k = adjective.i + 1
    return k + 1 < span.end and span.doc[k].lower_ in _terms(lang, "infinitive_marks") and \
        "Inf" in span.doc[k + 1].morph.get("VerbForm")


def _quality(word: Token, span: Span, lang: str) -> bool:
    """"Ce que le terme a d'outrageant", "rien de grave": "de" and the adjective alone name
    a quality, no noun after it (the tagger may read such a word as a noun or a verb)."""
    before, after = word.i - 1, word.i + 1
    if word.pos_ == "PROPN" or before < span.start or \
            span.doc[before].lower_ not in _terms(lang, "quality_marks"):
        return False
    return after >= span.end or span.doc[after].pos_ not in {*NOUNS, "ADJ"}


def _misread_before_noun(word: Token, span: Span) -> bool:
    """"Une formidable victoire" tagged DET NOUN ADJ: a listed adjective read as a noun
    between a determiner and the noun it qualifies."""
    k = word.i
    return word.pos_ == "NOUN" and k > span.start and k + 1 < span.end and \
        span.doc[k - 1].pos_ == "DET" and span.doc[k + 1].pos_ in {"NOUN", "ADJ"}
