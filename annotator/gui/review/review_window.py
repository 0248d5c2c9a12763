"""Review & adjudicate: the chosen annotators' tags side by side per sentence,
disagreements first, the gold layer beside them, and agreement on top.

A window of its own beside the tagging window (reviewers compare while the article stays
open), sharing the session: every decision is one core operation under the reviewer's
name (the session's annotator), broadcast once on ``session.changed``; this window and the
tagging window each refresh what concerns them. Rows are read in the background on their
own connection; a decision re-reads only the sentences it touched.

Keys: J / K (or Down / Up in the list) move; A, B (1...9 for the n-th annotator) adopt an
annotator's tags into gold; G accepts every agreed sentence; Ctrl+Z / Ctrl+Shift+Z undo
and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.changes import Changes
from ...core.errors import AnnotatorError
from ...core.project import Project
from ...core.review import gold
from ...core.review.rows import ReviewRow, review_row, review_rows
from ...core.schema import SOURCE
from .. import keymap, plain
from ..controller import Session
from ..dialogs.errors import show_error, show_failure
from ..i18n import dimension_title, translate
from ..window_size import resize_to_fit
from .adjudication_panel import UNION, AdjudicationPanel
from .agreement_view import AgreementView, strip_text
from .cell_delegate import LayerCellDelegate
from .filter_bar import FilterBar
from .latest import LatestJob
from .review_model import ReviewModel, agreed_open

REREAD_LIMIT = 40  # beyond this many touched sentences, read every row again
STATUS_MS = 6000
SENTENCES, AGREEMENT = range(2)


def default_annotators(project: Project) -> list[str]:
    """The two annotators with the most tags, in alphabetical order."""
    counts = sorted(project.stats()["by_annotator"], key=lambda r: (-r["tags"],
                                                                    r["annotator"]))
    return sorted(r["annotator"] for r in counts[:2])


def ask(parent: QWidget, text: str) -> bool:
    return plain.ask(parent, translate("ReviewWindow", "Accept agreed tags"), text)


class ReviewWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.annotators: list[str] = []
        self.titles: dict[int, str] = {}
        self.confirm: Callable[[str], bool] = lambda text: ask(self, text)
        self.rows_reader = LatestJob(self)
        self.rows_reader.finished.connect(self._rows_read)
        self.rows_reader.failed.connect(self._read_failed)
        self.bulk = LatestJob(self)
        self.bulk.finished.connect(self._bulk_done)
        self.bulk.failed.connect(self._read_failed)
        self._keep: int | None = None  # the sentence to select again after a reload
        self.filters = FilterBar()
        self.filters.annotatorsChosen.connect(self.set_annotators)
        self.filters.filterChanged.connect(self._filter)
        self.strip = QLabel()
        self.strip.setObjectName("agreementStrip")
        self.strip.setTextFormat(Qt.TextFormat.RichText)
        self.strip.setWordWrap(True)  # a narrow window wraps the figures, never widens
        self.strip.linkActivated.connect(lambda _link: self.show_agreement())
        self.strip.setContentsMargins(10, 2, 10, 4)
        self.model = ReviewModel(self)
        self.table = self._build_table()
        self.panel = AdjudicationPanel()
        self._connect_panel()
        self.agreement = AgreementView()
        self.agreement.showDisagreements.connect(self.show_disagreements)
        self.agreement.computed.connect(self._show_strip)
        # The panel scrolls rather than squeeze its cells: a sentence's sources and the gold
        # provenance keep the lines they need on a small screen.
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setObjectName("panelScroll")
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 330])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Sentences"))
        self.tabs.addTab(self.agreement, self.tr("Agreement"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.strip)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.counts = plain.label()
        self.statusBar().addPermanentWidget(self.counts)
        self.reviewer = plain.label()
        self.statusBar().addPermanentWidget(self.reviewer)
        self.actions = self._build_actions()
        self._agreement_timer = QTimer(self, singleShot=True, interval=600)
        self._agreement_timer.timeout.connect(self.compute_agreement)
        session.changed.connect(self._on_changed)
        session.projectOpened.connect(self.reload_project)
        session.annotatorChanged.connect(self._show_reviewer)
        self._show_reviewer(session.annotator)
        resize_to_fit(self, self.sizeHint())
        self.reload_project()

    def sizeHint(self) -> QSize:
        return QSize(1360, 860)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("reviewTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setHighlightSections(False)
        table.setItemDelegate(LayerCellDelegate(table))
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.doubleClicked.connect(self._open_in_article)
        return table

    def _connect_panel(self) -> None:
        panel = self.panel
        panel.adoptRequested.connect(lambda name, dims: self.adopt(name, dims, advance=False))
        panel.goldLabelRequested.connect(self.set_gold_label)
        panel.goldSourcesRequested.connect(self.set_gold_sources)
        panel.clearRequested.connect(self.clear_gold)
        panel.reasonEdited.connect(self.set_reason)

    def _build_actions(self) -> dict[str, QAction]:
        handlers: dict[str, Callable[[], None]] = {
            "next": lambda: self.move(1), "previous": lambda: self.move(-1),
            "accept_agreed": self.accept_agreed, "undo": self.undo, "redo": self.redo,
            "agreement": self.show_agreement, "sentences": self.show_sentences,
            **{f"adopt_{n}": lambda n=n: self.adopt_nth(n) for n in range(9)},
        }
        keyed = [(b.command, b.title, b.keys, handlers[b.command])
                 for b in keymap.review_bindings()]
        actions = {}
        for command, title, keys, handler in keyed:
            action = QAction(title, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.addAction(action)
            actions[command] = action
        menu = self.menuBar().addMenu(self.tr("&Review"))
        for command in ("next", "previous", None, "adopt_0", "adopt_1", "accept_agreed", None,
                        "undo", "redo", None, "sentences", "agreement"):
            menu.addSeparator() if command is None else menu.addAction(actions[command])
        return actions

    # -- loading -------------------------------------------------------------------------
    def reload_project(self) -> None:
        project = self.session.project
        if project is None:
            return
        self.setWindowTitle(self.tr("Review \u2014 {name}").format(name=project.path.name))
        self.titles = dict(project.document_titles())
        self.filters.set_documents(self.titles)
        known = project.annotators()
        chosen = [a for a in self.annotators if a in known] or default_annotators(project)
        self.filters.set_annotators(known, chosen)
        self.set_annotators(self.filters.chosen)

    def set_annotators(self, names: list[str]) -> None:
        self.annotators = list(names)
        self.panel.set_context(self.session.project.schema, self.annotators)
        self.reload()
        self.compute_agreement()

    def reload(self) -> None:
        """Read every row again in the background (own read-only connection)."""
        project = self.session.project
        if project is None:
            return
        current = self.current_row()
        self._keep = current.segment_id if current else self._keep
        if not self.annotators:
            self.model.set_rows([], [])
            self.statusBar().showMessage(self.tr("Choose the annotators to compare."), STATUS_MS)
            return
        path, names = project.path, list(self.annotators)

        def work(_progress):
            with Project.open(path, readonly=True) as reader:
                return names, review_rows(reader, annotators=names)

        self.statusBar().showMessage(self.tr("Reading the sentences\u2026"))
        self.rows_reader.start(work, self.tr("Review"))

    @property
    def loading(self) -> bool:
        return self.rows_reader.busy or self.bulk.busy

    def _rows_read(self, result: tuple[list[str], list[ReviewRow]]) -> None:
        names, rows = result
        self.model.set_rows(names, rows)
        self.model.set_filter(self.filters.current_filter())
        self._fit_columns()
        self._show_counts()
        self.statusBar().clearMessage()
        self.select_segment(self._keep) or self.select_row(0)

    def _read_failed(self, error: BaseException) -> None:
        show_failure(self, error)

    def _fit_columns(self) -> None:
        """The sentence keeps at least a third of the width; the annotators', gold and
        status columns share the rest (230 pixels each at most, 110 at least)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        others = self.model.columnCount() - 1
        if others <= 0:
            return
        room = self.table.viewport().width()
        each = max(110, min(230, int(room * 2 / 3 / others)))
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(each, 210) if column == self.model.status_column
                                 else each)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def compute_agreement(self) -> None:
        if self.session.project is not None:
            self.agreement.compute(self.session.project.path, self.annotators, self.titles)

    # -- filters and moving ------------------------------------------------------------------
    def _filter(self, review_filter) -> None:
        current = self.current_row()
        self.model.set_filter(review_filter)
        self._show_counts()
        if not (current and self.select_segment(current.segment_id)):
            self.select_row(0)

    def show_disagreements(self, dimension: str | None, doc_id: int | None) -> None:
        """The agreement view's click-through: the sentences that disagree there."""
        self.filters.show_disagreements(dimension, doc_id)
        self.show_sentences()
        self.select_row(0)

    def show_sentences(self) -> None:
        self.tabs.setCurrentIndex(SENTENCES)
        self.table.setFocus()

    def show_agreement(self) -> None:
        self.tabs.setCurrentIndex(AGREEMENT)

    def current_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, view_row: int) -> bool:
        if not 0 <= view_row < self.model.rowCount():
            self.panel.show_row(None)
            return False
        index = self.model.index(view_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_segment(self, segment_id: int | None) -> bool:
        view_row = self.model.view_row_of(segment_id) if segment_id is not None else None
        return view_row is not None and self.select_row(view_row)

    def move(self, step: int) -> None:
        index = self.table.currentIndex()
        target = (index.row() if index.isValid() else -1) + step
        if not self.select_row(max(target, 0) if not index.isValid() else target):
            self.statusBar().showMessage(self.tr("Last sentence in this list") if step > 0
                                         else self.tr("First sentence in this list"), STATUS_MS)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_panel(row)

    def _open_in_article(self, index: QModelIndex) -> None:
        """The sentence in the tagging window, to read it in its article."""
        row = self.model.row_at(index.row())
        if row is not None:
            self.session.open_document(row.doc_id, row.segment_id)

    def _show_panel(self, row: ReviewRow | None) -> None:
        if row is None:
            self.panel.show_row(None)
            return
        title = self.titles.get(row.doc_id) or self.tr("Document {id}").format(id=row.doc_id)
        self.panel.show_row(row, self.tr("{title} \u00b7 sentence {n}").format(
            title=title, n=self.model.number(row)))

    # -- decisions (one core operation each) ---------------------------------------------
    def adopt_nth(self, position: int) -> None:
        if position >= len(self.annotators):
            self.statusBar().showMessage(self.tr("Only {n} annotators are compared here").format(
                n=len(self.annotators)), STATUS_MS)
            return
        self.adopt(self.annotators[position], None, advance=True)

    def adopt(self, name: str, dimensions: list[str] | None, *, advance: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        if not row.layers[name].coded:
            self.statusBar().showMessage(self.tr("{name} has not tagged this sentence").format(
                name=name), STATUS_MS)
            return
        what = self.tr("tags") if dimensions is None else ", ".join(
            dimension_title(d).lower() for d in dimensions)
        done = self.tr("Gold \u2190 {name}'s {what}").format(name=name, what=what)
        if self._run(gold.adopt, done, segment_id=row.segment_id,
                     from_annotator=name, dimensions=dimensions,
                     reason=self.panel.reason_text() or None) and advance:
            self.move(1)

    def set_gold_label(self, dimension: str, value: str | None) -> None:
        if (row := self.current_row()) is not None:
            self._run(gold.set_gold_label, self.tr("Gold {dimension}: {value}").format(
                          dimension=dimension, value=value or self.tr("none")),
                      segment_id=row.segment_id, dimension=dimension, value=value,
                      reason=self.panel.reason_text() or None)

    def set_gold_sources(self, name: str | None) -> None:
        row = self.current_row()
        if row is None:
            return
        if name is None:
            self._run(gold.set_gold_sources, self.tr("Gold: no source"), segment_id=row.segment_id,
                      sources=[], reason=self.panel.reason_text() or None)
        elif name == UNION:
            self._run(gold.adopt_all_sources, self.tr("Gold: all their sources"),
                      segment_id=row.segment_id, annotators=self.annotators,
                      reason=self.panel.reason_text() or None)
        else:
            self.adopt(name, [SOURCE], advance=False)

    def clear_gold(self, dimension: str) -> None:
        if (row := self.current_row()) is not None:
            self._run(gold.clear_gold, self.tr("{dimension} no longer decided").format(
                dimension=dimension),
                      segment_id=row.segment_id, dimensions=[dimension])

    def set_reason(self, reason: str) -> None:
        row = self.current_row()
        if row is not None and row.gold is not None:
            self._run(gold.set_gold_reason, self.tr("Reason saved"), segment_id=row.segment_id,
                      reason=reason)

    def accept_agreed(self) -> None:
        """Into gold, in one step: every sentence and dimension all chosen annotators agree
        on (within the document filter), after the reviewer confirms the count."""
        project, reviewer = self.session.project, self.session.annotator
        if project is None or len(self.annotators) < 2 or self.loading:
            self.statusBar().showMessage(self.tr("Compare at least two annotators first") if
                                         len(self.annotators) < 2 else
                                         self.tr("Still reading the sentences\u2026"),
                                         STATUS_MS)
            return
        if not self._has_reviewer():
            return
        doc_id = self.filters.current_filter().doc_id
        count = agreed_open(self.model.rows, doc_id)
        if not count:
            self.statusBar().showMessage(self.tr("No agreed sentence is waiting for gold"),
                                         STATUS_MS)
            return
        where = self.tr("in \u201c{title}\u201d").format(title=self.titles.get(doc_id, doc_id)) \
            if doc_id else self.tr("in every document")
        if not self.confirm(self.tr("Accept the agreed tags of {count} sentence(s) {where} "
                                    "into gold, decided by {reviewer}?\n\nOne step: Ctrl+Z "
                                    "undoes it.").format(count=count, where=where,
                                                         reviewer=reviewer)):
            return
        path, names = project.path, list(self.annotators)
        documents = [doc_id] if doc_id else None

        def work(_progress):
            with Project.open(path) as writer:
                return gold.accept_agreed(writer, annotators=names, decided_by=reviewer,
                                          documents=documents)

        self.statusBar().showMessage(self.tr("Accepting the agreed tags\u2026"))
        self.bulk.start(work, self.tr("Accept agreed"))

    def _bulk_done(self, changes: Changes) -> None:
        self.session.apply(changes)
        sentences = changes.detail.get("sentences", 0)
        self.statusBar().showMessage(self.tr("Accepted the agreed tags of {n} sentence(s) into "
                                             "gold (Ctrl+Z undoes it)").format(n=sentences),
                                     STATUS_MS)

    def undo(self) -> None:
        self._history(ops.undo, self.tr("Nothing to undo"))

    def redo(self) -> None:
        self._history(ops.redo, self.tr("Nothing to redo"))

    def _history(self, op, nothing: str) -> None:
        changes = self._run(op, "", annotator=self.session.annotator, reviewer=False)
        if changes is None:
            self.statusBar().showMessage(nothing, STATUS_MS)
            return
        done = self.tr("Undone: {step}") if op is ops.undo else self.tr("Redone: {step}")
        self.statusBar().showMessage(done.format(step=changes.step), STATUS_MS)
        touched = [s for s in changes.segments if self.model.view_row_of(s) is not None]
        if touched and (self.current_row() is None
                        or self.current_row().segment_id not in touched):
            self.select_segment(min(touched, key=self.model.view_row_of))

    def _run(self, op, done: str, *, reviewer: bool = True, **kwargs: Any) -> Changes | None:
        """Run one core operation as the reviewer, then broadcast what changed once."""
        if not self._has_reviewer():
            return None
        if reviewer:
            kwargs["decided_by"] = self.session.annotator
        try:
            changes = op(self.session.project, **kwargs)
        except AnnotatorError as exc:
            show_error(self, str(exc))
            return None
        if changes is not None:
            self.session.apply(changes)
            if done:
                self.statusBar().showMessage(self.tr("{done} (Ctrl+Z undoes it)").format(
                    done=done), STATUS_MS)
        return changes

    def _has_reviewer(self) -> bool:
        if self.session.project is None:
            return False
        if not self.session.annotator:
            show_error(self, self.tr("Choose your name first (Edit > Switch annotator in the "
                                     "main window): decisions are recorded under the "
                                     "reviewer's name."))
            return False
        return True

    # -- reacting to changes ---------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self.session.project is None or not self.annotators:
            return
        if changes.touches("documents", "segments") or len(changes.segments) > REREAD_LIMIT:
            if changes.touches("documents"):
                self.reload_project()  # a merge may bring documents and annotators
                return
            self.reload()
        elif changes.touches("tags", "notes", "gold"):
            project = self.session.project
            self.model.replace_rows(
                review_row(project, segment_id=s, annotators=self.annotators)
                for s in sorted(changes.segments) if self.model.has_segment(s))
            self._show_panel(self.current_row())
            self._show_counts()
        if changes.touches("tags", "segments", "documents"):
            self._agreement_timer.start()

    def _show_counts(self) -> None:
        counts = self.model.counts(self.filters.current_filter().doc_id)
        decided = sum(1 for r in self.model.rows if r.gold is not None)
        self.counts.setText(self.tr(
            "{listed} listed \u00b7 {disagree} disagree \u00b7 {agree} agree \u00b7 "
            "{single} one coder \u00b7 {gold} with gold").format(
                listed=self.model.rowCount(), disagree=counts["disagree"],
                agree=counts["agree"], single=counts["single"], gold=decided))

    def _show_strip(self, report) -> None:
        self.strip.setText(strip_text(report))

    def _show_reviewer(self, name: str) -> None:
        self.reviewer.setText(self.tr("Reviewer: {name}").format(name=name or self.tr("(none)")))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        super().closeEvent(event)

