"""File > Merge a colleague's project: pick their file, merge in the background, read the
report (what was added, the conflicts where ours was kept, documents segmented differently).

The merge runs on its own connection to this project (the other file is opened read-only
by the core and never written); its ``Changes`` are broadcast through the session once it is
committed, so every view refreshes. Cancelling rolls the whole merge back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.project import Project
from ...core.review.merge import MergeReport, merge_project
from ...core.schema import SOURCE
from .. import plain
from ..controller import Session
from ..dialogs.common import explanation, path_row
from ..dialogs.errors import show_error, show_failure
from ..i18n import translate
from ..workers import Job, JobRunner

PROJECT_FILTER = QT_TRANSLATE_NOOP("MergeDialog",
                                  "Annotator projects (*.sqlite *.db);;All files (*)")
TABLES = (QT_TRANSLATE_NOOP("MergeDialog", "documents"),
          QT_TRANSLATE_NOOP("MergeDialog", "segments"),
          QT_TRANSLATE_NOOP("MergeDialog", "tags"), QT_TRANSLATE_NOOP("MergeDialog", "notes"))
DETAIL_ROWS = 500  # conflicts listed; the count above is always complete


class MergeDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a colleague's project"))
        self.session = session
        self.jobs = JobRunner(self)
        self.job: Job | None = None
        self.report: MergeReport | None = None
        intro = explanation(self.tr(
            "Brings in the other file's tags, notes and flags under their annotators' names. "
            "Articles are matched by their text, sentences by their position; where both "
            "files hold a different tag for the same annotator, yours is kept and the "
            "conflict is listed. The other file is only read, never changed. One step: "
            "Edit > Undo takes the whole merge back."))
        self.path = QLineEdit(str(path) if path else "")
        self.path.setPlaceholderText(self.tr("The colleague's project file (.sqlite)"))
        self.path.textChanged.connect(self._check)
        row = path_row(self.path, self.tr("Choose\u2026"), self._browse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setTextFormat(Qt.TextFormat.RichText)  # what goes in is escaped
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QTableWidget(0, 5)
        self.details.setObjectName("mergeDetails")
        self.details.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Sentence"), self.tr("Annotator"), self.tr("What"),
            self.tr("Ours (kept) / theirs")])
        self.details.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details.hide()
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 260)
        self._check()

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def _browse(self) -> None:
        project = self.session.project
        folder = str(project.path.parent) if project else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The colleague's project"), folder,
                                                self.tr(PROJECT_FILTER))
        if chosen:
            self.path.setText(chosen)

    def _check(self) -> None:
        self.merge_button.setEnabled(bool(self.path.text().strip()) and not self.running)

    # -- merging ---------------------------------------------------------------------------
    def start(self) -> Job | None:
        project = self.session.project
        other = Path(self.path.text().strip()).expanduser()
        if project is None or self.running:
            return None
        problem = self._problem(project, other)
        if problem:
            show_error(self, problem, title=self.tr("Cannot merge"))
            return None
        target = project.path

        def work(progress):
            with Project.open(target) as writer:
                return merge_project(writer, other, progress=progress)

        self.job = Job(work, self.tr("Merging"))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.outcome.setText(plain.escape(self.tr("Merging {name}\u2026").format(name=other.name)))
        self.merge_button.setEnabled(False)
        self.path.setEnabled(False)
        return self.jobs.start(self.job)

    def _problem(self, project: Project, other: Path) -> str:
        """What can be said before starting: the core repeats these checks anyway."""
        if not other.exists():
            return self.tr("{path} does not exist.").format(path=other)
        if other.resolve() == Path(project.path).resolve():
            return self.tr("This is the project already open: choose your colleague's copy, "
                           "not your own file.")
        return ""

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(f"{message} %v / %m" if message else "%v / %m")

    def _cancel_or_close(self) -> None:
        if self.running:
            self.job.cancel()
            self.outcome.setText(self.tr("Cancelling\u2026"))
        else:
            self.reject()

    def _cancelled(self) -> None:
        self._done()
        self.outcome.setText(self.tr("Cancelled: nothing was merged."))

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.outcome.setText(self.tr("Nothing was merged."))
        show_failure(self, error, title=self.tr("Cannot merge"))

    def _finished(self, report: MergeReport) -> None:
        self._done()
        self.report = report
        if report.changes is not None:
            self.session.apply(report.changes)
        self.show_report(report)

    def _done(self) -> None:
        self.progress.hide()
        self.path.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self._check()

    # -- the report ------------------------------------------------------------------------
    def show_report(self, report: MergeReport) -> None:
        added = [f"{report.added.get(t, 0)} {self.tr(t)}" for t in TABLES
                 if report.added.get(t)]
        added_text = ", ".join(added) or self.tr("nothing (already merged?)")
        lines = [self.tr("<b>Added:</b> {added}.").format(added=added_text),
                 self.tr("<b>Conflicts:</b> {n} (your tags were kept).").format(
                     n=len(report.conflicts))]
        if report.mismatches:
            lines.append(self.tr(
                "<b>Segmented differently:</b> {documents} document(s); {tags} of their tags "
                "on sentences that do not exist here were left out.").format(
                    documents=len(report.mismatches),
                    tags=sum(m.skipped_tags for m in report.mismatches)))
        if report.unknown_values:
            lines.append(self.tr(
                "<b>Unknown labels:</b> {n} tag(s) with values this project's schema does not "
                "have were left out.").format(n=report.unknown_values))
        self.outcome.setText("<br>".join(lines))
        rows = self._detail_rows(report)
        self.details.setRowCount(len(rows))
        for line, values in enumerate(rows):
            for column, value in enumerate(values):
                self.details.setItem(line, column, QTableWidgetItem(value))
        self.details.resizeColumnsToContents()
        self.details.setVisible(bool(rows))
        if rows:
            self.resize(self.width(), 520)

    def _detail_rows(self, report: MergeReport) -> list[list[str]]:
        titles = dict(self.session.project.document_titles()) if self.session.project else {}
        rows = [[m.title, self.tr("{n} unmatched").format(n=m.unmatched), "",
                 self.tr("segmentation"),
                 self.tr("{n} tag(s) left out").format(n=m.skipped_tags)]
                for m in report.mismatches]
        for conflict in report.conflicts[:DETAIL_ROWS]:
            what = self.tr("sources") if conflict.dimension == SOURCE else conflict.dimension
            project = self.session.project
            sentence = " ".join(project.sentence_text(
                project.sentence(conflict.segment_id)).split())
            rows.append([titles.get(conflict.doc_id, str(conflict.doc_id)),
                         sentence[:60] + ("\u2026" if len(sentence) > 60 else ""),
                         conflict.annotator, what,
                         f"{_shown(conflict.ours)}  /  {_shown(conflict.theirs)}"])
        return rows

    def reject(self) -> None:
        if self.running:  # closing the dialog must not leave a merge running unseen
            self.job.cancel()
        super().reject()


def _shown(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or translate("MergeDialog", "none")
    return str(value)
