"""The agreement view: the core's figures, Krippendorff's thresholds drawn, click-through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from review_helpers import code_two_annotators, open_review

from annotator.core.review.agreement import agreement
from annotator.gui.review import bands
from annotator.gui.review.bar_chart import Bar, BarChart


@pytest.fixture
def review(qtbot, gui_project):
    code_two_annotators(gui_project)
    window = open_review(qtbot, gui_project)
    window.show_agreement()
    return window


def test_figures_are_the_cores(review, gui_project):
    expected = agreement(gui_project, annotators=["ana", "ben"])
    view = review.agreement
    for dimension in ("stance", "verifiability"):
        alpha = expected.dimensions[dimension].alpha
        assert view.report.dimensions[dimension].alpha == pytest.approx(alpha)
        assert view.cards[dimension].value.text() == f"\u03b1 {bands.figure(alpha)}"
        assert view.charts[dimension].bars[0].value == pytest.approx(alpha)
    assert view.table.rowCount() == 1
    assert "\u03b1" in review.strip.text()


def test_colours_follow_krippendorffs_thresholds():
    assert [bands.band(v) for v in (0.5, 0.667, 0.75, 0.8, None)] == [
        "unreliable", "tentative", "tentative", "reliable", "undefined"]
    assert bands.figure(0.7123) == ".712" and bands.figure(-0.25) == "-.250"


def test_threshold_lines_are_drawn_where_the_values_fall(qtbot):
    chart = BarChart("Stance \u2014 alpha")
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.set_bars([Bar("All documents", 0.9, None), Bar("Doc", 0.5, 7)])
    (tentative, x1), (reliable, x2) = chart.threshold_lines()
    plot = chart.plot_rect()
    assert (tentative, reliable) == (0.667, 0.8)
    assert plot.left() < x1 < x2 < plot.right()
    assert x1 == pytest.approx(plot.left() + 0.667 * plot.width())
    assert chart.bar_rect(0).right() == pytest.approx(chart.value_x(0.9))
    assert chart.bar_rect(1).right() < x1 < chart.bar_rect(0).right()


def test_a_negative_alpha_moves_the_axis(qtbot):
    chart = BarChart("alpha")
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.set_bars([Bar("All", -0.5, None)])
    assert chart.low == -0.5
    assert chart.bar_rect(0).left() == pytest.approx(chart.plot_rect().left())


def test_clicking_a_document_bar_lists_its_disagreements(qtbot, review):
    chart = review.agreement.charts["stance"]
    chart.resize(500, chart.sizeHint().height())
    doc_bar = chart.bar_rect(1).center()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPointF(doc_bar).toPoint())
    assert review.tabs.currentIndex() == 0
    assert review.filters.current_filter().doc_id == 1
    rows = [review.model.row_at(n) for n in range(review.model.rowCount())]
    assert rows and all("stance" in r.disagreements for r in rows)


def test_clicking_a_table_figure_lists_that_documents_disagreements(review):
    review.agreement.table.cellClicked.emit(0, 3)  # verifiability of the one document
    rows = [review.model.row_at(n) for n in range(review.model.rowCount())]
    assert [r.disagreements for r in rows] == [("verifiability",)]


def test_fewer_than_two_annotators_says_so(qtbot, review):
    review.filters.annotator_menu.actions()[1].setChecked(False)
    assert "two annotators" in review.agreement.summary.text()
    assert review.agreement.report is None
