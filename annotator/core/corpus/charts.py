"""The charts of the coded corpus, as data: which crosstab each one draws and how.

    for chart in CHARTS:
        table = chart_table(corpus, schema, chart, annotator="ana")

A chart's categories are its crosstab's rows (one bar each), its series the columns (the
segments of a bar, or bars side by side when ``grouped``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..schema import SOURCE, LabelSchema
from .codings import NO_SOURCE, Corpus
from .crosstab import Crosstab, crosstab


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    rows: str
    columns: str | None
    grouped: bool = False  # bars side by side (compare coders), else stacked
    every_coder: bool = False  # one series per annotator: the layer choice does not apply
    note: str = ""


CHARTS = (
    Chart("stance_by_annotator", "Stance per annotator", "stance", "annotator", grouped=True,
          every_coder=True),
    Chart("verifiability_by_annotator", "Verifiability per annotator", "verifiability",
          "annotator", grouped=True, every_coder=True),
    Chart("sources_by_annotator", "Source types per annotator", SOURCE, "annotator",
          grouped=True, every_coder=True, note="one count per source span"),
    Chart("source_types", "Who is quoted: source types", SOURCE, None,
          note="one count per source span"),
    Chart("sources_by_outlet", "Source types per outlet", "outlet", SOURCE,
          note="one count per source span"),
    Chart("stance_by_outlet", "Stance per outlet", "outlet", "stance"),
    Chart("stance_by_month", "Stance over time (document date)", "month", "stance"),
    Chart("verifiability_by_document", "Verifiability per document", "document",
          "verifiability"),
)
BY_KEY = {chart.key: chart for chart in CHARTS}
BARS = 40  # documents or outlets a chart shows at most: those with the most codings


def chart_table(corpus: Corpus, schema: LabelSchema, chart: Chart,
                annotator: str | None = None, *, limit: int = BARS) -> Crosstab:
    """The counts a chart draws; ``annotator`` is the coder shown (None: every annotator,
    each coding counted), ignored by the per-annotator charts. Of many documents or
    outlets, the ``limit`` with the most codings (``left_out`` says how many are not)."""
    if chart.every_coder:
        table = crosstab(corpus, schema, chart.rows, chart.columns, codings=corpus.codings)
    else:
        table = crosstab(corpus, schema, chart.rows, chart.columns, annotator=annotator)
    # Who is quoted: sentences without a source are the author's voice, not a source type.
    if chart.rows == SOURCE:
        table.row_keys = [k for k in table.row_keys if k != NO_SOURCE]
    if chart.columns == SOURCE:
        table.column_keys = [k for k in table.column_keys if k != NO_SOURCE]
        table.row_keys = [k for k in table.row_keys if table.row_total(k)]
    if chart.rows in ("document", "outlet") and len(table.row_keys) > limit:
        kept = set(sorted(table.row_keys, key=lambda k: -table.row_total(k))[:limit])
        table.left_out = len(table.row_keys) - len(kept)
        table.row_keys = [k for k in table.row_keys if k in kept]
    return table
