"""English attribution on a blank pipeline: token patterns only, no model needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import annotator.core.suggest  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def en():
    nlp = spacy.blank("en")
    nlp.add_pipe("annotator_attribution")
    return nlp


def texts(en, text: str) -> list[str]:
    doc = en(text)
    return [span.text for span in doc.spans["sources"]]


def test_according_to(en):
    assert texts(en, "According to the ministry, 300 people died.") == ["the ministry"]


def test_speaker_before_said(en):
    assert texts(en, "The minister said on Monday that prices would rise.") == ["The minister"]


def test_speaker_after_said(en):
    assert texts(en, '"We will win," said Ms Smith.') == ["Ms Smith"]


def test_speaker_told_someone(en):
    assert texts(en, "U.S. officials told Reuters the talks had failed.") == ["U.S. officials"]


def test_citing_gives_a_relayed_source(en):
    doc = en("Reuters, citing officials, reported that talks failed.")
    vias = {span.text: span._.attribution["via"] for span in doc.spans["sources"]}
    assert vias == {"Reuters": None, "officials": "Reuters"}


def test_data_from(en):
    assert texts(en, "Data from the statistics office showed growth.") == ["the statistics office"]


def test_personal_pronoun_speaker_is_kept(en):
    assert texts(en, '"It costs millions," she added.') == ["she"]


def test_impersonal_pronoun_is_skipped(en):
    assert texts(en, "It said nothing about the war.") == []


def test_parsed_english_uses_the_dependency_rules(en):
    # A hand-made parse stands in for an English model, which may not be installed.
    words = ["The", "minister", "said", "the", "war", "was", "over", "."]
    doc = Doc(en.vocab, words=words, heads=[1, 2, 2, 4, 5, 2, 5, 2],
              deps=["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
              lemmas=["the", "minister", "say", "the", "war", "be", "over", "."],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    found = en.get_pipe("annotator_attribution").match(doc)
    assert [(doc[slice(*a.source)].text, a.rule) for a in found] == [("The minister", "subject")]
