"""Colours of a chart's series: the schema's own colours where it has them (verifiability,
as in the article), fixed ones for stance, a categorical palette for everything else."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...core.corpus.codings import GOLD, NO_DATE, NO_OUTLET, NO_SOURCE
from ...core.schema import LabelSchema

STANCE = {"favour": "#2563eb", "against": "#dc2626", "neutral": "#9ca3af",
          "unclear": "#f59e0b"}
# Tableau 10: distinct on screen and in print, readable for most colour-blind readers.
CATEGORICAL = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
               "#ff9da7", "#9c755f", "#bab0ac")
PLACEHOLDER = "#d1d5db"
GOLD_COLOUR = "#b8860b"


def series_colours(axis: str | None, keys: list[str], schema: LabelSchema
                   ) -> dict[str, QColor]:
    colours: dict[str, QColor] = {}
    others = iter(range(10_000))
    for key in keys:
        if key in (NO_SOURCE, NO_OUTLET, NO_DATE):
            name = PLACEHOLDER
        elif key == GOLD and axis == "annotator":
            name = GOLD_COLOUR
        elif axis == "verifiability" and schema.color(axis, key):
            name = schema.color(axis, key)
        elif axis == "stance" and key in STANCE:
            name = STANCE[key]
        else:
            name = CATEGORICAL[next(others) % len(CATEGORICAL)]
        colours[key] = QColor(name)
    return colours
