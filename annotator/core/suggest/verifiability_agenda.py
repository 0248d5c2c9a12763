"""A local paper's agenda: "Les tireurs ont rendez-vous à partir de 9h", "une sortie est
organisée aujourd'hui, à 10h": an event set for a time of the day, told in the present, is
yet to happen when the paper is read, a prediction. Not what is told in the past ("le feu a
pris vers 9h"), not a standing timetable ("ouvert tous les jours à 14h"). A day alone
("appelle cet après-midi à voter") is today's news as often as an agenda: it does not do."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from .lexicon import verifiability_words as _terms  # one word list, as a set

PAST = frozenset({"Past", "Imp"})


@cache
def _pattern(lang: str, key: str) -> re.Pattern[str] | None:
    words = sorted(_terms(lang, key), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


@cache
def _clock(lang: str) -> re.Pattern[str] | None:
    """A time of the day after a word that sets it: "à 9h", "à partir de 20 h 30"."""
    marks = _terms(lang, "clock_marks")
    if not marks:
        return None
    lead = "|".join(map(re.escape, sorted(marks, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{lead}) (\d{{1,2}} ?h(?: ?\d\d)?)(?!\w)")


def agenda(span: Span, lang: str, text: str) -> str | None:
    """The words that set the event for a time of the day, or None."""
    clock = _clock(lang)
    hit = clock.search(text) if clock else None
    if hit is None:
        return None
    habitual = _pattern(lang, "habitual_marks")
    if habitual is not None and habitual.search(text):
        return None
    if _told_in_the_past(span, lang):
        return None
    return f"agenda: {hit.group(0)}"


def _told_in_the_past(span: Span, lang: str) -> bool:
    """A finite verb in a past tense ("prit", "était"), or a participle after the perfect's
    auxiliary ("a pris"); not a present passive ("est organisée")."""
    auxiliaries = set(_terms(lang, "perfect_auxiliaries"))
    for tok in span:
        if tok.pos_ not in {"VERB", "AUX"} or not PAST & set(tok.morph.get("Tense")):
            continue
        if "Fin" in tok.morph.get("VerbForm"):
            return True
        if tok.is_alpha and tok.i > span.start and tok.nbor(-1).lemma_ in auxiliaries:
            return True  # "a pris"; not "ont rendez-vous" (a noun read as a participle)
    return False
