"""Checks written for English that would fire on French run only where the language's data
(cues.json) turns them on: each flag is read in its check, off for French and on for English,
on our own sentences parsed by the shipped pipelines."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.suggest import suggestion_pipeline
from annotator.core.suggest.lexicon import cues
from annotator.core.suggest.reporting import not_reporting
from tests.attribution_helpers import sources

pytestmark = pytest.mark.slow

# The parser makes a far relative clause ("dans lesquelles celui-ci cherchait") a complement
# clause of "répond", with a subject of its own and no "que".
MISPARSED = ("Dans ce même essai, elle répond aux critiques du romancier, qui reprochent à "
             "l'auteur la longueur de ses chapitres sur un même personnage dans différentes "
             "villes, dans lesquelles celui-ci cherchait à retrouver ce qu'il appelait la "
             "« vraie vie », en faisant remarquer : « Et voilà, tout est dit !")


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def test_a_complement_clause_without_que_is_no_report_in_french(fr):
    assert not cues("fr").bare_clause_reports
    doc = fr(MISPARSED)
    verb = next(t for t in doc if t.text == "répond")
    cue = (verb.i, verb.i + 1)
    assert not_reporting(doc, cue, cues("fr"))
    # The same sentence with the English reading of such a clause would report.
    assert not not_reporting(doc, cue, dataclasses.replace(cues("fr"), bare_clause_reports=True))


def test_a_clause_only_cue_with_que_still_reports_in_french(fr):
    assert sources(fr, "Le maire répond que la piscine rouvrira en septembre.") == ["Le maire"]


def test_english_keeps_the_clause_without_that(en):
    assert cues("en").bare_clause_reports
    assert sources(en, "The harbour master noted the ferries would resume on Monday.") == [
        "The harbour master"]
