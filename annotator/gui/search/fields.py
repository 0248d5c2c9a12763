"""Keys that a search field or list keeps for itself, before the window's shortcuts.

The window binds Enter (accept suggestions) and Escape (back to the article) as shortcuts;
inside the find field Enter means "next hit" and Escape "close", and in the results list
Enter opens the sentence. Accepting the ShortcutOverride event keeps those keys here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeView

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _claims(event: QEvent, keys: tuple[Qt.Key, ...]) -> bool:
    return (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
            and event.key() in keys)


class SearchField(QLineEdit):
    """Enter / Shift+Enter: ``next`` / ``previous``; Escape: ``escaped``."""

    next = Signal()
    previous = Signal()
    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        if _claims(event, (*ENTER_KEYS, Qt.Key.Key_Escape)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.previous if shifted else self.next).emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class ResultsView(QTreeView):
    """Enter opens the selected result (``opened``), as a double click does."""

    opened = Signal()

    def event(self, event: QEvent) -> bool:
        if _claims(event, ENTER_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and self.currentIndex().isValid():
            self.opened.emit()
        else:
            super().keyPressEvent(event)
