"""The status bar's view of background suggesting and training: what runs, how far, Cancel.

Unlike import and export (a window-modal progress dialog), this work never blocks the
analyst: it shows as a small bar with a cancel button, and the classifiers' accuracy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from . import plain
from .controller.suggestion_jobs import SuggestionJobs


class BackgroundStatus(QWidget):
    def __init__(self, jobs: SuggestionJobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.label = plain.label()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAutoRaise(True)
        self.cancel.setToolTip(self.tr("Stop suggesting or training; what is done is kept"))
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(jobs.cancel)
        self.accuracy = plain.label()
        self.accuracy.setObjectName("classifierAccuracy")
        self.accuracy.setToolTip(self.tr("Cross-validated accuracy of the classifiers trained "
                                         "on this project's tags (Tag > Train classifiers "
                                         "now)"))
        for widget in (self.label, self.bar, self.cancel, self.accuracy):
            row.addWidget(widget)
        jobs.started.connect(self._started)
        jobs.progress.connect(self._progress)
        jobs.idle.connect(self._idle)
        jobs.accuracy.connect(self._show_accuracy)
        self._idle()
        self._show_accuracy("")

    def _started(self, label: str) -> None:
        self.label.setText(f"{label}\u2026")
        self.bar.setRange(0, 0)  # busy until the first report
        for widget in (self.label, self.bar, self.cancel):
            widget.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 1:  # one document: a busy bar says more than 0 then 100 %
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _idle(self) -> None:
        for widget in (self.label, self.bar, self.cancel):
            widget.hide()

    def _show_accuracy(self, text: str) -> None:
        self.accuracy.setText(text)
        self.accuracy.setVisible(bool(text))
