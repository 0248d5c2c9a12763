"""Functions the training config of the English pipeline names (``spacy train --code``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.pipeline import EditTreeLemmatizer
from spacy.util import registry


@registry.callbacks("annotator.relink_lemma_trees.v1")
def relink_lemma_trees() -> Callable[[Language], Language]:
    """spaCy 3.8's edit-tree lemmatizer does not rebuild its tree-to-label map when it is
    loaded from disk, so a lemmatizer sourced from a trained pipeline learns every gold
    lemma as label 0 (the first tree) and its accuracy collapses within a few hundred
    steps; rebuilding the map from its labels lets it go on learning."""

    def relink(nlp: Language) -> Language:
        for _name, pipe in nlp.components:  # sourced pipes are disabled here
            if isinstance(pipe, EditTreeLemmatizer) and not pipe.tree2label:
                pipe.tree2label.update({tree: label for label, tree in enumerate(pipe.labels)})
        return nlp

    return relink
