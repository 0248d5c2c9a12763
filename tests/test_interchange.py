"""doccano JSONL and Label Studio JSON imported with their labels; other tools' offsets
kept through normalisation; labels the schema lacks reported, never dropped silently."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.datasets.annotated import normalised_with_offsets, resolve
from annotator.core.errors import InputError
from annotator.core.text.importer import import_paths
from annotator.core.text.readers import normalise

SENTENCE = "Selon le ministère de l'Intérieur, 40 personnes ont été arrêtées."
TWO = SENTENCE + " Une excellente nouvelle pour la ville."


def tags(project, doc_id=1):
    text = project.document(doc_id).text
    return sorted((t.annotator, t.dimension, t.value, text[t.start:t.end] if t.start is not None
                   else None) for t in project.document_tags(doc_id))


def test_doccano_spans_and_text_labels(fresh_project, tmp_path):
    start = SENTENCE.index("le ministère")
    lines = [
        {"text": SENTENCE, "label": [[start, start + len("le ministère de l'Intérieur"),
                                      "government"], [0, 5, "CUE"]], "annotator": "léa"},
        {"text": "Une excellente nouvelle, estime le maire.", "label": ["opinion", "favour"]},
        {"text": TWO, "entities": [{"id": 1, "start_offset": 35, "end_offset": 37,
                                    "label": "QUANTITY"}], "cats": {"stance:neutral": 1}},
    ]
    path = tmp_path / "doccano.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(fresh_project.path), str(path),
                                       "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert tags(fresh_project, 1) == [("léa", "source", "government",
                                       "le ministère de l'Intérieur")]
    assert tags(fresh_project, 2) == [("doccano", "stance", "favour", None),
                                      ("doccano", "verifiability", "opinion", None)]
    assert tags(fresh_project, 3) == []
    assert "label 'CUE' (1x) matches nothing in the schema" in result.output
    assert "label 'QUANTITY' (1x)" in result.output
    assert "'stance:neutral' (1x) is on a whole text of several sentences" in result.output


def test_plain_jsonl_articles_are_still_articles(fresh_project, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"text": SENTENCE, "title": "T"}) + "\n", encoding="utf-8")
    report = import_paths(fresh_project, [path], lang="fr")
    assert len(report.added) == 1 and report.tags == 0 and not report.notices


def label_studio(tmp_path, tasks):
    path = tmp_path / "project-1-at-2025.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def test_label_studio_json_export(fresh_project, tmp_path):
    start = SENTENCE.index("le ministère")
    tasks = [{"id": 7, "data": {"text": SENTENCE}, "annotations": [
        {"completed_by": {"id": 3, "email": "ana@example.org"}, "result": [
            {"from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": start, "end": start + 27, "text": "le ministère de l'Intérieur",
                       "labels": ["government"]}},
            {"from_name": "stance", "to_name": "text", "type": "choices",
             "value": {"choices": ["neutral"]}},
            {"from_name": "comment", "to_name": "text", "type": "textarea",
             "value": {"text": ["à vérifier"]}}]},
        {"completed_by": 5, "was_cancelled": True, "result": [
            {"type": "choices", "from_name": "stance", "value": {"choices": ["against"]}}]},
        {"completed_by": 9, "result": [
            {"type": "choices", "from_name": "sentiment", "value": {"choices": ["Positive"]}}]},
    ]}]
    report = import_paths(fresh_project, [label_studio(tmp_path, tasks)], lang="fr")
    assert tags(fresh_project) == [
        ("ana@example.org", "source", "government", "le ministère de l'Intérieur"),
        ("ana@example.org", "stance", "neutral", None)]
    [note] = fresh_project.document_notes(1)
    assert note["note"] == "à vérifier" and note["annotator"] == "ana@example.org"
    assert any("'Positive' (1x) matches nothing" in line for line in report.notices)


def test_a_json_file_that_is_not_label_studio_is_refused(fresh_project, tmp_path):
    path = tmp_path / "data.json"
    path.write_text('{"text": "hello"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a Label Studio JSON export"):
        import_paths(fresh_project, [path])
    assert fresh_project.documents() == []


def test_label_studio_span_outside_the_text_imports_nothing(fresh_project, tmp_path):
    tasks = [{"data": {"text": SENTENCE}, "annotations": [{"completed_by": 1, "result": [
        {"type": "labels", "value": {"start": 5, "end": 500, "labels": ["media"]}}]}]}]
    with pytest.raises(InputError, match="not inside the text"):
        import_paths(fresh_project, [label_studio(tmp_path, tasks)])
    assert fresh_project.documents() == []


@pytest.mark.parametrize("raw", [
    "\ufeffLigne un.  \r\nLigne deux\u00a0\r\n\r\n",
    "\n\nCafe\u0301 noir.\rSuite e\u0301te\u0301.",
    "Rien à changer.",
])
def test_offsets_survive_normalisation(raw):
    text, offsets = normalised_with_offsets(raw)
    assert text == normalise(raw)
    for word in ("Ligne deux", "noir", "Suite", "changer"):
        start = raw.find(word)
        if start >= 0:
            assert text[offsets[start]:offsets[start + len(word)]] == normalise(word)


def test_label_resolution(fresh_project):
    schema = fresh_project.schema
    assert resolve(schema, "stance:neutral") == ("stance", "neutral")
    assert resolve(schema, "neutral", parent="Stance") == ("stance", "neutral")
    assert resolve(schema, "Government") == ("source", "government")
    assert resolve(schema, "SOURCE") == ("source", "other")
    assert resolve(schema, "opinion") == ("verifiability", "opinion")
    assert resolve(schema, "Emotion") is None
