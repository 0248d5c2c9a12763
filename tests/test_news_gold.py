"""The hand-annotated real-news gold in tests/data: well-formed, open licence, parts apart."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from annotator.core.schema import LabelSchema
from annotator.core.suggest.evaluate import load_gold

DATA = Path(__file__).parent / "data"
ATTRIBUTION = sorted((DATA / "attribution").glob("*.gold.json"))
QUOTES = {"direct", "indirect"}
# Open licences a gold text may carry: Wikinews; UD French Sequoia (its README: "Includes text: yes").
LICENCES = ("CC BY 2.5", "LGPL-LR")
# A date alone: the same dateline starts articles of several Wikinews parts.
DATELINE = re.compile(r"(\w+, )?(\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})\.?")


def part_of(path: Path) -> str:
    return path.name.removesuffix(".gold.json").rsplit("_", 1)[1]


def gold_files() -> list[Path]:
    return [*ATTRIBUTION, *sorted((DATA / "verifiability").glob("*.gold.json"))]


def in_text(words: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


@pytest.mark.parametrize("path", ATTRIBUTION, ids=lambda p: p.name)
def test_attribution_gold_is_open_licence_news_with_sources_found_in_their_sentence(path):
    types = set(LabelSchema.load().source_types)
    articles = json.loads(path.read_text(encoding="utf-8"))
    assert articles
    for article in articles.values():
        assert article["lang"] in ("fr", "en")
        assert any(licence in article["origin"] for licence in LICENCES), article["origin"]
    sentences = load_gold(path)
    assert sentences and all(s.text.strip() == s.text and s.text for s in sentences)
    for sentence in sentences:
        for source in sentence.details:
            assert source.alternatives and all(in_text(a, sentence.text)
                                               for a in source.alternatives), sentence.text
            assert source.type in types and source.quote in QUOTES, sentence.text
            assert source.via is None or source.via in sentence.text


def address(origin: str) -> str:
    """An article's address or id, the same whichever copy of its text a part was built from."""
    return unquote(origin.split(" (", 1)[0]).removeprefix("https://").lower()


def test_parts_share_no_article():
    """Neither a name nor an address sits in two parts (attribution and verifiability)."""
    seen: dict[str, str] = {}
    for path in gold_files():
        for name, article in json.loads(path.read_text(encoding="utf-8")).items():
            for key in (name, address(article["origin"])):
                assert seen.setdefault(key, path.name) == path.name, \
                    f"{key} in {seen[key]} and {path.name}"


def test_parts_share_no_sentence():
    """No sentence of five words or more sits in two parts (datelines and headings may)."""
    seen: dict[str, str] = {}
    for path in [*ATTRIBUTION, *sorted((DATA / "verifiability").glob("*.gold.json"))]:
        part = path.name.removesuffix(".gold.json")  # the same part in both folders
        for article in json.loads(path.read_text(encoding="utf-8")).values():
            for sentence in article["sentences"]:
                if len(sentence["text"].split()) >= 5:
                    assert seen.setdefault(sentence["text"], part) == part, \
                        f"a sentence of {part} is also in {seen[sentence['text']]}"


SEQUOIA_CHECK = range(261, 525)  # annodis.er_00261 to annodis.er_00524


def test_the_regional_check_part_holds_the_second_half_of_the_est_republicain_sentences():
    """Every sentence id of the check half, once, in order, each article keyed by its first."""
    check = json.loads((DATA / "attribution" / "fr_sequoia_check.gold.json")
                       .read_text(encoding="utf-8"))
    numbers = []
    for name, article in check.items():
        first, last = map(int, re.search(r"annodis\.er_(\d{5}) to annodis\.er_(\d{5})",
                                         article["origin"]).groups())
        assert name == f"sequoia_er_{first:05d}" and last - first + 1 == len(article["sentences"])
        assert article["lang"] == "fr" and "LGPL-LR" in article["origin"]
        numbers.extend(range(first, last + 1))
    assert numbers == list(SEQUOIA_CHECK)
    labelled = json.loads((DATA / "verifiability" / "fr_sequoia_check.gold.json")
                          .read_text(encoding="utf-8"))
    assert {name: [s["text"] for s in a["sentences"]] for name, a in labelled.items()} == \
        {name: [s["text"] for s in a["sentences"]] for name, a in check.items()}


def test_no_regional_sentence_sits_in_two_parts_however_short():
    """No sentence text of the regional news sits in two gold files of different names (a
    part, of a corpus), across all gold files, datelines aside. The texts are not printed:
    some parts are never read. (Wikinews train and check share a few lines, kept as
    annotated.)"""
    seen: dict[str, set[str]] = {}
    for path in gold_files():
        for article in json.loads(path.read_text(encoding="utf-8")).values():
            for sentence in article["sentences"]:
                seen.setdefault(sentence["text"], set()).add(path.name)
    clashes = {tuple(sorted(names)) for text, names in seen.items() if len(names) > 1
               and not DATELINE.fullmatch(text) and any("_sequoia_" in n for n in names)}
    assert not clashes, f"sentences in two parts: {sorted(clashes)}"


def test_the_regional_train_part_holds_ud_sequoia_est_republicain_sentences_1_to_260():
    """Articles keyed by their first sentence's id, each origin naming its range and licence,
    the sentences in UD's order; the check part starts at annodis.er_00261."""
    articles = json.loads((DATA / "attribution" / "fr_sequoia_train.gold.json")
                          .read_text(encoding="utf-8"))
    assert sum(len(a["sentences"]) for a in articles.values()) == 260
    first = [int(name.removeprefix("sequoia_er_")) for name in articles]
    assert first[0] == 1 and first == sorted(first)
    for start, (name, article), end in zip(first, articles.items(), [*first[1:], 261]):
        assert len(article["sentences"]) == end - start, name
        assert article["origin"].startswith(
            f"UD_French-Sequoia annodis.er_{start:05d} to annodis.er_{end - 1:05d} ("), name
        assert "Candito, Seddah, Perrier, Guillaume" in article["origin"]
    sentences = load_gold(DATA / "attribution" / "fr_sequoia_train.gold.json")
    assert sum(len(s.details) for s in sentences) >= 25
    assert all(s.lang == "fr" for s in sentences)


def test_the_french_check_part_holds_sixteen_articles_or_more_of_the_same_dataset():
    """The part that only measures: Wikinews articles of 2012 that no other part holds."""
    check = json.loads((DATA / "attribution" / "fr_wikinews_check.gold.json")
                       .read_text(encoding="utf-8"))
    others = {name for path in ATTRIBUTION if path.name.startswith("fr_")
              and part_of(path) != "check" for name in json.loads(path.read_text("utf-8"))}
    assert len(check) >= 16 and not check.keys() & others
    for name, article in check.items():
        number = name.removeprefix("frwikinews_")
        assert number.isdigit() and article["origin"].startswith(
            f"fr.wikinews.org, article {number} (2012)")


def stated_counts(readme: Path) -> dict[str, tuple[int, int]]:
    """``{file: (articles, sentences)}`` as a README states them: "`f` (8 articles, 131 sentences"."""
    found = re.findall(r"`(\w+\.gold\.json)` \((\d+)\s+articles,\s+(\d+)\s+sentences",
                       readme.read_text(encoding="utf-8"))
    return {name: (int(articles), int(sentences)) for name, articles, sentences in found}


@pytest.mark.parametrize("folder", ["attribution", "verifiability"])
def test_each_gold_file_holds_the_articles_and_sentences_its_readme_states(folder):
    stated = stated_counts(DATA / folder / "README.md")
    assert {"fr_wikinews_dev.gold.json", "fr_wikinews_check.gold.json",
            "en_wikinews_check.gold.json", "fr_sequoia_check.gold.json",
            "fr_sequoia_train.gold.json"} <= stated.keys()
    for name, counts in stated.items():
        articles = json.loads((DATA / folder / name).read_text(encoding="utf-8"))
        assert (len(articles), sum(len(a["sentences"]) for a in articles.values())) \
            == counts, name


def test_french_development_gold_gives_the_learning_bench_400_sentences():
    development = [s for path in ATTRIBUTION if path.name.startswith("fr_")
                   and part_of(path) in ("dev", "train") for s in load_gold(path)]
    assert len(development) >= 400


def test_english_development_gold_is_larger_than_its_unseen_part():
    sizes = {part_of(path): len(load_gold(path)) for path in ATTRIBUTION
             if path.name.startswith("en_")}
    assert sizes["dev"] + sizes["train"] >= 600 > sizes["unseen"]


def test_the_english_check_part_holds_wikinews_news_of_2019_2020_with_150_sources():
    """The part that only measures: articles no other part holds, as many as dev + unseen."""
    path = DATA / "attribution" / "en_wikinews_check.gold.json"
    articles = json.loads(path.read_text(encoding="utf-8"))
    for article in articles.values():
        assert article["origin"].startswith("https://en.wikinews.org/wiki/")
        assert re.search(r"\(20(19|20)-\d\d-\d\d\).*data/wikinews_20(19|20)\.csv",
                         article["origin"])
    sentences = load_gold(path)
    assert len(articles) >= 12 and len(sentences) >= 300
    assert sum(len(s.details) for s in sentences) >= 150
    assert len(sentences) > max(len(load_gold(DATA / "attribution" / f"en_wikinews_{part}"
                                              ".gold.json")) for part in ("dev", "unseen"))
