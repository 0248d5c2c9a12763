"""The HTML reader: article text with its standfirst and paragraph breaks, the page's own
title without the site name, and its metadata for the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.text.html import page_title
from annotator.core.text.readers import read_documents

BODY = ("L'Office national du blé a relevé mardi ses prévisions de récolte pour l'année, "
        "après un printemps plus humide que prévu dans les grandes plaines céréalières.")
LEAD = ("La récolte de 2024 devrait dépasser celle de l'an dernier, selon les premières "
        "estimations publiées mardi.")
PAGE = f"""<html><head><title>L'Office du blé relève ses prévisions - Le Monde</title>
<meta property="og:site_name" content="Le Monde"><meta name="author" content="Camille Martin">
<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
<meta property="article:section" content="Économie">
<link rel="canonical" href="https://example.org/ble"></head><body>
<nav><a href="/">Monde</a> <a href="/v">Vidéos</a> <a href="/s">Se connecter</a></nav>
<main><article><h1>L'Office du blé relève ses prévisions</h1>
<p class="article__desc">{LEAD}</p>
<div class="article__paragraph"><span class="rubric">Agriculture</span>{BODY}</div>
<p>Les exportateurs attendent désormais une baisse des prix à l'automne, a indiqué la
fédération des négociants dans un communiqué publié dans la soirée.</p>
<p>Le ministre a salué « une bonne nouvelle pour les producteurs », tout en appelant à la
prudence face aux aléas climatiques des prochaines semaines.</p>
</article></main></body></html>"""


@pytest.fixture
def document(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [document] = read_documents(path)
    return document


def test_rubric_does_not_glue_to_the_first_sentence(document) -> None:
    assert "AgricultureL'Office" not in document.text
    assert BODY in document.text.split("\n")


def test_standfirst_is_kept_before_the_body(document) -> None:
    lines = document.text.split("\n")
    assert LEAD in lines and lines.index(LEAD) < lines.index(BODY)


def test_page_metadata_is_kept(document) -> None:
    assert document.title == "L'Office du blé relève ses prévisions"
    assert (document.outlet, document.author, document.date, document.section) == (
        "Le Monde", "Camille Martin", "2024-03-12", "Économie")
    assert document.url == "https://example.org/ble"


@pytest.mark.parametrize(("raw", "title"), [
    ("Grève au port - Le Monde", "Grève au port"),
    ("Thousands of UK academics 'treated as second-class citizens' | Education | The Guardian",
     "Thousands of UK academics 'treated as second-class citizens'"),
    ("Berlin confronts Germany's colonial past | DW | 19.01.2020",
     "Berlin confronts Germany's colonial past"),
    ("Covid-19 : le point sur la situation", "Covid-19 : le point sur la situation"),
    ("{{rubedo.current.page.title}}", None),
])
def test_page_title_without_the_site_name(raw: str, title: str | None) -> None:
    assert page_title(raw) == title
