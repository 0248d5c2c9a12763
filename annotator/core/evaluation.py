"""Figures against a hand-annotated gold file: segmentation, sources, verifiability.

Gold format (one entry per article file)::

    {"article.txt": {"lang": "fr", "boilerplate": [line, ...], "either": [line, ...],
                     "sentences": [{"text": ..., "sources": [[alternative, ...], ...],
                                    "verifiability": "fact|opinion|prediction|other"}]}}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .guards import refuse_project_files
from .project import Project
from .text.readers import normalise
from .text.segment import Segment, segment_text


@dataclass(frozen=True)
class SegmentationQuality:
    exact: float  # gold content sentences that come out as exactly one segment
    flagged: float  # gold boilerplate lines whose segments are all flagged
    content_flagged: list[str]  # gold content sentences flagged as boilerplate


def find_phrase(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text``, whatever the whitespace between its words."""
    pattern = r"\s+".join(map(re.escape, phrase.split()))
    return [m.span() for m in re.finditer(pattern, text)]


def segmentation_quality(text: str, gold: dict[str, Any], segments: list[Segment]
                         ) -> SegmentationQuality:
    spans = {(s.start, s.end) for s in segments}

    def inside(span: tuple[int, int]) -> list[Segment]:
        return [s for s in segments if s.start < span[1] and span[0] < s.end]

    exact, content_flagged = 0, []
    for sentence in gold["sentences"]:
        found = find_phrase(text, sentence["text"])
        if not found:
            raise InputError(f"gold sentence not in the article: {sentence['text'][:60]}")
        exact += any(span in spans for span in found)
        if any(s.kind == "boilerplate" for s in inside(found[0])):
            content_flagged.append(sentence["text"])
    flagged = 0
    for line in gold.get("boilerplate", []):
        found = find_phrase(text, line)
        flagged += bool(found) and all(s.kind == "boilerplate" for span in found
                                       for s in inside(span))
    return SegmentationQuality(
        exact=exact / max(len(gold["sentences"]), 1),
        flagged=flagged / max(len(gold.get("boilerplate", [])), 1),
        content_flagged=content_flagged)


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from None
    if not isinstance(data, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("sentences"), list) for v in data.values()):
        raise InputError(f"{path}: a gold file maps article names to objects with "
                         "\"sentences\"")
    return data


def evaluate_gold(project: Project, gold_path: Path) -> dict[str, dict[str, Any]]:
    """Segmentation of the project's copy of each article (or of the file beside the gold
    file), plus the rules' source and verifiability figures on the gold sentences."""
    from .suggest.evaluate import evaluate_sources, evaluate_verifiability

    refuse_project_files(project, [Path(gold_path)], "read a gold file from")
    gold = load_gold(gold_path)
    figures: dict[str, dict[str, Any]] = {}
    for name, entry in gold.items():
        text, segments = _article(project, Path(gold_path).parent, name, entry.get("lang", "fr"))
        quality = segmentation_quality(text, entry, segments)
        figures[f"segmentation {name}"] = {
            "exact sentences": quality.exact, "boilerplate flagged": quality.flagged,
            "content sentences flagged as boilerplate": len(quality.content_flagged)}
    sources = evaluate_sources(gold_path)
    figures["sources"] = {k: sources[k] for k in ("precision", "recall", "f1", "true_positives",
                                                  "predicted", "gold")}
    verifiability = evaluate_verifiability(gold_path)
    figures["verifiability"] = {k: verifiability[k] for k in ("accuracy", "correct",
                                                              "sentences")}
    return figures


def _article(project: Project, folder: Path, name: str, lang: str
             ) -> tuple[str, list[Segment]]:
    for info in project.documents():
        document = project.document(info.id)
        if document.origin and Path(document.origin.split(":")[0]).name == name:
            return document.text, [Segment(s.start, s.end, s.kind, s.para, s.reason)
                                   for s in project.sentences(info.id)]
    beside = folder / name
    if not beside.exists():
        raise InputError(f"article {name} is neither in the project nor beside the gold file")
    text = normalise(beside.read_text(encoding="utf-8"))
    return text, segment_text(text, lang)
