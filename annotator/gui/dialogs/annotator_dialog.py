"""Who is tagging: asked once, remembered, switchable from the status bar."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from .common import explanation, ok_button, ok_cancel


class AnnotatorDialog(QDialog):
    def __init__(self, current: str = "", known: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Annotator")
        intro = explanation("Your tags are saved under this name, so that a colleague's tags on "
                       "the same project stay apart from yours.")
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(set(known or [])))
        self.name.setCurrentText(current or _login_name())
        self.name.lineEdit().selectAll()
        self.name.lineEdit().textChanged.connect(self._check)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._check()

    def chosen(self) -> str:
        return self.name.currentText().strip()

    def _check(self) -> None:
        ok_button(self.buttons).setEnabled(bool(self.chosen()))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
