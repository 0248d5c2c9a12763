"""Suggestions for the current sentence, shown as ghost tags with their reason."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from .controller.suggestions import GhostTag

EMPTY = "No suggestions for this sentence."


class SuggestionsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Suggestions", parent)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(3)
        self.rows: list[QLabel] = []
        self.shown: list[GhostTag] | None = None
        self.hint = QLabel("Enter accepts \u00b7 Backspace rejects")
        self.hint.setProperty("role", "hint")
        self.show_suggestions([])

    def show_suggestions(self, ghosts: list[GhostTag]) -> None:
        if ghosts == self.shown:
            return  # moving between sentences without suggestions rebuilds nothing
        self.shown = list(ghosts)
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = [QLabel(_describe(g)) for g in ghosts] or [QLabel(EMPTY)]
        for row in self.rows:
            row.setWordWrap(True)
            row.setProperty("role", "hint")  # ghosts: not tags until accepted
            self._layout.addWidget(row)
        self._layout.addWidget(self.hint)
        self.hint.setVisible(bool(ghosts))


def _describe(ghost: GhostTag) -> str:
    what = f"\u201c{ghost.text}\u201d \u2192 {ghost.value}" if ghost.text else ghost.value
    return f"<b>{ghost.dimension}</b>: {what}<br><i>{ghost.reason}</i>"
