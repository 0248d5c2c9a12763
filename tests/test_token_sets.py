"""Word sets of token patterns as lexeme flags: the same matches as the sets spaCy tests
itself, on real news with the real fr_core_news_sm and the shipped English pipeline."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import Matcher

from annotator.core import nlp as shared_nlp
from annotator.core.suggest.lexicon import patterns
from annotator.core.suggest.token_sets import FREE_FLAGS, InSet, flag_matcher, flagged
from tests.conftest import REPO

WIKINEWS = REPO / "tests" / "data" / "attribution" / "fr_wikinews_dev.gold.json"
ENGLISH = ["\"We had no choice,\" said Maria Lopez, the council's finance chair.",
           "According to the city's own figures, visits fell by a third.",
           "In Mr. Sanders's view, the plan fails.", "Officials, citing a report, agree.",
           "Critics argue that the closures would hit poorer districts hardest."]


def sentences(lang: str) -> list[str]:
    if lang == "en":
        return ENGLISH
    return [s["text"] for article in json.loads(WIKINEWS.read_text("utf-8")).values()
            for s in article["sentences"]]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_flagged_patterns_match_as_the_sets_do(lang):
    if shared_nlp.model_name(lang) is None:
        pytest.skip(f"no {lang} model")
    nlp = spacy.load(shared_nlp.model_name(lang), exclude=["senter", "ner", "parser"])
    plain, fast = Matcher(nlp.vocab), flag_matcher(nlp.vocab)
    for rule in patterns(lang):
        if rule["matcher"] == "token":
            plain.add(rule["id"], [rule["pattern"]])
            fast.add(rule["id"], [flagged(rule["pattern"], nlp.vocab)])
    docs = list(nlp.pipe(sentences(lang)))
    found = [plain(doc) for doc in docs]
    assert sum(map(len, found)) > len(docs) // 4  # the patterns do match these sentences
    assert [fast(doc) for doc in docs] == found


def test_a_set_becomes_one_flag_shared_by_every_pattern_that_has_it():
    vocab = spacy.blank("fr").vocab
    one = flagged([{"LOWER": {"IN": ["dit", "a dit"]}}, {"ORTH": ","}], vocab)
    two = flagged([{"POS": "VERB", "LOWER": {"IN": ["a dit", "dit"]}}], vocab)
    flag = next(iter(one[0]))
    assert one == [{flag: True}, {"ORTH": ","}]
    assert two == [{"POS": "VERB", flag: True}]
    assert vocab["Dit"].check_flag(flag) and not vocab["dis"].check_flag(flag)


def test_sets_stay_as_written_once_the_free_flags_are_taken():
    vocab = spacy.blank("en").vocab
    for n, flag in enumerate(FREE_FLAGS):
        vocab.add_flag(InSet("ORTH", frozenset({str(n)}), vocab), flag)
    assert flagged([{"LOWER": {"IN": ["said"]}}], vocab) == [{"LOWER": {"IN": ["said"]}}]


def test_an_invalid_pattern_is_refused():
    with pytest.raises(ValueError, match="invalid token pattern"):
        flagged([{"LOWR": "said"}], spacy.blank("en").vocab)
