"""The benches' loaders of the regional news gold: a set of its own, read as written."""

from __future__ import annotations

import json

from bench.attribution_sets import french_sequoia, sequoia_gold
from bench.bench_verifiability import gold_sets, set_name


def write(folder, name, articles):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")


REGIONAL = {
    "sequoia_er_00001": {"lang": "fr", "origin": "our own wording", "sentences": [
        {"text": "Fête du pain à Ormoy.", "sources": []},
        {"text": "Le maire, Paul Girard, a annoncé que la fête aurait lieu dimanche.",
         "sources": [{"text": ["Le maire, Paul Girard", "Paul Girard"],
                      "type": "government", "quote": "indirect"}]}]},
    "sequoia_er_00003": {"lang": "fr", "origin": "our own wording", "sentences": [
        {"text": "Le club de boules recrute.", "sources": []}]},
}


def test_the_regional_loader_keeps_articles_and_sentences_in_file_order(tmp_path):
    write(tmp_path, "fr_sequoia_train.gold.json", REGIONAL)
    articles = french_sequoia("train", tmp_path)
    assert [a.name for a in articles] == ["sequoia_er_00001", "sequoia_er_00003"]
    first = articles[0]
    assert [s.text for s in first.sentences] == [
        "Fête du pain à Ormoy.",
        "Le maire, Paul Girard, a annoncé que la fête aurait lieu dimanche."]
    assert first.text == " ".join(s.text for s in first.sentences)
    (source,) = first.sentences[1].details
    assert source.alternatives == ["Le maire, Paul Girard", "Paul Girard"]
    assert (source.type, source.quote) == ("government", "indirect")


def test_a_part_without_its_regional_file_has_no_set(tmp_path):
    write(tmp_path, "fr_sequoia_train.gold.json", REGIONAL)
    assert sequoia_gold("train", tmp_path).exists()
    assert not sequoia_gold("check", tmp_path).exists()


def test_the_verifiability_bench_scores_regional_news_apart_from_wikinews(tmp_path):
    labelled = {name: {**article, "sentences": [
        {"text": s["text"], "verifiability": "verifiable"} for s in article["sentences"]]}
        for name, article in REGIONAL.items()}
    write(tmp_path, "fr_sequoia_train.gold.json", labelled)
    write(tmp_path, "fr_wikinews_train.gold.json", {"frwikinews_1": {
        "lang": "fr", "origin": "our own wording", "sentences": [
            {"text": "La séance est levée.", "verifiability": "not_a_claim"}]}})
    sets = gold_sets(tmp_path)
    assert sets[("fr", "train", "wikinews")] == [("La séance est levée.", "not_a_claim")]
    assert len(sets[("fr", "train", "sequoia")]) == 3
    assert set_name("fr", "train", "wikinews") == "fr train"
    assert set_name("fr", "train", "sequoia") == "fr regional train"
    assert set_name("fr", "check", "sequoia") == "fr regional check"


def test_the_regional_loader_reads_the_train_gold_as_its_file_holds_it():
    path = sequoia_gold("train")
    stored = json.loads(path.read_text(encoding="utf-8"))
    articles = french_sequoia("train")
    assert [a.name for a in articles] == list(stored)
    for article in articles:
        assert [s.text for s in article.sentences] == \
            [s["text"] for s in stored[article.name]["sentences"]]
        assert all(s.lang == "fr" for s in article.sentences)
