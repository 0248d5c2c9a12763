"""View > Charts on a real coded project: numbers on hover, click-through to the sentence
in the main window, exports (PNG, SVG, CSV) written whole, the crosstab."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core import ops
from annotator.core.project import Project
from annotator.gui.charts.charts_window import CROSSTAB_TAB, ChartsWindow, open_charts
from annotator.gui.controller import Session
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings
from tests.corpus_helpers import build_corpus, code_corpus


@pytest.fixture
def coded(tmp_path):
    project = build_corpus(tmp_path)
    ids = code_corpus(project)
    yield project, ids
    project.close()


@pytest.fixture
def main_and_charts(qtbot, coded):
    project, ids = coded
    main = MainWindow(Session("ana"), AppSettings(), model_loader=None)
    qtbot.addWidget(main)
    main.show_project(project)
    main.show()
    charts = open_charts(main)
    qtbot.waitExposed(charts)
    qtbot.waitUntil(lambda: not charts.loading and charts.corpus is not None, timeout=60_000)
    return main, charts, ids


def hover(chart, point: QPoint) -> str:
    """Move the mouse over ``point`` of the chart; returns the tooltip it shows then. (The
    event goes to the widget itself: QTest.mouseMove moves the pointer, which the offscreen
    platform gives to whichever window is on top.)"""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(chart.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chart, event)
    return chart.toolTip()


def segment_of(chart, row: str, column: str):
    return next(s for s in chart.segments() if (s.row, s.column) == (row, column))


def test_view_menu_opens_the_charts(main_and_charts):
    main, charts, _ids = main_and_charts
    view = next(a.menu() for a in main.menuBar().actions() if a.text() == "&View")
    assert any(a.objectName() == "showCharts" for a in view.actions())
    assert open_charts(main) is charts  # one window, raised again


def test_hover_shows_the_numbers(qtbot, main_and_charts):
    _main, charts, _ids = main_and_charts
    charts.show_chart("stance_by_outlet")
    chart = charts.chart
    segment = segment_of(chart, "Le Monde", "neutral")
    assert "Le Monde \u2014 Neutral: 3 (75.0% of 4)" in hover(chart,
                                                              segment.rect.center().toPoint())
    assert hover(chart, QPoint(2, 2)) == ""
    label = QPoint(int(chart.plot_rect().left()) - 20, segment.rect.center().toPoint().y())
    assert hover(chart, label) == "<qt>Le Monde: 4</qt>"  # a category's name, in full


def test_grouped_chart_compares_coders(qtbot, main_and_charts):
    _main, charts, _ids = main_and_charts
    charts.show_chart("stance_by_annotator")
    chart = charts.chart
    ana, ben = segment_of(chart, "neutral", "ana"), segment_of(chart, "neutral", "ben")
    assert ana.rect.width() == pytest.approx(1.5 * ben.rect.width())  # 3 against 2
    assert ana.rect.bottom() <= ben.rect.top()  # side by side, not stacked
    assert "Neutral \u2014 ben: 2" in hover(chart, ben.rect.center().toPoint())


def test_click_opens_the_sentence_in_the_main_window(qtbot, main_and_charts):
    main, charts, ids = main_and_charts
    charts.show_chart("stance_by_outlet")
    segment = segment_of(charts.chart, "Le Monde", "against")
    qtbot.mouseClick(charts.chart, Qt.MouseButton.LeftButton,
                     pos=segment.rect.center().toPoint())
    assert main.session.current.id == ids["monde"][0]
    assert charts.sentences.count() == 1
    assert "selon la direction du port" in charts.sentences.item(0).text()


def test_shares_draw_each_bar_to_full_width(main_and_charts):
    _main, charts, _ids = main_and_charts
    charts.show_chart("stance_by_outlet")
    charts.shares.setChecked(True)
    chart = charts.chart
    for row in chart.rows:
        parts = [s.rect for s in chart.segments() if s.row == row]
        assert parts[-1].right() == pytest.approx(chart.x_of(100.0))


def test_exports_are_whole_files(main_and_charts, tmp_path):
    _main, charts, _ids = main_and_charts
    charts.show_chart("stance_by_month")
    png, svg, numbers = tmp_path / "c.png", tmp_path / "c.svg", tmp_path / "c.csv"
    assert charts.export(png) and charts.export(svg) and charts.export(numbers)
    image = QImage(str(png))
    assert image.width() == 2 * charts.chart.width() and not image.isNull()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Stance over time" in ET.tostring(root, encoding="unicode")
    lines = list(csv.reader(numbers.open(encoding="utf-8", newline="")))
    assert lines[1][:5] == ["2025-03", "0", "1", "3", "0"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "c."))) == [
        "c.csv", "c.png", "c.svg"]  # no temporary file left beside them


def test_export_over_the_project_is_refused(qtbot, main_and_charts, coded):
    project, _ids = coded
    _main, charts, _ids = main_and_charts
    before = project.path.stat().st_size
    assert not charts.export(project.path, crosstab=True)
    box = charts.findChild(QMessageBox, "errorBox")
    assert box is not None and "open project" in box.text()
    assert project.path.stat().st_size == before
    with Project.open(project.path, readonly=True) as again:
        assert again.annotators() == ["ana", "ben"]


def test_crosstab_counts_percent_click_and_csv(qtbot, main_and_charts, tmp_path):
    main, charts, ids = main_and_charts
    charts.tabs.setCurrentIndex(CROSSTAB_TAB)
    view = charts.crosstab
    view.rows.setCurrentIndex(view.rows.findData("source"))
    view.columns.setCurrentIndex(view.columns.findData("month"))
    assert view.cell_text("expert", "2025-04") == "1  (100.0%)"
    assert view.cell_text("government", "2025-03") == "1  (50.0%)"
    table = view.table_data
    line, column = table.row_keys.index("expert"), table.column_keys.index("2025-04")
    view.grid.cellClicked.emit(line, column)
    assert main.session.current.id == ids["expert"][0]
    target = tmp_path / "crosstab.csv"
    assert charts.export(target, crosstab=True)
    lines = list(csv.reader(target.open(encoding="utf-8", newline="")))
    assert lines[0][:3] == ["Source type \u00d7 Month", "2025-03", "2025-04"]
    assert ["expert", "0", "1", "1", "0.0", "100.0"] in lines


def test_same_variable_twice_asks_for_two(main_and_charts):
    _main, charts, _ids = main_and_charts
    view = charts.crosstab
    view.rows.setCurrentIndex(view.rows.findData("stance"))
    view.columns.setCurrentIndex(view.columns.findData("stance"))
    assert view.table_data is None and not view.export_button.isEnabled()
    assert "two different" in view.hint.text()


def test_charts_follow_new_tags(qtbot, main_and_charts):
    main, charts, ids = main_and_charts
    charts.show_chart("stance_by_outlet")
    main.session.run(ops.set_label, segment_id=ids["minister"][0], annotator="ana",
                     dimension="stance", value="against")
    qtbot.waitUntil(lambda: charts.table.count("Le Monde", "against") == 2, timeout=60_000)


def test_a_hidden_window_counts_again_when_shown(qtbot, main_and_charts):
    main, charts, ids = main_and_charts
    charts.show_chart("stance_by_outlet")
    charts.hide()
    main.session.run(ops.set_label, segment_id=ids["minister"][0], annotator="ben",
                     dimension="stance", value="favour")
    qtbot.waitUntil(lambda: charts._stale, timeout=60_000)
    assert charts.table.count("Le Monde", "favour") == 0  # not counted while hidden
    open_charts(main)
    qtbot.waitUntil(lambda: charts.table.count("Le Monde", "favour") == 1, timeout=60_000)


def test_window_fits_the_screen(main_and_charts):
    _main, charts, _ids = main_and_charts
    room = charts.screen().availableGeometry()
    assert charts.width() <= room.width() and charts.height() <= room.height()


def test_an_empty_project_says_so(qtbot, tmp_path):
    project = Project.create(tmp_path / "empty.sqlite")
    session = Session("ana")
    session.set_project(project)
    window = ChartsWindow(session)
    session.setParent(window)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading and window.corpus is not None, timeout=60_000)
    assert window.table.total == 0 and window.chart.segments() == []
    project.close()
