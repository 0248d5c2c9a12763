"""Suggesting parses only the sentences a rule may read the parse of, with numpy's BLAS and
without the attribute ruler's copies of POS to TAG: the suggestions, and every token
attribute a rule reads, are those of the model as spaCy loads it, run whole on every
sentence (real fr_core_news_sm and the shipped English pipeline)."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from annotator.core import nlp as shared_nlp
from annotator.core.resources import SAMPLES
from annotator.core.suggest import suggest_sentences, suggestion_pipeline
from annotator.core.suggest.attribution import FACTORY
from annotator.core.suggest.evaluate import load_gold
from annotator.core.suggest.mentions import carry_types
from annotator.core.suggest.pipeline import annotated, suggestion_for
from annotator.core.suggest.verifiability import reads_parse
from annotator.core.suggest.verifiability_context import carry_context
from tests.conftest import REPO

pytestmark = pytest.mark.slow

WIKINEWS = [REPO / "tests" / "data" / "attribution" / f"fr_wikinews_{part}.gold.json"
            for part in ("dev", "train", "unseen")]
# Whitespace tokens are what the attribute ruler's remaining patterns are for.
SPACED = ["Le  ministre a\n déclaré  que tout va bien .", "  Selon l'AFP, rien.", "\n\n", " "]
ENGLISH = [
    "The council voted on Tuesday to close two libraries.",
    "\"We had no choice,\" said Maria Lopez, the council's finance chair.",
    "According to the city's own figures, visits fell by a third in five years.",
    "Residents say the decision was rushed.",
    "The mayor will present a new budget in March.",
    "Critics argue that the closures would hit poorer districts hardest.",
    "I am very disappointed, one librarian told reporters.",
    "The libraries opened in 1962.",
    "Officials, citing a consultant's report, expect savings of $2 million.",
    "It is going to be a difficult winter.",
    "The building is old but sound.",
    "A spokesman for the union declined to comment.",
]


def as_spacy_loads(lang: str) -> spacy.Language:
    return spacy.load(shared_nlp.model_name(lang), exclude=["senter", "ner"])


def every_sentence_parsed(lang: str, sentences: list[str]) -> list:
    nlp = as_spacy_loads(lang)
    nlp.add_pipe(FACTORY)
    return list(carry_types(carry_context((suggestion_for(doc), doc)
                                           for doc in nlp.pipe(sentences))))


def gold_sentences(lang: str) -> list[str]:
    found = [s.text for f in sorted(SAMPLES.glob("*.gold.json")) for s in load_gold(f)
             if s.lang == lang]
    if lang == "fr":
        found += [s["text"] for path in WIKINEWS
                  for article in json.loads(path.read_text("utf-8")).values()
                  for s in article["sentences"]] + SPACED
    return found if lang == "fr" else found + ENGLISH


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_suggestions_are_those_of_the_whole_model_on_every_sentence(lang):
    if shared_nlp.model_name(lang) is None:
        pytest.skip(f"no {lang} model")
    sentences = gold_sentences(lang)
    assert len(sentences) > 25
    assert list(suggest_sentences(sentences, lang)) == every_sentence_parsed(lang, sentences)


def test_tokens_keep_the_model_s_pos_morphology_lemmas_parses_and_sentence_starts():
    sentences = gold_sentences("fr")
    ours = suggestion_pipeline("fr")
    assert not any(set(p["attrs"]) == {"TAG"}  # the copies of POS to TAG are gone
                   for p in ours.get_pipe("attribute_ruler").patterns)
    columns = [ORTH, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
    with ours.select_pipes(disable=[FACTORY]):
        found = [doc.to_array(columns).tolist() for doc in ours.pipe(sentences)]
    assert found == [doc.to_array(columns).tolist()
                     for doc in as_spacy_loads("fr").pipe(sentences)]


def test_the_parser_reads_only_sentences_a_rule_may_read_it_in():
    nlp = suggestion_pipeline("fr")
    docs = list(annotated(nlp, ["Le soleil brille sur la ville.",
                                "Le ministre a déclaré que la ville est sûre.",
                                "La ville pourrait fermer ses écoles."]))
    assert [doc.has_annotation("DEP") for doc in docs] == [False, True, True]
    assert [len(doc.spans["sources"]) for doc in docs] == [0, 1, 0]


def test_verifiability_reads_the_parse_of_conditionals_futures_and_first_persons():
    nlp = suggestion_pipeline("fr")
    with nlp.select_pipes(disable=["parser", FACTORY]):
        docs = list(nlp.pipe(["Le soleil brille sur la ville.", "La ville pourrait fermer.",
                              "La ville fermera ses écoles.", "Nous sommes inquiets.",
                              "C'est très grave.", "Ils ne m'ont rien dit.",
                              "Il a dit que la grève durerait.", "J'ai vu le feu.",
                              "La mairie projette de construire.",
                              "Les élus doivent rendre des comptes."]))
    assert [reads_parse(doc) for doc in docs] == [False, True, True, True, True, True, True,
                                                  True, True, True]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_suggested_docs_keep_the_model_s_tokens_and_the_parses_they_have(lang):
    """The attribute ruler runs only where its patterns can match (whitespace tokens), the
    lemmatizer looks lemmas up in sets: the docs ``annotated`` gives carry the model's
    tags, morphology and lemmas on every token, and its parse wherever they are parsed."""
    if shared_nlp.model_name(lang) is None:
        pytest.skip(f"no {lang} model")
    sentences = gold_sentences(lang) + SPACED
    nlp = suggestion_pipeline(lang)
    # TAG only from a tagger (the French copies of POS to TAG are gone, as tested above)
    tagged = [ORTH, POS, MORPH, LEMMA] + ([TAG] if "tagger" in nlp.pipe_names else [])
    parsed = [DEP, HEAD, SENT_START]
    ours = list(annotated(nlp, sentences))
    model = list(as_spacy_loads(lang).pipe(sentences))
    assert [d.to_array(tagged).tolist() for d in ours] == \
        [d.to_array(tagged).tolist() for d in model]
    with_parse = [i for i, d in enumerate(ours) if d.has_annotation("DEP")]
    assert 0 < len(with_parse) < len(ours)
    assert [ours[i].to_array(parsed).tolist() for i in with_parse] == \
        [model[i].to_array(parsed).tolist() for i in with_parse]
    assert any(t.is_space for doc in ours for t in doc)  # docs the ruler runs on are there
