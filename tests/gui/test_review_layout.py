"""Review window and agreement view as they are drawn: nothing truncated, clipped or
overlapping on a small screen, colours that follow the printed figure, each figure judged
on its own. Geometry is read from the widgets, colours from the same rounded values."""

from __future__ import annotations

import pytest
from gui_helpers import content
from PySide6.QtWidgets import QComboBox, QLabel
from review_helpers import code_two_annotators, open_review, wait_idle

from annotator.core import ops
from annotator.gui.review import bands
from annotator.gui.review.agreement_view import FigureCard
from annotator.gui.review.bar_chart import Bar, BarChart


@pytest.fixture
def review(qtbot, gui_project):
    code_two_annotators(gui_project)
    ids = [s.id for s in content(gui_project)]
    text = gui_project.sentence_text(gui_project.sentence(ids[1]))
    for who in ("ana", "ben"):  # two sources, with a long type line, to fill the cells
        for words in ("Les dockers", "la direction du port"):
            start = text.index(words)
            ops.add_source(gui_project, segment_id=ids[1], annotator=who, start=start,
                           end=start + len(words), type="organisation", quote="indirect")
    window = open_review(qtbot, gui_project)
    assert window.select_segment(ids[1])
    window.adopt("ana", None, advance=False)  # gold with its provenance under the combos
    wait_idle(qtbot, window)
    window.select_segment(ids[1])
    return window


def test_window_fits_the_screen(review):
    room = review.screen().availableGeometry()
    assert review.width() <= room.width() and review.height() <= room.height()
    minimum = review.minimumSizeHint()
    assert minimum.width() <= room.width() and minimum.height() <= room.height()


def test_sentence_column_keeps_a_third_of_the_width(qtbot, review):
    review.resize(760, 600)
    qtbot.waitUntil(lambda: review.table.viewport().width() < 760)
    assert review.table.viewport().width() > 600
    header = review.table.horizontalHeader()
    assert header.sectionSize(0) >= review.table.viewport().width() / 3 - 1


def _grid_widgets(panel):
    found = panel.findChildren(QLabel) + panel.findChildren(QComboBox)
    return [w for w in found if w.isVisibleTo(panel) and w.parent() is panel]


def _name(widget) -> str:
    return widget.text() if isinstance(widget, QLabel) else widget.currentText()


def test_panel_cells_show_every_line_and_never_overlap(qtbot, review):
    review.resize(760, 560)
    qtbot.wait(50)
    panel = review.panel
    shown = [w for w in _grid_widgets(panel) if isinstance(w, QLabel) and w.text()]
    assert any("\n" in w.text() for w in shown)  # two sources: two lines in their cell
    for label in shown:
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    widgets = _grid_widgets(panel)
    for number, first in enumerate(widgets):
        for second in widgets[number + 1:]:
            assert not first.geometry().intersects(second.geometry()), (
                _name(first), _name(second))
    provenance = panel.provenance["source"]
    assert "by chris" in provenance.text()
    assert provenance.geometry().top() >= panel.combos["source"].geometry().bottom()


def test_threshold_labels_stay_apart_on_a_narrow_chart(qtbot):
    chart = BarChart("Stance \u2014 alpha")
    qtbot.addWidget(chart)
    chart.set_bars([Bar("All documents", 0.9, None)])
    chart.resize(330, 120)
    low, high = chart.threshold_label_rects()
    assert low.right() < high.left()
    (_v1, x1), (_v2, x2) = chart.threshold_lines()
    assert x2 - x1 < low.width() + high.width()  # they would touch if centred on the lines


def test_the_colour_follows_the_printed_value():
    two_thirds = 2 / 3
    assert bands.figure(two_thirds) == ".667"
    assert bands.band(two_thirds) == "tentative"
    assert bands.strong(two_thirds) == bands.COLOURS["tentative"][0]
    assert bands.figure(0.79951) == ".800" and bands.band(0.79951) == "reliable"
    assert bands.band(0.6664) == "unreliable"  # printed .666


def test_card_headline_colour_follows_the_printed_value(qtbot):
    card = FigureCard("stance", lambda *_a: None)
    qtbot.addWidget(card)
    card.show_figures(2 / 3, "\u03b1", [])
    assert card.value.text() == "\u03b1 .667"
    assert bands.COLOURS["tentative"][0].name() in card.value.styleSheet()
    assert card.meaning.text() == "\u03b1: tentative"


def test_sources_card_judges_type_agreement_on_its_own(qtbot, gui_project):
    ids = [s.id for s in content(gui_project)][1:]
    types = {"ana": ["government"] * 3, "ben": ["government", "expert", "company"]}
    for number, segment_id in enumerate(ids):
        text = gui_project.sentence_text(gui_project.sentence(segment_id))
        words = text.split()[0] + " " + text.split()[1]
        for who in ("ana", "ben"):
            ops.set_label(gui_project, segment_id=segment_id, annotator=who,
                          dimension="stance", value="neutral")
            ops.add_source(gui_project, segment_id=segment_id, annotator=who, start=0,
                           end=len(words), type=types[who][number], quote="indirect")
    window = open_review(qtbot, gui_project)
    card = window.agreement.cards["source"]
    assert card.value.text() == "F1 1.000" and card.meaning.text() == "F1: reliable"
    judged = {figure.name: figure for figure in card.figures}
    types_figure = judged["type agreement"]
    assert bands.figure(types_figure.value, percent=True) == "33%"
    assert bands.band(types_figure.value) == "unreliable"
    red = bands.COLOURS["unreliable"][0].name()
    assert f"<b style='color:{red}'>33%</b>" in card.details.text()
    assert "(unreliable)" in card.details.text()
    assert bands.COLOURS["reliable"][0].name() not in card.styleSheet()  # not a green card
    assert f"types <b style='color:{red}'>33%</b>" in window.strip.text()
