"""Which datelines the suggestions read, with one reader (``dates.dateline_date``): the
office check (who governs on the article's date) and the verifiability context (a sentence
dated after the dateline tells what is to come)."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
import spacy
from spacy.language import Language

from annotator.core.suggest.results import SentenceSuggestion, VerifiabilitySuggestion
from annotator.core.suggest.verifiability_context import (
    DATELINE,
    dated_after_dateline,
    dateline_day,
)
from annotator.core.text.dates import dateline_date

Day = tuple[int, int, int]
# (dateline, language, the date read); before one reader, the context missed the English
# forms, ISO dates, unaccented and abbreviated months, took "31 février" for a day and the
# first day of "22 et 23 juin"
DATELINES: list[tuple[str, str, Day | None]] = [
    ("22 juin 2012.", "fr", (2012, 6, 22)),
    ("Vendredi 22 juin 2012", "fr", (2012, 6, 22)),
    ("1er novembre 2012.", "fr", (2012, 11, 1)),
    ("21 septembre 2012, France.", "fr", (2012, 9, 21)),
    ("Nancy, 22 juin 2012.", "fr", (2012, 6, 22)),
    ("22 FÉVRIER 2012", "fr", (2012, 2, 22)),
    ("22 fevrier 2012.", "fr", (2012, 2, 22)),
    ("22 juil. 2012.", "fr", (2012, 7, 22)),
    ("2012-06-22", "fr", (2012, 6, 22)),
    ("22 et 23 juin 2012.", "fr", (2012, 6, 23)),
    ("juin 2012.", "fr", None),
    ("31 février 2012.", "fr", None),
    ("Wednesday, May 6, 2020", "en", (2020, 5, 6)),
    ("Wednesday, May 6th, 2020", "en", (2020, 5, 6)),
    ("London, Tuesday, March 10, 2015", "en", (2015, 3, 10)),
    ("6 May 2020", "en", (2020, 5, 6)),
    ("2020-05-06", "en", (2020, 5, 6)),
    ("May 2020", "en", None)]
MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]}


@cache
def blank(lang: str) -> Language:
    return spacy.blank(lang)


def said(value: str, reason: str) -> SentenceSuggestion:
    return SentenceSuggestion([], VerifiabilitySuggestion(value, reason, (), 0.9))


def dated(lang: str, day: Day) -> str:
    """A plain past sentence that opens on ``day`` (its day may be past the month's end)."""
    when = f"{day[2]} {MONTHS[lang][day[1] - 1]} {day[0]}"
    return f"Le {when}, la séance s'est tenue." if lang == "fr" else \
        f"{when}, the vote was held."


def context_calls_later(text: str, lang: str, day: Day) -> bool:
    """Whether the context, below the dateline ``text``, calls a sentence dated ``day`` a
    prediction."""
    nlp = blank(lang)
    found = [(said("not_a_claim", DATELINE), nlp(text)),
             (said("verifiable", "declarative"), nlp(dated(lang, day)))]
    return [s.verifiability.value for s, _ in dated_after_dateline(found)][1] == "prediction"


@pytest.mark.parametrize(("text", "lang", "day"), DATELINES)
def test_one_reader_reads_these_datelines(text, lang, day):
    assert dateline_date(text) == (None if day is None else date(*day))


@pytest.mark.parametrize(("text", "lang", "day"), DATELINES)
def test_the_office_check_reads_the_dateline_with_it(text, lang, day):
    found = dateline_day(said("not_a_claim", DATELINE), blank(lang)(text))
    assert found == (None if day is None else date(*day))


def test_only_a_dateline_gives_the_office_check_its_date():
    assert dateline_day(said("verifiable", "declarative"), blank("fr")("22 juin 2012.")) \
        is None


@pytest.mark.parametrize(("text", "lang", "day"), DATELINES)
def test_the_verifiability_context_reads_the_dateline_with_it(text, lang, day):
    if day is None:  # no date read: even a sentence of the year 2099 is not called later
        assert not context_calls_later(text, lang, (2099, 1, 1))
    else:  # the day read, not the day after it, is the dateline's
        year, month, number = day
        assert not context_calls_later(text, lang, day)
        assert context_calls_later(text, lang, (year, month, number + 1))
