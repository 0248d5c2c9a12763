"""Background reads where only the latest request matters (review rows, agreement).

Choosing other annotators while rows are still being read starts a new read; the older
one's answer, arriving later, must not overwrite the newer one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..workers import Job, JobRunner, Work


class LatestJob(QObject):
    finished = Signal(object)  # the latest job's result
    failed = Signal(object)  # the latest job's exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = JobRunner(self)
        self.current: Job | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(self, work: Work, name: str) -> Job:
        job = Job(work, name)
        self.current = job
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        return self.jobs.start(job)

    def _is_latest(self) -> bool:
        return self.current is not None and self.sender() is self.current.signals

    def _finished(self, result: Any) -> None:
        if self._is_latest():
            self.current = None
            self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        if self._is_latest():
            self.current = None
            self.failed.emit(error)
