"""Accuracy and per-label F1 of one-label-per-sentence suggestions; the verifiability gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.suggest.label_scores import LabelScores

DATA = Path(__file__).parent / "data"
LABELS = ("verifiable", "unverifiable", "opinion", "prediction", "not_a_claim")


def test_macro_f1_counts_each_label_once():
    pairs = [("a", "a"), ("a", "a"), ("a", "a"), ("b", "a")]
    scores = LabelScores.of(pairs, ("a", "b", "c"))
    assert scores.accuracy == 0.75
    per = scores.per_label()
    assert per["a"]["precision"] == 0.75 and per["a"]["recall"] == 1.0
    assert per["b"]["f1"] == 0.0 and per["c"]["support"] == 0
    # "c" is absent from the gold: the mean is over a and b only
    assert scores.macro_f1 == pytest.approx((2 * 0.75 / 1.75 + 0.0) / 2)
    assert scores.confusion() == {"b->a": 1}


@pytest.mark.parametrize("part", ["dev", "unseen"])
def test_verifiability_gold_labels_every_sentence_of_the_attribution_gold(part):
    labelled = json.loads((DATA / "verifiability" / f"fr_wikinews_{part}.gold.json")
                          .read_text(encoding="utf-8"))
    sources = json.loads((DATA / "attribution" / f"fr_wikinews_{part}.gold.json")
                         .read_text(encoding="utf-8"))
    assert labelled.keys() == sources.keys()
    for key, article in labelled.items():
        assert [s["text"] for s in article["sentences"]] == \
            [s["text"] for s in sources[key]["sentences"]]
        assert {s["verifiability"] for s in article["sentences"]} <= set(LABELS)
