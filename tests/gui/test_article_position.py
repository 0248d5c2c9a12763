"""The article shows where the analyst is: the current sentence on screen when a document
opens or comes back, one margin bar (none left behind by an auto-scroll), flag marks, and
the reading position of each document kept between documents and runs."""

from __future__ import annotations

import pytest
from gui_helpers import open_window, store_article
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from annotator.core.project import Project
from annotator.gui import article_margin, theme
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings

LONG = [[(f"Phrase {n} d'un long article, assez de mots pour remplir une ligne ou deux "
          "de la colonne de lecture.", "sentence")] for n in range(80)]
DEEP = 60  # a sentence far below the first screen


@pytest.fixture
def long_project(tmp_path) -> Project:
    project = Project.create(tmp_path / "long.sqlite")
    store_article(project, LONG, title="Long", key="long")
    store_article(project, LONG[:4], title="Court", key="court")
    yield project
    project.close()


def remember_deep_sentence(project: Project) -> int:
    sentence = project.sentences(1)[DEEP]
    AppSettings().remember_sentence(project.path, 1, "ana", sentence.id)
    AppSettings().remember_document(project.path, 1)
    return sentence.id


def on_screen(window: MainWindow) -> bool:
    view = window.article
    start, end = view.layout_map.spans[window.session.current.id]
    top = article_margin.line_rect(view, start).top()
    bottom = article_margin.line_rect(view, end).bottom()
    return top >= 0 and bottom <= view.viewport().height()


def test_a_document_opens_with_its_current_sentence_on_screen(qtbot, long_project):
    deep = remember_deep_sentence(long_project)
    window = open_window(qtbot, long_project)
    assert window.session.current.id == deep
    qtbot.waitUntil(lambda: on_screen(window))
    QApplication.processEvents()
    assert on_screen(window)


def test_a_document_opened_again_shows_its_current_sentence(qtbot, long_project):
    window = open_window(qtbot, long_project)
    deep = long_project.sentences(1)[DEEP].id
    window.session.go_to(deep)
    window.session.open_document(2)
    window.session.open_document(1)
    QApplication.processEvents()
    assert window.session.current.id == deep
    assert on_screen(window)


def painted_rows(window: MainWindow, x: int, color) -> list[int]:
    """Rows of the article's viewport whose pixel at ``x`` has ``color``, as the window's
    backing store holds them (what is on screen, stale pixels included)."""
    view = window.article.viewport()
    image = window.screen().grabWindow(window.winId()).toImage()
    origin = view.mapTo(window, QPoint(0, 0))
    return [y for y in range(view.height())
            if image.pixelColor(origin.x() + x, origin.y() + y).rgb() == color.rgb()]


def test_after_an_auto_scroll_only_the_current_sentence_has_a_bar(qtbot, long_project):
    window = open_window(qtbot, long_project)
    window.resize(1200, 700)
    view = window.article
    scrolls = 0
    for _ in range(30):
        before = view.verticalScrollBar().value()
        window.session.next()
        qtbot.wait(1)
        if view.verticalScrollBar().value() == before:
            continue
        scrolls += 1
        bar = article_margin.bar_rect(view, view._current_span)
        rows = painted_rows(window, bar.left() + 1, theme.CURRENT_SENTENCE_EDGE)
        assert rows and min(rows) >= bar.top() and max(rows) <= bar.bottom()
    assert scrolls >= 2


def test_flagged_sentences_have_a_mark_in_the_margin(qtbot, long_project):
    window = open_window(qtbot, long_project)
    view = window.article
    first, second = window.session.sentences[:2]
    assert view.flagged_spans() == []
    window.session.go_to(second.id)
    window.session.toggle_flag()
    assert view.flagged_spans() == [view.layout_map.spans[second.id]]
    qtbot.wait(1)
    mark = article_margin.flag_rect(view, view.layout_map.spans[second.id])
    rows = painted_rows(window, mark.left(), theme.FLAG)  # the pennant's pole
    assert rows and all(mark.top() <= y <= mark.bottom() for y in rows)
    window.session.undo()
    assert view.flagged_spans() == []


def test_each_document_reopens_on_the_screen_it_was_left(qtbot, long_project):
    window = open_window(qtbot, long_project)
    view = window.article
    window.session.go_to(long_project.sentences(1)[DEEP].id)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 120)
    assert on_screen(window)
    read = view.top_position()
    window.session.open_document(2)
    assert view.verticalScrollBar().value() == 0
    window.session.open_document(1)
    assert view.top_position() == read
    window.close()  # and for the next run
    assert AppSettings().scroll_position(long_project.path, 1) == read


def test_a_remembered_screen_without_the_current_sentence_gives_way_to_it(qtbot,
                                                                          long_project):
    window = open_window(qtbot, long_project)
    view = window.article
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # read ahead
    window.session.open_document(2)
    window.session.open_document(1)
    assert on_screen(window)
