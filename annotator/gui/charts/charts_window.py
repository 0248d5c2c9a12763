"""View > Charts: the coded corpus at a glance. Label distribution per annotator, who is
quoted (overall and per outlet), stance per outlet and over time, verifiability per
document, and a crosstab of any two variables. Hover a bar for its numbers; click it (or
a crosstab cell) to list its sentences, the first opened in the main window at once.

The codings are read in the background on a read-only connection, again shortly after
tags change; every number comes from ``core.corpus``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.corpus.charts import CHARTS, Chart, chart_table
from ...core.corpus.codings import GOLD, Corpus, places, read_codings
from ...core.corpus.crosstab import Crosstab, write_csv
from ...core.errors import AnnotatorError
from ...core.project import Project
from ...core.schema import SOURCE
from .. import plain
from ..controller import Session
from ..dialogs.errors import show_error, show_failure
from ..review.latest import LatestJob
from ..window_size import resize_to_fit
from . import titles
from .chart_export import write_chart
from .chart_widget import ChartWidget
from .crosstab_view import CrosstabView
from .palette import series_colours

SEGMENT = Qt.ItemDataRole.UserRole  # (doc id, segment id) of a listed sentence
CHARTS_TAB, CROSSTAB_TAB = range(2)
EVERY = "\x00every"  # combo data: every annotator's codings (None does not survive Qt)


class ChartsWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.corpus: Corpus | None = None
        self.table: Crosstab | None = None
        self.reader = LatestJob(self)
        self.reader.finished.connect(self._read)
        self.reader.failed.connect(lambda error: show_failure(self, error))
        self.choice = QListWidget()
        self.choice.setObjectName("chartChoice")
        for chart in CHARTS:
            item = QListWidgetItem(titles.chart_title(chart.key))
            item.setData(Qt.ItemDataRole.UserRole, chart.key)
            self.choice.addItem(item)
        self.choice.setMinimumWidth(150)
        self.choice.setMaximumWidth(250)
        self.choice.setWordWrap(True)  # a longer title (French) takes two lines, not a scroll
        self.choice.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choice.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.choice.setSpacing(3)
        self.choice.currentRowChanged.connect(lambda _row: self.draw())
        self.coder = QComboBox()
        self.coder.setObjectName("coder")
        self.coder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.coder.currentIndexChanged.connect(lambda _i: self._coder_changed())
        self.shares = QCheckBox(self.tr("Shares (%)"))
        self.shares.setToolTip(self.tr("Each bar as 100% of its category"))
        self.shares.toggled.connect(lambda _on: self.draw())
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Coded by")))
        buttons.addWidget(self.coder)
        buttons.addWidget(self.shares)
        buttons.addStretch()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("exportChart")
        formats = QMenu(self.export_button)
        for text, suffix in ((self.tr("Picture (PNG)\u2026"), ".png"),
                             (self.tr("Vector drawing (SVG)\u2026"), ".svg"),
                             (self.tr("Numbers (CSV)\u2026"), ".csv")):
            formats.addAction(text, lambda s=suffix: self.choose_export(s))
        self.export_button.setMenu(formats)
        buttons.addWidget(self.export_button)
        self.chart = ChartWidget()
        self.chart.segmentClicked.connect(lambda row, column: self.show_cell(row, column))
        sheet = QWidget()  # the page the chart sits on, white below it too
        sheet.setObjectName("chartSheet")
        sheet.setStyleSheet("QWidget#chartSheet { background: white; }")
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.chart)
        sheet_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        charts_page = QWidget()
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(scroll, 1)
        page = QHBoxLayout(charts_page)
        page.addWidget(self.choice)
        page.addLayout(right, 1)
        self.crosstab = CrosstabView()
        self.crosstab.cellChosen.connect(
            lambda row, column: self.show_cell(row, column, crosstab=True))
        self.crosstab.exportRequested.connect(lambda: self.choose_export(".csv"))
        self.tabs = QTabWidget()
        self.tabs.addTab(charts_page, self.tr("Charts"))
        self.tabs.addTab(self.crosstab, self.tr("Crosstab"))
        self.tabs.currentChanged.connect(lambda _i: self.shares.setEnabled(
            self.tabs.currentIndex() == CHARTS_TAB and not self.current_chart().grouped))
        self.cell_title = plain.label(self.tr("Click a bar or a cell to list its sentences."))
        self.cell_title.setProperty("role", "hint")
        self.sentences = QListWidget()
        self.sentences.setObjectName("cellSentences")
        self.sentences.setWordWrap(True)
        self.sentences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sentences.itemClicked.connect(self._open_item)
        self.sentences.itemActivated.connect(self._open_item)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(8, 4, 8, 4)
        below_layout.addWidget(self.cell_title)
        below_layout.addWidget(self.sentences)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        # After tags change: read again shortly, or when shown again if closed meanwhile
        # (a large project takes seconds to count; a hidden window need not).
        self._stale = False
        self._timer = QTimer(self, singleShot=True, interval=800)
        self._timer.timeout.connect(self._changed)
        session.changed.connect(lambda _changes: self._timer.start())
        session.projectOpened.connect(self.reload)
        self.choice.setCurrentRow(0)
        resize_to_fit(self, self.sizeHint())
        self.reload()

    def sizeHint(self) -> QSize:
        return QSize(1240, 820)

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        project = self.session.project
        if project is None:
            return
        self.setWindowTitle(self.tr("Charts \u2014 %1").replace("%1", project.path.name))
        path = project.path

        def work(_progress):
            with Project.open(path, readonly=True) as reader:
                return read_codings(reader)

        self.statusBar().showMessage(self.tr("Counting the codings\u2026"))
        self.reader.start(work, "Charts")

    def _changed(self) -> None:
        self._stale = not self.isVisible()
        if not self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def _read(self, corpus: Corpus) -> None:
        self.corpus = corpus
        chosen = self.coder_choice()
        self.coder.blockSignals(True)
        self.coder.clear()
        self.coder.addItem(titles.coder_title(None), EVERY)
        for name in corpus.annotators:
            self.coder.addItem(plain.button_text(name), name)
        if corpus.has_gold:
            self.coder.addItem(titles.coder_title(GOLD), GOLD)
        self.coder.setCurrentIndex(max(self.coder.findData(chosen or EVERY), 0))
        self.coder.blockSignals(False)
        self.statusBar().showMessage(self.tr("%1 codings of %2 sentences").replace(
            "%1", str(len(corpus.codings))).replace(
            "%2", str(len({c.segment_id for c in corpus.codings}))))
        self._coder_changed()

    def coder_choice(self) -> str | None:
        data = self.coder.currentData()
        return None if data in (None, EVERY) else data

    def _coder_changed(self) -> None:
        self.draw()
        if self.corpus is not None:
            self.crosstab.set_corpus(self.corpus, self.session.project.schema,
                                     self.coder_choice())

    # -- drawing -------------------------------------------------------------------------
    def current_chart(self) -> Chart:
        return CHARTS[max(self.choice.currentRow(), 0)]

    def show_chart(self, key: str) -> None:
        self.tabs.setCurrentIndex(CHARTS_TAB)
        self.choice.setCurrentRow(next(i for i, c in enumerate(CHARTS) if c.key == key))

    def draw(self) -> None:
        chart = self.current_chart()
        self.shares.setEnabled(not chart.grouped)
        self.coder.setEnabled(not chart.every_coder)
        if self.corpus is None or self.session.project is None:
            return
        schema = self.session.project.schema
        self.table = table = chart_table(self.corpus, schema, chart, self.coder_choice())
        colours = series_colours(chart.columns, table.column_keys, schema)
        coder = (self.tr("every coder side by side") if chart.every_coder
                 else self.tr("coded by %1").replace("%1", titles.coder_title(
                     self.coder_choice())))
        notes = [coder, titles.span_note() if SOURCE in (chart.rows, chart.columns) else "",
                 self.tr("%1 in all").replace("%1", str(table.total))]
        if table.left_out:
            notes.append(self.tr("the %1 with the most codings; %2 more in the crosstab")
                         .replace("%1", str(len(table.row_keys)))
                         .replace("%2", str(table.left_out)))
        self.chart.set_chart(table, colours, title=titles.chart_title(chart.key),
                             note=" \u00b7 ".join(n for n in notes if n),
                             grouped=chart.grouped, shares=self.shares.isChecked())

    # -- click-through -------------------------------------------------------------------
    def show_cell(self, row: str, column: str | None, *, crosstab: bool = False) -> None:
        """List the sentences behind a bar segment or a crosstab cell; open the first."""
        table = self.crosstab.table_data if crosstab else self.table
        project = self.session.project
        if table is None or project is None:
            return
        ids = table.sentences(row, column)
        counted = table.count(row, column) if column is not None else table.row_total(row)
        what = table.row_label(row) + (f" \u2014 {table.column_label(column)}"
                                       if column is not None and table.columns else "")
        found = places(project, ids)
        self.cell_title.setText(self.tr(
            "%1: %2 counted in %3 sentence(s); click one to open it in its article").replace(
            "%1", what).replace("%2", str(counted)).replace("%3", str(len(ids))))
        self.sentences.clear()
        for place in found:
            title = self.corpus.titles.get(place.doc_id, "") if self.corpus else ""
            item = QListWidgetItem(f"{title} \u00b7 {place.index + 1}: {place.text}")
            item.setData(SEGMENT, (place.doc_id, place.segment_id))
            item.setToolTip(plain.tooltip(place.text))
            self.sentences.addItem(item)
        if found:
            self.sentences.setCurrentRow(0)
            self._open_item(self.sentences.item(0))

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        doc_id, segment_id = item.data(SEGMENT)
        self.session.open_document(doc_id, segment_id)

    # -- export --------------------------------------------------------------------------
    def choose_export(self, suffix: str) -> None:
        crosstab = self.tabs.currentIndex() == CROSSTAB_TAB
        if crosstab and suffix != ".csv":
            suffix = ".csv"
        name = ("crosstab_" + "_by_".join(self.crosstab.axes()) if crosstab
                else self.current_chart().key) + suffix
        folder = self.session.project.path.parent if self.session.project else Path.home()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                                    str(folder / name))
        if path:
            self.export(Path(path), crosstab=crosstab)

    def export(self, path: Path, *, crosstab: bool = False) -> bool:
        """Write the chart shown (PNG, SVG or its numbers as CSV), or the crosstab (CSV)."""
        project = self.session.project
        protect = [project.path] if project else []
        try:
            if crosstab or path.suffix.lower() == ".csv":
                table = self.crosstab.table_data if crosstab else self.table
                if table is None:
                    return False
                write_csv(table, path, protect=protect)
            else:
                write_chart(self.chart, path, protect=protect)
        except AnnotatorError as exc:
            show_error(self, str(exc), self.tr("Export"))
            return False
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 6000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)


def open_charts(window: QMainWindow) -> ChartsWindow | None:
    """View > Charts: one window per main window, made on first use, then raised."""
    if window.session.project is None:
        return None
    charts = getattr(window, "charts_window", None)
    if charts is None:
        charts = window.charts_window = ChartsWindow(window.session, window)
    charts.show()
    charts.raise_()
    charts.activateWindow()
    return charts
