"""``annotator search``: hits printed or as JSON, filters, one-line errors."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def project(run, tmp_path, article_file):
    path = tmp_path / "p.sqlite"
    assert run("new", path).exit_code == 0
    assert run("import", path, article_file, "--lang", "fr").exit_code == 0
    return path


def test_hits_are_printed_with_their_place_and_the_words_found(run, project):
    result = run("search", project, "negociations")
    assert result.exit_code == 0
    [line] = [line for line in result.stdout.splitlines() if line]
    place, title, text = line.split("\t")
    assert place == "1:6" and title.startswith("Le port de Marseille")
    assert text == "Le ministre des Transports a annoncé mardi l'ouverture de [négociations]."
    assert "1 sentence" in result.stderr


def test_json_holds_every_hit_with_its_marks(run, project):
    result = run("search", project, '"port de Marseille"', "--json")
    data = json.loads(result.stdout)
    assert data["total"] == 2 and len(data["hits"]) == 2
    hit = data["hits"][1]
    start, end = hit["marks"][0]
    assert hit["text"][start:end] == "port de Marseille"
    assert hit["index"] == 4 and hit["doc_id"] == 1


def test_tag_filters_without_words(run, project):
    assert run("tag", project, 1, 5, "--annotator", "ana", "--verifiability", "opinion",
               "--flag").exit_code == 0
    flagged = json.loads(run("search", project, "--flagged", "--json").stdout)
    assert [hit["index"] for hit in flagged["hits"]] == [5]
    opinion = json.loads(run("search", project, "syndicat", "--annotator", "ana", "--value",
                             "opinion", "--json").stdout)
    assert [hit["index"] for hit in opinion["hits"]] == [5]
    untagged = json.loads(run("search", project, "--untagged", "--json").stdout)
    assert 5 not in [hit["index"] for hit in untagged["hits"]] and untagged["total"] == 3


@pytest.mark.parametrize(("args", "said"), [
    (['"port de'], "cannot read the search"),
    (["port AND"], "cannot read the search"),
    (["x", "--annotator", "nobody"], "no annotator 'nobody'"),
    (["x", "--value", "maybe"], "'maybe' is not a value"),
    (["x", "--doc", "42"], "no document 42"),
])
def test_bad_input_is_one_line_and_exit_1(run, project, args, said):
    result = run("search", project, *args)
    assert result.exit_code == 1
    assert said in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_limit_says_how_many_there_are(run, project):
    result = run("search", project, "--limit", "2")
    assert len(result.stdout.splitlines()) == 2
    assert "4 sentences (the first 2 shown" in result.stderr
