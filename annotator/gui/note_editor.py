"""The note field: saved when it loses focus, and (by default) after a short pause in
typing."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IDLE_SAVE_MS = 700


class NoteEditor(QPlainTextEdit):
    commit = Signal(int, str)  # sentence id, note text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Note for the reviewer\u2026"))
        self.setTabChangesFocus(True)
        self.segment_id: int | None = None
        self._dirty = False
        self.save_after_pause = True  # else only on leaving (Preferences)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_SAVE_MS)
        self._idle.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)

    def show_note(self, segment_id: int | None, note: str | None) -> None:
        """Show another sentence's note, saving the one being typed first."""
        if segment_id != self.segment_id:
            self.flush()
        elif self._dirty:
            return  # the analyst is typing this note: keep their text
        self.segment_id = segment_id
        if self.toPlainText() != (note or ""):
            self.blockSignals(True)
            self.setPlainText(note or "")
            self.blockSignals(False)
        self._dirty = False
        self.setEnabled(segment_id is not None)

    def flush(self) -> None:
        self._idle.stop()
        if self._dirty and self.segment_id is not None:
            self._dirty = False
            self.commit.emit(self.segment_id, self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def _edited(self) -> None:
        self._dirty = True
        if self.save_after_pause:
            self._idle.start()
