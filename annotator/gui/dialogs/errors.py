"""Errors as dialogs: a user-facing message box, and a last resort for unexpected bugs."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...core.errors import user_message
from .. import plain
from ..i18n import translate


def show_error(parent: QWidget | None, message: str, title: str = "Annotator",
               details: str = "") -> QMessageBox:
    """A warning box that does not block the caller (it is opened, not executed)."""
    box = plain.message_box(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def install_excepthook() -> None:
    """Unexpected exceptions end in a dialog with the details, not in a vanished window.
    Every action is already committed, so the analyst can carry on or restart safely."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        previous(kind, error, trace)
        if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        saved = translate("Errors", "Everything up to your last action is saved in the "
                          "project file.")
        show_error(QApplication.activeWindow(), f"{went_wrong(error)}\n\n{saved}",
                   title=translate("Errors", "Unexpected error"),
                   details="".join(traceback.format_exception(kind, error, trace)))

    sys.excepthook = hook


def show_failure(parent: QWidget | None, error: BaseException,
                 title: str = "Annotator") -> QMessageBox:
    """A failed job's dialog: the same one line the command line prints (a full disk, an
    unreadable file...), or, for a bug, a short line with the traceback under Details."""
    message = user_message(error)
    if message is not None:
        return show_error(parent, message, title=title)
    return show_error(parent, went_wrong(error), title=translate("Errors", "Unexpected error"),
                      details="".join(traceback.format_exception(error)))



def went_wrong(error: BaseException) -> str:
    return translate("Errors", "Something went wrong: {error}").format(error=error)
