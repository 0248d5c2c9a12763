"""Rule suggestions scored as probabilities: how often a rule of that kind was right.

A rule's score is the chance that its suggestion is right, estimated per rule kind (the
reason without its particular words: "contains a date", "speaker after") as the mean of
a Beta posterior: the precision measured on the development gold
(``calibration/rule_precision.json``, written by ``scripts/rule_precision.py``, at most
``PRIOR_STRENGTH`` examples' worth) updated with this project's own outcomes (accepted or
tagged the same: right; rejected or tagged otherwise: wrong). A kind never measured starts
from its dimension's overall precision.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PRIORS = Path(__file__).parent / "calibration" / "rule_precision.json"
PRIOR_STRENGTH = 20.0  # the dev gold weighs as much as this many of the project's decisions
SMOOTHING = 2.0  # pseudo-examples at the dimension's overall precision
# The rule ends where its particular words begin: "speaker after 'a déclaré'", "contains a
# date: lundi", "subject of 'dire'; type from the source before it".
PARTICULAR = re.compile(r"[:;(]| ['\u2018\"\u00ab\u201c]")
SOURCE = "source"
MIN_OVERLAP = 0.3  # of the tagged span's characters: the lenient match of span F1

Counts = dict[str, list[float]]  # rule kind -> [right, total]


def rule_kind(reason: str | None) -> str:
    """The rule behind a reason: "speaker after 'a déclaré'" -> "speaker after",
    "contains a date: lundi" -> "contains a date"."""
    kind = PARTICULAR.split(reason or "", maxsplit=1)[0]
    return " ".join(kind.lower().split()) or "-"


@dataclass
class RuleScores:
    """Precision counts per (dimension, language, rule kind), from the gold and the project."""

    prior: dict[str, dict[str, Counts]] = field(default_factory=dict)
    project: Counter = field(default_factory=Counter)  # (dim, lang, kind, right?) -> n

    @classmethod
    def load(cls, outcomes: Iterable[dict] = ()) -> RuleScores:
        scores = cls(prior=_priors())
        for outcome in outcomes:
            right = was_right(outcome)
            if right is not None:
                scores.project[(outcome["dimension"], outcome["lang"],
                                rule_kind(outcome["reason"]), right)] += 1
        return scores

    def score(self, dimension: str, lang: str, reason: str | None) -> float:
        kind = rule_kind(reason)
        counts = self._prior_counts(dimension, lang)
        base = _precision(counts.values()) if counts else 0.5
        right, total = counts.get(kind, (0.0, 0.0))
        if total > PRIOR_STRENGTH:
            right, total = right * PRIOR_STRENGTH / total, PRIOR_STRENGTH
        yes = self.project[(dimension, lang, kind, True)]
        no = self.project[(dimension, lang, kind, False)]
        return (right + yes + SMOOTHING * base) / (total + yes + no + SMOOTHING)

    def _prior_counts(self, dimension: str, lang: str) -> Counts:
        """This language's measured counts, else every language's pooled."""
        by_lang = self.prior.get(dimension, {})
        if lang in by_lang:
            return by_lang[lang]
        pooled: Counts = {}
        for counts in by_lang.values():
            for kind, (right, total) in counts.items():
                entry = pooled.setdefault(kind, [0.0, 0.0])
                entry[0] += right
                entry[1] += total
        return pooled


def was_right(outcome: dict) -> bool | None:
    """Right, wrong, or unknown (None) for one suggestion and what people did with it."""
    tags = outcome["tags"]
    if outcome["dimension"] == SOURCE:
        if outcome["state"] != "open":
            return outcome["state"] == "accepted"
        return any(covers(outcome["start"], outcome["end"], s, e) for _v, s, e in tags)
    if tags:  # a person's value is the verdict, whatever the state says
        return any(value == outcome["value"] for value, _s, _e in tags)
    return outcome["state"] == "accepted" if outcome["state"] != "open" else None


def covers(start: int, end: int, tag_start: int | None, tag_end: int | None) -> bool:
    if tag_start is None or tag_end is None or tag_end <= tag_start:
        return False
    shared = min(end, tag_end) - max(start, tag_start)
    return shared >= MIN_OVERLAP * (tag_end - tag_start)


def _precision(counts: Iterable[list[float]]) -> float:
    counts = list(counts)
    total = sum(t for _r, t in counts)
    return sum(r for r, _t in counts) / total if total else 0.5


@lru_cache(maxsize=1)
def _priors() -> dict[str, dict[str, Counts]]:
    if not PRIORS.exists():
        return {}
    return json.loads(PRIORS.read_text(encoding="utf-8"))["precision"]
