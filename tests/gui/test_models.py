"""Every item model passes pytest-qt's model tester."""

from PySide6.QtCore import QSortFilterProxyModel

from annotator.gui.document_list import PROGRESS, DocumentListModel
from annotator.gui.sources_table import SourcesModel


def test_document_list_model(qtmodeltester, session):
    model = DocumentListModel(session)
    model.reload()
    qtmodeltester.check(model)


def test_document_list_model_is_lazy_until_a_row_is_shown(session):
    model = DocumentListModel(session)
    model.reload()
    assert model.rowCount() == 1 and model._infos == {}
    assert model.index(0, PROGRESS).data() == "0/4"


def test_document_filter_proxy(qtmodeltester, window):
    proxy: QSortFilterProxyModel = window.documents.proxy
    window.documents.filter.setText("grève")
    assert proxy.rowCount() == 1
    window.documents.filter.setText("nothing like this")
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def test_sources_model(qtmodeltester, session, gui_project):
    session.go_to(gui_project.sentences(1)[2].id)
    start = session.sentence_text().index("la direction du port")
    session.add_source(session.current.id, start, start + 20, type="company", quote="indirect")
    model = SourcesModel()
    model.set_sources(session.tags().sources, gui_project.document(1).text)
    assert model.index(0, 0).data() == "la direction du port"
    qtmodeltester.check(model)
