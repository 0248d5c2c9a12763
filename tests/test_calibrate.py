"""Calibrated scores: maps fitted on held-back predictions, chosen by held-back ECE."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from annotator.core.suggest import calibrate
from annotator.core.suggest.label_scores import calibration

DATA = Path(__file__).parent / "data" / "verifiability"


def overconfident(n: int = 400, seed: int = 1) -> list[calibrate.Held]:
    """A model that says 0.95 for what is right 60 % of the time, 0.7 for 40 %."""
    rng = random.Random(seed)
    held = []
    for i in range(n):
        sure = i % 2 == 0
        right = rng.random() < (0.6 if sure else 0.4)
        probs = {"a": 0.95, "b": 0.05} if sure else {"a": 0.7, "b": 0.3}
        held.append((probs, "a" if right else "b"))
    return held


def ece(params, held) -> float:
    return calibration((s, label == gold) for (label, s), (_p, gold)
                       in ((calibrate.apply(params, p), (p, g)) for p, g in held)).ece


@pytest.mark.parametrize("method", ["temperature", "platt", "isotonic"])
def test_each_map_brings_overconfident_scores_down(method):
    held = overconfident()
    params = calibrate.METHODS[method](held)
    assert ece(params, held) < ece(None, held) - 0.2
    assert calibrate.apply(params, {"a": 0.95, "b": 0.05})[0] == "a"  # the label stays


def test_the_chosen_map_is_judged_on_folds_it_was_not_fitted_on():
    fitted = calibrate.fit(overconfident())
    assert fitted["method"] != "none"
    assert fitted["ece_after"] == min(fitted["ece_by_method"].values())
    assert fitted["ece_after"] < fitted["ece_before"] - 0.2
    assert sum(n for _l, _h, n, _s, _a in fitted["bins_after"]) == 400


def test_scores_already_calibrated_are_left_alone():
    rng = random.Random(3)
    held = []
    for _ in range(600):
        score = rng.choice([0.55, 0.75, 0.95])
        held.append(({"a": score, "b": 1 - score}, "a" if rng.random() < score else "b"))
    fitted = calibrate.fit(held)
    assert fitted["ece_after"] <= fitted["ece_before"]
    assert fitted["ece_before"] < 0.06


def test_isotonic_is_monotone_and_never_certain():
    params = calibrate.METHODS["isotonic"](overconfident())
    assert params["y"] == sorted(params["y"])
    assert min(params["y"]) > 0.0 and max(params["y"]) < 1.0


@pytest.mark.slow
def test_a_classifier_trained_on_real_news_has_calibrated_scores_on_other_news():
    """French Wikinews: trained on the dev articles, scored on the train ones (other
    articles, and three times as many sentences as unseen, which stays for measuring)."""
    from annotator.core.suggest.textcat import TrainedClassifier, train_classifier

    def gold(part):
        articles = json.loads((DATA / f"fr_wikinews_{part}.gold.json").read_text("utf-8"))
        return [(s["text"], s["verifiability"]) for a in articles.values()
                for s in a["sentences"]]

    labels = ["verifiable", "unverifiable", "opinion", "prediction", "not_a_claim"]
    model = train_classifier(gold("dev"), labels, lang="fr")
    assert model.cv["ece_calibrated"] < model.cv["ece"]
    other = gold("train")
    texts = [t for t, _ in other]
    raw = [calibrate.top(p) for p in model.probabilities(texts)]
    restored = TrainedClassifier.from_bytes(model.to_bytes())  # the map is kept with it
    calibrated = restored.predict(texts)
    assert [label for label, _ in calibrated] == [label for label, _ in raw]

    def error(found):
        return calibration((s, label == g) for (label, s), (_t, g)
                           in zip(found, other, strict=True)).ece

    assert error(calibrated) < error(raw)
