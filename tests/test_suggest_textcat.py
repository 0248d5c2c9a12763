"""Training the stance/verifiability classifier from tagged sentences."""

from __future__ import annotations

import pytest

from annotator.core.errors import InputError
from annotator.core.suggest.textcat import TrainedClassifier, train_classifier

FAVOUR = ["une excellente nouvelle", "un progrès remarquable", "une initiative courageuse"]
AGAINST = ["une menace inquiétante", "une provocation dangereuse", "une dérive inacceptable"]


def examples(n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        phrases, label = (FAVOUR, "favour") if i % 2 else (AGAINST, "against")
        out.append((f"Le sommet numéro {i} est {phrases[i % 3]}.", label))
    return out


@pytest.fixture(scope="module")
def trained() -> TrainedClassifier:
    return train_classifier(examples(40), ["favour", "against", "neutral"], lang="fr", folds=3)


def test_cross_validated_accuracy_is_reported(trained):
    assert trained.cv_accuracy >= 0.8


def test_predict_gives_a_label_and_a_score(trained):
    [(label, score)] = trained.predict(["Le sommet est une menace inquiétante."])
    assert label == "against" and 0.0 < score <= 1.0


def test_round_trips_through_bytes(trained):
    restored = TrainedClassifier.from_bytes(trained.to_bytes())
    text = ["Un progrès remarquable."]
    assert restored.predict(text) == trained.predict(text)
    assert restored.cv_accuracy == trained.cv_accuracy


def test_too_few_examples_is_a_clear_error():
    with pytest.raises(InputError, match="at least 30"):
        train_classifier(examples(10), ["favour", "against"], lang="fr")


def test_unknown_label_is_refused():
    with pytest.raises(InputError, match="outside the label set"):
        train_classifier(examples(40), ["favour"], lang="fr")


def test_cross_validated_figures_per_label_and_calibration(trained):
    cv = trained.cv
    assert set(cv["f1"]) == {"favour", "against"}  # neutral was never tagged
    assert cv["support"] == {"favour": 20, "against": 20}
    assert 0.0 <= cv["macro_f1"] <= 1.0 and cv["macro_f1"] == pytest.approx(
        sum(cv["f1"].values()) / 2)
    assert 0.0 <= cv["ece"] <= 1.0
    assert sum(count for _l, _h, count, _s, _a in cv["reliability"]) == 40


def test_rules_are_features_next_to_the_words(trained):
    assert trained.features == "rules-1"
    restored = TrainedClassifier.from_bytes(trained.to_bytes())
    assert (restored.features, restored.lang, restored.cv) == \
        (trained.features, trained.lang, trained.cv)


def test_rule_features_name_the_verdict_and_the_cue():
    from annotator.core.suggest.textcat import with_rule_features

    [future, opinion] = with_rule_features(
        ["Le sommet se tiendra à Pyongyang.",
         "« Ces ruptures ne sont pas des accidents », estime Anna Lindqvist, chercheuse."],
        "fr")
    assert future.startswith("Le sommet se tiendra à Pyongyang. ")
    assert "rule_prediction" in future.split() and "rulewhy_future" in future.split()
    assert {"rule_opinion", "rulesource_expert", "rulecue_estime"} <= set(opinion.split())


def test_words_only_model_when_asked():
    model = train_classifier(examples(30), ["favour", "against"], lang="fr", folds=2,
                             rule_features=False)
    assert model.features is None and model.predict(["Une menace inquiétante."])
