"""Tag > Suggestion threshold...: hide suggestions the analyst finds too unlikely.

The threshold is kept in the settings (``AppSettings.suggestion_threshold``) and applied to
the session, which shows (and lets Enter accept) only suggestions scored at or above it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from .controller import Session
from .i18n import translate
from .settings import AppSettings


def apply_threshold(session: Session, settings: AppSettings, threshold: float) -> None:
    """Remember ``threshold`` (0..1) and show the open document's suggestions with it."""
    settings.suggestion_threshold = threshold
    session.set_suggestion_threshold(settings.suggestion_threshold)


def ask_threshold(parent: QWidget, session: Session, settings: AppSettings) -> None:
    percent, ok = QInputDialog.getInt(
        parent, translate("SuggestionThreshold", "Suggestion threshold"),
        translate("SuggestionThreshold", "Hide suggestions less likely than (%):"),
        round(settings.suggestion_threshold * 100), 0, 100, 5)
    if ok:
        apply_threshold(session, settings, percent / 100)


def add_threshold_action(menu: QMenu, parent: QWidget, session: Session,
                         settings: AppSettings) -> None:
    menu.addAction(translate("SuggestionThreshold", "Suggestion &threshold\u2026"),
                   lambda: ask_threshold(parent, session, settings))
