"""Where a token pattern's source and cue lie in the sentence, by the rule's ``kind``
(before or after the cue, an inverted clitic, a possessor, a genitive, a speaker read across
an apposition), and whether a phrase can hold a view."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from .across import after_conjunction, opening_phrase, subject_across
from .lexicon import Cues
from .reporting import CLITIC_SPEAKERS, is_cue_form
from .source_types import source_type
from .spans import Range, phrase_after, phrase_before, to_comma
from .speaker_sides import counted, opening_end

LEADING_WORDS = {"mais", "et", "or", "-", "—", "–", "néanmoins", "cependant", "pourtant",
                 "toutefois", "enfin", "ainsi", "alors", "puis", "ensuite", "but", "and",
                 "however", "meanwhile", "still", "yet", "so"}


def token_source(doc: Doc, rule: dict[str, Any], start: int, end: int, cues: Cues
                 ) -> tuple[Range, Range] | None:
    """The (source, cue) ranges a token match stands for, by the rule's ``kind``."""
    kind = rule["kind"]
    if kind == "clitic":  # "explique-t-il", "a-t-elle précisé": the pronoun speaks
        at = next(i for i in range(start, end) if doc[i].lower_ in CLITIC_SPEAKERS)
        cue = (start, end) if at < end - 1 else (start, at)
        return ((at, at + 1), cue) if cue[0] < cue[1] else None
    if kind == "possessor":  # "à ses yeux"
        at = start + rule["source_at"]
        return (at, at + 1), (start, end)
    if kind == "apposed":  # "Perry, who is running for reelection, | praised"
        found = subject_across(doc, start, cues)
        cue_end = next(i for i in range(start, end) if is_cue_form(doc[i], cues)) + 1
        return None if found is None else (found, (start + 1, cue_end))
    if kind == "genitive":  # "in Mr. Sanders's view"
        at = next(i for i in range(start, end) if doc[i].lower_ in {"'s", "’s"})
        return ((start + 1, at), (start, end)) if at > start + 1 else None
    cue_start = start + rule.get("cue_skip", 0)
    if rule.get("cue") == "words":  # from the first word: ", a déclaré"
        cue_start = next((i for i in range(start, end) if doc[i].is_alpha), start)
    cue_end = cue_start + rule.get("cue_tokens", end - cue_start)
    if rule.get("cue") == "form":  # up to the cue verb: "a déclaré | dimanche ... que"
        cue_end = next(i for i in range(start, end) if is_cue_form(doc[i], cues)) + 1
    if kind == "before":  # up to the match start: ", citing" skips the comma
        # A present participle speaks for the noun before it: "un communiqué affirmant".
        participle = "Pres" in doc[cue_end - 1].morph.get("Tense") and "Part" in doc[
            cue_end - 1].morph.get("VerbForm")
        if participle and start > 0 and doc[start - 1].lower_ == "en":
            return None  # a gerund speaks for the clause's subject: "en affirmant"
        past_comma = rule.get("past_comma", False) and start > 0 and doc[start - 1].text == ","
        end = start - past_comma  # "la CFDT, | pour qui"
        source = phrase_before(doc, end, cues,
                               past_verbs=participle or rule.get("past_verbs", False))
        if source is not None and rule.get("clause_conjunct"):
            source = after_conjunction(doc, source, doc[cue_end - 1])
        if participle and source is not None and not plain_noun_phrase(doc[slice(*source)]):
            return None
    else:
        source = phrase_after(doc, cue_end, cues)
        if source is not None and rule.get("opening_to_comma") and at_start(doc, start):
            source = opening_phrase(doc, to_comma(doc, source, cues), cues)
        opening = at_start(doc, start)
        if source is not None and rule.get("opening_to_its_comma") and (
                opening or doc[start - 1].text == ","):
            source = opening_end(doc, source, opening=opening)
    return None if source is None else (source, (cue_start, cue_end))


def agentive(span: Span, cues: Cues, *, view: bool = False) -> bool:
    """Whether a phrase can hold a view ("Pour Obama", "pour lui", "pour l'ONG"), not
    "pour la première fois"; ``view``: the view of "For X, ...", which no number or
    quantifier holds ("For four years", "For most of the Cold War"), though "citing two
    officials" relays."""
    words = [t for t in span if t.is_alpha]
    if not words or (view and (counted(span)
                               or span[0].lower_ in cues.non_agentive_starts)):
        return False
    if len(words) == 1 and words[0].lower_ in cues.agentive_pronouns:
        return True
    return any(t.pos_ == "PROPN" or (t.is_title and t.i > span.start) for t in words) or \
        source_type(span) != "other"


def plain_noun_phrase(span: Span) -> bool:
    """A determiner or noun first and no preposition but "de": "un communiqué de presse"."""
    return span[0].pos_ in {"DET", "NOUN", "PROPN"} and all(
        t.pos_ != "ADP" or t.lower_ in {"de", "d'", "d’", "du", "des"} for t in span)


def at_start(doc: Doc, i: int) -> bool:
    """Nothing but a conjunction or a dash before token ``i``: "Mais pour Obama, ..."."""
    return all(t.lower_ in LEADING_WORDS or t.is_punct or t.is_space for t in doc[:i])


def norm_phrase(span: Span, cues: Cues) -> bool:
    """A phrase headed by a norm, whose first noun is a law, a rule or what a thing varies
    with ("la toute nouvelle loi du 16 décembre", "les juridictions"): no one speaks."""
    first = next((t for t in span if t.pos_ in {"NOUN", "PROPN"}), None)
    return first is not None and (first.lemma_ in cues.norm_nouns
                                  or first.lower_ in cues.norm_nouns)
