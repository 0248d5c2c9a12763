"""Comfort: the article zooms (Ctrl+plus / minus / 0, remembered), the app follows a dark
system palette with readable tags, and Preferences (Ctrl+,) applies and keeps its choices."""

from __future__ import annotations

import pytest
from gui_helpers import reopened_tags
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.gui import i18n, theme
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow
from annotator.gui.preferences_dialog import PreferencesDialog, apply, current
from annotator.gui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier


def article_size(window: MainWindow) -> float:
    return window.article.document().defaultFont().pointSizeF()


def active(qtbot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_plus_minus_and_zero_zoom_the_article_and_are_remembered(qtbot, window,
                                                                      gui_project):
    active(qtbot, window)
    usual = article_size(window)
    qtbot.keyClick(window.article, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.article, Qt.Key.Key_Plus, CTRL)
    assert article_size(window) == usual + 2
    qtbot.keyClick(window.article, Qt.Key.Key_Minus, CTRL)
    assert article_size(window) == usual + 1
    assert AppSettings().article_font_size == usual + 1
    again = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(again)
    again.show_project(gui_project)
    assert article_size(again) == usual + 1  # the next window, the next run
    qtbot.keyClick(window.article, Qt.Key.Key_0, CTRL)
    assert article_size(window) == usual == theme.DEFAULT_FONT_SIZE


def test_the_zoom_stops_at_sizes_that_still_read(qtbot, window):
    for _ in range(60):
        window.zoom.zoom_in()
    assert article_size(window) == 32
    for _ in range(60):
        window.zoom.zoom_out()
    assert article_size(window) == 8


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio (4.5 is its minimum for body text)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def dark_system(qapp):
    """The system hands a dark palette; the light one comes back afterwards."""
    light = QPalette(qapp.palette())
    dark = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.WindowText, "#eeeeee"),
                        (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#eeeeee")):
        dark.setColor(role, QColor(value))
    qapp.setPalette(dark)
    yield theme.apply(qapp)
    qapp.setPalette(light)
    theme.apply(qapp, dark=False)


def backgrounds(window: MainWindow) -> dict[str, QColor]:
    """Every background a sentence can have in the article."""
    schema = window.session.project.schema
    found = {value: theme.tint(schema.color("verifiability", value))
             for value in schema.values("verifiability") if schema.color("verifiability", value)}
    found["page"] = theme.PAGE
    found["current"] = theme.CURRENT_SENTENCE
    found["stance or sources only"] = theme.TAGGED_WITHOUT_VERIFIABILITY
    return found


def assert_readable(window: MainWindow) -> None:
    for name, background in backgrounds(window).items():
        assert contrast(theme.TEXT, background) >= 4.5, name
        assert contrast(theme.SOURCE_UNDERLINE, background) >= 3, name  # source words
    margin = window.article.viewport().palette().color(QPalette.ColorRole.Base)
    assert contrast(theme.CURRENT_SENTENCE_EDGE, margin) >= 3
    assert contrast(theme.FLAG, margin) >= 3


def test_a_dark_system_palette_gives_a_dark_app_with_readable_tags(qtbot, dark_system,
                                                                   gui_project):
    assert dark_system is theme.DARK
    window = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(gui_project)
    page = window.article.viewport().palette().color(QPalette.ColorRole.Base)
    assert page.lightness() < 64
    sentence = window.session.current
    window.session.toggle_value("verifiability", "verifiable")
    start, _ = window.article.layout_map.spans[sentence.id]
    cursor = window.article.textCursor()
    cursor.setPosition(start + 1)
    shown = cursor.charFormat()
    assert shown.foreground().color().lightness() > 180  # light text on the dark page
    assert contrast(shown.foreground().color(), shown.background().color()) >= 4.5
    assert_readable(window)


def test_the_light_scheme_stays_readable_too(qtbot, window):
    theme.apply(QApplication.instance(), dark=False)
    assert theme.scheme is theme.LIGHT
    assert_readable(window)


def test_preferences_apply_at_once_and_are_kept(qtbot, window, gui_project):
    active(qtbot, window)
    qtbot.keyClick(window.article, Qt.Key.Key_Comma, CTRL)
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.annotator.currentText() == "ana"
    dialog.annotator.setCurrentText("ben")
    dialog.font_size.setValue(16)
    dialog.threshold.setValue(40)  # percent
    dialog.note_saving.setCurrentIndex(dialog.note_saving.findData("leave"))
    dialog.apply_button().click()
    assert window.session.annotator == "ben"
    assert article_size(window) == 16
    settings = AppSettings()
    assert (settings.annotator, settings.article_font_size, settings.note_saving) == (
        "ben", 16, "leave")
    assert settings.suggestion_threshold == pytest.approx(0.4)
    assert window.session.suggestion_threshold == pytest.approx(0.4)  # shown with it now
    dialog.accept()
    segment_id = window.session.current.id
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "voir la source")
    assert not window.panel.note._idle.isActive()  # no save while typing
    assert reopened_tags(gui_project, segment_id, "ben").note is None
    window.focus_article()  # leaving the note saves it
    assert reopened_tags(gui_project, segment_id, "ben").note == "voir la source"


def test_the_language_chosen_in_preferences_is_kept_and_installed(qtbot, window):
    dialog = PreferencesDialog(current(window), [], window)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system", "en", "fr"]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    try:
        apply(window, dialog.chosen())
        assert AppSettings().language == "fr"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        i18n.install(QCoreApplication.instance(), "en")


def test_a_malformed_name_cannot_be_applied(qtbot, window):
    dialog = PreferencesDialog(current(window), [], window)
    qtbot.addWidget(dialog)
    dialog.annotator.setCurrentText("gold")  # reserved for the adjudicated layer
    assert not dialog.apply_button().isEnabled()
    assert dialog.problem.text()


def test_preferences_speak_french(qtbot, window):
    i18n.install(QCoreApplication.instance(), "fr")
    try:
        dialog = PreferencesDialog(current(window), [], window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Préférences"
        assert dialog.language.itemText(0) == "Système"
    finally:
        i18n.install(QCoreApplication.instance(), "en")


def test_the_review_colours_follow_the_dark_scheme(dark_system):
    from annotator.gui.review import bands, review_model
    from annotator.gui.review.cell_delegate import EMPHASIS

    for tint in (review_model.DISAGREE_TINT, review_model.AGREE_TINT, review_model.GOLD_TINT):
        background = theme.surface(tint)
        assert background.lightness() < 90  # no pale cell on the dark page
        assert contrast(theme.TEXT, background) >= 4.5
    assert contrast(theme.ink(EMPHASIS), theme.surface(review_model.DISAGREE_TINT)) >= 4.5
    for value in (0.5, 0.7, 0.9):
        assert contrast(bands.strong(value), theme.PAGE) >= 4.5
        assert contrast(theme.TEXT, bands.light(value)) >= 4.5


def test_the_light_scheme_keeps_the_review_colours_as_drawn(qapp):
    from annotator.gui.review import review_model

    theme.apply(qapp, dark=False)
    assert theme.surface(review_model.GOLD_TINT) == review_model.GOLD_TINT
    assert theme.ink("#b91c1c") == QColor("#b91c1c")
