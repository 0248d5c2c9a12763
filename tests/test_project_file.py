"""The project file as a database others read: views without joins, foreign keys, the doc."""

import asyncio
import re
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from sqlite_utils import Database

from annotator.cli import main
from annotator.core.project import Project
from annotator.core.store.database import APPLICATION_ID
from annotator.core.store.migrations import migrations
from tests.conftest import REPO

DOC = REPO / "docs" / "project-file.md"


@pytest.fixture
def coded(tmp_path, article_file):
    """A project with ana's tags on one sentence (a source among them) adopted into gold."""
    path = tmp_path / "coded.sqlite"
    runner = CliRunner()
    for args in (["new", path], ["import", path, article_file, "--lang", "fr"]):
        assert runner.invoke(main, [str(a) for a in args]).exit_code == 0
    with Project.open(path) as project:
        sentence = next(s for s in project.sentences(1)
                        if project.sentence_text(s).startswith("Les dockers"))
    for args in (["tag", path, 1, sentence.idx, "--annotator", "ana", "--stance", "neutral",
                  "--source", "la direction du port:company"],
                 ["adjudicate", path, 1, sentence.idx, "--adopt", "ana", "--by", "chris"]):
        result = runner.invoke(main, [str(a) for a in args])
        assert result.exit_code == 0, result.output
    return path, sentence.idx


def datasette_rows(path, table: str) -> list[dict]:
    async def read():
        datasette = Datasette([str(path)])
        response = await datasette.client.get(f"/{path.stem}/{table}.json?_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(read())


def test_datasette_reads_the_sentences_view(coded):
    path, _ = coded
    rows = datasette_rows(path, "sentences_view")
    with Project.open(path, readonly=True) as project:
        expected = [(s.idx, s.kind, project.sentence_text(s)) for s in project.sentences(1)]
        title = project.document(1).title
    assert [(r["index"], r["kind"], r["text"]) for r in rows] == expected
    assert {r["document"] for r in rows} == {title}


def test_datasette_reads_the_tags_view(coded):
    path, index = coded
    rows = datasette_rows(path, "tags_view")
    assert {(r["annotator"], r["dimension"], r["value"], r["source_words"]) for r in rows} == {
        ("ana", "stance", "neutral", None), ("ana", "source", "company", "la direction du port")}
    assert {r["index"] for r in rows} == {index}
    assert all(r["sentence"].startswith("Les dockers") for r in rows)


def test_datasette_reads_the_gold_view(coded):
    path, index = coded
    rows = datasette_rows(path, "gold_view")
    decided = {(r["dimension"], r["value"], r["source_words"], r["decided_by"]) for r in rows}
    assert ("stance", "neutral", None, "chris") in decided
    assert ("source", "company", "la direction du port", "chris") in decided
    assert {r["index"] for r in rows} == {index}


def test_every_doc_id_is_a_foreign_key_to_documents(fresh_project):
    tables = [t for t in fresh_project.db.tables if "doc_id" in t.columns_dict]
    assert {t.name for t in tables} >= {"segments", "tags", "notes", "suggestions", "gold"}
    for table in tables:
        assert ("doc_id", "documents", "id") in {
            (fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys}, table.name
    unique = {row[1]: row[2] for row in fresh_project.db.execute("PRAGMA index_list(notes)")}
    assert unique["idx_notes_segment_id_annotator"] == 1  # kept through the rebuild


def test_an_older_file_gets_the_keys_and_views(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="m006_views_and_keys")
    db["documents"].insert({"id": 1, "key": "k", "title": "Vieux", "lang": "fr",
                            "text": "Une phrase. Une autre."})
    db["segments"].insert_all([{"id": 1, "doc_id": 1, "idx": 0, "start": 0, "end": 11,
                                "kind": "sentence"},
                               {"id": 2, "doc_id": 1, "idx": 1, "start": 12, "end": 22,
                                "kind": "sentence"}])
    # A note written without its doc_id: the upgrade fills it in from the segment.
    db["notes"].insert({"segment_id": 2, "doc_id": None, "annotator": "ana", "note": "n",
                        "flag": 1})
    db.close()
    with Project.open(path) as project:
        assert project.version == len(migrations._migrations)
        assert [r["doc_id"] for r in project.db["notes"].rows] == [1]
        texts = [r["text"] for r in project.db.query("SELECT text FROM sentences_view")]
        assert texts == ["Une phrase.", "Une autre."]


def documented() -> dict[str, str]:
    """The doc's sections, by the table or view each describes (### `name`)."""
    parts = re.split(r"^### `([a-z_]+)`", DOC.read_text(encoding="utf-8"), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def _fts_shadow(db, name: str) -> bool:
    """FTS5's own storage beside a full-text table (``X_data``, ``X_idx``...)."""
    owner, _, part = name.rpartition("_")
    return part in {"data", "idx", "docsize", "config", "content"} and owner in db.table_names() \
        and "VIRTUAL TABLE" in (db[owner].schema or "").upper()


def test_the_doc_describes_every_table_view_and_column(fresh_project):
    sections = documented()
    db = fresh_project.db
    for table in [*db.tables, *db.views]:
        if table.name.startswith("_sqlite") or _fts_shadow(db, table.name):
            continue
        assert table.name in sections, f"docs/project-file.md has no section for {table.name}"
        for column in table.columns:
            assert f"`{column.name}`" in sections[table.name], (table.name, column.name)
