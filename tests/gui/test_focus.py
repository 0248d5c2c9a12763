"""Keyboard focus: after a panel control or an editor, the keys act on the article again."""

from __future__ import annotations

import pytest
from gui_helpers import reopened_tags
from PySide6.QtCore import Qt
from test_suggestions_gui import SELON, build_window, finish_jobs, go_to_text

from annotator.core import suggestions
from annotator.core.project import Project
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the window's keyboard focus is now, as the analyst's next key lands."""
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


@pytest.fixture
def suggested(article_project: Project) -> Project:
    suggestions.suggest_documents(article_project)
    return article_project


def active(qtbot, window):
    """Window shortcuts (J, K, value keys) answer in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def test_accepting_one_suggestion_gives_the_keys_back_to_the_article(qtbot, suggested):
    window = active(qtbot, build_window(qtbot, suggested))
    segment_id = go_to_text(window, SELON)
    row = next(r for r in window.panel.suggestions.ghost_rows() if r.ghost.is_source)
    row.accept_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Space)
    assert len(suggested.tags(segment_id, "ana").sources) == 1
    press(qtbot, window, Qt.Key.Key_J)
    assert window.session.current.id != segment_id
    assert window.documents.filter.text() == ""
    assert window.focusWidget() is window.article
    finish_jobs(qtbot, window)


def test_a_panel_button_click_gives_the_keys_back(qtbot, window):
    window.panel.new_type.setFocus(Qt.FocusReason.MouseFocusReason)
    window.panel.new_type.activated.emit(0)  # the analyst picked a type in the list
    assert window.focusWidget() is window.article


def test_escape_leaves_the_note_saved_and_j_moves_on(qtbot, window, gui_project):
    active(qtbot, window)
    segment_id = window.session.current.id
    window.panel.note.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(window.panel.note, "a verifier")
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_J)
    assert reopened_tags(gui_project, segment_id).note == "a verifier"
    assert window.session.current.id != segment_id
    assert window.focusWidget() is window.article


def test_escape_leaves_the_document_filter(qtbot, window):
    active(qtbot, window)
    window.documents.filter.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_J)
    assert window.documents.filter.text() == ""
    assert window.focusWidget() is window.article


def test_shift_right_twice_then_s_adds_the_first_two_words(qtbot, window, gui_project):
    active(qtbot, window)
    sentence = window.session.current
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_S)
    words = window.session.sentence_text(sentence).split()
    [source] = reopened_tags(gui_project, sentence.id).sources
    assert gui_project.document(1).text[source.start:source.end] == " ".join(words[:2])
    assert (source.value, source.quote) == window.panel.new_source_kind()


def test_shift_left_selects_the_sentence_last_words(qtbot, window, gui_project):
    active(qtbot, window)
    sentence = window.session.current
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_S)
    words = window.session.sentence_text(sentence).rstrip(".").split()
    [source] = reopened_tags(gui_project, sentence.id).sources
    assert gui_project.document(1).text[source.start:source.end] == " ".join(words[-2:])


def test_a_window_opens_with_the_keys_on_the_article(qtbot, gui_project):
    window = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(window)
    window.show_project(gui_project)
    window.show()
    active(qtbot, window)
    first = window.session.current.id
    press(qtbot, window, Qt.Key.Key_J)
    assert window.session.current.id != first
    assert window.documents.filter.text() == ""


def test_enter_on_a_ghost_tag_button_decides_that_suggestion_alone(qtbot, suggested):
    window = active(qtbot, build_window(qtbot, suggested))
    segment_id = go_to_text(window, SELON)
    rows = window.panel.suggestions.ghost_rows()
    assert len(rows) >= 2  # else "that one" and "all of them" would look alike
    chosen = rows[0].ghost.id  # rows are reused: read it before the row shows another
    rows[0].accept_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Return)
    states = {s.id: s.state for s in suggestions.document_suggestions(suggested, 1, None)
              if s.segment_id == segment_id}
    assert states[chosen] == "accepted"
    assert sorted(states.values()).count("accepted") == 1
    assert window.focusWidget() is window.article  # J moves on, as after a click
    finish_jobs(qtbot, window)


def test_tab_from_the_article_goes_to_the_panel_fields(qtbot, window):
    active(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.panel.new_type  # not the panel's frame
