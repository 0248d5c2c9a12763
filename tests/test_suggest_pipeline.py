"""suggest_sentences: plain values with offsets inside each sentence."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core import nlp as shared_nlp
from annotator.core.suggest import RULES_VERSION, SentenceSuggestion, suggest_sentences

pytestmark = pytest.mark.slow

SENTENCES = [
    "Selon l'agence Yonhap, Pyongyang a tiré deux missiles.",
    "Le ciel était gris.",
]


@pytest.fixture(scope="module")
def results() -> list[SentenceSuggestion]:
    return list(suggest_sentences(SENTENCES, "fr"))


def test_one_result_per_sentence_in_order(results):
    assert [len(r.sources) for r in results] == [1, 0]


def test_offsets_are_inside_the_sentence(results):
    source = results[0].sources[0]
    assert SENTENCES[0][source.start : source.end] == source.text == "l'agence Yonhap"


def test_source_carries_type_cue_and_reason(results):
    source = results[0].sources[0]
    assert (source.type, source.cue, source.reason, source.quote, source.via) == (
        "media", "Selon", "selon + noun phrase", "indirect", None)


def test_results_are_frozen(results):
    with pytest.raises(dataclasses.FrozenInstanceError):
        results[0].sources = []


def test_clitic_source_drops_its_hyphen():
    text = "« Nous tiendrons », a-t-elle dit."
    [result] = suggest_sentences([text], "fr")
    assert [(s.text, s.start) for s in result.sources] == [("elle", text.index("elle"))]


def test_every_sentence_gets_a_verifiability(results):
    assert [r.verifiability.value for r in results] == ["verifiable", "verifiable"]


def test_shared_pipeline_is_left_alone(results):
    assert "annotator_attribution" not in shared_nlp.load("fr", "full").pipe_names


def test_rules_version_is_a_string():
    assert isinstance(RULES_VERSION, str) and RULES_VERSION
