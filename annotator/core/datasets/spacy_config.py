"""The ``config.cfg`` written by ``annotator data-to-spacy``: spaCy's own ``init config``
(language, CPU, efficiency) with one classifier per dimension and a span categorizer for
the sources, fitted to the data.

- Each single-choice dimension is a ``textcat_multilabel`` component (``textcat_stance``...)
  with its own labels (``stance:neutral``...) set in ``[initialize.components]`` and the
  ``annotator.dimension_scorer.v1`` scorer reporting ``cats_<dimension>_*``. Not the
  exclusive ``textcat``: two one-hot dimensions in one ``doc.cats`` fail with E895, its
  softmax cannot predict a decided "none", and ``spacy debug data`` fails it on every doc
  without exactly one positive label (a sentence with only its sources decided).
- Sources are a ``spancat`` with ``spans_key = "sources"``, an n-gram range suggester from
  one token to the longest source seen (capped at ``MAX_SUGGESTED``), and score weights on
  ``spans_sources_f``.
"""

from __future__ import annotations

import copy
from typing import Any

from .spacy_docbin import SPANS_KEY
from .spacy_scorer import NAME as SCORER

MAX_SUGGESTED = 20  # tokens; longer sources are rare and each size costs suggestions


def component_name(dimension: str) -> str:
    return f"textcat_{dimension}"


def build_config(lang: str, labels: dict[str, list[str]], longest_source: int | None,
                 seed: int = 0):
    """``labels``: dimension -> its cat labels, for the dimensions to train; a spancat is
    added when ``longest_source`` (in tokens) is given."""
    from spacy.cli.init_config import init_config

    base = init_config(lang=lang, pipeline=["textcat_multilabel", "spancat"],
                       optimize="efficiency", gpu=False, silent=True)
    config = base.copy()
    template = config["components"].pop("textcat_multilabel")
    spancat = config["components"].pop("spancat")
    pipeline: list[str] = []
    weights: dict[str, Any] = {key: None for key in config["training"]["score_weights"]}
    share = 1.0 / (len(labels) + (1 if longest_source else 0) or 1)
    initialize: dict[str, Any] = {}
    for dimension, names in labels.items():
        name = component_name(dimension)
        component = copy.deepcopy(template)
        component["scorer"] = {"@scorers": SCORER, "dimension": dimension}
        config["components"][name] = component
        initialize[name] = {"labels": list(names)}
        pipeline.append(name)
        weights[f"cats_{dimension}_score"] = round(share, 3)
    if longest_source:
        spancat["spans_key"] = SPANS_KEY
        spancat["suggester"] = {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1,
                                "max_size": min(longest_source, MAX_SUGGESTED)}
        config["components"]["spancat"] = spancat
        pipeline = ["tok2vec", *pipeline, "spancat"]
        weights.update({f"spans_{SPANS_KEY}_f": round(share, 3), f"spans_{SPANS_KEY}_p": 0.0,
                        f"spans_{SPANS_KEY}_r": 0.0})
    else:
        config["components"].pop("tok2vec")
    config["nlp"]["pipeline"] = pipeline
    config["training"]["score_weights"] = weights
    config["initialize"]["components"] = initialize
    config["system"]["seed"] = seed
    return config
