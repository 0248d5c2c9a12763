"""spaCy's ``spancat`` on the same tagged sentences, for comparison with the linear finder.

Its default model (its own hash-embedding CNN over the tokens, n-gram suggester) is trained
from scratch on the sentences an analyst tagged; what it costs in CPU time and what F1 it
reaches on the remaining articles is why the project learns sources with a linear model
over parse features instead (see bench_learning.py, ``--spancat``).
"""

from __future__ import annotations

import random
import time

from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from annotator.core.suggest.evaluate import Predicted, score_sources
from annotator.core.suggest.pipeline import blank

LABEL = "SOURCE"
EPOCHS = 10
MAX_NGRAM = 8


def train_and_score(tagged, test, lang: str, *, epochs: int = EPOCHS
                    ) -> tuple[float, float, float]:
    """(CPU seconds to train, source F1 on ``test``, strict F1); items as bench_learning."""
    fix_random_seed(0)
    nlp = blank(lang)
    spancat = nlp.add_pipe("spancat", config={
        "spans_key": "sc", "threshold": 0.5,
        "suggester": {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1,
                      "max_size": MAX_NGRAM}})
    spancat.add_label(LABEL)
    examples = []
    for item in tagged:
        doc = nlp.make_doc(item.gold.text)
        spans = [doc.char_span(t.start, t.end, label=LABEL, alignment_mode="expand")
                 for t in item.tags]
        reference = nlp.make_doc(item.gold.text)
        reference.spans["sc"] = [reference.char_span(s.start_char, s.end_char, label=LABEL)
                                 for s in spans if s is not None]
        examples.append(Example(doc, reference))
    began = time.process_time()
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    seconds = time.process_time() - began
    docs = nlp.pipe([i.gold.text for i in test])
    figures = score_sources((i.gold, [Predicted(s.text) for s in doc.spans.get("sc", [])])
                            for i, doc in zip(test, docs, strict=True)).figures()
    return seconds, figures["f1"], figures["strict_f1"]
