"""A source from the text selected in the article: S adds it, the panel edits it."""

from gui_helpers import reopened_tags
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def select(window, phrase: str) -> None:
    """Select ``phrase`` in the article view as a mouse drag would."""
    found = window.article.document().find(phrase)
    cursor = window.article.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)


def test_s_adds_selection_as_source_on_disk(qtbot, window, gui_project):
    select(window, "la direction du port")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    (source,) = reopened_tags(gui_project, window.session.current.id).sources
    text = gui_project.document(1).text
    assert text[source.start:source.end] == "la direction du port"
    assert (source.value, source.quote) == ("other", "indirect")


def test_source_gets_the_type_picked_in_the_panel(qtbot, window, gui_project):
    window.panel.new_type.setCurrentText("company")
    select(window, "la direction du port")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    assert reopened_tags(gui_project, window.session.current.id).sources[0].value == "company"


def test_selection_in_another_sentence_tags_that_sentence(qtbot, window, gui_project):
    select(window, "Le ministre des Transports")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    assert window.session.current.idx == 5
    assert len(reopened_tags(gui_project, window.session.current.id).sources) == 1


def test_selection_is_trimmed_and_clipped_to_its_sentence(window):
    select(window, "la direction du port. Le syndicat")
    sentence_id, start, end = window.article.selected_span()
    sentence = window.session.project.sentence(sentence_id)
    assert window.session.sentence_text(sentence)[start:end] == "la direction du port."


def test_s_without_selection_only_explains(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    assert reopened_tags(gui_project, window.session.current.id).sources == []
    assert "Select" in window.statusBar().currentMessage()


def test_panel_lists_source_and_edits_its_type(qtbot, window, gui_project):
    select(window, "la direction du port")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    model = window.panel.sources.sources_model
    assert model.index(0, 0).data() == "la direction du port"
    model.setData(model.index(0, 1), "company")
    assert reopened_tags(gui_project, window.session.current.id).sources[0].value == "company"


def test_delete_key_removes_selected_source(qtbot, window, gui_project):
    select(window, "la direction du port")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    table = window.panel.sources
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert reopened_tags(gui_project, window.session.current.id).sources == []


def test_source_is_underlined_in_the_article(qtbot, window):
    select(window, "la direction du port")
    qtbot.keyClick(window.article, Qt.Key.Key_S)
    cursor = window.article.document().find("direction")
    assert cursor.charFormat().fontUnderline()
