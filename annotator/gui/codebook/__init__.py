"""The codebook window: Project > Codebook."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from ..controller import Session
from ..i18n import translate


def fill_project_menu(menu: QMenu, window: QMainWindow, session: Session) -> None:
    menu.addAction(translate("ProjectMenu", "&Codebook\u2026"),
                   lambda: open_codebook(window, session))


def open_codebook(window: QMainWindow, session: Session):
    """Show the codebook window of the open project (one per main window)."""
    from .dialog import CodebookDialog

    if session.project is None:
        return None
    dialog = window.findChild(CodebookDialog, "codebookDialog")
    if dialog is None:
        dialog = CodebookDialog(session, window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
