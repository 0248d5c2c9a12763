"""Figures for one-label-per-sentence suggestions: accuracy, and P / R / F1 per label.

Accuracy alone flatters a majority label (most news sentences are verifiable), so the
macro-F1 (the mean of the per-label F1, each label counting once) is reported beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class LabelScores:
    """(gold, predicted) pairs counted once; figures computed on demand."""

    labels: tuple[str, ...]
    pairs: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]], labels: Iterable[str]) -> LabelScores:
        return cls(tuple(labels), list(pairs))

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in self.pairs) / len(self.pairs) if self.pairs else 0.0

    def per_label(self) -> dict[str, dict[str, float]]:
        """``{label: {"precision", "recall", "f1", "support"}}`` for every label."""
        right = Counter(g for g, p in self.pairs if g == p)
        gold = Counter(g for g, _ in self.pairs)
        predicted = Counter(p for _, p in self.pairs)
        figures = {}
        for label in self.labels:
            precision = right[label] / predicted[label] if predicted[label] else 0.0
            recall = right[label] / gold[label] if gold[label] else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            figures[label] = {"precision": precision, "recall": recall, "f1": f1,
                              "support": gold[label]}
        return figures

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the labels present in the gold (an absent label is not a zero)."""
        present = [f["f1"] for f in self.per_label().values() if f["support"]]
        return sum(present) / len(present) if present else 0.0

    def confusion(self) -> Counter[str]:
        return Counter(f"{g}->{p}" for g, p in self.pairs if g != p)


@dataclass(frozen=True)
class Calibration:
    """How far the scores are from the observed accuracy, on held-back examples.

    ``bins``: (low, high, count, mean score, accuracy) per score interval with examples;
    ``ece``: the expected calibration error, the count-weighted mean |accuracy - score|.
    """

    ece: float
    bins: tuple[tuple[float, float, int, float, float], ...]


def calibration(scored: Iterable[tuple[float, bool]], bins: int = 10) -> Calibration:
    """Reliability of ``(score, right)`` pairs over ``bins`` equal score intervals."""
    pairs = list(scored)
    table = []
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(s, r) for s, r in pairs if low <= s < high or (b == bins - 1 and s == 1.0)]
        if not inside:
            continue
        mean = sum(s for s, _ in inside) / len(inside)
        accuracy = sum(r for _, r in inside) / len(inside)
        error += len(inside) * abs(accuracy - mean)
        table.append((low, high, len(inside), mean, accuracy))
    return Calibration(ece=error / len(pairs) if pairs else 0.0, bins=tuple(table))
