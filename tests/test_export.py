import csv
import json

import pytest

from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, iter_records, write_export
from annotator.core.errors import InputError
from tests.conftest import content_sentences


@pytest.fixture
def tagged(article_project):
    first, second = content_sentences(article_project)[:2]
    text = article_project.sentence_text(first)
    start = text.index("la direction du port")
    ops.add_source(article_project, segment_id=first.id, annotator="ana", start=start,
                   end=start + len("la direction du port"), type="company")
    ops.set_label(article_project, segment_id=first.id, annotator="ana",
                  dimension="verifiability", value="verifiable")
    ops.set_label(article_project, segment_id=first.id, annotator="ben",
                  dimension="stance", value="neutral")
    ops.set_note(article_project, segment_id=second.id, annotator="ben", flag=True)
    return article_project


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_line_per_sentence_and_annotator(tagged, tmp_path):
    out = tmp_path / "out.jsonl"
    assert write_export(tagged, out) == 3
    records = read_jsonl(out)
    assert [(r["index"], r["annotator"]) for r in records] == sorted(
        (r["index"], r["annotator"]) for r in records)
    ana = records[0]
    assert ana["annotator"] == "ana" and ana["verifiability"] == "verifiable"
    assert ana["sources"] == [{"text": "la direction du port", "start": ana["sources"][0]["start"],
                               "end": ana["sources"][0]["end"], "type": "company",
                               "quote": "indirect"}]
    document = tagged.document(1).text
    assert document[ana["start"]:ana["end"]] == ana["text"]
    assert document[ana["sources"][0]["start"]:ana["sources"][0]["end"]] == "la direction du port"
    assert records[2]["flag"] is True and records[2]["stance"] is None


def test_contract_fields_present(tagged):
    record = next(iter_records(tagged))
    for field in ("doc", "doc_title", "doc_id", "index", "text", "start", "end", "kind",
                  "boilerplate", "annotator", "sources", "stance", "verifiability", "note",
                  "flag"):
        assert field in record
    assert record["doc"] == tagged.document(1).key


def test_annotator_filter(tagged):
    assert {r["annotator"] for r in iter_records(tagged, ExportFilter(annotator="ben"))} == {"ben"}


def test_all_sentences_adds_untagged_without_boilerplate(tagged):
    records = list(iter_records(tagged, ExportFilter(all_sentences=True)))
    untagged = [r for r in records if r["annotator"] is None]
    content = [s for s in tagged.sentences(1) if s.kind != "boilerplate"]
    assert len(untagged) == len(content) - 2
    assert not any(r["boilerplate"] for r in records)


def test_include_boilerplate(tagged):
    records = list(iter_records(tagged, ExportFilter(all_sentences=True,
                                                     include_boilerplate=True)))
    assert any(r["boilerplate"] and r["kind"] == "boilerplate" for r in records)


def test_suggestions_field_is_present_and_empty_without_suggestions(tagged):
    record = next(iter_records(tagged, ExportFilter(suggestions=True)))
    assert record["suggestions"] == {"sources": [], "stance": None, "verifiability": None}


def test_export_is_deterministic(tagged, tmp_path):
    write_export(tagged, tmp_path / "a.jsonl")
    write_export(tagged, tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_csv_has_same_rows_with_sources_joined(tagged, tmp_path):
    out = tmp_path / "out.csv"
    write_export(tagged, out, format="csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 3
    assert rows[0]["sources"] == "la direction du port [company, indirect]"


def test_unwritable_path_leaves_nothing(tagged, tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        write_export(tagged, tmp_path / "missing" / "out.jsonl")


def test_failed_export_keeps_previous_file(tagged, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous")

    real = iter_records

    def broken(*args, **kwargs):
        yield next(real(*args, **kwargs))
        raise RuntimeError("disk full")

    monkeypatch.setattr("annotator.core.datasets.export.iter_records", broken)
    with pytest.raises(RuntimeError):
        write_export(tagged, out)
    assert out.read_text() == "previous"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
