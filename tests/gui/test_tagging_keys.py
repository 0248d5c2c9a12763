"""Value keys tag the current sentence at once, on disk; the same key again clears."""

from gui_helpers import content, reopened_tags
from PySide6.QtCore import Qt

from annotator.gui.document_list import PROGRESS


def test_digit_sets_stance_on_disk(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    assert reopened_tags(gui_project, window.session.current.id).stance == "neutral"


def test_letter_sets_verifiability_on_disk(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_U)
    assert reopened_tags(gui_project, window.session.current.id).verifiability == "unverifiable"


def test_same_key_again_clears(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_O)
    qtbot.keyClick(window.article, Qt.Key.Key_O)
    assert reopened_tags(gui_project, window.session.current.id).verifiability is None


def test_other_value_replaces(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_1)
    qtbot.keyClick(window.article, Qt.Key.Key_2)
    assert reopened_tags(gui_project, window.session.current.id).stance == "against"


def test_panel_buttons_show_the_saved_value(qtbot, window):
    qtbot.keyClick(window.article, Qt.Key.Key_P)
    assert window.panel.verifiability.buttons["prediction"].isChecked()
    assert not window.panel.verifiability.buttons["verifiable"].isChecked()


def test_panel_button_click_tags(qtbot, window, gui_project):
    qtbot.mouseClick(window.panel.stance.buttons["favour"], Qt.MouseButton.LeftButton)
    assert reopened_tags(gui_project, window.session.current.id).stance == "favour"


def test_b_toggles_boilerplate(qtbot, window, gui_project):
    sentence = window.session.current
    qtbot.keyClick(window.article, Qt.Key.Key_B)
    assert gui_project.sentence(sentence.id).boilerplate
    qtbot.keyClick(window.article, Qt.Key.Key_B)
    assert not gui_project.sentence(sentence.id).boilerplate


def test_document_list_shows_progress(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_V)
    model = window.documents.model
    assert model.index(0, PROGRESS).data() == f"1/{len(content(gui_project))}"


def test_tagged_sentence_gets_verifiability_tint(qtbot, window):
    qtbot.keyClick(window.article, Qt.Key.Key_V)
    start, _ = window.article.layout_map.spans[window.session.current.id]
    cursor = window.article.textCursor()
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color().name() != "#000000"
    assert cursor.charFormat().hasProperty(cursor.charFormat().Property.BackgroundBrush)
