"""Source spans compared between two annotators: overlap matching, pairwise F1, types.

A span matches a reference span when their overlap covers at least ``threshold`` of the
reference's characters (0.3 lenient, 0.8 strict: the Gender Gap Tracker's protocol). Matching
is one-to-one, largest overlaps first. The threshold is relative to the reference, so each
annotator is taken as the reference in turn and the pair's F1 is the mean of the two
directions: ``(m_ab + m_ba) / (n_a + n_b)``, which does not depend on the order of the pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass

import numpy as np

LENIENT, STRICT = 0.3, 0.8

Span = tuple[int, int, str]  # start, end, type


def match(reference: Sequence[Span], other: Sequence[Span], threshold: float
          ) -> list[tuple[int, int]]:
    """Pairs (reference index, other index), one-to-one, largest overlap first."""
    candidates = []
    for i, (r_start, r_end, _) in enumerate(reference):
        need = threshold * (r_end - r_start)
        for j, (o_start, o_end, _) in enumerate(other):
            overlap = min(r_end, o_end) - max(r_start, o_start)
            if overlap > 0 and overlap >= need:
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class SpanCounts:
    """Counts over units both annotators coded; add units with ``add``."""

    units: int = 0
    spans_a: int = 0
    spans_b: int = 0
    lenient: int = 0  # m_ab + m_ba at the lenient threshold
    strict: int = 0
    matched: int = 0  # lenient matches with a as reference (for type agreement)
    same_type: int = 0

    def add(self, a: Sequence[Span], b: Sequence[Span]) -> None:
        self.units += 1
        if not a and not b:
            return
        self.spans_a += len(a)
        self.spans_b += len(b)
        if not a or not b:
            return
        if a == b:  # the common case: identical spans, every one matches both ways
            n = len(a)
            self.lenient += 2 * n
            self.strict += 2 * n
            self.matched += n
            self.same_type += n
            return
        pairs = match(a, b, LENIENT)
        self.lenient += len(pairs) + len(match(b, a, LENIENT))
        self.strict += len(match(a, b, STRICT)) + len(match(b, a, STRICT))
        self.matched += len(pairs)
        self.same_type += sum(a[i][2] == b[j][2] for i, j in pairs)

    @classmethod
    def from_row(cls, row: Sequence[float]) -> SpanCounts:
        return cls(*(int(x) for x in row))

    def merge(self, other: SpanCounts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def f1(self, strict: bool = False) -> float | None:
        total = self.spans_a + self.spans_b
        return (self.strict if strict else self.lenient) / total if total else None

    @property
    def type_agreement(self) -> float | None:
        return self.same_type / self.matched if self.matched else None

    def to_dict(self) -> dict:
        return {"units": self.units, "spans_a": self.spans_a, "spans_b": self.spans_b,
                "f1_lenient": self.f1(), "f1_strict": self.f1(strict=True),
                "matched": self.matched, "type_agreement": self.type_agreement}


def pair_counts(both: np.ndarray, count_a: np.ndarray, count_b: np.ndarray,
                first_a: np.ndarray, first_b: np.ndarray,
                spans: tuple[np.ndarray, np.ndarray, np.ndarray], group: np.ndarray,
                groups: int) -> np.ndarray:
    """``SpanCounts`` fields per group (a groups x 7 array) for one pair of annotators over
    many units at once. Per unit: ``both`` (both annotators tagged it), each one's number of
    spans and the position of their first span in ``spans`` (starts, ends, type codes;
    sorted by unit, annotator, start). Units where each has one span are computed as arrays;
    the rarer units with several spans go through ``match``."""
    starts, ends, kinds = spans
    out = np.zeros((groups, 7))

    def add(column: int, mask: np.ndarray, weights: np.ndarray | None = None) -> None:
        out[:, column] += np.bincount(group[mask], weights=weights, minlength=groups)

    add(0, both)
    add(1, both, count_a[both])
    add(2, both, count_b[both])
    one = both & (count_a == 1) & (count_b == 1)
    ia, ib = first_a[one], first_b[one]
    overlap = np.minimum(ends[ia], ends[ib]) - np.maximum(starts[ia], starts[ib])

    def hit(index: np.ndarray, threshold: float) -> np.ndarray:
        return (overlap > 0) & (overlap >= threshold * (ends[index] - starts[index]))

    lenient_ab = hit(ia, LENIENT)
    add(3, one, lenient_ab.astype(float) + hit(ib, LENIENT))
    add(4, one, hit(ia, STRICT).astype(float) + hit(ib, STRICT))
    add(5, one, lenient_ab.astype(float))
    add(6, one, (lenient_ab & (kinds[ia] == kinds[ib])).astype(float))
    several = both & (count_a > 0) & (count_b > 0) & ~one
    for unit in np.flatnonzero(several):
        a, b = (_unit_spans(spans, first[unit], count[unit])
                for first, count in ((first_a, count_a), (first_b, count_b)))
        counts = SpanCounts()
        counts.add(a, b)
        out[group[unit], 3:] += astuple(counts)[3:]
    return out


def _unit_spans(spans: tuple[np.ndarray, np.ndarray, np.ndarray], first: int, count: int
                ) -> list[Span]:
    starts, ends, kinds = spans
    window = slice(first, first + count)
    return list(zip(starts[window].tolist(), ends[window].tolist(), kinds[window].tolist()))
