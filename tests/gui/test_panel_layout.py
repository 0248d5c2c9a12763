"""The panel keeps its layout from sentence to sentence: the stance and verifiability
buttons do not move when a sentence has a source or two, or none."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


def stance_top(window) -> int:
    QApplication.processEvents()
    panel = window.panel
    return panel.stance.mapTo(panel.widget(), QPoint(0, 0)).y()


def test_adding_sources_does_not_move_the_buttons_below(qtbot, window):
    session = window.session
    without = stance_top(window)
    sentence = session.current
    words = session.sentence_text(sentence)
    session.add_source(sentence.id, 0, words.index(" "), type="other", quote="indirect")
    assert len(session.tags().sources) == 1
    assert stance_top(window) == without
    session.add_source(sentence.id, len(words) - 5, len(words) - 1, type="media",
                       quote="indirect")
    assert len(session.tags().sources) == 2
    assert stance_top(window) == without
    session.next()  # a sentence without a source again
    assert stance_top(window) == without


def test_an_empty_sources_table_says_the_sentence_has_none(qtbot, window):
    table = window.panel.sources
    assert table.isVisible() and table.sources_model.rowCount() == 0
    assert "own voice" in table.empty_text
