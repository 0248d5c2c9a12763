"""Verifiability rules: each verdict carries the short reason the analyst sees.

Order matters: not a claim > explicitly unverified > prediction (modal conditional, "likely")
> a source's assessment ("estime": opinion, or prediction if future) > unattributed future
> opinion (evaluative words, no source) > verifiable (conditional: hedged; number, date,
official act, attribution) > verifiable by default (low score). A future tense reported
from a source ("a-t-elle dit", "selon le texte") is the source's announcement: verifiable.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import verifiability_terms
from .results import VerifiabilitySuggestion

HEDGED = "hedged"
EXPLICITLY_UNVERIFIED = "explicitly_unverified"
DIGIT = re.compile(r"\d")


@cache
def _phrases(lang: str, key: str) -> re.Pattern[str]:
    terms = sorted(verifiability_terms(lang)[key], key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, terms)) + r")(?!\w)")


def _find(lang: str, key: str, text: str) -> str | None:
    hit = _phrases(lang, key).search(text)
    return hit.group(1) if hit else None


def suggest_verifiability(target: Doc | Span) -> tuple[str, str, tuple[str, ...]]:
    """(value, reason, flags) for a sentence; see :func:`verifiability_suggestion`."""
    found = verifiability_suggestion(target)
    return found.value, found.reason, found.flags


def verifiability_suggestion(target: Doc | Span) -> VerifiabilitySuggestion:
    span = target[:] if isinstance(target, Doc) else target
    lang = span.doc.lang_
    raw = span.text  # joins the tokens on every read: once
    text = raw.strip().lower().replace("’", "'")
    attributed = _has_source(span)
    opinion_cue = _opinion_cue(span, lang)

    if not_claim := _not_a_claim(span, lang, text):
        return VerifiabilitySuggestion("not_a_claim", not_claim, (), 0.7)
    if phrase := _find(lang, "unverified_phrases", text):
        return VerifiabilitySuggestion("unverifiable", f"explicitly unverified: {phrase}",
                                       (EXPLICITLY_UNVERIFIED,), 0.9)
    if modal := _modal(span, lang, text):
        return VerifiabilitySuggestion("prediction", *modal, 0.7)
    tense = _main_clause_time(span, lang, text)
    future = tense is not None and tense[0] == "prediction"
    if opinion_cue:  # the source's own assessment: "..., estime l'analyste"
        if future:
            return VerifiabilitySuggestion("prediction", f"forecast by the source: {opinion_cue}",
                                           (), 0.6)
        return VerifiabilitySuggestion("opinion", f"assessment by the source: {opinion_cue}",
                                       (), 0.6)
    if future and not attributed:
        return VerifiabilitySuggestion("prediction", tense[1], tense[2], 0.7)
    flags = tense[2] if tense else ()
    if not attributed and (word := _find(lang, "evaluative", text)):
        return VerifiabilitySuggestion("opinion", f"evaluative, unattributed: {word}", flags, 0.6)
    if tense and not future:  # journalistic conditional: a hedged claim about facts
        return VerifiabilitySuggestion("verifiable", tense[1], flags, 0.6)
    return VerifiabilitySuggestion("verifiable", *_evidence(span, lang, raw, attributed))


def _modal(span: Span, lang: str, text: str) -> tuple[str, tuple[str, ...]] | None:
    """A modal conditional anywhere ("pourrait prendre"), or a word like "likely"."""
    modals = verifiability_terms(lang)["modal_verbs"]
    for tok in _tokens_where(span, "lemma", modals):
        if "Cnd" in tok.morph.get("Mood"):
            return f"conditional: {tok.text}", (HEDGED,)
    if word := _find(lang, "prediction_words", text):
        return f"likelihood: {word}", ()
    return None


def _opinion_cue(span: Span, lang: str) -> str | None:
    """The cue of an attribution made with a verb of opinion ("estime", "juge")."""
    verbs = set(verifiability_terms(lang)["opinion_verbs"])
    for cue in span.doc.spans.get("source_cues", []):
        if any(t.lower_ in verbs or t.lemma_ in verbs for t in cue):
            return cue.text
    return None


def _has_source(span: Span) -> bool:
    sources = span.doc.spans.get("sources", [])
    return any(s.start >= span.start and s.end <= span.end for s in sources)


def _not_a_claim(span: Span, lang: str, text: str) -> str | None:
    if text.endswith("?"):
        return "question"
    first = next((t for t in span if not t.is_punct), None)
    if first is not None and "Imp" in first.morph.get("Mood"):
        return f"call to action: {first.text}"
    if (word := _find(lang, "calls_to_action", text)) and text.startswith(word):
        return f"call to action: {word}"
    if (word := _find(lang, "greetings", text)) and len(span) <= 6:
        return f"greeting: {word}"
    if _is_heading(span):
        return "heading (no verb, no final stop)"
    return None


def _is_heading(span: Span) -> bool:
    ends_stop = span[-1].text in {".", "!", "…", "»", '"', "”"}
    if not span.doc.has_annotation("POS"):
        return not ends_stop and len(span) <= 12
    return not ends_stop and not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _main_clause_time(span: Span, lang: str, text: str
                      ) -> tuple[str, str, tuple[str, ...]] | None:
    """("prediction" | "conditional", reason, flags) from the root verb's tense and mood."""
    if not span.doc.has_annotation("MORPH") or not span.doc.has_annotation("DEP"):
        word = _find(lang, "going_to", text)
        return ("prediction", f"future: {word}", ()) if word else None
    terms = verifiability_terms(lang)
    endings = tuple(terms.get("future_endings", ()))
    for root in _tokens_where(span, "dep", ["ROOT"]):
        if root.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        group = sorted([c for c in root.lefts if c.dep_.startswith("aux") or c.dep_ == "cop"]
                       + [root], key=lambda t: t.i)
        words = " ".join(t.text for t in group)
        if any(_is_future(t, endings) for t in group):
            return "prediction", f"future: {words}", ()
        if root.lemma_ in terms["going_to"] and _has_infinitive(root):
            return "prediction", f"future: {words} + infinitive", ()
        if any("Cnd" in t.morph.get("Mood") for t in group):
            return "conditional", f"conditional: {words}", (HEDGED,)
    return None


def _tokens_where(span: Span, attr: str, values: list[str]) -> list[Token]:
    """Tokens whose ``attr`` ("lemma", "dep", "pos") is one of ``values``, compared as ids:
    these rules run on every sentence."""
    ids = {span.doc.vocab.strings.add(v) for v in values}
    column = span.doc.to_array(attr.upper())[span.start : span.end].tolist()
    return [span[i] for i, value in enumerate(column) if value in ids]


def _number(span: Span, raw: str) -> str | None:
    """The first number: digits, or a NUM that is not the article "un"/"une"."""
    if DIGIT.search(raw):
        return next(t.text for t in span if DIGIT.search(t.text))
    words = [t for t in _tokens_where(span, "pos", ["NUM"]) if t.lower_ not in {"un", "une", "one"}]
    return words[0].text if words else None


def _is_future(tok: Token, endings: tuple[str, ...]) -> bool:
    """Future tense, also by its ending: the morphologizer tags "tiendra" as present (and
    "prendra" as subjunctive)."""
    if "Fut" in tok.morph.get("Tense"):
        return True
    return "Fin" in tok.morph.get("VerbForm") and "Cnd" not in tok.morph.get("Mood") and \
        tok.lower_.endswith(endings)


def _has_infinitive(verb: Token) -> bool:
    return any("Inf" in c.morph.get("VerbForm") for c in verb.rights)


def _evidence(span: Span, lang: str, raw: str, attributed: bool) -> tuple[str, tuple, float]:
    text = raw.lower()
    if number := _number(span, raw):
        return f"contains a number: {number}", (), 0.7
    if word := _find(lang, "dates", text):
        return f"contains a date: {word}", (), 0.65
    if word := _find(lang, "official_acts", text):
        return f"official act or event: {word}", (), 0.6
    if attributed:
        return "attributed statement", (), 0.6
    return "declarative statement", (), 0.4
