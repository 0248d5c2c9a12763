"""What charts, axes and coders are called on screen, through Qt's translation (literal
``QCoreApplication.translate`` calls, so that the string extractor finds each one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.corpus.codings import GOLD
from ...core.schema import SOURCE


def chart_title(key: str) -> str:
    q = QCoreApplication
    return {
        "stance_by_annotator": q.translate("Charts", "Stance per annotator"),
        "verifiability_by_annotator": q.translate("Charts", "Verifiability per annotator"),
        "sources_by_annotator": q.translate("Charts", "Source types per annotator"),
        "source_types": q.translate("Charts", "Who is quoted: source types"),
        "sources_by_outlet": q.translate("Charts", "Source types per outlet"),
        "stance_by_outlet": q.translate("Charts", "Stance per outlet"),
        "stance_by_month": q.translate("Charts", "Stance over time (by document date)"),
        "verifiability_by_document": q.translate("Charts", "Verifiability per document"),
    }.get(key, key)


def axis_title(axis: str) -> str:
    q = QCoreApplication
    return {
        "stance": q.translate("Charts", "Stance"),
        "verifiability": q.translate("Charts", "Verifiability"),
        SOURCE: q.translate("Charts", "Source type"),
        "outlet": q.translate("Charts", "Outlet"),
        "month": q.translate("Charts", "Month"),
        "annotator": q.translate("Charts", "Annotator"),
        "document": q.translate("Charts", "Document"),
    }.get(axis, axis)


def coder_title(annotator: str | None) -> str:
    if annotator is None:
        return QCoreApplication.translate("Charts", "every annotator")
    if annotator == GOLD:
        return QCoreApplication.translate("Charts", "gold (adjudicated)")
    return annotator


def span_note() -> str:
    return QCoreApplication.translate(
        "Charts", "one count per source span; sentences without a source are left out")
