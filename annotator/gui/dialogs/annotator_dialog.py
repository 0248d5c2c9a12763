"""Who is tagging: asked once, remembered, switchable from the status bar."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.guards import name_problem
from .common import explanation, ok_button, ok_cancel


class AnnotatorDialog(QDialog):
    def __init__(self, current: str = "", known: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Annotator")
        intro = explanation(self.tr("Your tags are saved under this name, so that a "
                                    "colleague's tags on the same project stay apart from "
                                    "yours."))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(set(known or [])))
        self.name.setCurrentText(current or _login_name())
        self.name.lineEdit().selectAll()
        self.name.lineEdit().textChanged.connect(self._check)
        self.buttons = ok_cancel(self)
        self.problem = QLabel()
        self.problem.setObjectName("nameProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._check()

    def chosen(self) -> str:
        return self.name.currentText().strip()

    def _check(self) -> None:
        problem = name_problem(self.chosen())
        ok_button(self.buttons).setEnabled(problem is None)
        # An empty field needs no explanation; a reserved or malformed name does.
        self.problem.setText(problem if problem and self.chosen() else "")


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
