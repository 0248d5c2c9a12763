"""Suggestions in the app: ghost tags, Enter / Backspace, one at a time, undo, background work.

The French article is suggested through the core before the window is built (the real
fr model, loaded once per test process); background jobs are awaited with ``waitUntil``.
"""

from __future__ import annotations

import pytest
from gui_helpers import build_window, reopened_tags
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest

from annotator.core import suggestions
from annotator.core.project import Project
from annotator.core.text.segment import Segment
from annotator.gui.main_window import MainWindow

SELON = "selon la direction du port"
SOURCE = "la direction du port"
# A bound, not a speed test: on a loaded machine loading the model and suggesting in the
# background can take tens of seconds; the waits return as soon as the job is done.
JOB_TIMEOUT = 120_000


def finish_jobs(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.suggestion_jobs.busy, timeout=JOB_TIMEOUT)


def go_to_text(window: MainWindow, words: str) -> int:
    session = window.session
    sentence = next(s for s in session.sentences if words in session.sentence_text(s))
    session.go_to(sentence.id)
    return sentence.id


def ghosts(window: MainWindow):
    return [row.ghost for row in window.panel.suggestions.ghost_rows()]


def underline_at(window: MainWindow, words: str) -> QTextCharFormat.UnderlineStyle:
    view = window.article
    position = view.document().toPlainText().index(words) + 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor.charFormat().underlineStyle()


@pytest.fixture
def suggested(article_project: Project) -> Project:
    suggestions.suggest_documents(article_project)
    return article_project


@pytest.fixture
def window(qtbot, suggested: Project) -> MainWindow:
    window = build_window(qtbot, suggested)
    go_to_text(window, SELON)
    yield window
    finish_jobs(qtbot, window)


def test_ghost_tags_show_the_source_with_its_reason(window):
    [source] = [g for g in ghosts(window) if g.is_source]
    assert source.text == SOURCE and source.origin == "rules" and source.reason
    assert source.quote == "indirect" and source.score is not None
    row = window.panel.suggestions.ghost_rows()[0]
    assert SOURCE in row.label.text() and source.reason in row.label.text()
    assert window.panel.suggestions.title() == f"Suggestions ({len(ghosts(window))})"


def test_suggested_source_is_dashed_in_the_article(window):
    assert underline_at(window, SOURCE) == QTextCharFormat.UnderlineStyle.DashUnderline


def test_enter_accepts_all_and_persists(window, suggested):
    segment_id = go_to_text(window, SELON)
    QTest.keyClick(window.article, Qt.Key.Key_Return)
    tags = reopened_tags(suggested, segment_id)
    text = suggested.document(1).text
    assert [text[t.start:t.end] for t in tags.sources] == [SOURCE]
    assert tags.verifiability is not None
    assert ghosts(window) == []
    assert underline_at(window, SOURCE) == QTextCharFormat.UnderlineStyle.SingleUnderline


def test_undo_brings_the_suggestions_back(window, suggested):
    segment_id = go_to_text(window, SELON)
    before = len(ghosts(window))
    QTest.keyClick(window.article, Qt.Key.Key_Return)
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopened_tags(suggested, segment_id).empty
    assert len(ghosts(window)) == before
    assert underline_at(window, SOURCE) == QTextCharFormat.UnderlineStyle.DashUnderline


def test_backspace_rejects_and_they_stay_rejected(qtbot, window, suggested):
    segment_id = go_to_text(window, SELON)
    QTest.keyClick(window.article, Qt.Key.Key_Backspace)
    assert ghosts(window) == [] and reopened_tags(suggested, segment_id).empty
    window.suggestion_jobs.suggest_document()  # Tag > Suggest for this document
    finish_jobs(qtbot, window)
    assert suggestions.open_suggestions(suggested, segment_id) == []
    assert ghosts(window) == []


def test_one_source_accepted_alone(qtbot, window, suggested):
    segment_id = go_to_text(window, SELON)
    row = next(r for r in window.panel.suggestions.ghost_rows() if r.ghost.is_source)
    others = [g for g in ghosts(window) if not g.is_source]
    qtbot.mouseClick(row.accept_button, Qt.MouseButton.LeftButton)
    tags = reopened_tags(suggested, segment_id)
    assert len(tags.sources) == 1 and tags.verifiability is None
    assert ghosts(window) == others  # the verifiability suggestion still waits


def test_one_suggestion_rejected_alone_from_the_keyboard(window, suggested):
    segment_id = go_to_text(window, SELON)
    row = next(r for r in window.panel.suggestions.ghost_rows() if not r.ghost.is_source)
    row.reject_button.setFocus()
    QTest.keyClick(row.reject_button, Qt.Key.Key_Space)
    assert [g.dimension for g in ghosts(window)] == ["source"]
    assert reopened_tags(suggested, segment_id).empty


def test_enter_keeps_the_persons_own_value(window, suggested):
    segment_id = go_to_text(window, SELON)
    window.session.toggle_value("verifiability", "opinion")
    row = next(r for r in window.panel.suggestions.ghost_rows()
               if r.ghost.dimension == "verifiability")
    assert "yours: opinion" in row.label.text()
    QTest.keyClick(window.article, Qt.Key.Key_Return)
    tags = reopened_tags(suggested, segment_id)
    assert tags.verifiability == "opinion" and len(tags.sources) == 1


def test_suggestions_computed_in_the_background_when_a_document_opens(qtbot, article_project):
    window = build_window(qtbot, article_project, background=True)
    go_to_text(window, SELON)
    qtbot.waitUntil(lambda: any(g.is_source for g in ghosts(window)), timeout=JOB_TIMEOUT)
    # The panel may read the committed suggestions before the job's end reaches the
    # article: the article's dashed line is waited for too, not assumed at once.
    qtbot.waitUntil(lambda: underline_at(window, SOURCE)
                    == QTextCharFormat.UnderlineStyle.DashUnderline, timeout=JOB_TIMEOUT)
    finish_jobs(qtbot, window)
    assert underline_at(window, SOURCE) == QTextCharFormat.UnderlineStyle.DashUnderline


# -- learning from the analyst -------------------------------------------------------------
FACTS = "The port handled {n} containers on Monday, the authority reported."
VIEWS = "This reckless strike is a disgrace for the city number {n}."


def store_english(project: Project, count: int = 44) -> None:
    """An English document (blank pipeline: no model to load) of two kinds of sentences."""
    text, segments = "", []
    for n in range(count):
        sentence = (FACTS if n % 2 else VIEWS).format(n=n)
        text += " " if text else ""
        segments.append(Segment(len(text), len(text) + len(sentence), "sentence", n // 4))
        text += sentence
    with project.journal.step("import", undoable=False) as step:
        project.store_document(key="en", title="Port", lang="en", text=text,
                               segments=segments)
        step.extra_tables.update({"documents", "segments"})


def test_classifier_trained_in_the_background_after_30_tags(qtbot, fresh_project):
    store_english(fresh_project)
    window = build_window(qtbot, fresh_project, background=True)
    jobs, session = window.suggestion_jobs, window.session
    jobs.set_train_delay(0)
    finish_jobs(qtbot, window)
    for sentence in session.sentences[:30]:
        session.go_to(sentence.id)
        against = "reckless" in session.sentence_text(sentence)
        session.toggle_value("stance", "against" if against else "neutral")
    qtbot.waitUntil(lambda: "stance" in jobs.accuracies, timeout=JOB_TIMEOUT)
    finish_jobs(qtbot, window)
    assert "stance" in window.background.accuracy.text()
    session.go_to(session.sentences[-1].id)
    stance = [g for g in ghosts(window) if g.dimension == "stance"]
    assert stance and stance[0].origin == "model"
    tagged = session.sentences[0]
    assert suggestions.open_suggestions(fresh_project, tagged.id) == [] or all(
        s.dimension != "stance" for s in suggestions.open_suggestions(fresh_project, tagged.id))
