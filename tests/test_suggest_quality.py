"""Source precision and recall on every gold file: the shared sample and bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.resources import SAMPLES
from annotator.core.suggest.evaluate import (
    Predicted,
    evaluate_sources,
    gold_sentences,
    match_pairs,
    match_sources,
    score_sources,
)

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
BAR = 0.85
GOLD_FILES = sorted(SHARED.glob("*.gold.json")) + sorted(SAMPLES.glob("*.gold.json"))


def test_matching_needs_half_the_gold_content_words():
    gold = [["l'agence de presse officielle nord-coréenne KCNA", "KCNA"]]
    assert match_sources(["KCNA"], gold, "fr") == 1
    assert match_sources(["l'agence"], [["l'agence de presse russe TASS"]], "fr") == 0


def test_matching_is_one_to_one():
    assert match_sources(["le Kremlin", "le Kremlin"], [["le Kremlin"]], "fr") == 1


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_sources_meet_the_bar(gold_path: Path):
    scores = evaluate_sources(gold_path)
    assert scores["precision"] >= BAR, scores["spurious"]
    assert scores["recall"] >= BAR, scores["missed"]


def test_some_gold_file_is_present():
    if not GOLD_FILES:
        pytest.skip("no gold file: ../shared/samples and resources/samples hold none")


def test_strict_matching_needs_the_exact_span():
    gold = [["le ministre des finances, Pierre Moscovici", "Pierre Moscovici"]]
    assert match_pairs(["Pierre Moscovici"], gold, "fr", strict=True) == [(0, 0)]
    assert match_pairs(["ministre des finances, Pierre Moscovici"], gold, "fr",
                       strict=True) == []
    assert match_pairs(["ministre des finances, Pierre Moscovici"], gold, "fr") == [(0, 0)]


def test_type_and_quote_are_scored_on_matches():
    data = {"a": {"lang": "fr", "sentences": [{"text": "« Non », a dit le ministre.", "sources": [
        {"text": ["le ministre"], "type": "government", "quote": "direct"}]}]}}
    (sentence,) = gold_sentences(data)
    scores = score_sources([(sentence, [Predicted("le ministre", "politician", "direct"),
                                        Predicted("Non", "other", "direct")])])
    figures = scores.figures()
    assert (scores.matched, scores.predicted, scores.gold) == (1, 2, 1)
    assert figures["type_accuracy"] == 0.0 and figures["quote_accuracy"] == 1.0
    assert scores.wrong_type == [("le ministre", "politician", "government")]
