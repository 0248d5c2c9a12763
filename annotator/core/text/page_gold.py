"""Figures of the import on real web pages, against gold that labels every line of a page.

A page's gold lists its lines in order, each with a label: ``b`` boilerplate, ``c`` content
(with its sentences), ``t`` the headline, ``x`` either way (captions, subheadings, tables;
not counted). Open-licence pages keep the text (``"text"``, ``"sentences"``, ``"titles"``);
pages whose text may not be redistributed keep only fingerprints of the normalised text
(``"sha"``, ``"sentence_sha"``, ``"title_sha"``), so figures can be recomputed from a copy of
the page without the repository holding the publisher's words.

    {"page.txt": {"lang": "fr", "source": "...", "titles": [...] | "title_sha": [...],
                  "lines": [{"label": "c", "text": ..., "sentences": [...]} |
                            {"label": "c", "sha": ..., "sentence_sha": [...]}, ...]}}

The same gold scores a select-all text copy (line by line, in order) and the text the HTML
reader extracts from the page (lines found by fingerprint; a boilerplate line the reader
dropped counts as handled).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .boilerplate import normalise
from .segment import BOILERPLATE, Segment

LABELS = frozenset("bctx")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "′": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                         "\u00a0": " ", "\u00ad": None, "–": "-", "—": "-"})


def fingerprint(text: str) -> str:
    """A short hash of the whitespace-normalised text (soft hyphens dropped: HTML readers
    drop them too)."""
    return hashlib.sha1(normalise(text.replace("\u00ad", "")).encode("utf-8")).hexdigest()[:16]


def title_fingerprint(title: str) -> str:
    """Titles compare loosely: quote styles, dashes, case and spacing do not matter."""
    return fingerprint(normalise(title.translate(_QUOTES)).casefold())


@dataclass(frozen=True)
class GoldLine:
    label: str
    sha: str
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageGold:
    lang: str
    lines: tuple[GoldLine, ...]
    titles: frozenset[str]  # title fingerprints; empty: the page states no headline
    source: str | None = None


@dataclass
class PageFigures:
    sentences: int = 0
    exact: int = 0
    boilerplate: int = 0
    flagged: int = 0
    content_flagged: int = 0
    titles: int = 0
    titles_right: int = 0
    missed: list[str] = field(default_factory=list)  # what went wrong, for the report

    def add(self, other: PageFigures) -> PageFigures:
        for name in ("sentences", "exact", "boilerplate", "flagged", "content_flagged",
                     "titles", "titles_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed.extend(other.missed)
        return self

    def ratios(self) -> dict[str, float]:
        return {"exact sentences": self.exact / max(self.sentences, 1),
                "boilerplate flagged": self.flagged / max(self.boilerplate, 1),
                "content flagged": self.content_flagged / max(self.sentences, 1),
                "right titles": self.titles_right / max(self.titles, 1)}

    def summary(self) -> str:
        r = self.ratios()
        return (f"{r['exact sentences']:.1%} of {self.sentences} content sentences exact, "
                f"{r['boilerplate flagged']:.1%} of {self.boilerplate} boilerplate lines "
                f"flagged, {r['content flagged']:.1%} of content flagged, "
                f"{self.titles_right}/{self.titles} titles right")


def _line(raw: dict[str, Any]) -> GoldLine:
    label = raw.get("label")
    if label not in LABELS:
        raise InputError(f"gold line label must be one of b, c, t, x: {raw!r:.80}")
    sha = raw["sha"] if "sha" in raw else fingerprint(raw["text"])
    sentences = raw.get("sentence_sha") or [fingerprint(s) for s in raw.get("sentences", [])]
    return GoldLine(label, sha, tuple(sentences))


def load_page_gold(path: Path) -> dict[str, PageGold]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {name: PageGold(
            lang=entry["lang"], lines=tuple(_line(raw) for raw in entry["lines"]),
            titles=frozenset(entry.get("title_sha")
                             or [title_fingerprint(t) for t in entry.get("titles", [])]),
            source=entry.get("source")) for name, entry in data.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a readable page gold file ({exc})") from None


def hashed(entry: dict[str, Any]) -> dict[str, Any]:
    """The fingerprint-only form of a readable gold entry (for pages we may not publish)."""
    lines = []
    for raw in entry["lines"]:
        line = {"label": raw["label"], "sha": fingerprint(raw["text"])}
        if raw.get("sentences"):
            line["sentence_sha"] = [fingerprint(s) for s in raw["sentences"]]
        lines.append(line)
    out = {k: v for k, v in entry.items() if k not in ("lines", "titles")}
    out["title_sha"] = [title_fingerprint(t) for t in entry.get("titles", [])]
    out["lines"] = lines
    return out


def _by_line(text: str, segments: Iterable[Segment]) -> list[tuple[str, list[Segment]]]:
    """(line fingerprint, its segments) for each non-empty line, in order."""
    lines = [line for line in text.split("\n") if line.strip()]
    grouped: dict[int, list[Segment]] = defaultdict(list)
    for segment in segments:
        grouped[segment.para].append(segment)
    return [(fingerprint(line), grouped.get(para, [])) for para, line in enumerate(lines)]


def page_figures(text: str, segments: list[Segment], title: str | None, gold: PageGold, *,
                 in_order: bool, name: str = "") -> PageFigures:
    """Score one page. ``in_order``: ``text`` is the page's own line sequence (a text copy),
    so line i is gold line i; otherwise (extracted HTML) lines are found by fingerprint."""
    lines = _by_line(text, segments)
    figures = PageFigures()
    if in_order:
        if [sha for sha, _ in lines] != [g.sha for g in gold.lines]:
            raise InputError(f"{name}: the text does not match its gold lines")
        labelled = [(g, segs) for g, (_, segs) in zip(gold.lines, lines)]
    else:
        labels: dict[str, set[str]] = defaultdict(set)
        for g in gold.lines:
            labels[g.sha].add(g.label)
        by_sha = {g.sha: g for g in gold.lines if labels[g.sha] in ({"c"}, {"b"})}
        labelled = [(by_sha[sha], segs) for sha, segs in lines if sha in by_sha]
    kinds = {}
    for _, segs in lines:
        for s in segs:
            kinds.setdefault(fingerprint(text[s.start:s.end]), []).append(s.kind)
    seen_boilerplate = set()
    for g, segs in labelled:
        if g.label == "b":
            seen_boilerplate.add(g.sha)
            figures.boilerplate += 1
            if all(s.kind == BOILERPLATE for s in segs):
                figures.flagged += 1
            else:
                figures.missed.append(f"{name}: boilerplate kept: {_quote(text, segs)}")
        elif g.label == "c":
            line_flagged = any(s.kind == BOILERPLATE for s in segs)
            for sentence in g.sentences:
                figures.sentences += 1
                found = kinds.get(sentence)
                figures.exact += bool(found)
                # A sentence the page repeats (a share box) is kept if one copy is.
                if (found and all(k == BOILERPLATE for k in found)) or (not found
                                                                       and line_flagged):
                    figures.content_flagged += 1
                    figures.missed.append(f"{name}: content flagged: {_quote(text, segs)}")
            if not all(s in kinds for s in g.sentences):
                figures.missed.append(f"{name}: sentences not exact: {_quote(text, segs)}")
    if not in_order:  # what the reader dropped is handled; content it dropped is lost
        gold_b = [g for g in gold.lines if g.label == "b" and g.sha not in seen_boilerplate]
        figures.boilerplate += len(gold_b)
        figures.flagged += len(gold_b)
        found_lines = {g.sha for g, _ in labelled}
        for g in gold.lines:
            if g.label == "c" and g.sha not in found_lines:
                lost = [s for s in g.sentences if s not in kinds]
                figures.sentences += len(g.sentences)
                figures.exact += len(g.sentences) - len(lost)
                if lost:
                    figures.missed.append(f"{name}: {len(lost)} content sentence(s) lost")
    if gold.titles:
        figures.titles = 1
        right = title is not None and title_fingerprint(title) in gold.titles
        figures.titles_right = int(right)
        if not right:
            figures.missed.append(f"{name}: title {title!r}")
    return figures


def _quote(text: str, segments: list[Segment]) -> str:
    if not segments:
        return "(empty)"
    piece = text[segments[0].start:segments[-1].end]
    return piece if len(piece) <= 90 else piece[:87] + "..."
