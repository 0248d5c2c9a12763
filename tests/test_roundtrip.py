"""A JSONL export imported into a new project gives back the same tags."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, iter_records, write_export
from annotator.core.errors import InputError
from annotator.core.project import Project
from annotator.core.review import gold
from annotator.core.text.importer import import_paths
from tests.conftest import content_sentences


@pytest.fixture
def tagged(article_project):
    first, second, third = content_sentences(article_project)[:3]
    ops.add_source(article_project, segment_id=first.id, annotator="ana", start=0, end=10,
                   type="citizen", quote="direct", via="AFP")
    ops.set_label(article_project, segment_id=first.id, annotator="ana", dimension="stance",
                  value="neutral")
    ops.set_label(article_project, segment_id=second.id, annotator="ben",
                  dimension="verifiability", value="opinion")
    ops.set_note(article_project, segment_id=third.id, annotator="ben", note="à revoir",
                 flag=True)
    ops.set_boilerplate(article_project, segment_id=content_sentences(article_project)[-1].id,
                        boilerplate=True)
    return article_project


def export_with_text(project, path, **filters):
    write_export(project, path, filters=ExportFilter(with_text=True, **filters))
    return path


def test_import_with_tags_gives_back_the_same_tags(tagged, tmp_path):
    path = export_with_text(tagged, tmp_path / "out.jsonl")
    with Project.create(tmp_path / "new.sqlite") as new:
        report = import_paths(new, [path], with_tags=True)
        assert report.tags == 3
        assert list(iter_records(new)) == list(iter_records(tagged))
        assert [s.kind for s in new.sentences(1)] == [s.kind for s in tagged.sentences(1)]


def test_document_text_only_on_each_documents_first_line(tagged, tmp_path):
    path = export_with_text(tagged, tmp_path / "out.jsonl")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert "doc_text" in lines[0] and not any("doc_text" in x for x in lines[1:])
    assert lines[0]["doc_text"] == tagged.document(1).text


def test_export_without_text_is_refused_clearly(tagged, tmp_path):
    path = tmp_path / "plain.jsonl"
    write_export(tagged, path)
    with Project.create(tmp_path / "new.sqlite") as new, pytest.raises(InputError,
                                                                       match="--with-text"):
        import_paths(new, [path], with_tags=True)


def test_gold_layer_round_trip(tagged, tmp_path):
    first = content_sentences(tagged)[0]
    gold.adopt(tagged, segment_id=first.id, from_annotator="ana", decided_by="chris")
    path = export_with_text(tagged, tmp_path / "gold.jsonl", gold=True)
    with Project.create(tmp_path / "new.sqlite") as new:
        import_paths(new, [path], with_tags=True)
        gold_filter = ExportFilter(gold=True)
        assert list(iter_records(new, gold_filter)) == list(iter_records(tagged, gold_filter))


def test_cli_import_with_tags(tagged, tmp_path):
    path = export_with_text(tagged, tmp_path / "out.jsonl")
    new = tmp_path / "new.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["new", str(new)]).exit_code == 0
    result = runner.invoke(main, ["import", str(new), str(path), "--with-tags"])
    assert result.exit_code == 0 and "with 3 tag(s)" in result.output
