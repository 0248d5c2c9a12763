"""French attribution rules, on hand-written sentences with the real fr_core_news_sm."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from annotator.core.suggest import FACTORY, suggestion_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr():
    return suggestion_pipeline("fr")


def found(fr, text: str) -> list[Span]:
    doc = fr(text)  # a SpanGroup only holds a weak reference to its doc
    return list(doc.spans["sources"])


def texts(fr, text: str) -> list[str]:
    return [span.text for span in found(fr, text)]


def test_selon_takes_the_phrase_up_to_the_comma(fr):
    assert texts(fr, "Selon le ministère de la Défense, l'armée a reculé.") == [
        "le ministère de la Défense"
    ]


def test_d_apres_is_a_cue(fr):
    assert texts(fr, "D'après l'agence Yonhap, le tir a eu lieu à l'aube.") == ["l'agence Yonhap"]


def test_subject_of_a_reporting_verb(fr):
    assert texts(fr, "Le ministre des Finances a annoncé une hausse des impôts.") == [
        "Le ministre des Finances"
    ]


def test_non_reporting_verb_gives_no_source(fr):
    assert texts(fr, "Le ministre des Finances a visité une usine.") == []


def test_inverted_speaker_after_a_quotation(fr):
    sources = found(fr, "« Nous ne reculerons pas », a déclaré mercredi le porte-parole du Kremlin.")
    assert [s.text for s in sources] == ["le porte-parole du Kremlin"]
    assert sources[0]._.attribution["quote"] == "direct"


def test_inverted_clitic_pronoun_is_a_source(fr):
    assert texts(fr, "« La Russie va gagner », a-t-il dit.") == ["-il"]


def test_cue_verb_mistagged_after_a_quotation(fr):
    text = "« Rien ne sera plus comme avant », juge pour sa part Anna Lindqvist, chercheuse."
    assert texts(fr, text) == ["Anna Lindqvist, chercheuse"]  # the apposition stays


def test_demander_with_an_infinitive_is_not_reporting(fr):
    assert texts(fr, "Une dizaine de navires ont demandé à emprunter le corridor.") == []


def test_chain_with_citant_sets_via(fr):
    sources = found(fr, "Selon l'agence TASS, citant le Kremlin, la rencontre aura lieu lundi.")
    assert [(s.text, s._.attribution["via"]) for s in sources] == [
        ("l'agence TASS", None), ("le Kremlin", "l'agence TASS")
    ]


def test_cite_par_makes_the_agency_the_relay(fr):
    sources = found(fr, "Dmitri Peskov, cité par l'agence RIA Novosti, a démenti ces informations.")
    assert sources[0].text == "Dmitri Peskov"
    assert sources[0]._.attribution["via"] == "l'agence RIA Novosti"


def test_relative_pronoun_resolves_to_its_antecedent(fr):
    assert texts(fr, "Le ministre, qui a déclaré que tout allait bien, est parti.") == ["Le ministre"]


def test_passive_subject_is_content_and_agent_is_source(fr):
    assert texts(fr, "La décision a été annoncée par le ministère des Affaires étrangères.") == [
        "le ministère des Affaires étrangères"
    ]


def test_coordinated_speakers_are_separate_sources(fr):
    text = "Le président Emmanuel Macron et le chancelier allemand ont déclaré que l'aide continuerait."
    assert texts(fr, text) == ["Le président Emmanuel Macron", "le chancelier allemand"]


def test_cue_verb_inside_a_quotation_is_ignored(fr):
    text = "Le texte décrit « un pays qui a annoncé sa victoire trop tôt » sans le nommer."
    assert texts(fr, text) == []


def test_hyphenated_name_is_kept_whole(fr):
    assert texts(fr, "Selon Kim Jong-un, la coopération va se renforcer.") == ["Kim Jong-un"]


def test_type_comes_from_cue_nouns_not_ner(fr):
    spans = found(fr, "Le Kremlin a démenti la rencontre, ont affirmé les médias d'État.")
    assert {s.text: s.label_ for s in spans} == {
        "Le Kremlin": "government", "les médias d'État": "state_media"
    }


def test_anonymous_source(fr):
    spans = found(fr, "Selon une source diplomatique, le sommet est reporté.")
    assert [s.label_ for s in spans] == ["anonymous"]


def test_cues_are_parallel_to_sources(fr):
    doc = fr("Selon KCNA, le dirigeant a salué les troupes.")
    assert [c.text for c in doc.spans["source_cues"]] == ["Selon", "a salué"]
    assert [s.text for s in doc.spans["sources"]] == ["KCNA", "le dirigeant"]


def test_match_is_apart_from_set_annotations(fr):
    with fr.select_pipes(disable=[FACTORY]):
        doc = fr("Selon KCNA, le sommet a eu lieu.")
    found = fr.get_pipe(FACTORY).match(doc)
    assert "sources" not in doc.spans
    assert [(doc[slice(*a.source)].text, a.rule, a.type) for a in found] == [
        ("KCNA", "selon", "state_media")
    ]
