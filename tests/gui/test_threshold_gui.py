"""The analyst's suggestion threshold: suggestions scored under it are neither shown, nor
underlined, nor accepted by Enter; the threshold is kept in the settings."""

from __future__ import annotations

import pytest
from gui_helpers import reopened_tags
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from test_suggestions_gui import SELON, SOURCE, build_window, ghosts, go_to_text, underline_at

from annotator.core import suggestions
from annotator.core.project import Project
from annotator.gui.settings import AppSettings
from annotator.gui.threshold import apply_threshold


@pytest.fixture
def window(qtbot, article_project: Project):
    suggestions.suggest_documents(article_project)
    window = build_window(qtbot, article_project)
    go_to_text(window, SELON)
    return window


def between(window) -> tuple[float, str]:
    """A threshold between the sentence's two suggestions' scores, and the dimension of the
    one it hides."""
    low, high = sorted(ghosts(window), key=lambda g: g.score)[:2]
    assert low.score < high.score
    return (low.score + high.score) / 2, low.dimension


def test_suggestions_under_the_threshold_are_hidden(window):
    threshold, hidden = between(window)
    shown_before = len(ghosts(window))
    apply_threshold(window.session, window.settings, threshold)
    assert [g.dimension for g in ghosts(window)].count(hidden) == 0
    assert len(ghosts(window)) == shown_before - 1
    assert all(g.score >= threshold for g in ghosts(window))
    assert window.panel.suggestions.hidden.isVisibleTo(window)
    assert "1 hidden" in window.panel.suggestions.hidden.text()


def test_enter_accepts_only_what_is_shown(window, article_project):
    threshold, hidden = between(window)
    apply_threshold(window.session, window.settings, threshold)
    segment_id = go_to_text(window, SELON)
    QTest.keyClick(window.article, Qt.Key.Key_Return)
    tags = reopened_tags(article_project, segment_id)
    assert getattr(tags, hidden if hidden != "source" else "sources") in (None, [])
    left = suggestions.open_suggestions(article_project, segment_id)
    assert [s.dimension for s in left] == [hidden]  # still open, for a lower threshold


def test_a_hidden_source_is_not_underlined(window):
    source = next(g for g in ghosts(window) if g.is_source)
    apply_threshold(window.session, window.settings, min(1.0, source.score + 0.01))
    assert not any(g.is_source for g in ghosts(window))
    assert underline_at(window, SOURCE) != QTextCharFormat.UnderlineStyle.DashUnderline
    apply_threshold(window.session, window.settings, 0.0)
    assert underline_at(window, SOURCE) == QTextCharFormat.UnderlineStyle.DashUnderline


def test_each_ghost_tag_shows_its_score(window):
    for row in window.panel.suggestions.ghost_rows():
        assert row.score.text() == f"{round(row.ghost.score * 100)}%"
        assert row.score.isVisibleTo(window)


def test_the_threshold_is_remembered_and_bounded(qtbot, window, article_project):
    apply_threshold(window.session, window.settings, 0.7)
    AppSettings().sync()
    assert AppSettings().suggestion_threshold == pytest.approx(0.7)
    again = build_window(qtbot, article_project)
    assert again.session.suggestion_threshold == pytest.approx(0.7)
    AppSettings().suggestion_threshold = 3
    assert AppSettings().suggestion_threshold == 1.0
    AppSettings().suggestion_threshold = -1
    assert AppSettings().suggestion_threshold == 0.0
