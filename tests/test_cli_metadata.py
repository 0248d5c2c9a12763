"""`annotator documents --json` and `annotator document-meta`."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import one_line_error


@pytest.fixture
def project(run, tmp_path):
    line = {"text": "Les dockers ont cessé le travail lundi.\n\nLe ministre a réagi.",
            "title": "Grève au port", "outlet": "Le Courrier", "date": "12 mars 2024",
            "meta": {"author": "Paul Marin", "edition": "Marseille"}}
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    path = tmp_path / "p.sqlite"
    assert run("new", path).exit_code == 0
    assert run("import", path, source, "--lang", "fr").exit_code == 0
    return path


def test_documents_json_prints_one_object_per_document(run, project):
    [line] = run("documents", project, "--json").output.splitlines()
    document = json.loads(line)
    assert {k: document[k] for k in ("id", "title", "lang", "sentences", "tagged", "outlet",
                                     "date", "author", "section", "url", "word_count")} == {
        "id": 1, "title": "Grève au port", "lang": "fr", "sentences": 2, "tagged": 0,
        "outlet": "Le Courrier", "date": "2024-03-12", "author": "Paul Marin",
        "section": None, "url": None, "word_count": 11}
    assert document["meta"] == {"edition": "Marseille"}


def test_document_meta_edits_and_undo_takes_it_back(run, project):
    result = run("document-meta", project, 1, "--title", "La grève", "--date", "13 mars 2024",
                 "--section", "Social", "--url", "https://exemple.fr/greve")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert (shown["title"], shown["date"], shown["section"], shown["url"]) == (
        "La grève", "2024-03-13", "Social", "https://exemple.fr/greve")
    assert run("undo", project).output.startswith("Undo edit document 1")
    shown = json.loads(run("document-meta", project, 1).output)
    assert (shown["title"], shown["date"], shown["section"]) == ("Grève au port", "2024-03-12",
                                                                 None)


def test_document_meta_bad_input_is_one_line(run, project):
    one_line_error(run("document-meta", project, 1, "--date", "le 45 mars"), "not a date")
    one_line_error(run("document-meta", project, 1, "--url", "exemple.fr"), "not a web address")
    one_line_error(run("document-meta", project, 7, "--outlet", "X"), "no document 7")
    assert json.loads(run("document-meta", project, 1).output)["outlet"] == "Le Courrier"
