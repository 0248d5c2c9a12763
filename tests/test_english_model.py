"""English pipelines: the English tokenizer, and the parser shipped with Annotator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import tomllib

from annotator.core import nlp
from annotator.core.resources import SAMPLES
from annotator.core.suggest.evaluate import load_gold
from annotator.core.suggest.pipeline import base_pipeline, suggest_sentences, suggestion_pipeline

REPO = Path(__file__).resolve().parents[1]

FRESH_PROCESS = """
from annotator.core import nlp
from annotator.core.suggest.pipeline import suggestion_pipeline
for pipeline in (nlp.load("en", "segment"), suggestion_pipeline("en")):
    print(pipeline.lang, "|".join(t.text for t in pipeline("Mr. Smith met Dr. Jones.")))
"""


def test_english_gets_the_english_tokenizer_in_a_fresh_process() -> None:
    # spaCy only registers "en" once spacy.lang.en is imported: a fresh interpreter shows
    # whether the language is chosen before anything else imported it.
    out = subprocess.run([sys.executable, "-c", FRESH_PROCESS], capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert out[:2] == ["en Mr.|Smith|met|Dr.|Jones|."] * 2


def test_mr_stays_one_token() -> None:
    assert [t.text for t in nlp.blank("en")("Mr. Smith said.")] == ["Mr.", "Smith", "said", "."]
    assert suggestion_pipeline("en").lang == "en"


def test_unknown_language_gets_the_multi_language_tokenizer() -> None:
    assert nlp.blank("zz").lang == "xx"
    assert nlp.blank("").lang == "xx"


# The pipeline shipped with Annotator (annotator/models/en_annotator_ud).

SHIPPED = nlp.SHIPPED["en"]


@pytest.fixture(scope="module")
def english():
    return nlp.load("en", "full")


@pytest.mark.slow
def test_english_uses_the_shipped_pipeline_unless_a_model_is_installed(monkeypatch) -> None:
    assert nlp.model_name("en") == str(SHIPPED)
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
    assert nlp.model_name("en") == "en_core_web_sm"


@pytest.mark.slow
def test_shipped_pipeline_parses_and_lemmatises(english) -> None:
    assert {"tagger", "morphologizer", "parser", "lemmatizer"} <= set(english.pipe_names)
    doc = english("The minister said the port would reopen.")
    said = doc[2]
    assert [t.text for t in said.children if t.dep_ == "nsubj"] == ["minister"]
    assert said.lemma_ == "say" and said.pos_ == "VERB" and said.dep_ == "ROOT"
    assert doc[6].head == said  # "reopen": the clause said


@pytest.mark.slow
def test_shipped_pipeline_segments_with_its_senter() -> None:
    segment = nlp.load("en", "segment")
    assert segment.pipe_names == ["senter"]
    doc = segment("Mr. Smith left. He said so.")
    assert [s.text for s in doc.sents] == ["Mr. Smith left.", "He said so."]


@pytest.mark.slow
def test_english_suggestions_come_from_the_parse() -> None:
    pipeline = suggestion_pipeline("en")
    assert "parser" in pipeline.pipe_names
    doc = pipeline("The minister said on Monday that prices would rise.")
    found = [(s.text, s._.attribution["rule"]) for s in doc.spans["sources"]]
    assert found == [("The minister", "subject")]


@pytest.mark.slow
def test_attribution_runs_on_the_real_parse_of_every_english_sample() -> None:
    pool = [s.text for f in sorted(SAMPLES.glob("en*.gold.json")) for s in load_gold(f)]
    results = list(suggest_sentences(pool, "en"))
    assert len(results) == len(pool) > 0
    assert sum(len(r.sources) for r in results) >= len(pool) // 3


def test_without_the_shipped_folder_english_gets_rules_only(monkeypatch, tmp_path) -> None:
    monkeypatch.setitem(nlp.SHIPPED, "en", tmp_path / "missing")
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    assert nlp.model_name("en") is None
    assert base_pipeline("en").pipe_names == []
    assert base_pipeline("en").lang == "en"


def test_the_shipped_pipeline_is_package_data_small_and_licensed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["annotator"]
    package = REPO / "annotator"
    covered = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    files = {p for p in SHIPPED.rglob("*") if p.is_file()}
    assert files and files <= covered
    assert all(p.stat().st_size < 30 * 2**20 for p in files)
    assert sum(p.stat().st_size for p in files) < 25 * 2**20
    assert "CC BY-SA 4.0" in (SHIPPED / "README.md").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike 4.0" in (SHIPPED / "LICENSE").read_text(encoding="utf-8")
