"""The dependency matcher of the attribution rules reads its node tests from token arrays:
its matches are spaCy's DependencyMatcher's, in the same order (real models, real rules)."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from annotator.core import nlp as shared_nlp
from annotator.core.resources import SAMPLES
from annotator.core.suggest import suggestion_pipeline
from annotator.core.suggest.attribution import FACTORY
from annotator.core.suggest.dependency_matcher import ArrayDependencyMatcher
from annotator.core.suggest.evaluate import load_gold
from annotator.core.suggest.lexicon import patterns
from tests.conftest import REPO

pytestmark = pytest.mark.slow
GOLD = REPO / "tests" / "data" / "attribution"
REGEX_NODE = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^(said|a)$"}}},
              {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject",
               "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubj:pass"]}}}]


def parsed_docs(lang: str) -> list:
    sentences = [s.text for f in [*sorted(SAMPLES.glob("*.gold.json")),
                                  GOLD / f"{lang}_wikinews_dev.gold.json"]
                 for s in load_gold(f) if s.lang == lang]
    nlp = suggestion_pipeline(lang)
    with nlp.select_pipes(disable=[FACTORY]):
        return list(nlp.pipe(sentences))


def both(lang: str, extra: list | None = None) -> tuple[DependencyMatcher, ArrayDependencyMatcher]:
    vocab = suggestion_pipeline(lang).vocab
    theirs, ours = DependencyMatcher(vocab), ArrayDependencyMatcher(vocab)
    rules = [(r["id"], r["pattern"]) for r in patterns(lang) if r["matcher"] == "dependency"]
    for key, pattern in rules + (extra or []):
        theirs.add(key, [pattern])
        ours.add(key, [pattern])
    return theirs, ours


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_matches_are_spacy_s_in_the_same_order(lang):
    if shared_nlp.model_name(lang) is None:
        pytest.skip(f"no {lang} model")
    docs = parsed_docs(lang)
    theirs, ours = both(lang)
    found = [theirs(doc) for doc in docs]
    assert sum(map(len, found)) > 20
    assert [ours(doc) for doc in docs] == found
    assert [ours(doc) for doc in docs] == found  # again, from what it remembered


def test_a_node_test_it_cannot_read_from_arrays_leaves_the_matching_to_spacy():
    docs = parsed_docs("en")
    theirs, ours = both("en", [("regex", REGEX_NODE)])
    assert not ours._arrays
    assert [ours(doc) for doc in docs] == [theirs(doc) for doc in docs]
    ours.remove("regex")
    assert ours._arrays and len(ours) == len(theirs) - 1
