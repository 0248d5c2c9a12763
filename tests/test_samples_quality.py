"""Segmentation quality against hand annotations: the shared sample and the bundled ones.

Gold files map a file name to its language, its boilerplate lines, the lines that may go
either way, and its content sentences (with their sources and verifiability).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.evaluation import find_phrase, load_gold, segmentation_quality
from annotator.core.resources import SAMPLES
from annotator.core.text.segment import segment_text

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "samples"
VERIFIABILITY = {"fact", "opinion", "prediction", "other"}


def _golds(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json")) if folder.is_dir() else []


def _shared_golds() -> list:
    """The shared samples sit beside the repository, in ../shared, on the team's machines."""
    absent = pytest.param(None, marks=pytest.mark.skip(reason=f"no samples in {SHARED}"))
    return _golds(SHARED) or [absent]


def _load(gold_path: Path) -> tuple[str, dict]:
    (name, gold), = load_gold(gold_path).items()
    return (gold_path.parent / name).read_text(encoding="utf-8"), gold


def _check(gold_path: Path) -> None:
    text, gold = _load(gold_path)
    quality = segmentation_quality(text, gold, segment_text(text, gold["lang"]))
    assert quality.exact >= 0.95
    assert quality.flagged >= 0.90
    assert quality.content_flagged == []


@pytest.mark.slow
@pytest.mark.parametrize("gold_path", _shared_golds(), ids=lambda p: getattr(p, "name", "absent"))
def test_shared_sample_quality(gold_path: Path) -> None:
    _check(gold_path)


@pytest.mark.slow
@pytest.mark.parametrize("gold_path", _golds(SAMPLES), ids=lambda p: p.name)
def test_bundled_sample_quality(gold_path: Path) -> None:
    _check(gold_path)


def test_three_bundled_samples_in_two_languages() -> None:
    langs = sorted(_load(path)[1]["lang"] for path in _golds(SAMPLES))
    assert langs == ["en", "fr", "fr"]


@pytest.mark.parametrize("gold_path", _golds(SAMPLES), ids=lambda p: p.name)
def test_bundled_gold_format(gold_path: Path) -> None:
    text, gold = _load(gold_path)
    assert set(gold) == {"lang", "boilerplate", "either", "sentences"}
    assert 12 <= len(gold["sentences"]) <= 20
    for sentence in gold["sentences"]:
        assert set(sentence) == {"text", "sources", "verifiability"}
        assert sentence["verifiability"] in VERIFIABILITY
        alternatives = [alt for source in sentence["sources"] for alt in source]
        assert all(alt in sentence["text"] for alt in alternatives)
    for line in [*gold["either"], *gold["boilerplate"]]:
        assert find_phrase(text, line), line
