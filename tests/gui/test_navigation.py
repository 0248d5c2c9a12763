"""Moving between sentences by keys; boilerplate is skipped."""

from gui_helpers import content
from PySide6.QtCore import Qt

from annotator.gui import article_margin


def test_document_opens_on_first_content_sentence(window, gui_project):
    assert window.session.current == content(gui_project)[0]


def test_j_and_down_go_to_next_sentence(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_J)
    assert window.session.current == content(gui_project)[1]
    qtbot.keyClick(window.article, Qt.Key.Key_Down)
    assert window.session.current == content(gui_project)[2]


def test_k_and_up_go_back(qtbot, window, gui_project):
    window.session.go_to(content(gui_project)[3].id)
    qtbot.keyClick(window.article, Qt.Key.Key_K)
    qtbot.keyClick(window.article, Qt.Key.Key_Up)
    assert window.session.current == content(gui_project)[1]


def test_navigation_skips_boilerplate(qtbot, window, gui_project):
    window.session.go_to(content(gui_project)[2].id)
    qtbot.keyClick(window.article, Qt.Key.Key_J)
    assert window.session.current == content(gui_project)[3]  # "PUBLICITÉ" was skipped


def test_n_goes_to_next_untagged(qtbot, window, gui_project):
    qtbot.keyClick(window.article, Qt.Key.Key_J)
    qtbot.keyClick(window.article, Qt.Key.Key_V)  # tags sentence 2
    window.session.go_to(content(gui_project)[0].id)
    qtbot.keyClick(window.article, Qt.Key.Key_N)
    assert window.session.current == content(gui_project)[2]


def test_reopened_document_resumes_where_annotator_left_off(session, gui_project):
    session.go_to(content(gui_project)[1].id)
    session.toggle_value("stance", "neutral")
    session.open_document(1)
    assert session.current == content(gui_project)[2]


def test_click_on_a_sentence_makes_it_current(qtbot, window, gui_project):
    target = content(gui_project)[3]
    start, end = window.article.layout_map.spans[target.id]
    rect = article_margin.line_rect(window.article, (start + end) // 2)
    qtbot.mouseClick(window.article.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.current == target


def test_reopened_document_resumes_on_the_last_sentence_read(window, gui_project):
    window.session.go_to(content(gui_project)[3].id)
    window.session.open_document(1)
    assert window.session.current == content(gui_project)[3]


def test_each_annotator_resumes_at_their_own_place(window, gui_project):
    window.session.go_to(content(gui_project)[3].id)
    window.session.set_annotator("ben")
    window.session.open_document(1)
    assert window.session.current == content(gui_project)[0]
