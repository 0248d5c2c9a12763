"""Find in the article (Ctrl+F) and across documents (Ctrl+Shift+F), by the keyboard."""

from __future__ import annotations

from gui_helpers import store_article
from PySide6.QtCore import Qt

from annotator.core import ops
from annotator.gui import theme
from annotator.gui.search.results import ResultsModel

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
HAVRE = [[("Le port du Havre reprend le travail", "heading")],
         [("Au Havre, les dockers ont repris le travail mardi.", "sentence"),
          ("Les négociations salariales reprendront au ministère.", "sentence")]]


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard focus is, as the analyst's next key lands."""
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def current_text(window) -> str:
    return window.session.sentence_text()


def test_ctrl_f_cycles_through_the_hits_of_the_article(qtbot, window):
    active(qtbot, window)
    bar = window.search.find_bar
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and window.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, "port")
    assert len(bar.hits) == 2  # the heading's "port" and the one closing the first sentence
    first = bar.count.text()
    press(qtbot, window, Qt.Key.Key_Return)
    second = bar.count.text()
    assert {first, second} == {"1 of 2", "2 of 2"}
    assert "port" in current_text(window).lower()
    press(qtbot, window, Qt.Key.Key_Return)
    assert bar.count.text() == first  # round again
    press(qtbot, window, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == second
    press(qtbot, window, Qt.Key.Key_F3)
    assert bar.count.text() == first
    press(qtbot, window, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == second
    assert window.focusWidget() is bar.field  # Enter was the bar's, not "accept suggestions"


def test_the_hits_are_marked_in_the_article(qtbot, window):
    bar = window.search.find_bar
    bar.open_bar()
    bar.field.setText("negociations")  # accents folded
    assert bar.count.text() == "1 of 1"
    assert current_text(window).startswith("Le ministre des Transports")
    marked = {s.cursor.selectedText(): s.format.background().color()
              for s in window.article.extraSelections()}
    assert marked["négociations"] == theme.FOUND_CURRENT  # the hit the bar is on


def test_escape_closes_the_bar_and_the_keys_go_back_to_the_article(qtbot, window):
    active(qtbot, window)
    bar = window.search.find_bar
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(bar.field, "port")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.focusWidget() is window.article
    assert not [s for s in window.article.extraSelections()
                if s.cursor.selectedText() == "port"]
    before = window.session.current.id
    press(qtbot, window, Qt.Key.Key_J)  # J moves again: it is not typed anywhere
    assert window.session.current.id != before


def test_bad_syntax_says_so_in_the_bar(qtbot, window):
    bar = window.search.find_bar
    bar.open_bar()
    bar.field.setText('"port de')
    assert bar.count.text() == "Cannot read this search" and bar.hits == []
    assert "unterminated" in bar.error


def test_ctrl_shift_f_then_enter_opens_the_sentence(qtbot, window, gui_project):
    store_article(gui_project, HAVRE, title="Le Havre", key="havre")
    active(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.search.panel
    assert window.search.dock.isVisible() and window.focusWidget() is panel.query
    panel.query.setText("reprendront")
    press(qtbot, window, Qt.Key.Key_Return)  # searches now; the list takes the keys
    assert [hit.text for hit in panel.model.hits] == [
        "Les négociations salariales reprendront au ministère."]
    assert window.focusWidget() is panel.view
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.session.doc_id == 2
    assert current_text(window) == "Les négociations salariales reprendront au ministère."
    assert window.focusWidget() is window.article


def test_a_double_click_opens_the_hit_too(qtbot, window):
    panel = window.search.panel
    window.search.find_all()
    panel.query.setText("syndicat")
    panel.run()
    qtbot.waitUntil(lambda: panel.view.visualRect(panel.model.index(0, 2)).height() > 0)
    rect = panel.view.visualRect(panel.model.index(0, 2))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_text(window) == "Le syndicat réclame une hausse des salaires."


def test_filters_by_tag_fill_the_same_list(qtbot, window, gui_project):
    sentences = [s for s in gui_project.sentences(1) if s.kind == "sentence"]
    ops.set_label(gui_project, segment_id=sentences[1].id, annotator="ana",
                  dimension="verifiability", value="opinion")
    ops.set_note(gui_project, segment_id=sentences[2].id, annotator="ana", flag=True)
    panel = window.search.panel
    window.search.find_all()  # reads the annotators now in the project
    panel.value.setCurrentIndex(panel.value.findData("opinion"))
    assert [h.segment_id for h in panel.model.hits] == [sentences[1].id]
    panel.value.setCurrentIndex(0)
    panel.flagged.setChecked(True)
    assert [h.segment_id for h in panel.model.hits] == [sentences[2].id]
    panel.query.setText("syndicat")
    panel.run()
    assert panel.model.hits == []  # the words and the flag must both hold
    panel.flagged.setChecked(False)
    panel.annotator.setCurrentIndex(panel.annotator.findData("ana"))
    assert [h.segment_id for h in panel.model.hits] == [sentences[1].id]
    assert "1 sentence" in panel.count.text()


def test_the_results_model_is_a_sound_qt_model(qtmodeltester, window):
    panel = window.search.panel
    panel.query.setText("le")
    panel.run()
    assert isinstance(panel.model, ResultsModel) and panel.model.rowCount() > 2
    qtmodeltester.check(panel.model)


def test_the_search_keys_are_on_the_shortcut_sheet(qtbot, window):
    window.show_shortcuts()
    sheet = window.shortcuts.sheet.toPlainText()
    for words in ("Find in this article", "Find in all documents", "Next hit"):
        assert words in sheet


def test_the_list_follows_a_new_tag(qtbot, window):
    panel = window.search.panel
    window.search.find_all()
    panel.flagged.setChecked(True)
    assert panel.model.hits == []
    window.session.toggle_flag()  # the current sentence, flagged from the article
    flagged = window.session.current.id
    qtbot.waitUntil(lambda: [h.segment_id for h in panel.model.hits] == [flagged])
