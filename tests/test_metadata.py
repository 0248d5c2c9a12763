"""Document metadata: stored at import, upgraded into older files, edited, exported."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from sqlite_utils import Database

from annotator.core import ops
from annotator.core.datasets.export import ExportFilter, write_export
from annotator.core.errors import InputError
from annotator.core.metadata import set_document_meta
from annotator.core.project import Project
from annotator.core.review.merge import merge_project
from annotator.core.store.database import APPLICATION_ID
from annotator.core.store.migrations import migrations
from annotator.core.text.dates import iso_date
from annotator.core.text.importer import import_paths

LINE = {"text": "Le conseil municipal a voté mardi le budget.\n\nLe maire a salué le vote.",
        "title": "Budget voté", "url": "https://exemple.fr/budget", "date": "mardi 12 mars 2024",
        "outlet": "La Gazette", "meta": {"auteur": "Jeanne Roux", "page": 4}}


@pytest.fixture
def meta_project(fresh_project, tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(LINE, ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(fresh_project, [path], lang="fr")
    return fresh_project


@pytest.mark.parametrize("text, expected", [
    ("12 mars 2024", "2024-03-12"),
    ("mardi 12 mars 2024", "2024-03-12"),
    ("1er février 2023, p. 4", "2023-02-01"),
    ("Samedi 3 AOÛT 2019 1234 mots", "2019-08-03"),
    ("January 11, 2010 Monday", "2010-01-11"),
    ("March 2, 2024 Saturday 9:20 AM GMT", "2024-03-02"),
    ("12 March 2024", "2024-03-12"),
    ("Dienstag, 12. März 2024", "2024-03-12"),
    ("12/03/2024", "2024-03-12"),
    ("2024-03-12", "2024-03-12"),
    ("2024-03-12T10:15:00Z", "2024-03-12T10:15:00+00:00"),
    ("31 février 2024", None),
    ("la semaine dernière", None),
])
def test_dates_as_sources_write_them(text, expected):
    assert iso_date(text) == expected


def test_jsonl_fields_and_meta_become_document_metadata(meta_project):
    [info] = meta_project.documents()
    assert (info.outlet, info.date, info.author, info.url) == (
        "La Gazette", "2024-03-12", "Jeanne Roux", "https://exemple.fr/budget")
    assert info.word_count == 14
    assert json.loads(info.meta) == {"page": 4}


def test_older_project_file_is_upgraded_with_word_counts(tmp_path):
    path = tmp_path / "old.sqlite"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="m004_document_metadata")
    db["documents"].insert({"key": "k1", "title": "Old", "lang": "fr", "text": "un deux trois"})
    db.close()
    with Project.open(path, readonly=True) as project:  # read-only: not upgraded, still read
        [info] = project.documents()
        assert (info.title, info.outlet, info.word_count) == ("Old", None, None)
        assert project.document_rows()[0].outlet is None
    with Project.open(path) as project:
        assert project.documents()[0].word_count == 3
        assert project.version == len(migrations._migrations)


def test_editing_metadata_is_one_undoable_step(meta_project):
    changes = set_document_meta(meta_project, doc_id=1, annotator="ana", title="Le budget",
                                date="2024-03-13", section="Politique", author="")
    assert changes.documents == {1} and changes.touches("documents")
    info = meta_project.documents()[0]
    assert (info.title, info.date, info.section, info.author) == (
        "Le budget", "2024-03-13", "Politique", None)
    ops.undo(meta_project, annotator="ana")
    info = meta_project.documents()[0]
    assert (info.title, info.date, info.section, info.author) == (
        "Budget voté", "2024-03-12", None, "Jeanne Roux")


@pytest.mark.parametrize("field, value, message", [
    ("date", "31 février 2024", "not a date"),
    ("date", "soon", "not a date"),
    ("url", "exemple.fr/budget", "not a web address"),
    ("title", "  ", "cannot be empty"),
])
def test_bad_metadata_is_refused_and_nothing_changes(meta_project, field, value, message):
    with pytest.raises(InputError, match=message):
        set_document_meta(meta_project, doc_id=1, outlet="Autre", **{field: value})
    assert meta_project.documents()[0].outlet == "La Gazette"
    assert meta_project.can_undo() is None


def test_jsonl_export_lines_carry_doc_meta(meta_project, tmp_path):
    out = tmp_path / "out.jsonl"
    write_export(meta_project, out, filters=ExportFilter(all_sentences=True))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    assert all(r["doc_meta"] == {
        "outlet": "La Gazette", "date": "2024-03-12", "author": "Jeanne Roux", "section": None,
        "url": "https://exemple.fr/budget", "lang": "fr", "word_count": 14,
        "meta": {"page": 4}} for r in records)


def test_csv_export_has_metadata_columns(meta_project, tmp_path):
    out = tmp_path / "out.csv"
    write_export(meta_project, out, format="csv", filters=ExportFilter(all_sentences=True))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (rows[0]["doc_outlet"], rows[0]["doc_date"], rows[0]["doc_word_count"]) == (
        "La Gazette", "2024-03-12", "14")
    assert json.loads(rows[0]["doc_meta"]) == {"page": 4}


def test_round_trip_keeps_metadata(meta_project, tmp_path):
    out = tmp_path / "full.jsonl"
    write_export(meta_project, out, filters=ExportFilter(all_sentences=True, with_text=True))
    with Project.create(tmp_path / "copy.sqlite") as copy:
        import_paths(copy, [out], with_tags=True)
        [info] = copy.documents()
        assert (info.outlet, info.author, info.date) == ("La Gazette", "Jeanne Roux",
                                                         "2024-03-12")
        assert json.loads(info.meta) == {"page": 4}


def test_merge_brings_a_new_document_with_its_metadata(meta_project, tmp_path):
    with Project.create(tmp_path / "mine.sqlite") as mine:
        merge_project(mine, meta_project.path)
        [info] = mine.documents()
        assert (info.outlet, info.author, info.word_count) == ("La Gazette", "Jeanne Roux", 14)


PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le tramway arrive à Valmont - Le Journal de Valmont</title>
<meta property="og:site_name" content="Le Journal de Valmont">
<meta name="author" content="Hélène Garnier">
<meta property="article:published_time" content="2024-05-06T08:30:00+02:00">
<meta property="article:section" content="Transports">
<link rel="canonical" href="https://journal-valmont.example/transports/tramway">
</head><body><article><h1>Le tramway arrive à Valmont</h1>
<p>La première ligne de tramway de Valmont sera mise en service en septembre, a annoncé lundi
la présidente de la métropole lors d'une conférence de presse.</p>
<p>Selon le syndicat des transports, la ligne reliera la gare au campus en vingt minutes et
transportera vingt mille voyageurs par jour.</p>
<p>Les travaux ont duré trois ans et coûté deux cents millions d'euros, d'après la chambre
régionale des comptes.</p></article></body></html>"""


def test_html_page_metadata_is_stored(fresh_project, tmp_path):
    page = tmp_path / "tramway.html"
    page.write_text(PAGE, encoding="utf-8")
    import_paths(fresh_project, [page], lang="fr")
    [info] = fresh_project.documents()
    assert (info.outlet, info.author, info.url) == (
        "Le Journal de Valmont", "Hélène Garnier",
        "https://journal-valmont.example/transports/tramway")
    assert info.date.startswith("2024-05-06") and info.title == "Le tramway arrive à Valmont"
