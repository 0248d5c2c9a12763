"""Tag > Next most useful (M, Shift+M in the document): the queue for building a training set."""

from __future__ import annotations

import pytest
from gui_helpers import build_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core import next_useful, suggestions
from annotator.core.project import Project
from annotator.core.text.importer import import_paths
from annotator.gui.main_window import MainWindow
from tests.coded_samples import article


@pytest.fixture
def queued(tmp_path) -> Project:
    """Two generated French articles, suggested by the rules (their scores rank them)."""
    project = Project.create(tmp_path / "queue.sqlite")
    paths = []
    for number in (4, 5):
        path = tmp_path / f"a{number}.txt"
        path.write_text(article(number)[0], encoding="utf-8")
        paths.append(path)
    import_paths(project, paths, lang="fr")
    suggestions.suggest_documents(project)
    yield project
    project.close()


@pytest.fixture
def window(qtbot, queued: Project) -> MainWindow:
    window = build_window(qtbot, queued)
    window.session.open_document(1)
    window.article.setFocus()
    return window


def test_m_jumps_to_the_sentence_the_models_are_least_sure_of(qtbot, window, queued):
    session = window.session
    expected = next_useful.next_useful(queued, annotator="ana", current=session.current.id)
    QTest.keyClick(window.article, Qt.Key.Key_M)
    assert session.current.id == expected.segment_id
    assert session.doc_id == expected.doc_id


def test_m_moves_on_once_the_sentence_is_tagged(qtbot, window, queued):
    session = window.session
    QTest.keyClick(window.article, Qt.Key.Key_M)
    first = session.current.id
    QTest.keyClick(window.article, Qt.Key.Key_V)  # tag it: verifiable
    QTest.keyClick(window.article, Qt.Key.Key_M)
    assert session.current.id != first
    assert first not in {u.segment_id for u in next_useful.useful_sentences(
        queued, annotator="ana")}


def test_shift_m_stays_in_the_document(qtbot, window, queued):
    session = window.session
    session.open_document(2)
    ranked = next_useful.useful_sentences(queued, annotator="ana", doc_id=2)
    QTest.keyClick(window.article, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert session.doc_id == 2
    assert session.current.id in {u.segment_id for u in ranked[:2]}


def test_the_menu_entry_is_under_tag(window):
    tag_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tag")
    titles = [a.text() for a in tag_menu.actions()]
    assert any(t.startswith("Next most useful sentence") for t in titles)
    assert window.actions["next_useful"].shortcut().toString() == "M"
