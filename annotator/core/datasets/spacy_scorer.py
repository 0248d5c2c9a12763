"""The scorer ``annotator.dimension_scorer.v1``, for one textcat_multilabel component per
dimension in a spaCy pipeline (``annotator data-to-spacy`` names it in its config).

spaCy's own textcat scorers all report under ``cats_*``: with two classifiers in one
pipeline the second overwrites the first's figures. This one scores the component's own
labels with ``Scorer.score_cats`` and reports them under ``cats_<dimension>_*``
(``cats_stance_score``...). Docs where the dimension is undecided have none of its labels
in ``doc.cats`` and are not scored. It is registered in spaCy's ``scorers`` registry through
the ``spacy_scorers`` entry point, so ``spacy train`` finds it wherever Annotator is
installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

NAME = "annotator.dimension_scorer.v1"


def make_dimension_scorer(dimension: str) -> Callable[..., dict[str, Any]]:
    prefix = f"cats_{dimension}_"

    def score(examples: Iterable, **kwargs) -> dict[str, Any]:
        from spacy.scorer import Scorer

        kwargs.pop("multi_label", None)
        scores = Scorer.score_cats(examples, "cats", multi_label=True, **kwargs)
        return {prefix + key[len("cats_"):]: value for key, value in scores.items()}

    return score
