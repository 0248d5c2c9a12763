"""Long work off the GUI thread: loading spaCy, importing, exporting.

A ``Job`` runs a function ``work(progress) -> result`` on the global QThreadPool. The core's
``Progress`` protocol carries progress out (as a queued signal) and the cancel request in.
Jobs that write open their own ``Project`` on the same file: an SQLite connection belongs
to the thread that uses it, and WAL lets the window keep reading meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import Cancelled
from ..core.progress import Progress
from . import plain

Work = Callable[[Progress], Any]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception (AnnotatorError: a message for the user)
    cancelled = Signal()
    done = Signal()  # after any of the three above


class Job(QRunnable):
    def __init__(self, work: Work, name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps it until ``done``
        self.work = work
        self.name = name
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        progress = Progress(report=self.signals.progress.emit, is_cancelled=self._cancel.is_set)
        try:
            outcome = self.signals.finished, (self.work(progress),)
        except Cancelled:
            outcome = self.signals.cancelled, ()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            outcome = self.signals.failed, (exc,)
        # No longer running before the GUI thread can hear the outcome: a handler that starts
        # the next job (merge again, suggest again) must not find this one still busy.
        self.running = False
        signal, args = outcome
        signal.emit(*args)
        self.signals.done.emit()



# Every started job stays referenced here until it is done, even if the window that
# started it is gone: the pool thread must never run a freed Python object.
_RUNNING: set[Job] = set()


class JobRunner(QObject):
    """Starts a window's jobs; ``jobs`` lists those still running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[Job] = []

    def start(self, job: Job) -> Job:
        self.jobs.append(job)
        _RUNNING.add(job)
        job.signals.done.connect(self._forget_finished)
        QThreadPool.globalInstance().start(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _forget_finished(self) -> None:
        for job in [j for j in self.jobs if not j.running]:
            self.jobs.remove(job)
            _RUNNING.discard(job)


class JobProgressDialog(QProgressDialog):
    """A window-modal progress bar for a job, whose Cancel button cancels the job."""

    def __init__(self, job: Job, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setLabel(plain.label(label))  # messages name files: shown as they are
        self.setWindowTitle(job.name or self.tr("Working"))
        self.setMinimumDuration(300)  # short jobs finish without a flash of dialog
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.job = job
        self.canceled.connect(job.cancel)
        job.signals.progress.connect(self._show_progress)
        job.signals.done.connect(self.close)

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, message: str) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        if message:
            self.setLabelText(message)
