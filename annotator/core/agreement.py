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

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from .agreement_spans import SpanCounts
from .errors import InputError
from .project import Project
from .store import agreement_rows

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
    db = project.db
    coders: dict[int, set[str]] = defaultdict(set)
    doc_of: dict[int, int] = {}
    for seg_id, doc_id, who in agreement_rows.coded(db, names, documents):
        coders[seg_id].add(who)
        doc_of[seg_id] = doc_id
    units = sorted((s for s, who in coders.items() if len(who) >= 2),
                   key=lambda s: (doc_of[s], s))
    row_of = {seg_id: row for row, seg_id in enumerate(units)}
    unit_docs = np.array([doc_of[s] for s in units], dtype=np.int64)
    dims, per_doc_dims = {}, defaultdict(dict)
    for dimension in project.schema.dimensions:
        codes, categories = _codes(agreement_rows.labels(db, dimension, names, documents),
                                   row_of, names)
        dims[dimension] = _dimension(dimension, codes, categories, names)
        if per_document:
            for doc_id, rows in _doc_slices(unit_docs):
                per_doc_dims[doc_id][dimension] = _dimension(dimension, codes[rows],
                                                             categories, names)
    sources, per_doc_sources = _sources(agreement_rows.spans(db, names, documents), units,
                                        coders, doc_of, names)
    docs = [DocumentAgreement(doc_id, int(rows.stop - rows.start), per_doc_dims[doc_id],
                              per_doc_sources.get(doc_id, SourceAgreement()))
            for doc_id, rows in _doc_slices(unit_docs)] if per_document else []
    return AgreementReport(names, len(units), dims, sources, docs)


def _codes(rows: list[tuple[int, str, str]], row_of: dict[int, int], names: list[str]
           ) -> tuple[np.ndarray, int]:
    """Units x annotators matrix of category codes, -1 where the value is missing."""
    column = {name: i for i, name in enumerate(names)}
    values = sorted({value for _, _, value in rows})
    code = {v: i for i, v in enumerate(values)}
    codes = np.full((len(row_of), len(names)), -1, dtype=np.int64)
    kept = [(row_of[s], column[w], code[v]) for s, w, v in rows if s in row_of]
    if kept:
        r, c, v = np.array(kept).T
        codes[r, c] = v
    return codes, max(len(values), 1)


def _doc_slices(unit_docs: np.ndarray):
    if not len(unit_docs):
        return
    starts = np.flatnonzero(np.r_[True, unit_docs[1:] != unit_docs[:-1]])
    ends = np.r_[starts[1:], len(unit_docs)]
    for start, end in zip(starts, ends):
        yield int(unit_docs[start]), slice(int(start), int(end))


def _dimension(dimension: str, codes: np.ndarray, categories: int, names: list[str]
               ) -> DimensionAgreement:
    present = codes >= 0
    counts = np.zeros((codes.shape[0], categories))
    rows, cols = np.nonzero(present)
    np.add.at(counts, (rows, codes[rows, cols]), 1)
    o = coincidences(counts)
    n = o.sum()
    pairs = []
    for i, j in combinations(range(len(names)), 2):
        both = present[:, i] & present[:, j]
        a, b = codes[both, i], codes[both, j]
        pairs.append(PairFigures(names[i], names[j], int(both.sum()),
                                 float(np.mean(a == b)) if len(a) else None,
                                 _kappa(a, b, categories)))
    return DimensionAgreement(
        dimension, units=int((present.sum(axis=1) >= 2).sum()), values=int(n),
        alpha=alpha_from_coincidences(o), observed=float(np.trace(o) / n) if n else None,
        kappa=pairs[0].kappa if len(names) == 2 else None, pairs=pairs)


def _sources(rows, units: list[int], coders: dict[int, set[str]], doc_of: dict[int, int],
             names: list[str]) -> tuple[SourceAgreement, dict[int, SourceAgreement]]:
    by_unit: dict[tuple[int, str], list] = defaultdict(list)
    for seg_id, who, start, end, kind in rows:
        by_unit[(seg_id, who)].append((start, end, kind))
    overall = SourceAgreement({pair: SpanCounts() for pair in combinations(names, 2)})
    per_doc: dict[int, SourceAgreement] = {}
    for seg_id in units:
        who = coders[seg_id]
        doc = per_doc.setdefault(doc_of[seg_id], SourceAgreement())
        for a, b in overall.pairs:
            if a in who and b in who:
                counts = doc.pairs.setdefault((a, b), SpanCounts())
                counts.add(by_unit.get((seg_id, a), []), by_unit.get((seg_id, b), []))
    for doc in per_doc.values():
        for pair, counts in doc.pairs.items():
            overall.pairs[pair].merge(counts)
    return overall, per_doc
