"""Agreement among the chosen annotators: the figures per dimension read against
Krippendorff's thresholds, a chart per dimension (overall, then document by document) and
the per-document table. A click on a figure, a bar or a table cell asks the review list for
the sentences that disagree there.

The figures are computed in a background job on its own read-only connection, so a large
project never freezes the window; a newer request supersedes an older one still running.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.project import Project
from ...core.review.agreement import AgreementReport, DimensionAgreement, SourceAgreement, agreement
from ...core.review.rows import DIMENSIONS
from ...core.schema import SOURCE
from .. import plain, theme
from ..i18n import dimension_title, translate
from ..workers import Job
from . import bands
from .bar_chart import Bar, BarChart
from .latest import LatestJob

CHART_DOCUMENTS = 12  # documents per chart; the table lists them all
DOC_ROLE = Qt.ItemDataRole.UserRole


def headline(report: AgreementReport, dimension: str) -> float | None:
    """The figure a dimension is judged by: alpha, or span F1 (lenient) for sources."""
    if dimension == SOURCE:
        return report.sources.total().f1()
    return report.dimensions[dimension].alpha if dimension in report.dimensions else None


def document_figure(dims: dict[str, DimensionAgreement], sources: SourceAgreement,
                    dimension: str) -> float | None:
    if dimension == SOURCE:
        return sources.total().f1()
    return dims[dimension].alpha if dimension in dims else None


class FigureItem(QTableWidgetItem):
    """A figure that sorts by its value (undefined last), not by its text."""

    value: float | None = None

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.value, getattr(other, "value", None)
        if mine is None or theirs is None:
            return mine is not None and theirs is None
        return mine < theirs


@dataclass(frozen=True)
class Figure:
    """One figure under a card's headline, judged against the thresholds on its own (a
    reliable span F1 says nothing of how well the source types agree)."""

    name: str
    value: float | None
    percent: bool = False
    judged: bool = True  # False: shown as it is (observed agreement is not chance-corrected)

    def html(self) -> str:
        text = bands.figure(self.value, percent=self.percent)
        if not self.judged:
            return f"{plain.escape(self.name)} {text}"
        colour = bands.strong(self.value).name()
        return (f"{plain.escape(self.name)} <b style='color:{colour}'>{text}</b> "
                f"<span style='color:{colour}'>({bands.band_name(self.value)})</span>")


class FigureCard(QFrame):
    """One dimension's figures; its button asks for the disagreeing sentences."""

    def __init__(self, dimension: str, on_show) -> None:
        super().__init__()
        self.dimension = dimension
        self.figures: list[Figure] = []
        self.setObjectName(f"card_{dimension}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The card itself stays neutral: each figure carries its own colour.
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {theme.BOX.name()}; "
                           f"border: 1px solid {theme.BOX_BORDER.name()}; border-radius: 6px; }}")
        self.title = QLabel(dimension_title(dimension))
        self.title.setProperty("role", "heading")
        self.value = plain.label("\u2014")
        self.value.setObjectName("headline")
        self.meaning = plain.label()
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)  # every piece in it is escaped
        self.details.setWordWrap(True)
        self.button = QPushButton(self.tr("Review the disagreements"))
        self.button.clicked.connect(lambda: on_show(dimension, None))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for widget in (self.title, self.value, self.meaning, self.details):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_figures(self, value: float | None, name: str, figures: list[Figure],
                     extra: str = "") -> None:
        colour = bands.strong(value)
        self.figures = list(figures)
        self.value.setText(f"{name} {bands.figure(value)}")
        self.value.setStyleSheet(f"font-size: 22px; font-weight: 700; color: {colour.name()};")
        self.meaning.setText(f"{name}: {bands.band_name(value)}" if value is not None
                             else self.tr("undefined (no variation)"))
        self.meaning.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        parts = [figure.html() for figure in figures] + ([plain.escape(extra)] if extra else [])
        self.details.setText("<span style='color:#4b5563'>" + " \u00b7 ".join(parts)
                             + "</span>")


class AgreementView(QWidget):
    showDisagreements = Signal(object, object)  # dimension (None: any), doc id (None: all)
    computed = Signal(object)  # the AgreementReport (or None when it cannot be computed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = LatestJob(self)
        self.reader.finished.connect(self.show_report)
        self.reader.failed.connect(self._failed)
        self.report: AgreementReport | None = None
        self.titles: dict[int, str] = {}
        self.summary = QLabel(self.tr("Choose at least two annotators."))
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # every name in it is escaped
        self.summary.setWordWrap(True)
        self.legend = QLabel(self.tr(
            "Krippendorff's alpha: \u2265 .800 reliable; \u2265 .667 tentative conclusions "
            "only; below, unreliable. Sources: span F1 (overlap \u2265 30% lenient, 80% "
            "strict) read against the same lines."))
        self.legend.setProperty("role", "hint")
        self.legend.setWordWrap(True)
        self.cards = {d: FigureCard(d, self._ask) for d in DIMENSIONS}
        self.charts = {d: BarChart(dimension_title(d) + (
            self.tr(" \u2014 span F1") if d == SOURCE else self.tr(" \u2014 alpha")))
            for d in DIMENSIONS}
        for dimension, chart in self.charts.items():
            chart.setObjectName(f"chart_{dimension}")
            chart.barClicked.connect(lambda key, d=dimension: self._ask(d, key))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("perDocument")
        self.table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Sentences"), dimension_title("stance") + " \u03b1",
            dimension_title("verifiability") + " \u03b1", dimension_title(SOURCE) + " F1"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.setMinimumHeight(140)
        grid = QGridLayout()
        for column, dimension in enumerate(DIMENSIONS):
            grid.addWidget(self.cards[dimension], 0, column)
            grid.addWidget(self.charts[dimension], 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.summary)
        inner.addWidget(self.legend)
        inner.addLayout(grid)
        inner.addWidget(QLabel(self.tr("Per document (click a figure to review its "
                                       "disagreements)")))
        inner.addWidget(self.table, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- computing -----------------------------------------------------------------------
    def compute(self, project_path: Path, annotators: list[str],
                titles: dict[int, str]) -> Job | None:
        """Start computing in the background; ``computed`` tells when it is shown."""
        self.titles = titles
        if len(annotators) < 2:
            self.reader.current = None  # an answer still on its way is no longer wanted
            self.show_report(None)
            self.summary.setText(self.tr("Agreement needs at least two annotators."))
            return None
        names = list(annotators)
        self.summary.setText(plain.escape(self.tr("Computing agreement among {names}\u2026"
                                                  ).format(names=", ".join(names))))

        def work(_progress):
            with Project.open(project_path, readonly=True) as project:
                return agreement(project, annotators=names)

        return self.reader.start(work, self.tr("Agreement"))

    @property
    def busy(self) -> bool:
        return self.reader.busy

    def _failed(self, error: BaseException) -> None:
        self.show_report(None)
        self.summary.setText(plain.escape(self.tr("Agreement cannot be computed: {error}"
                                                  ).format(error=error)))

    # -- showing -------------------------------------------------------------------------
    def show_report(self, report: AgreementReport | None) -> None:
        self.report = report
        self.computed.emit(report)
        if report is None:
            for card in self.cards.values():
                card.show_figures(None, "", [])
            for chart in self.charts.values():
                chart.set_bars([])
            self.table.setRowCount(0)
            return
        among = self.tr("Agreement among {names}").format(
            names=plain.escape(", ".join(report.annotators)))
        self.summary.setText(f"<b>{among}</b> \u2014 " + self.tr(
            "{units} sentences tagged by at least two of them, {documents} document(s)."
            ).format(units=report.units, documents=len(report.documents)))
        for dimension in DIMENSIONS:
            self._show_dimension(report, dimension)
        self._fill_table(report)

    def _show_dimension(self, report: AgreementReport, dimension: str) -> None:
        value = headline(report, dimension)
        if dimension == SOURCE:
            total = report.sources.total()
            figures = [Figure(self.tr("strict F1"), total.f1(strict=True)),
                       Figure(self.tr("type agreement"), total.type_agreement, percent=True)]
            extra = self.tr("%1 spans over %2 pairs of codings").replace(
                "%1", str(total.spans_a + total.spans_b)).replace("%2", str(total.units))
            self.cards[dimension].show_figures(value, "F1", figures, extra)
        else:
            found = report.dimensions[dimension]
            kappas = ([Figure("\u03ba", found.kappa)] if len(report.annotators) == 2
                      else [Figure(f"\u03ba {p.a}/{p.b}", p.kappa) for p in found.pairs])
            figures = [*kappas, Figure(self.tr("observed"), found.observed, percent=True,
                                       judged=False)]
            self.cards[dimension].show_figures(value, "\u03b1", figures, self.tr(
                "%1 sentences").replace("%1", str(found.units)))
        per_document = sorted(
            ((document_figure(d.dimensions, d.sources, dimension), d.doc_id)
             for d in report.documents),
            key=lambda pair: (pair[0] is None, pair[0] if pair[0] is not None else 0))
        shown = per_document[:CHART_DOCUMENTS]
        bars = [Bar(self.tr("All documents"), value, None, emphasis=True)]
        bars += [Bar(self.titles.get(doc_id) or self.tr("Document {id}").format(id=doc_id),
                     figure, doc_id) for figure, doc_id in shown]
        note = (self.tr("{shown} lowest of {all} documents").format(
            shown=len(shown), all=len(per_document)) if len(per_document) > len(shown) else "")
        self.charts[dimension].set_bars(bars, note)

    def _fill_table(self, report: AgreementReport) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(report.documents))
        for row, document in enumerate(report.documents):
            title = QTableWidgetItem(self.titles.get(document.doc_id) or self.tr(
                "Document {id}").format(id=document.doc_id))
            title.setData(DOC_ROLE, document.doc_id)
            self.table.setItem(row, 0, title)
            units = QTableWidgetItem()
            units.setData(Qt.ItemDataRole.DisplayRole, document.units)
            self.table.setItem(row, 1, units)
            for column, dimension in enumerate(DIMENSIONS, 2):
                value = document_figure(document.dimensions, document.sources, dimension)
                item = FigureItem(bands.figure(value))
                item.value = value
                item.setData(DOC_ROLE, document.doc_id)
                item.setBackground(bands.light(value))
                item.setForeground(bands.strong(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("{band}; click to review the disagreements").format(
                    band=bands.band_name(value)))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(2, Qt.SortOrder.AscendingOrder)  # the weakest documents first

    # -- click-through -------------------------------------------------------------------
    def _cell_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if item is None:
            return
        dimension = DIMENSIONS[column - 2] if column >= 2 else None
        self._ask(dimension, item.data(DOC_ROLE))

    def _ask(self, dimension: str | None, doc_id: int | None) -> None:
        self.showDisagreements.emit(dimension, doc_id)


def strip_text(report: AgreementReport | None) -> str:
    """One line of figures for the top of the review list, linking to the details."""
    if report is None:
        return ("<span style='color:#6b7280'>" + translate(
            "AgreementView", "Agreement needs two annotators who tagged the same sentences (a "
            "colleague's file comes in with File &gt; Merge a colleague's project).")
            + "</span>")
    parts = []
    for dimension in DIMENSIONS:
        value = headline(report, dimension)
        name = "F1" if dimension == SOURCE else "\u03b1"
        part = Figure(f"{dimension_title(dimension)} {name}", value).html()
        if dimension == SOURCE:  # the types are judged apart from the spans
            part += ", " + Figure(translate("AgreementView", "types"),
                                  report.sources.total().type_agreement,
                                  percent=True).html()
        parts.append(part)
    over = translate("AgreementView", "Agreement over {n} sentences:").format(n=report.units)
    details = translate("AgreementView", "details\u2026")
    return (f"{over} " + " &nbsp;\u00b7&nbsp; ".join(parts)
            + f" &nbsp; <a href='agreement'>{details}</a>")
