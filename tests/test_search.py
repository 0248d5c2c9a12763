"""Search: the full-text index follows every change, and the filters by tag."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core import ops
from annotator.core.project import Project
from annotator.core.review.merge import merge_project
from annotator.core.search import SearchSyntaxError, SentenceFilter, search
from annotator.core.store.database import APPLICATION_ID
from annotator.core.store.migrations import migrations
from annotator.core.text.importer import import_paths
from tests.conftest import content_sentences

OTHER_ARTICLE = """Accord sur les céréales à Istanbul

L'Ukraine et la Russie ont signé vendredi un accord sur l'exportation des céréales.
Selon l'ONU, les premiers navires pourraient quitter Odessa la semaine prochaine.
"""


def texts(result) -> list[str]:
    return [hit.text for hit in result.hits]


def index_is_sound(project: Project) -> bool:
    """FTS5's own check that the index matches its content, word for word."""
    project.db.execute("INSERT INTO search_index (search_index, rank) "
                       "VALUES ('integrity-check', 1)")
    return True


def test_words_are_found_after_an_import_with_the_matched_words_marked(article_project):
    result = search(article_project, "port")
    assert result.total == 2
    hit = result.hits[1]
    assert hit.text.startswith("Les dockers du port de Marseille")
    assert [hit.text[s:e] for s, e in hit.marks] == ["port", "port"]
    assert hit.highlighted().startswith("Les dockers du [port] de Marseille")
    assert (hit.doc_id, hit.doc_title) == (1, "Le port de Marseille paralysé par une grève")


def test_accents_and_case_are_folded(article_project):
    assert texts(search(article_project, "NEGOCIATIONS")) == [
        "Le ministre des Transports a annoncé mardi l'ouverture de négociations."]
    assert search(article_project, "greve").total == search(article_project, "grève").total == 1


def test_phrases_prefixes_and_operators(article_project):
    assert search(article_project, '"direction du port"').total == 1
    assert search(article_project, '"port du direction"').total == 0
    assert [hit.text[s:e] for hit in search(article_project, "négo*").hits
            for s, e in hit.marks] == ["négociations"]
    assert search(article_project, "salaires OR Transports").total == 2
    assert search(article_project, "port NOT dockers").total == 1
    assert search(article_project, "port AND NOT dockers").total == 1


def test_apostrophes_and_hyphens_need_no_quotes(article_project):
    assert texts(search(article_project, "l'ouverture")) == texts(search(article_project,
                                                                         "ouverture"))
    assert search(article_project, "porte-parole").total == 1


@pytest.mark.parametrize("query", ['"port de', "port AND", "NOT", "(port"])
def test_bad_syntax_is_one_clear_line(article_project, query):
    with pytest.raises(SearchSyntaxError) as caught:
        search(article_project, query)
    message = str(caught.value)
    assert "\n" not in message and "search" in message and "phrase" in message


def test_boilerplate_is_left_out_unless_asked(article_project):
    assert search(article_project, "Lire").total == 0
    assert search(article_project, "Lire", SentenceFilter(include_boilerplate=True)).total == 1


def test_a_merged_document_is_found_and_undo_takes_it_out(article_project, tmp_path):
    other = Project.create(tmp_path / "other.sqlite")
    (tmp_path / "cereales.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    import_paths(other, [tmp_path / "cereales.txt"], lang="fr")
    other.close()
    assert search(article_project, "céréales").total == 0
    merge_project(article_project, tmp_path / "other.sqlite")
    assert search(article_project, "Odessa").total == 1
    assert search(article_project, "cereales").total == 2
    ops.undo(article_project)
    assert search(article_project, "Odessa").total == 0
    assert index_is_sound(article_project)


def test_the_index_follows_a_sentence_whose_offsets_change(article_project):
    first = content_sentences(article_project)[0]
    with article_project.journal.step("shorten") as step:
        article_project.journal.update(step, "segments", first.id,
                                       {"end": first.start + len("Les dockers")})
    assert search(article_project, "Marseille").total == 1  # only the heading now
    assert texts(search(article_project, "dockers")) == ["Les dockers"]
    ops.undo(article_project)
    assert search(article_project, "Marseille").total == 2
    assert index_is_sound(article_project)


def test_an_older_project_gets_its_index_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="m007_search_index")
    db["settings"].insert({"key": "schema", "value": Project.create(
        tmp_path / "schema.sqlite").schema.to_json()})
    db["documents"].insert({"id": 1, "key": "k", "title": "Vieux", "lang": "fr",
                            "text": "Une économie forte. Une autre phrase."})
    db["segments"].insert_all([
        {"id": 1, "doc_id": 1, "idx": 0, "start": 0, "end": 19, "kind": "sentence"},
        {"id": 2, "doc_id": 1, "idx": 1, "start": 20, "end": 37, "kind": "sentence"}])
    db.close()
    with Project.open(path) as project:
        assert texts(search(project, "economie")) == ["Une économie forte."]
        assert search(project, "une").total == 2


def _coded(project: Project) -> list[int]:
    """Three sentences coded by ana and ben: agreed, disagreed, and only ana with a note."""
    ids = [s.id for s in content_sentences(project)]
    for name, stance in (("ana", "neutral"), ("ben", "neutral")):
        ops.set_label(project, segment_id=ids[0], annotator=name, dimension="stance",
                      value=stance)
    ops.set_label(project, segment_id=ids[1], annotator="ana", dimension="verifiability",
                  value="verifiable")
    ops.set_label(project, segment_id=ids[1], annotator="ben", dimension="verifiability",
                  value="opinion")
    ops.add_source(project, segment_id=ids[1], annotator="ben", start=0, end=3,
                   type="citizen")
    ops.set_note(project, segment_id=ids[2], annotator="ana", note="à vérifier", flag=True)
    return ids


def matched(project: Project, text: str = "", **where) -> list[int]:
    return [hit.segment_id for hit in search(project, text, SentenceFilter(**where)).hits]


def test_filters_by_tag(article_project):
    ids = _coded(article_project)
    assert matched(article_project, annotator="ben") == ids[:2]
    assert matched(article_project, dimension="verifiability") == [ids[1]]
    assert matched(article_project, value="opinion") == [ids[1]]
    assert matched(article_project, annotator="ana", value="opinion") == []
    assert matched(article_project, source_type="citizen") == [ids[1]]
    assert matched(article_project, flagged=True) == [ids[2]]
    assert matched(article_project, has_note=True, annotator="ben") == []
    assert matched(article_project, has_note=True) == [ids[2]]
    [heading] = [s.id for s in article_project.sentences(1) if s.kind == "heading"]
    assert matched(article_project, untagged=True) == [heading, ids[2]]
    assert matched(article_project, untagged=True, annotator="ben") == [heading, ids[2]]
    assert matched(article_project, untagged=True, dimension="stance") == [heading, *ids[1:]]


def test_disagreement_between_annotators(article_project):
    ids = _coded(article_project)
    assert matched(article_project, disagreement=True) == [ids[1]]
    assert matched(article_project, disagreement=True, dimension="stance") == []
    assert matched(article_project, disagreement=True, dimension="source") == [ids[1]]


def test_filters_combine_with_the_words(article_project):
    ids = _coded(article_project)
    assert matched(article_project, "syndicat", annotator="ben") == [ids[1]]
    assert matched(article_project, "dockers", annotator="ben", value="opinion") == []


@pytest.mark.parametrize(("where", "said"), [
    ({"annotator": "zoe"}, "no annotator 'zoe'"),
    ({"dimension": "mood"}, "unknown dimension 'mood'"),
    ({"value": "maybe"}, "'maybe' is not a value"),
    ({"source_type": "alien"}, "'alien' is not a source value"),
    ({"doc_id": 99}, "no document 99"),
])
def test_unknown_names_are_errors(article_project, where, said):
    _coded(article_project)
    with pytest.raises(Exception, match=said):
        search(article_project, "", SentenceFilter(**where))


def test_a_limit_keeps_the_total(article_project: Project):
    result = search(article_project, "", limit=2)
    assert len(result.hits) == 2 and result.total == len(content_sentences(article_project)) + 1
    assert result.truncated


def test_the_core_never_needs_the_gui():
    source = Path(search.__code__.co_filename).read_text(encoding="utf-8")
    assert "PySide6" not in source
