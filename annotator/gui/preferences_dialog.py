"""Edit > Preferences (Ctrl+,): the analyst's name, the interface language, the article's
text size, the suggestion threshold and when notes are saved.

Everything is kept in the settings and applied at once, without a restart (the language
reaches the windows and dialogs opened afterwards).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.guards import name_problem
from . import i18n
from .dialogs.common import explanation
from .settings import AppSettings
from .threshold import apply_threshold
from .zoom import MAX_SIZE, MIN_SIZE

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass(frozen=True)
class Preferences:
    annotator: str
    language: str  # "system", "en", "fr"
    font_size: float  # the article's, in points
    suggestion_threshold: float  # 0..1
    note_saving: str  # "pause" or "leave"


def current(window: MainWindow) -> Preferences:
    settings = window.settings
    return Preferences(window.session.annotator or settings.annotator, settings.language,
                       window.zoom.size, settings.suggestion_threshold, settings.note_saving)


def apply(window: MainWindow, chosen: Preferences) -> None:
    """Remember ``chosen`` and show it at once."""
    settings, was = window.settings, current(window)
    if chosen.annotator != was.annotator and not name_problem(chosen.annotator):
        window.set_annotator(chosen.annotator, remember=True)
    if chosen.language != was.language:
        settings.language = chosen.language
        i18n.install(QApplication.instance(), chosen.language)
    window.zoom.set_size(chosen.font_size)
    apply_threshold(window.session, settings, chosen.suggestion_threshold)
    settings.note_saving = chosen.note_saving
    apply_note_saving(window, chosen.note_saving)


def apply_note_saving(window: MainWindow, note_saving: str | None = None) -> None:
    window.panel.set_note_saving(
        after_pause=(note_saving or window.settings.note_saving) == "pause")


class PreferencesDialog(QDialog):
    def __init__(self, shown: Preferences, known_annotators: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.annotator = QComboBox()
        self.annotator.setEditable(True)
        self.annotator.addItems(sorted(set(known_annotators)))
        self.annotator.setCurrentText(shown.annotator)
        self.annotator.setToolTip(self.tr("Your tags are saved under this name"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setProperty("role", "hint")
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(self.tr("System") if code == "system" else name, code)
        self.language.setCurrentIndex(max(self.language.findData(shown.language), 0))
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(MIN_SIZE, MAX_SIZE)
        self.font_size.setSingleStep(1.0)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(shown.font_size)
        self.font_size.setToolTip(self.tr("Also Ctrl+plus, Ctrl+minus and Ctrl+0 in the article"))
        self.threshold = QSpinBox()  # a percentage, as the ghost tags show their scores
        self.threshold.setRange(0, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setSuffix(" %")
        self.threshold.setSpecialValueText(self.tr("0 % (show every suggestion)"))
        self.threshold.setValue(round(shown.suggestion_threshold * 100))
        self.threshold.setToolTip(self.tr("Suggestions scored under this are not shown"))
        self.note_saving = QComboBox()
        self.note_saving.addItem(self.tr("After a short pause in typing"), "pause")
        self.note_saving.addItem(self.tr("When I leave the note (Escape, Tab, a click)"),
                                 "leave")
        self.note_saving.setCurrentIndex(max(self.note_saving.findData(shown.note_saving), 0))
        form = QFormLayout()
        form.addRow(self.tr("Annotator name:"), self.annotator)
        form.addRow("", self.problem)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Article text size:"), self.font_size)
        form.addRow(self.tr("Suggestion threshold:"), self.threshold)
        form.addRow(self.tr("Save notes:"), self.note_saving)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation(self.tr(
            "Tags, flags and decisions are saved the moment you make them. A new interface "
            "language shows in the windows and dialogs opened from now on, and everywhere "
            "at the next start.")))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.annotator.lineEdit().textChanged.connect(self._check)
        self._check()

    def chosen(self) -> Preferences:
        return Preferences(self.annotator.currentText().strip(), self.language.currentData(),
                           self.font_size.value(), self.threshold.value() / 100,
                           self.note_saving.currentData())

    def apply_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    def _check(self) -> None:
        problem = name_problem(self.chosen().annotator)
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(problem is None)


def open_preferences(window: MainWindow) -> PreferencesDialog:
    known = window.session.project.annotators() if window.session.project else []
    dialog = PreferencesDialog(current(window), known, window)
    dialog.apply_button().clicked.connect(lambda: apply(window, dialog.chosen()))
    dialog.accepted.connect(lambda: apply(window, dialog.chosen()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog


def settings_at_start(window: MainWindow, settings: AppSettings) -> None:
    """What the window takes from the settings when it opens (the zoom takes its own)."""
    apply_note_saving(window, settings.note_saving)
