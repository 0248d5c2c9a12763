"""Reading the document list in parts: what a long list in the app asks for."""

from annotator.core import ops


def test_document_titles_list_every_document_in_order(article_project):
    assert article_project.document_titles() == [(1, article_project.document(1).title)]


def test_documents_by_ids_counts_one_annotators_progress(article_project):
    first = next(s for s in article_project.sentences(1) if s.kind == "sentence")
    ops.set_label(article_project, segment_id=first.id, annotator="ana",
                  dimension="stance", value="neutral")
    (info,) = article_project.documents("ana", ids=[1])
    assert (info.id, info.tagged) == (1, 1)
    assert article_project.documents("bob", ids=[1])[0].tagged == 0


def test_documents_by_ids_skips_unknown_ids(article_project):
    assert article_project.documents(ids=[99]) == []
    assert article_project.documents(ids=[]) == []
