"""The verifiability bench trains its classifier as the project does: by article, on the
Wikinews parts it may read, never on the check part."""

from __future__ import annotations

import json

from bench.bench_verifiability import wikinews_articles


def test_the_classifier_bench_reads_articles_of_the_parts_it_may_train_on(tmp_path):
    def write(name: str, label: str) -> None:
        articles = {f"{name}_{n}": {"lang": "fr", "origin": "our own wording", "sentences": [
            {"text": f"La séance {n} est levée.", "verifiability": label}]} for n in (1, 2)}
        (tmp_path / name).write_text(json.dumps(articles), encoding="utf-8")

    write("fr_wikinews_train.gold.json", "not_a_claim")
    write("fr_wikinews_check.gold.json", "verifiable")
    write("fr_sequoia_train.gold.json", "verifiable")
    sets = wikinews_articles(tmp_path)
    assert list(sets) == [("fr", "train")]
    assert sets[("fr", "train")] == [
        ("La séance 1 est levée.", "not_a_claim", "train/fr_wikinews_train.gold.json_1"),
        ("La séance 2 est levée.", "not_a_claim", "train/fr_wikinews_train.gold.json_2")]
