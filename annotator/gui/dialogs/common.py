"""Pieces every dialog shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from .. import plain

OK = QDialogButtonBox.StandardButton.Ok


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK / Cancel wired to accept / reject; OK renamed after the action it starts."""
    buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(OK).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    return buttons.button(OK)


def explanation(text: str) -> QLabel:
    label = plain.label(text)
    label.setWordWrap(True)
    return label


def path_row(field: QLineEdit, browse_text: str, browse: Callable[[], None]) -> QHBoxLayout:
    """A file path field with its browse button beside it."""
    button = QPushButton(browse_text)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row
