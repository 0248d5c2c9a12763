"""Intercoder agreement as content analysts report it (see DOMAIN.md).

Units are content sentences (not boilerplate) that at least two of the chosen annotators
tagged. Per single-value dimension (stance, verifiability): Krippendorff's alpha (nominal,
any number of coders, missing values allowed) from the coincidence matrix, observed
agreement, Cohen's kappa per pair. An annotator who tagged a sentence but left a dimension
empty is a missing value for that dimension. Sources: pairwise span F1 with overlap matching
over the sentences both annotators tagged (a tagged sentence without sources counts as "no
source"), and type agreement on the matched spans. Overall and per document.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from ..errors import InputError
from ..guards import paused_gc
from ..project import Project
from ..store import agreement_rows
from .agreement_spans import SpanCounts, pair_counts

RELIABLE, TENTATIVE = 0.800, 0.667  # Krippendorff (2004)


def interpret(alpha: float | None) -> str:
    if alpha is None:
        return "undefined (no variation)"
    if alpha >= RELIABLE:
        return "reliable (>= .800)"
    if alpha >= TENTATIVE:
        return "tentative (>= .667)"
    return "unreliable (< .667)"


# -- the measures ----------------------------------------------------------------------------
def coincidences(counts: np.ndarray) -> np.ndarray:
    """Coincidence matrix from a units x categories matrix of value counts; units with
    fewer than two values are not pairable and drop out."""
    counts = np.asarray(counts, dtype=float)
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts, m = counts[pairable], m[pairable]
    weights = 1.0 / (m - 1)
    return (counts * weights[:, None]).T @ counts - np.diag((counts * weights[:, None]).sum(0))


def alpha_from_coincidences(o: np.ndarray) -> float | None:
    """Nominal alpha = 1 - (n - 1) * (n - sum o_cc) / (n^2 - sum n_c^2)."""
    n_c = o.sum(axis=1)
    n = n_c.sum()
    expected = n * n - (n_c * n_c).sum()
    if n < 2 or expected <= 0:
        return None
    return float(1.0 - (n - 1) * (n - np.trace(o)) / expected)


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Nominal alpha of reliability data: one row per coder, one column per unit,
    ``None`` (or NaN) for a missing value."""
    values = sorted({v for row in data for v in row if _present(v)}, key=str)
    index = {v: i for i, v in enumerate(values)}
    counts = np.zeros((len(data[0]) if data else 0, len(values)))
    for row in data:
        for unit, value in enumerate(row):
            if _present(value):
                counts[unit, index[value]] += 1
    return alpha_from_coincidences(coincidences(counts))


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two equally long value lists (units both coded)."""
    if len(a) != len(b) or not a:
        return None
    values = sorted(set(a) | set(b), key=str)
    index = {v: i for i, v in enumerate(values)}
    return _kappa(np.array([index[v] for v in a]), np.array([index[v] for v in b]),
                  len(values))


def _kappa(a: np.ndarray, b: np.ndarray, categories: int) -> float | None:
    if not len(a):
        return None
    observed = float(np.mean(a == b))
    expected = float(np.dot(np.bincount(a, minlength=categories),
                            np.bincount(b, minlength=categories))) / len(a) ** 2
    return None if expected >= 1 else (observed - expected) / (1 - expected)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value))


# -- results ---------------------------------------------------------------------------------
@dataclass
class PairFigures:
    a: str
    b: str
    units: int
    observed: float | None
    kappa: float | None


@dataclass
class DimensionAgreement:
    dimension: str
    units: int  # units with at least two values
    values: int  # pairable values
    alpha: float | None
    observed: float | None
    kappa: float | None  # two annotators only
    pairs: list[PairFigures] = field(default_factory=list)

    @property
    def interpretation(self) -> str:
        return interpret(self.alpha)

    def to_dict(self) -> dict[str, Any]:
        return {"units": self.units, "values": self.values, "alpha": self.alpha,
                "interpretation": self.interpretation, "observed": self.observed,
                "kappa": self.kappa, "pairs": [vars(p) for p in self.pairs]}


@dataclass
class SourceAgreement:
    pairs: dict[tuple[str, str], SpanCounts] = field(default_factory=dict)

    def total(self) -> SpanCounts:
        pooled = SpanCounts()
        for counts in self.pairs.values():
            pooled.merge(counts)
        return pooled

    def to_dict(self) -> dict[str, Any]:
        return {**self.total().to_dict(),
                "pairs": [{"a": a, "b": b, **c.to_dict()} for (a, b), c in self.pairs.items()]}


@dataclass
class DocumentAgreement:
    doc_id: int
    units: int
    dimensions: dict[str, DimensionAgreement]
    sources: SourceAgreement

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "units": self.units,
                "dimensions": {k: v.to_dict() for k, v in self.dimensions.items()},
                "sources": self.sources.to_dict()}


@dataclass
class AgreementReport:
    annotators: list[str]
    units: int
    dimensions: dict[str, DimensionAgreement]
    sources: SourceAgreement
    documents: list[DocumentAgreement]

    def to_dict(self) -> dict[str, Any]:
        return {"annotators": self.annotators, "units": self.units,
                "thresholds": {"reliable": RELIABLE, "tentative": TENTATIVE},
                "dimensions": {k: v.to_dict() for k, v in self.dimensions.items()},
                "sources": self.sources.to_dict(),
                "documents": [d.to_dict() for d in self.documents]}


# -- over a project --------------------------------------------------------------------------
def agreement(project: Project, *, annotators: Sequence[str] | None = None,
              documents: Sequence[int] | None = None, per_document: bool = True
              ) -> AgreementReport:
    """Agreement among ``annotators`` (default: everyone who tagged) on the project."""
    names = sorted(set(annotators)) if annotators else project.annotators()
    if len(names) < 2:
        raise InputError("agreement needs at least two annotators; found: "
                         + (", ".join(names) or "none"))
    with paused_gc():
        units = _Units.read(project, names, documents)
    group = units.group if per_document else np.zeros(len(units.segments), dtype=np.int64)
    groups = len(units.doc_ids) if per_document else 1
    dims = {}
    for dimension in project.schema.dimensions:
        stats = _label_stats(units.codes(dimension), group, groups, len(names))
        dims[dimension] = stats
    spans = _span_stats(units, group, groups)
    overall = AgreementReport(
        names, len(units.segments),
        {d: _dimension(d, *(x.sum(0) for x in st), names) for d, st in dims.items()},
        SourceAgreement({p: SpanCounts.from_row(c.sum(0)) for p, c in spans.items()}), [])
    if per_document:
        sizes = np.bincount(group, minlength=groups)
        overall.documents = [
            DocumentAgreement(int(doc_id), int(sizes[g]),
                              {d: _dimension(d, *(x[g] for x in st), names)
                               for d, st in dims.items()},
                              SourceAgreement({p: SpanCounts.from_row(c[g])
                                               for p, c in spans.items()}))
            for g, doc_id in enumerate(units.doc_ids)]
    return overall


def _table(rows: list[tuple], width: int) -> np.ndarray:
    """Rows of integers as a (rows x width) array."""
    return np.array(rows, dtype=np.int64).reshape(len(rows), width)


@dataclass
class _Units:
    """Content sentences tagged by at least two annotators, sorted by document, with the
    rows that concern them as arrays."""

    names: list[str]
    segments: np.ndarray  # segment id per unit
    coded: np.ndarray  # units x annotators: tagged the sentence
    group: np.ndarray  # document index per unit
    doc_ids: np.ndarray
    labels: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]  # unit, annotator, value
    spans: tuple[np.ndarray, ...]  # unit, annotator, start, end, type (sorted)

    @classmethod
    def read(cls, project: Project, names: list[str], documents) -> _Units:
        db, schema = project.db, project.schema
        dimensions = schema.dimensions
        labels = {d: _table(agreement_rows.labels(db, d, names, schema.values(d), documents), 3)
                  for d in dimensions}
        spans = _table(agreement_rows.spans(db, names, schema.source_types, documents), 5)
        content, docs = _table(agreement_rows.content_segments(db, documents), 2).T
        parts = [*(labels[d] for d in dimensions), spans]
        seg = np.concatenate([p[:, 0] for p in parts])
        who = np.concatenate([p[:, 1] for p in parts])
        # Segments (content only) tagged by at least two, in document order.
        index = np.searchsorted(content, seg)  # content ids come sorted from the store
        keep = (index < len(content)) & (content[np.minimum(index, len(content) - 1)] == seg) \
            if len(content) else np.zeros(len(seg), dtype=bool)
        coded_all = np.zeros((len(content), len(names)), dtype=bool)
        coded_all[index[keep], who[keep]] = True
        is_unit = coded_all.sum(axis=1) >= 2
        order = np.lexsort((content[is_unit], docs[is_unit]))
        doc_ids, group = np.unique(docs[is_unit][order], return_inverse=True)
        units = cls(names, content[is_unit][order], coded_all[is_unit][order], group, doc_ids,
                    {}, ())
        offset = 0
        for dimension in dimensions:
            rows = len(labels[dimension])
            unit, known = units.lookup(seg[offset:offset + rows])
            _, compact = np.unique(labels[dimension][:, 2][known], return_inverse=True)
            units.labels[dimension] = (unit[known], who[offset:offset + rows][known],
                                       compact.ravel())
            offset += rows
        unit, known = units.lookup(seg[offset:])
        rows = [a[known] for a in (unit, who[offset:], *spans[:, 2:].T)]
        order = np.lexsort((rows[2], rows[1], rows[0]))
        units.spans = tuple(a[order] for a in rows)
        return units

    def lookup(self, segment_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unit index of each segment id, and whether it is a unit at all."""
        by_id = np.argsort(self.segments)
        ordered = self.segments[by_id]
        at = np.searchsorted(ordered, segment_ids)
        clipped = np.minimum(at, max(len(ordered) - 1, 0))
        known = (at < len(ordered)) & (ordered[clipped] == segment_ids) if len(ordered) \
            else np.zeros(len(segment_ids), dtype=bool)
        return (by_id[clipped] if len(ordered) else clipped), known

    def codes(self, dimension: str) -> np.ndarray:
        """Units x annotators category codes, -1 where missing."""
        codes = np.full(self.coded.shape, -1, dtype=np.int64)
        if dimension in self.labels:
            unit, who, values = self.labels[dimension]
            codes[unit, who] = values
        return codes


def _label_stats(codes: np.ndarray, group: np.ndarray, groups: int, annotators: int
                 ) -> tuple[np.ndarray, ...]:
    """Additive per-group quantities: coincidences (g x c x c), pairable units, and per
    pair of annotators: units both coded, agreements, and each one's value counts."""
    units = codes.shape[0]
    categories = max(int(codes.max(initial=-1)) + 1, 1)
    rows, cols = np.nonzero(codes >= 0)
    counts = np.bincount(rows * categories + codes[rows, cols],
                         minlength=units * categories).reshape(units, categories)
    m = counts.sum(axis=1)
    weights = np.where(m >= 2, 1.0 / np.maximum(m - 1, 1), 0.0)
    weighted = counts * weights[:, None]
    per_unit = weighted[:, :, None] * counts[:, None, :]
    diagonal = np.arange(categories)
    per_unit[:, diagonal, diagonal] -= weighted
    o = np.zeros((groups, categories, categories))
    np.add.at(o, group, per_unit)
    pairable = np.bincount(group, weights=m >= 2, minlength=groups)
    pair_stats = []
    for i, j in combinations(range(annotators), 2):
        both = (codes[:, i] >= 0) & (codes[:, j] >= 0)
        g = group[both]
        a, b = codes[both, i], codes[both, j]
        pair_stats.append(np.column_stack([
            np.bincount(g, minlength=groups), np.bincount(g, weights=a == b, minlength=groups),
            np.bincount(g * categories + a, minlength=groups * categories
                        ).reshape(groups, categories),
            np.bincount(g * categories + b, minlength=groups * categories
                        ).reshape(groups, categories)]))
    return o, pairable, np.stack(pair_stats, axis=1)


def _dimension(dimension: str, o: np.ndarray, pairable: float, pairs: np.ndarray,
               names: list[str]) -> DimensionAgreement:
    n = o.sum()
    figures = []
    categories = (pairs.shape[1] - 2) // 2
    for (a, b), row in zip(combinations(names, 2), pairs):
        units, agree = row[0], row[1]
        pa, pb = row[2:2 + categories], row[2 + categories:]
        expected = float(pa @ pb) / units ** 2 if units else 1.0
        observed = agree / units if units else None
        kappa = (observed - expected) / (1 - expected) if units and expected < 1 else None
        figures.append(PairFigures(a, b, int(units), observed, kappa))
    return DimensionAgreement(
        dimension, units=int(pairable), values=int(round(n)),
        alpha=alpha_from_coincidences(o), observed=float(np.trace(o) / n) if n else None,
        kappa=figures[0].kappa if len(names) == 2 else None, pairs=figures)


def _span_stats(units: _Units, group: np.ndarray, groups: int
                ) -> dict[tuple[str, str], np.ndarray]:
    unit, who, start, end, kind = units.spans
    count_of = len(units.names)
    key = unit * count_of + who
    counts = np.bincount(key, minlength=len(units.segments) * count_of
                         ).reshape(-1, count_of)
    first = np.zeros(len(units.segments) * count_of, dtype=np.int64)
    keys, positions = np.unique(key, return_index=True)
    first[keys] = positions
    first = first.reshape(-1, count_of)
    found = {}
    for i, j in combinations(range(count_of), 2):
        both = units.coded[:, i] & units.coded[:, j]
        found[(units.names[i], units.names[j])] = pair_counts(
            both, counts[:, i], counts[:, j], first[:, i], first[:, j], (start, end, kind),
            group, groups)
    return found
