"""Crosstabs of codings: counts of two axes (dimension values, source types, outlet, month,
annotator, document), row percentages, the sentences behind each cell, and CSV.

    corpus = read_codings(project)
    table = crosstab(corpus, project.schema, "outlet", "stance", annotator="ana")
    table.count("Le Monde", "against"), table.row_percent("Le Monde", "against")
    write_csv(table, Path("stance_by_outlet.csv"))

The unit is one sentence as one coder coded it; a sentence with two sources counts once
under each source type, so a row's total is its number of (sentence, category) pairs.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import atomic_write
from ..datasets.export import _inert as inert
from ..errors import InputError
from ..schema import SOURCE, LabelSchema
from .codings import (
    AXES,
    GOLD,
    NO_DATE,
    NO_OUTLET,
    NO_SOURCE,
    Coding,
    Corpus,
    category_getter,
    distinct,
)

AXIS_TITLES = {"stance": "Stance", "verifiability": "Verifiability", SOURCE: "Source type",
               "outlet": "Outlet", "month": "Month", "annotator": "Annotator",
               "document": "Document"}
ALL = "all"  # the one column of a crosstab without a second axis


@dataclass
class Crosstab:
    rows: str  # axis names
    columns: str | None
    row_keys: list[str]
    column_keys: list[str]
    row_labels: dict[str, str]  # category key -> what is shown (a document's title...)
    column_labels: dict[str, str]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    codings: Sequence[Coding] = field(default=(), repr=False)  # what was counted
    left_out: int = 0  # categories a chart leaves out (the crosstab lists them all)

    def count(self, row: str, column: str) -> int:
        return self.counts.get((row, column), 0)

    def sentences(self, row: str, column: str | None = None) -> list[int]:
        """The distinct sentences behind a cell (a whole row when ``column`` is None),
        found again among the codings: only a click asks, so counting stays lean."""
        rows = category_getter(self.rows)
        columns = category_getter(self.columns) if self.columns else lambda _c: (ALL,)
        wanted = set(self.column_keys) if column is None else {column}
        return sorted({c.segment_id for c in self.codings
                       if row in rows(c) and wanted.intersection(columns(c))})

    def row_total(self, row: str) -> int:
        return sum(self.count(row, column) for column in self.column_keys)

    def column_total(self, column: str) -> int:
        return sum(self.count(row, column) for row in self.row_keys)

    @property
    def total(self) -> int:
        return sum(self.row_total(row) for row in self.row_keys)

    def row_percent(self, row: str, column: str) -> float | None:
        total = self.row_total(row)
        return 100.0 * self.count(row, column) / total if total else None

    def row_label(self, key: str) -> str:
        return self.row_labels.get(key, key)

    def column_label(self, key: str) -> str:
        return self.column_labels.get(key, key)

    def table(self) -> list[list[str]]:
        """Header and rows as written to CSV: counts, the row total, then row percents."""
        names = [self.column_label(c) for c in self.column_keys]
        header = [AXIS_TITLES[self.rows] + (f" \u00d7 {AXIS_TITLES[self.columns]}"
                                            if self.columns else ""),
                  *names, "Total", *(f"{name} (row %)" for name in names)]
        lines = [header]
        for row in self.row_keys:
            percents = [self.row_percent(row, c) for c in self.column_keys]
            lines.append([self.row_label(row), *(str(self.count(row, c)) for c in self.column_keys),
                          str(self.row_total(row)),
                          *("" if p is None else f"{p:.1f}" for p in percents)])
        lines.append(["Total", *(str(self.column_total(c)) for c in self.column_keys),
                      str(self.total), *("" for _ in self.column_keys)])
        return lines


def crosstab(corpus: Corpus, schema: LabelSchema, rows: str, columns: str | None = None, *,
             annotator: str | None = None, codings: Sequence[Coding] | None = None
             ) -> Crosstab:
    """Counts of ``rows`` by ``columns`` over one coder's codings (``annotator``; ``GOLD``
    for the adjudicated layer; None: every annotator's), or over ``codings`` when given."""
    for axis in (rows, columns):
        if axis is not None and axis not in AXES:
            raise InputError(f"unknown axis '{axis}'; expected one of: " + ", ".join(AXES))
    if columns == rows:
        raise InputError(f"a crosstab needs two different axes, not {rows} twice")
    chosen = list(codings) if codings is not None else corpus.layer(annotator)
    counted: Counter[tuple[str, str]] = Counter()
    row_of = category_getter(rows)
    column_of = category_getter(columns) if columns else lambda _c: (ALL,)
    for coding in chosen:
        for row in row_of(coding):
            for column in column_of(coding):
                counted[(row, column)] += 1
    return Crosstab(rows, columns, order(rows, distinct(chosen, rows), schema),
                    order(columns, distinct(chosen, columns), schema) if columns else [ALL],
                    axis_labels(rows, corpus, schema), axis_labels(columns, corpus, schema),
                    dict(counted), chosen)


def axis_labels(axis: str | None, corpus: Corpus, schema: LabelSchema) -> dict[str, str]:
    """What a category is called: the codebook's label of a value or source type, a
    document's title."""
    if axis is None:
        return {ALL: "All"}
    if axis in ("stance", "verifiability", SOURCE):
        return {e["value"]: e.get("label") or e["value"] for e in schema.any_entries(axis)}
    if axis == "document":
        return {str(doc_id): title or f"Document {doc_id}"
                for doc_id, title in corpus.titles.items()}
    return {}


def order(axis: str, present: Iterable[str], schema: LabelSchema) -> list[str]:
    """Categories in the order an analyst reads them: the schema's values (all of them, so
    an unused value shows as zero), source types in the schema's order, months in time,
    names alphabetically; placeholders ("no outlet") and the gold layer last."""
    present = set(present)
    last = [p for p in (NO_SOURCE, NO_OUTLET, NO_DATE, GOLD) if p in present]
    rest = present - set(last)
    if axis in ("stance", "verifiability"):  # a retired value only where tags still carry it
        known = [e["value"] for e in schema.entries(axis)
                 if not e.get("retired") or e["value"] in rest]
        return known + sorted(rest - set(known)) + last
    if axis == SOURCE:
        known = [t for t in schema.source_types if t in rest]
        return known + sorted(rest - set(known)) + last
    if axis == "document":
        return sorted(rest, key=int) + last
    return sorted(rest, key=lambda name: (name.casefold(), name)) + last


def write_csv(table: Crosstab, path: Path, *, protect: Iterable[Path] = ()) -> int:
    """Write the crosstab as CSV (atomically); returns the number of category rows."""
    with atomic_write(Path(path), protect=protect) as handle:
        writer = csv.writer(handle)
        for line in table.table():
            writer.writerow([inert(cell) for cell in line])  # titles, outlets: untrusted
    return len(table.row_keys)
