"""Running the suggestion engine over sentences: one spaCy pass per sentence, no re-parse.

The pipeline is this module's own (``spacy.load`` of the same model plus our component),
so the shared pipelines of :mod:`annotator.core.nlp` are never mutated.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from annotator.core import nlp as shared_nlp
from annotator.core.nlp import blank

from .attribution import FACTORY
from .mentions import carry_types
from .results import SentenceSuggestion, SourceSuggestion
from .verifiability import verifiability_suggestion

_lock = threading.Lock()


def base_pipeline(lang: str) -> Language:
    """A fresh pipeline without our components: the model, or a blank one (rules only)."""
    name = shared_nlp.model_name(lang)
    # No rule reads entities, and the French NER (with its own embedding) was ~45 % of the
    # time of suggesting: leaving it out nearly halves it.
    return blank(lang) if name is None else spacy.load(name, exclude=["senter", "ner"])


def suggestion_pipeline(lang: str) -> Language:
    """The cached pipeline with the attribution component; safe to call from any thread."""
    with _lock:
        return _pipeline(lang)


@cache
def _pipeline(lang: str) -> Language:
    nlp = base_pipeline(lang)
    nlp.add_pipe(FACTORY)
    return nlp


def suggest_sentences(sentences: Iterable[str], lang: str, *,
                      batch_size: int = 64) -> Iterator[SentenceSuggestion]:
    """Suggestions for each sentence of one document, in order; offsets are inside each
    sentence. Types are carried from sentence to sentence (see ``carry_types``)."""
    nlp = suggestion_pipeline(lang)
    docs = nlp.pipe(sentences, batch_size=batch_size)
    yield from carry_types((suggestion_for(doc), doc) for doc in docs)


def suggestion_for(doc: Doc) -> SentenceSuggestion:
    """Read back what the component wrote on ``doc`` and add the verifiability verdict."""
    text = doc.text
    sources = [_source(span, text) for span in doc.spans.get("sources", [])]
    verifiability = verifiability_suggestion(doc) if text.strip() else None
    return SentenceSuggestion(sources=sources, verifiability=verifiability)


def _source(span: Span, text: str) -> SourceSuggestion:
    found = span._.attribution
    start, end = span.start_char, span.end_char
    while text[start] == "-":  # "a-t-il dit": the token is "-il", the source is "il"
        start += 1
    return SourceSuggestion(
        start=start, end=end, text=text[start:end], type=span.label_,
        quote=found["quote"], via=found["via"], cue=found["cue"], reason=found["reason"],
        score=found["score"],
    )
