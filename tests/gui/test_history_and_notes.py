"""Undo / redo by keys, the note field, the flag, and keys while typing."""

from gui_helpers import content, reopened_tags
from PySide6.QtCore import Qt


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes(qtbot, window, gui_project):
    segment_id = window.session.current.id
    qtbot.keyClick(window.article, Qt.Key.Key_V)
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopened_tags(gui_project, segment_id).verifiability is None
    qtbot.keyClick(window.article, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert reopened_tags(gui_project, segment_id).verifiability == "verifiable"


def test_undo_goes_back_to_the_sentence_it_changed(qtbot, window, gui_project):
    tagged = window.session.current
    qtbot.keyClick(window.article, Qt.Key.Key_V)
    qtbot.keyClick(window.article, Qt.Key.Key_J)
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current == tagged


def test_undo_menu_names_the_step(qtbot, window):
    qtbot.keyClick(window.article, Qt.Key.Key_2)
    assert window.actions["undo"].text() == "Undo stance against"


def test_f_toggles_flag(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_F)
    assert reopened_tags(gui_project, window.session.current.id).flag
    assert window.panel.flag.isChecked()


def test_keys_typed_in_the_note_stay_in_the_note(qtbot, window, gui_project):
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "Vu par J")
    assert window.panel.note.toPlainText() == "Vu par J"
    assert window.session.current == content(gui_project)[0]
    assert reopened_tags(gui_project, window.session.current.id).verifiability is None


def test_note_saved_when_focus_leaves(qtbot, window, gui_project):
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "to check")
    window.article.setFocus()
    assert reopened_tags(gui_project, window.session.current.id).note == "to check"


def test_note_saved_after_a_pause(qtbot, window, gui_project):
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "pause")
    segment_id = window.session.current.id
    qtbot.waitUntil(lambda: reopened_tags(gui_project, segment_id).note == "pause", timeout=60_000)


def test_note_follows_its_sentence(qtbot, window, gui_project):
    first = window.session.current
    window.panel.note.setPlainText("first note")
    window.session.next()
    assert reopened_tags(gui_project, first.id).note == "first note"
    assert window.panel.note.toPlainText() == ""
