"""The document list's outlet and date columns, sorting, filter syntax and metadata dialog."""

from __future__ import annotations

import pytest
from gui_helpers import ARTICLE, store_article
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from annotator.gui.document_list import DATE, OUTLET, TITLE, DocumentListModel
from tests.newsdb_samples import SAMPLES

PAPERS = [  # (title, outlet, date, author)
    ("Grève à Marseille", None, None, None),
    ("Le port reprend", "La Gazette", "2024-03-14", "Claire Dumont"),
    ("Dockers en colère", "Le Courrier", "2024-02-02", "Paul Marin"),
    ("Négociations au ministère", "La Gazette", "2024-03-01T08:00:00", None),
]


@pytest.fixture
def papers(gui_project):
    for number, (title, outlet, date, author) in enumerate(PAPERS[1:], start=2):
        store_article(gui_project, ARTICLE, title=title, key=f"k{number}", outlet=outlet,
                      date=date, author=author)
    return gui_project


def column(proxy, number):
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_list_model_with_metadata_passes_the_model_tester(qtmodeltester, papers, session):
    model = DocumentListModel(session)
    model.reload()
    assert model.index(1, OUTLET).data() == "La Gazette"
    assert model.index(3, DATE).data() == "2024-03-01"
    assert model._infos == {}  # outlet and date need no progress counts
    qtmodeltester.check(model)


def test_outlet_and_date_columns_show_only_when_a_document_has_them(window, gui_project):
    window.show_project(gui_project)  # one article, no outlet, no date
    view = window.documents.view
    assert view.isColumnHidden(OUTLET) and view.isColumnHidden(DATE)
    store_article(gui_project, ARTICLE, title="Le port reprend", key="k2", outlet="La Gazette")
    window.show_project(gui_project)
    assert not view.isColumnHidden(OUTLET) and view.isColumnHidden(DATE)


def test_columns_sort_and_documents_without_a_value_come_last(window, papers):
    window.show_project(papers)
    proxy = window.documents.proxy
    assert column(proxy, TITLE) == [p[0] for p in PAPERS]  # import order at first
    window.documents.view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, DATE) == ["2024-02-02", "2024-03-01", "2024-03-14", None]
    window.documents.view.sortByColumn(OUTLET, Qt.SortOrder.DescendingOrder)
    assert column(proxy, OUTLET) == ["Le Courrier", "La Gazette", "La Gazette", None]
    window.documents.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, TITLE)[0] == "Dockers en colère"


@pytest.mark.parametrize("query, titles", [
    ("gazette", ["Le port reprend", "Négociations au ministère"]),
    ("outlet:courrier", ["Dockers en colère"]),
    ("author:dumont", ["Le port reprend"]),
    ("date:2024-03", ["Le port reprend", "Négociations au ministère"]),
    ("date:2024-02-15..2024-03-10", ["Négociations au ministère"]),
    ("date:..2024-02", ["Dockers en colère"]),
    ('outlet:"la gazette" negociations', ["Négociations au ministère"]),
    ("greve", ["Grève à Marseille"]),
])
def test_filter_syntax(qtmodeltester, window, papers, query, titles):
    window.show_project(papers)
    window.documents.filter.setText(query)
    assert column(window.documents.proxy, TITLE) == titles
    qtmodeltester.check(window.documents.proxy)


def test_metadata_dialog_saves_one_step_that_ctrl_z_undoes(qtbot, window, papers):
    window.show_project(papers)
    window.session.open_document(2)
    dialog = window.documents.edit_metadata()
    assert dialog.fields["outlet"].text() == "La Gazette"
    dialog.fields["title"].setText("Le port a repris")
    dialog.fields["date"].setText("15 mars 2024")
    dialog.fields["author"].setText("")
    dialog.accept()
    assert not dialog.isVisible()
    [info] = papers.documents(ids=[2])
    assert (info.title, info.date, info.author) == ("Le port a repris", "2024-03-15", None)
    model = window.documents.model
    assert model.index(model.row_of(2), TITLE).data() == "Le port a repris"
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [info] = papers.documents(ids=[2])
    assert (info.title, info.date, info.author) == ("Le port reprend", "2024-03-14",
                                                    "Claire Dumont")
    assert model.index(model.row_of(2), DATE).data() == "2024-03-14"


def test_metadata_dialog_refuses_a_bad_date_and_stays_open(window, papers):
    window.show_project(papers)
    dialog = window.documents.edit_metadata(3)
    dialog.fields["date"].setText("31 février 2024")
    dialog.accept()
    assert dialog.isVisible() and "not a date" in dialog.error.text()
    assert papers.documents(ids=[3])[0].date == "2024-02-02"
    dialog.reject()


@pytest.mark.slow
def test_dropping_a_news_export_imports_its_articles_with_metadata(qtbot, window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLES / "europresse.html"))])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 3, timeout=60_000)
    assert "2 articles from Europresse export europresse.html" in (
        window.statusBar().currentMessage())
    model = window.documents.model
    assert model.index(1, OUTLET).data() == "La Voix du Centre"
    assert model.index(1, DATE).data() == "2024-03-12"


def test_a_malformed_export_shows_one_error_and_imports_nothing(qtbot, window):
    window.start_import([SAMPLES / "nexis_gap.TXT"], lang="fr")
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")), timeout=60_000)
    [box] = window.findChildren(QMessageBox, "errorBox")
    assert "article 3 follows article 1" in box.text()
    assert window.documents.model.rowCount() == 1
