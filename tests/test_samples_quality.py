"""Segmentation quality against hand annotations: the shared sample and the bundled ones.

Gold files map a file name to its language, its boilerplate lines, the lines that may go
either way, and its content sentences (with their sources and verifiability).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.resources import SAMPLES
from annotator.core.segment import BOILERPLATE, Segment, segment_text

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "samples"
VERIFIABILITY = {"fact", "opinion", "prediction", "other"}


def _golds(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json")) if folder.is_dir() else []


def _shared_golds() -> list:
    """The shared samples sit beside the repository, in ../shared, on the team's machines."""
    absent = pytest.param(None, marks=pytest.mark.skip(reason=f"no samples in {SHARED}"))
    return _golds(SHARED) or [absent]


def _load(gold_path: Path) -> tuple[str, dict]:
    (name, gold), = json.loads(gold_path.read_text(encoding="utf-8")).items()
    return (gold_path.parent / name).read_text(encoding="utf-8"), gold


def _find(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text``, whatever the whitespace between its words."""
    pattern = r"\s+".join(map(re.escape, phrase.split()))
    return [m.span() for m in re.finditer(pattern, text)]


def _inside(segments: list[Segment], span: tuple[int, int]) -> list[Segment]:
    return [s for s in segments if s.start < span[1] and span[0] < s.end]


@dataclass
class Quality:
    exact: float  # gold sentences that are exactly one segment
    flagged: float  # gold boilerplate lines whose segments are all boilerplate
    content_flagged: list[str]  # gold sentences flagged as boilerplate (must be none)


def measure(text: str, gold: dict, segments: list[Segment]) -> Quality:
    spans = {(s.start, s.end) for s in segments}
    exact, content_flagged = 0, []
    for sentence in gold["sentences"]:
        found = _find(text, sentence["text"])
        assert found, f"gold sentence not in text: {sentence['text'][:60]}"
        exact += any(span in spans for span in found)
        if any(s.kind == BOILERPLATE for s in _inside(segments, found[0])):
            content_flagged.append(sentence["text"])
    flagged = 0
    for line in gold["boilerplate"]:
        found = _find(text, line)
        assert found, f"gold boilerplate not in text: {line}"
        flagged += all(s.kind == BOILERPLATE for span in found for s in _inside(segments, span))
    return Quality(exact / len(gold["sentences"]), flagged / len(gold["boilerplate"]),
                   content_flagged)


def _check(gold_path: Path) -> None:
    text, gold = _load(gold_path)
    quality = measure(text, gold, segment_text(text, gold["lang"]))
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
    for line in gold["either"]:
        assert _find(text, line)
