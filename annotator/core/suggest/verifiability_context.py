"""Verifiability verdicts that the sentences around one change: a personal account goes on
past the sentence that names the speaker's experience, and an event dated after the
article's dateline is yet to come."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Doc

from ..text.dates import dateline_date
from . import verifiability_clauses as clauses
from .doc_text import doc_text
from .lexicon import verifiability_terms
from .results import SentenceSuggestion, VerifiabilitySuggestion
from .verifiability import DECLARATIVE

ACCOUNT = "personal experience"
CONTINUED = "continues a personal account"
DATELINE = "dateline"

Day = tuple[int, int, int]  # (year, month, day); day 0: the month as a whole


def carry_context(found: Iterable[tuple[SentenceSuggestion, Doc]]
                  ) -> Iterator[tuple[SentenceSuggestion, Doc]]:
    """Both rules of this module over one document's suggestions, in reading order."""
    return carry_accounts(dated_after_dateline(found))


def dateline_day(suggestion: SentenceSuggestion, doc: Doc) -> date | None:
    """The day of a sentence the rules call a dateline, else None (the one reading of a
    dateline, for this module and for who is in office on the article's date)."""
    verdict = suggestion.verifiability
    return dateline_date(doc_text(doc)) if verdict is not None and verdict.reason == DATELINE \
        else None


def dated_after_dateline(found: Iterable[tuple[SentenceSuggestion, Doc]]
                         ) -> Iterator[tuple[SentenceSuggestion, Doc]]:
    """"22 juin 2012." then "Le 30 juin, le minitel s'arrête": a sentence the rules call
    verifiable that opens on a date after the dateline above it tells what is scheduled,
    a prediction; a date without its year is in the dateline's year. Only an opening date
    dates the whole sentence ("encore en fonction jusqu'en mars 2013" dates a part)."""
    dateline: Day | None = None
    for suggestion, doc in found:
        verdict = suggestion.verifiability
        if verdict is not None and verdict.reason == DATELINE:
            day = dateline_day(suggestion, doc)
            dateline = (day.year, day.month, day.day) if day else None
        elif verdict is not None and verdict.value == "verifiable" and dateline is not None:
            later = [words for day, words in _opening_dates(doc_text(doc), doc.lang_, dateline[0])
                     if day > dateline]  # (year, month, day) tuples compare as dates
            if later:
                verdict = VerifiabilitySuggestion("prediction", f"dated after the dateline: "
                                                  f"{later[0]}", verdict.flags, 0.6)
                suggestion = replace(suggestion, verifiability=verdict)
        yield suggestion, doc


@cache
def _date_pattern(lang: str) -> re.Pattern[str] | None:
    months = verifiability_terms(lang).get("months", ())
    if not months:
        return None
    # "le 30 juin", "les 21, 22 et 23 novembre", "1er décembre 2012", "en février 2013"
    day = r"(?P<day>\d{1,2})(?:er)?(?:(?:,| et| au) \d{1,2}(?:er)?)*"
    month = "|".join(months)
    return re.compile(rf"(?<!\w)(?:{day} )?(?P<month>{month})(?: (?P<year>\d{{4}}))?(?!\w)")


def _opening_dates(text: str, lang: str, year: int) -> list[tuple[Day, str]]:
    """The dates that ``text`` opens on ("- Le 30 juin, ...", "les 21 et 22 novembre, ..."),
    with the words that give them; ``year`` for those without one (none without a day or a
    year: "en juin" may be any June)."""
    pattern = _date_pattern(lang)
    if pattern is None:
        return []
    terms = verifiability_terms(lang)
    months, openers = terms["months"], set(terms.get("date_openers", ()))
    out = []
    for hit in pattern.finditer(text.lower()):
        if hit.group("year") is None and hit.group("day") is None:
            continue
        if not set(text[: hit.start()].lower().strip(" -–—«").split()) <= openers:
            continue
        day = int(hit.group("day") or 0)
        when = (int(hit.group("year") or year), months.index(hit.group("month")) + 1, day)
        out.append((when, hit.group(0)))
    return out


def carry_accounts(found: Iterable[tuple[SentenceSuggestion, Doc]]
                   ) -> Iterator[tuple[SentenceSuggestion, Doc]]:
    """One document's suggestions in reading order, where a plain past sentence right after
    a personal account, the quotation still open, continues it ("On s'est retrouvé à plat
    ventre sous la voiture. | Ça pétait de partout."): it rests on the same word alone. A
    quotation opened sentences before stays open until a closing mark; a writer's own
    account ("I visited the festival on Saturday") opens none, and does not go on."""
    previous: str | None = None  # the reason of the sentence before
    quoting = False  # a quotation open at the end of the sentence before
    for suggestion, doc in found:
        verdict = suggestion.verifiability
        if verdict is not None and previous is not None and \
                previous.startswith((ACCOUNT, CONTINUED)) and quoting and \
                verdict.reason == DECLARATIVE and _told_in_the_past(doc):
            verdict = VerifiabilitySuggestion("unverifiable", CONTINUED, verdict.flags, 0.5)
            suggestion = replace(suggestion, verifiability=verdict)
        previous = verdict.reason if verdict is not None else None
        quoting = _quote_open(doc_text(doc), quoting)
        yield suggestion, doc


def _quote_open(text: str, before: bool) -> bool:
    """Whether a quotation is open after ``text`` (``before``: open before it): the last
    quote mark opens one ("«", "“", an odd straight quote) or none closes the one open."""
    marks = [(i, c) for i, c in enumerate(text) if c in '«»“”"']
    if not marks:
        return before
    straight = text.count('"') % 2 == 1
    last = marks[-1][1]
    return last in "«“" or last == '"' and (straight != before)


def _told_in_the_past(doc: Doc) -> bool:
    """A past verb, or the infinitive's stem with an imperfect ending, which the tagger
    reads as a present ("dansaient", "couraient")."""
    return any(t.pos_ in {"VERB", "AUX"} and (
        clauses.PAST_TENSES & set(t.morph.get("Tense")) or
        t.lemma_.endswith(("er", "ir", "re")) and t.lower_.startswith(t.lemma_[:-2]) and
        t.lower_.endswith(clauses.IMPERFECT)) for t in doc)
