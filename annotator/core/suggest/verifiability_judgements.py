"""Verifiability rules that tell a judgement from a description by how the words stand.

An adjective that also classifies ("historique", "dangereux", "grave", "essentiel") judges
when it is said of something ("la mesure est inutile", "la réponse semble abusive"), when
it governs an infinitive ("un chantier essentiel à mener") or when it names a quality ("ce
que le terme a d'outrageant", "rien de grave"); beside its noun it classifies, before it
("une grave maladie", "l'indispensable combustible") as after it ("un monument historique",
"des agissements dangereux"). An exclamative "Quel ... !" exclaims a judgement; a future
perfect ("il aura fallu une heure") looks back. Read on the tags and the words, not the
parse: most sentences are not parsed.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.tokens import Span, Token

from .lexicon import verifiability_words as _terms  # one word list, as a set
from .verifiability_clauses import VERBAL, tokens_with

# What may stand between a copula and its adjective: "est très / si / pas / plus /
# vraiment ...", "riche et varié".
BETWEEN = frozenset({"ADV", "PART", "ADJ", "CCONJ"})
NOUNS = frozenset({"NOUN", "PROPN"})


def evaluative_adjective(span: Span, lang: str) -> str | None:
    """The first listed adjective that stands where it judges (see above)."""
    words = _terms(lang, "evaluative_adjectives")
    for tok in tokens_with(span, words) if words else ():
        if tok.lower_ not in words:
            continue
        if tok.pos_ == "ADJ" and (_predicate(tok, span, lang)
                                  or _governs_infinitive(tok, span, lang)) \
                or _quality(tok, span, lang):
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


def exclamation(span: Span, lang: str, text: str) -> str | None:
    """"Quel bonheur d'entrer dans le fournil !", "Mais quel apport pour la cité !": an
    exclamative determiner opening a sentence that ends in "!" exclaims a judgement."""
    if not text.endswith("!"):
        return None
    openers = _terms(lang, "openers")
    first = next((t for t in span if not t.is_punct and t.lower_ not in openers), None)
    if first is not None and first.lower_ in _terms(lang, "exclamatives"):
        return f"exclamation: {first.text} {first.nbor(1).text}" \
            if first.i + 1 < span.end else f"exclamation: {first.text}"
    return None


def future_perfect(tok: Token, lang: str) -> bool:
    """"Il aura fallu une heure", "quelques mois auront été nécessaires": a future of the
    perfect's auxiliary ("avoir") before a past participle looks back on what is done, it
    announces nothing; "sera achevé" (a future passive) still does."""
    if tok.pos_ != "AUX" or tok.lemma_ not in _terms(lang, "perfect_auxiliaries"):
        return False
    for k in range(tok.i + 1, min(tok.i + 4, len(tok.doc))):
        word = tok.doc[k]
        if "Past" in word.morph.get("Tense") and word.pos_ in {"VERB", "AUX"}:
            return True  # a participle, or one the tagger reads as a finite past ("fallu")
        if word.pos_ not in {"ADV", "PART"}:  # "n'aura finalement mis"
            return False
    return False


def instruction(span: Span) -> str | None:
    """"Pour les autres utilisations, se renseigner auprès du comité", "consulter notre
    site": an infinitive as the sentence's only verb, not after a preposition ("pour
    animer la soirée, ..."), instructs the reader. Read on the tags: a sentence with a
    finite verb, or with no verb, is something else."""
    doc = span.doc
    if not doc.has_annotation("MORPH"):
        return None
    infinitive = None
    # Only the verbs are read as Tokens, picked from one array: this runs on every sentence.
    verbs = [span[k] for k, pos in enumerate(doc.to_array(POS)[span.start : span.end].tolist())
             if pos in VERBAL]
    for tok in verbs:
        form = tok.morph.get("VerbForm")
        if "Fin" in form or "Part" in form:
            return None
        if "Inf" in form and infinitive is None:
            infinitive = tok
    if infinitive is None:
        return None
    k = infinitive.i - 1
    while k >= span.start and doc[k].pos_ in {"PRON", "ADV"}:  # "se renseigner", "bien lire"
        k -= 1
    if k >= span.start and doc[k].pos_ != "PUNCT":
        return None  # "pour animer", "de ne pas suivre"
    return infinitive.text
