"""What charts, axes and coders are called on screen, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.corpus.codings import GOLD
from ...core.schema import SOURCE


def _t(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def chart_title(key: str) -> str:
    return {
        "stance_by_annotator": _t("Stance per annotator"),
        "verifiability_by_annotator": _t("Verifiability per annotator"),
        "sources_by_annotator": _t("Source types per annotator"),
        "source_types": _t("Who is quoted: source types"),
        "sources_by_outlet": _t("Source types per outlet"),
        "stance_by_outlet": _t("Stance per outlet"),
        "stance_by_month": _t("Stance over time (by document date)"),
        "verifiability_by_document": _t("Verifiability per document"),
    }.get(key, key)


def axis_title(axis: str) -> str:
    return {"stance": _t("Stance"), "verifiability": _t("Verifiability"),
            SOURCE: _t("Source type"), "outlet": _t("Outlet"), "month": _t("Month"),
            "annotator": _t("Annotator"), "document": _t("Document")}.get(axis, axis)


def coder_title(annotator: str | None) -> str:
    if annotator is None:
        return _t("every annotator")
    return _t("gold (adjudicated)") if annotator == GOLD else annotator


def span_note() -> str:
    return _t("one count per source span; sentences without a source are left out")
