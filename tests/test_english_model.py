"""English pipelines: the English tokenizer, never the multi-language one."""

from __future__ import annotations

import subprocess
import sys

from annotator.core import nlp
from annotator.core.suggest.pipeline import suggestion_pipeline

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
