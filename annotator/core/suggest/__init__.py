"""spaCy pre-annotation: sources (attribution), verifiability rules, trained classifiers.

Qt-free and store-free: it takes sentences and returns plain values.
"""

from .attribution import FACTORY, Attribution, AttributionFinder
from .evaluate import evaluate_sources, evaluate_verifiability
from .pipeline import suggest_sentences, suggestion_for, suggestion_pipeline
from .results import RULES_VERSION, SentenceSuggestion, SourceSuggestion, VerifiabilitySuggestion
from .textcat import TrainedClassifier, train_classifier
from .verifiability import suggest_verifiability, verifiability_suggestion

__all__ = [
    "FACTORY",
    "RULES_VERSION",
    "Attribution",
    "AttributionFinder",
    "SentenceSuggestion",
    "SourceSuggestion",
    "TrainedClassifier",
    "VerifiabilitySuggestion",
    "evaluate_sources",
    "evaluate_verifiability",
    "suggest_sentences",
    "suggest_verifiability",
    "suggestion_for",
    "suggestion_pipeline",
    "train_classifier",
    "verifiability_suggestion",
]
