"""spaCy's suggestions and the analyst-trained classifiers, computed off the GUI thread.

- A document that opens without suggestions (or with suggestions from older rules) is
  suggested in the background; what changed comes back through ``Session.apply``, the one
  broadcast, so the panel and the article refresh as after any other change.
- After tag changes, once a dimension needs (re)training (``needs_training``), its classifier
  is trained in the background, then the open document is suggested again with it.

Jobs run one at a time: a spaCy pipeline is not meant to be shared by two threads, and a
job's spaCy pass must never compete with another for the CPU the analyst is typing on. Each
job opens its own ``Project`` on the file (an SQLite connection stays in its thread); WAL
lets the window read and write meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import suggestions
from ...core.changes import NO_CHANGES, Changes
from ...core.errors import InputError
from ...core.progress import Progress
from ...core.project import Project
from ...core.schema import SOURCE
from ..i18n import translate
from ..workers import Job, JobRunner
from .session import Session

TRAIN_DELAY_MS = 3000  # after the last tag change: train once a burst of keys is over


@dataclass(frozen=True)
class Request:
    kind: str  # suggest | train
    path: Path
    doc_ids: tuple[int, ...] | None = None  # None: every document
    force: bool = False  # suggest even when the document's suggestions are current
    dimensions: tuple[str, ...] = ()
    asked: bool = False  # the analyst asked (menu): report every outcome

    @property
    def label(self) -> str:
        if self.kind == "train":
            return translate("SuggestionJobs", "Training classifiers")
        if self.doc_ids is None or len(self.doc_ids) > 1:
            return translate("SuggestionJobs", "Suggesting for all documents")
        return translate("SuggestionJobs", "Suggesting for this document")


@dataclass
class Training:
    trained: dict[str, dict] = field(default_factory=dict)  # dimension -> model summary
    skipped: dict[str, str] = field(default_factory=dict)  # dimension -> why not
    changes: Changes = NO_CHANGES
    redone: int | None = None  # the document suggested again with the new classifiers


class SuggestionJobs(QObject):
    started = Signal(str)  # what is running
    progress = Signal(int, int, str)
    idle = Signal()  # nothing running or waiting
    message = Signal(str)  # a status line
    accuracy = Signal(str)  # the classifiers' cross-validated accuracy, for the status bar

    def __init__(self, session: Session, runner: JobRunner, *, automatic: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.automatic = automatic
        self.running: tuple[Request, Job] | None = None
        self.waiting: list[Request] = []
        self.accuracies: dict[str, float] = {}
        self._checked: set[int] = set()  # documents already checked in this project
        self._retrained = False  # a classifier changed: documents opened next are redone
        self._train_timer = QTimer(self)
        self._train_timer.setSingleShot(True)
        self._train_timer.setInterval(TRAIN_DELAY_MS)
        self._train_timer.timeout.connect(self.train_if_needed)
        session.projectOpened.connect(self._project_opened)
        session.documentOpened.connect(self._document_opened)
        session.changed.connect(self._changed)

    # -- what the menus run -------------------------------------------------------------
    def suggest_document(self) -> None:
        if self.session.doc_id is not None:
            self._request("suggest", doc_ids=(self.session.doc_id,), force=True, asked=True)

    def suggest_all(self) -> None:
        self._request("suggest", doc_ids=None, force=True, asked=True)

    def train_now(self) -> None:
        project = self.session.project
        if project is not None:
            self._request("train", dimensions=_learned(project), asked=True)

    def cancel(self) -> None:
        self.waiting.clear()
        if self.running is not None:
            self.running[1].cancel()

    @property
    def busy(self) -> bool:
        return self.running is not None or bool(self.waiting)

    # -- automatic work -----------------------------------------------------------------
    def _project_opened(self) -> None:
        self.cancel()
        self._checked.clear()
        self._retrained = False
        self.accuracies.clear()
        self.accuracy.emit("")

    def _document_opened(self, doc_id: int) -> None:
        if self.automatic and doc_id not in self._checked:
            self._checked.add(doc_id)
            self._request("suggest", doc_ids=(doc_id,), force=self._retrained)

    def _changed(self, changes: Changes) -> None:
        if self.automatic and changes.touches("tags"):
            self._train_timer.start()  # restarted by every tag: one check after a burst

    def set_train_delay(self, msecs: int) -> None:
        self._train_timer.setInterval(msecs)

    def train_if_needed(self) -> None:
        """Queue training for the dimensions that have enough new tags since the last one."""
        project = self.session.project
        if project is None or project.readonly or self._training_queued():
            return
        due = tuple(d for d in _learned(project) if suggestions.needs_training(project, d))
        if due:
            self._request("train", dimensions=due)

    def _training_queued(self) -> bool:
        requests = self.waiting + ([self.running[0]] if self.running else [])
        return any(r.kind == "train" for r in requests)

    # -- the queue ----------------------------------------------------------------------
    def _request(self, kind: str, **details) -> None:
        project = self.session.project
        if project is None:
            return
        if project.readonly:
            if details.get("asked"):
                self.message.emit(self.tr("{name} is open read-only").format(
                    name=project.path.name))
            return
        request = Request(kind, project.path, **details)
        if kind == "suggest" and not request.asked:
            # Only the last document opened is worth suggesting for automatically.
            self.waiting = [r for r in self.waiting if r.kind != "suggest" or r.asked]
        self.waiting.append(request)
        self._start_next()

    def _start_next(self) -> None:
        if self.running is not None:
            return
        if not self.waiting:
            self.idle.emit()
            return
        request = self.waiting.pop(0)
        work = (_train_work(request, self.session.doc_id) if request.kind == "train"
                else _suggest_work(request))
        job = Job(work, request.label)
        self.running = (request, job)
        job.signals.progress.connect(self.progress)
        # Bound methods, not lambdas: queued into the GUI thread, in the order emitted.
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.done.connect(self._job_done)
        self.started.emit(request.label)
        self.runner.start(job)

    def _job_done(self) -> None:
        self.running = None
        self._start_next()

    # -- outcomes (on the GUI thread) ---------------------------------------------------------
    def _finished(self, result: Changes | Training) -> None:
        request = self.running[0]
        if isinstance(result, Training):
            self._trained(request, result)
            return
        self._apply(request, result)
        if request.asked or not result.empty:
            count = len(result.documents)
            if count > 1:
                self.message.emit(self.tr("Suggestions ready for {n} documents").format(
                    n=count))
            else:
                self.message.emit(self.tr("Suggestions ready for this document") if count
                                  else self.tr("Suggestions are up to date"))

    def _trained(self, request: Request, outcome: Training) -> None:
        for dimension, model in outcome.trained.items():
            self.accuracies[dimension] = model["cv_accuracy"]
        if outcome.trained:  # other documents are redone when opened
            self._retrained = True
            self._checked = {outcome.redone} - {None}
            if self.session.doc_id is not None:
                self._document_opened(self.session.doc_id)  # moved on during training
        self.accuracy.emit(self.accuracy_text())
        self._apply(request, outcome.changes)
        done = [self.tr("{name} {accuracy} on {n} sentences").format(
                    name=_figure_name(d), accuracy=f"{m['cv_accuracy']:.0%}", n=m["examples"])
                + _rules_kept(m)
                for d, m in outcome.trained.items()]
        if done:
            self.message.emit(self.tr("Classifiers trained (cross-validated accuracy): ")
                              + ", ".join(done))
        elif request.asked:
            self.message.emit(self.tr("No classifier trained: ") + "; ".join(
                f"{d}: {why}" for d, why in outcome.skipped.items()))

    def accuracy_text(self) -> str:
        if not self.accuracies:
            return ""
        return self.tr("Classifiers: ") + " \u00b7 ".join(
            f"{_figure_name(d)} {a:.0%}" for d, a in sorted(self.accuracies.items()))

    def _failed(self, error: BaseException) -> None:
        # Never a dialog: suggestions are a help; the analyst's work carries on without them.
        self.message.emit(self.tr("Suggestions unavailable: {error}").format(error=error))

    def _cancelled(self) -> None:
        request = self.running[0]
        self.message.emit(self.tr("{job}: cancelled").format(job=request.label))
        if request.kind == "suggest" and request.doc_ids:
            # Documents finished before the cancel are committed: show them.
            self._apply(request, Changes(step="suggest", tables=frozenset({"suggestions"}),
                                         documents=frozenset(request.doc_ids)))

    def _apply(self, request: Request, changes: Changes) -> None:
        project = self.session.project
        if project is not None and project.path == request.path:  # still the same project
            self.session.apply(changes)


def _learned(project: Project) -> tuple[str, ...]:
    """What the project learns from its tags: the sentence classifiers and the sources."""
    return (*project.schema.dimensions, SOURCE)


def _figure_name(dimension: str) -> str:
    # The source finder's figure is its F1 on held-back tags, not an accuracy.
    return translate("SuggestionJobs", "source F1") if dimension == SOURCE else dimension


def _rules_kept(model: dict) -> str:
    """Said when the classifier was not clearly ahead of the rules, which stay."""
    cv = model.get("cv") or {}
    if cv.get("mode") != "rules":
        return ""
    return translate("SuggestionJobs", " (not ahead of the rules' {accuracy}: the rules "
                     "stay)").format(accuracy=f"{cv['rules_accuracy']:.0%}")


# -- the work (in a pool thread, on its own connection) -----------------------------------
def _suggest_work(request: Request) -> Callable[[Progress], Changes]:
    def work(progress: Progress) -> Changes:
        with Project.open(request.path) as project:
            ids = request.doc_ids or tuple(d.id for d in project.documents())
            todo = [d for d in ids if request.force
                    or suggestions.needs_suggesting(project, d)]
            if not todo:
                return NO_CHANGES
            return suggestions.suggest_documents(project, todo, progress=progress)
    return work


def _train_work(request: Request, doc_id: int | None) -> Callable[[Progress], Training]:
    def work(progress: Progress) -> Training:
        outcome = Training()
        steps = len(request.dimensions) + 1
        with Project.open(request.path) as project:
            for number, dimension in enumerate(request.dimensions):
                progress(number, steps, translate("SuggestionJobs", "training the {dimension} "
                                                  "classifier").format(dimension=dimension))
                try:
                    outcome.trained[dimension] = suggestions.train(project, dimension=dimension)
                except InputError as exc:  # too few tags, or a single value
                    outcome.skipped[dimension] = str(exc)
            if outcome.trained and doc_id is not None:
                progress(steps - 1, steps, translate("SuggestionJobs",
                                                     "suggesting with the new classifiers"))
                outcome.changes = suggestions.suggest_documents(project, [doc_id])
                outcome.redone = doc_id
        return outcome
    return work


