"""News-database exports: each file is many documents with their metadata, or nothing."""

from __future__ import annotations

import shutil

import pytest

from annotator.core.errors import InputError
from annotator.core.text.importer import import_paths
from annotator.core.text.readers import read_documents
from tests.newsdb_samples import NEXIS_UNI, SAMPLES, word_file


def metadata(document):
    return (document.title, document.outlet, document.date, document.author, document.section)


def test_nexis_text_export_french_and_english():
    first, second, third = read_documents(SAMPLES / "nexis_fr_en.TXT")
    assert metadata(first) == ("Les dockers du port de Marseille reconduisent la grève",
                               "La Gazette du Littoral", "2024-03-12", "Claire Dumont",
                               "ÉCONOMIE")
    assert first.lang == "fr" and first.meta["length"] == 96 and first.meta["page"] == "4"
    assert first.meta["copyright"].startswith("Copyright 2024 La Gazette")
    assert (first.meta["load_date"], first.meta["edition"]) == ("13 mars 2024",
                                                                "Édition Marseille")
    # Hard-wrapped lines are one paragraph again; fields and the copyright are not text.
    assert first.text.split("\n\n")[1] == (
        "Les dockers du port de Marseille ont reconduit mardi leur mouvement de grève, selon "
        "la direction du port. Trois navires attendent au large depuis samedi.")
    assert "LOAD-DATE" not in first.text and "Copyright" not in first.text
    assert metadata(second) == ("Dock workers extend strike at Marseille port",
                                "The Harbour Times", "2024-03-12", "Tom Reed", "BUSINESS")
    assert second.url == "https://harbour-times.example/marseille-strike"
    assert second.meta["dateline"] == "MARSEILLE" and second.lang == "en"
    # Missing fields: no byline, section or length.
    assert metadata(third) == ("Grève levée au port", "La Gazette du Littoral", "2024-04-01",
                               None, None)
    assert third.text == ("Grève levée au port\n\nLes dockers ont voté la reprise du travail "
                          "lundi soir, a indiqué le syndicat.")


def test_nexis_uni_word_export(tmp_path):
    first, second = read_documents(word_file(tmp_path / "nexis.DOCX", NEXIS_UNI))
    assert metadata(first) == ("Le port de Marseille à l'arrêt", "La Gazette du Littoral",
                               "2024-03-12", "Claire Dumont", "ÉCONOMIE")
    assert first.lang == "fr" and first.meta["length"] == 84
    assert first.text.split("\n\n")[1:] == [
        "Les dockers du port de Marseille ont cessé le travail lundi, selon la direction du "
        "port.", "Le ministre des Transports a annoncé mardi l'ouverture de négociations."]
    assert metadata(second) == ("Port strike ends", "The Harbour Times", "2024-03-14", None,
                                None)


def test_factiva_html_article_display():
    french, english = read_documents(SAMPLES / "factiva_articles.html")
    assert metadata(french) == ("Le gouvernement promet un plan pour le fret ferroviaire",
                                "Le Quotidien du Rail", "2024-03-12", "Jeanne Roux", None)
    assert french.meta["id"] == "QUORAI0020240312ek3c0001x" and french.lang == "fr"
    # Inline markup inside a paragraph does not split words.
    assert "une représentante de la fédération du transport." in french.text
    assert metadata(english) == ("Rail freight plan unveiled", "The Freight Journal",
                                 "2024-03-12", None, None)


def test_factiva_html_with_field_codes():
    french, english = read_documents(SAMPLES / "factiva_codes.html")
    assert metadata(french) == ("Les agriculteurs manifestent à Lyon", "Le Courrier du Rhône",
                                "2024-11-05", "Paul Marin", "Régions")
    # The lead (LP) and the text (TD) are the body, in order.
    assert french.text.split("\n\n")[1:] == [
        "Plusieurs centaines d'agriculteurs ont défilé lundi dans le centre de Lyon, selon la "
        "préfecture.", "Les manifestants dénoncent la baisse de leurs revenus.",
        "Le préfet doit recevoir une délégation mercredi."]
    assert english.outlet == "Alpine Wire" and english.lang == "en"


@pytest.mark.parametrize("name", ["factiva_articles.rtf", "factiva_codes.rtf"])
def test_factiva_rich_text_exports(name):
    documents = read_documents(SAMPLES / name)
    first = documents[0]
    assert first.outlet in ("Le Journal de l'Estuaire", "L'Écho des Régions")
    assert first.date in ("2024-04-04", "2024-01-18") and first.lang == "fr"
    assert first.author in ("Luc Morel", "Anne Petit")
    assert "Copyright" not in first.text and "Document" not in first.text
    assert len(documents) == (2 if name == "factiva_articles.rtf" else 1)


def test_europresse_html_export():
    french, english = read_documents(SAMPLES / "europresse.html")
    assert metadata(french) == ("La ville ouvre un nouveau centre de santé", "La Voix du Centre",
                                "2024-03-12", "Marie Lenoir", "Société")
    assert (french.meta["issue"], french.meta["length"], french.meta["page"]) == (
        "1234", 356, "5")
    assert french.meta["id"] == "news·20240312·VC·0042"
    assert "Certificat" not in french.text and "©" not in french.text
    assert metadata(english) == ("New health centre opens", "The Island Post", "2024-03-13",
                                 None, "World")
    assert english.text.endswith("the mayor announced.")


@pytest.mark.parametrize("name, renamed", [
    ("nexis_fr_en.TXT", "press.txt"), ("europresse.html", "revue.txt"),
    ("factiva_articles.rtf", "factiva.txt"), ("factiva_codes.html", "export.htm")])
def test_formats_are_recognised_by_content(tmp_path, name, renamed):
    copy = tmp_path / renamed
    shutil.copy(SAMPLES / name, copy)
    assert len(read_documents(copy)) == len(read_documents(SAMPLES / name)) >= 1


@pytest.mark.parametrize("name, message", [
    ("nexis_gap.TXT", "article 3 follows article 1"),
    ("nexis_no_body.TXT", r"article 2 of 2 \(Une photo sans texte\) has no text"),
    ("factiva_cut.rtf", "no closing \"Document"),
])
def test_malformed_exports_import_nothing(fresh_project, article_file, name, message):
    with pytest.raises(InputError, match=message):
        import_paths(fresh_project, [article_file, SAMPLES / name])
    assert fresh_project.documents() == []


def test_damaged_word_files_are_refused(tmp_path):
    fake = tmp_path / "export.docx"
    fake.write_text("not a zip at all")
    with pytest.raises(InputError, match="not a readable Word"):
        read_documents(fake)
    cut = word_file(tmp_path / "cut.docx", NEXIS_UNI[:16] + ["End of Document"])
    with pytest.raises(InputError, match="article 1 has no \"Body\" line"):
        read_documents(cut)


def test_europresse_article_without_text_imports_nothing(tmp_path):
    page = (SAMPLES / "europresse.html").read_text(encoding="utf-8")
    broken = tmp_path / "europresse.html"
    broken.write_text(page.replace("<p>A new health centre opened on Monday, the mayor "
                                   "<span class=\"highlight\">announced</span>.</p>", ""),
                      encoding="utf-8")
    with pytest.raises(InputError, match="article 2 of 2 .* has no text"):
        read_documents(broken)


def test_a_plain_word_file_is_one_document(tmp_path):
    [document] = read_documents(word_file(tmp_path / "note.docx",
                                          ["Une note de synthèse.", "", "Deuxième paragraphe."]))
    assert document.text == "Une note de synthèse.\n\nDeuxième paragraphe."
    assert document.export is None


@pytest.mark.slow
def test_import_reports_articles_per_export_and_stores_metadata(fresh_project, tmp_path):
    report = import_paths(fresh_project, [SAMPLES / "nexis_fr_en.TXT",
                                          SAMPLES / "europresse.html"])
    assert report.summary().startswith("3 articles from Nexis export nexis_fr_en.TXT; "
                                       "2 articles from Europresse export europresse.html; "
                                       "5 document(s) imported")
    infos = {info.title: info for info in fresh_project.documents()}
    gazette = infos["Les dockers du port de Marseille reconduisent la grève"]
    assert (gazette.outlet, gazette.date, gazette.author, gazette.lang) == (
        "La Gazette du Littoral", "2024-03-12", "Claire Dumont", "fr")
    assert infos["New health centre opens"].lang == "en"
    # The headline is the first segment, a heading; the fields are not segments.
    first = fresh_project.sentences(gazette.id)[0]
    assert first.kind == "heading"
    again = import_paths(fresh_project, [SAMPLES / "nexis_fr_en.TXT"])
    assert again.added == [] and len(again.duplicates) == 3
