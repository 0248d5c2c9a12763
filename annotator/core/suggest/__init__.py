"""spaCy pre-annotation: sources (attribution), verifiability rules, trained classifiers.

Qt-free and store-free: it takes sentences and returns plain values.
"""

from .attribution import FACTORY, Attribution, AttributionFinder
from .pipeline import suggest_sentences, suggestion_for, suggestion_pipeline
from .results import RULES_VERSION, SentenceSuggestion, SourceSuggestion, VerifiabilitySuggestion
from .verifiability import suggest_verifiability, verifiability_suggestion

__all__ = [
    "FACTORY",
    "RULES_VERSION",
    "Attribution",
    "AttributionFinder",
    "SentenceSuggestion",
    "SourceSuggestion",
    "VerifiabilitySuggestion",
    "suggest_sentences",
    "suggest_verifiability",
    "suggestion_for",
    "suggestion_pipeline",
    "verifiability_suggestion",
]
