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


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "attribution").glob("*.gold.json")))
def test_verifiability_gold_labels_every_sentence_of_the_attribution_gold(name):
    labelled = json.loads((DATA / "verifiability" / name).read_text(encoding="utf-8"))
    sources = json.loads((DATA / "attribution" / name).read_text(encoding="utf-8"))
    assert labelled.keys() == sources.keys()
    for key, article in labelled.items():
        assert [s["text"] for s in article["sentences"]] == \
            [s["text"] for s in sources[key]["sentences"]]
        assert {s["verifiability"] for s in article["sentences"]} <= set(LABELS)


@pytest.mark.parametrize("part", ["dev", "train", "unseen", "check"])
def test_english_verifiability_gold_is_open_licence_news_with_every_label_known(part):
    articles = json.loads((DATA / "verifiability" / f"en_wikinews_{part}.gold.json")
                          .read_text(encoding="utf-8"))
    assert len(articles) >= 4
    for article in articles.values():
        assert article["lang"] == "en" and "CC BY 2.5" in article["origin"]
        assert article["origin"].startswith("https://en.wikinews.org/wiki/")
        assert {s["verifiability"] for s in article["sentences"]} <= set(LABELS)
    assert sum(len(a["sentences"]) for a in articles.values()) >= 70


def test_calibration_error_is_the_weighted_gap_between_score_and_accuracy():
    from annotator.core.suggest.label_scores import calibration

    # 0.9-1.0: four scores of 0.95, three right (0.75); 0.5-0.6: two of 0.55, one right
    scored = [(0.95, True)] * 3 + [(0.95, False), (0.55, True), (0.55, False)]
    result = calibration(scored)
    assert [(round(lo, 1), n) for lo, _hi, n, _s, _a in result.bins] == [(0.5, 2), (0.9, 4)]
    assert result.ece == pytest.approx((4 * 0.2 + 2 * 0.05) / 6)
    assert calibration([(1.0, True)]).bins[0][2] == 1  # a score of 1.0 is in the last bin
