import pytest

from annotator.core.errors import InputError
from annotator.core.text.importer import import_paths


def test_import_segments_and_keeps_offsets(fresh_project, article_file):
    report = import_paths(fresh_project, [article_file])
    [(doc_id, title)] = report.added
    document = fresh_project.document(doc_id)
    assert document.lang == "fr"
    assert title == "Le port de Marseille paralysé par une grève"
    sentences = fresh_project.sentences(doc_id)
    for sentence in sentences:
        segment_text = document.text[sentence.start:sentence.end]
        assert segment_text and segment_text == segment_text.strip()
    kinds = {document.text[s.start:s.end]: s.kind for s in sentences}
    assert kinds["Par Claire Dumont"] == "boilerplate"
    assert kinds["Les dockers du port de Marseille ont cessé le travail lundi, selon la "
                 "direction du port."] == "sentence"


def test_same_article_twice_is_reported_not_duplicated(fresh_project, article_file, tmp_path):
    import_paths(fresh_project, [article_file])
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article_file.read_bytes().replace(b"\n", b"\r\n"))
    report = import_paths(fresh_project, [copy])
    assert report.added == []
    assert report.duplicates == [(str(copy), 1)]
    assert len(fresh_project.documents()) == 1


def test_import_is_all_or_nothing(fresh_project, article_file, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{broken\n')
    with pytest.raises(InputError, match="line 2"):
        import_paths(fresh_project, [article_file, bad])
    assert fresh_project.documents() == []


def test_language_can_be_forced(fresh_project, article_file):
    import_paths(fresh_project, [article_file], lang="en")
    assert fresh_project.document(1).lang == "en"


def test_progress_reports_and_cancel_writes_nothing(fresh_project, article_file):
    from annotator.core.errors import Cancelled
    from annotator.core.progress import Progress

    seen = []
    with pytest.raises(Cancelled):
        import_paths(fresh_project, [article_file],
                     progress=Progress(report=lambda *a: seen.append(a),
                                       is_cancelled=lambda: len(seen) >= 1))
    assert seen and fresh_project.documents() == []
