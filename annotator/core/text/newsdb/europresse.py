"""Europresse HTML export: one ``<article>`` per document.

Each article has a ``header`` with the outlet (``span.DocPublicationName``, e.g. "La Croix,
no. 43018"), a line of details (``span.DocHeader``: rubric, "mardi 12 mars 2024", "1234 mots",
"p. 12"), the headline (``.titreArticle``), the authors (``.docAuthors``); a ``section`` with
the text (``div.DocText``, paragraphs in ``p``); and a footer with the copyright line, the
certificate and the document's reference ("news·20240312·LC·0123"), as tm.plugin.europresse
and the Europarser read them.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..dates import iso_date
from ..readers import RawDocument
from .common import COPYRIGHT, Article, clean, documents
from .html import element_text, parse_html

NAME = "Europresse"
# "1234 mots", "1\u00a0234 mots", "1,234 words" (a plain space may end the date before it).
WORDS = re.compile(r"\b(\d{1,3}(?:[\u00a0.,]\d{3})+|\d+)\s*(?:mots|words)\b", re.IGNORECASE)


def detect(text: str) -> bool:
    head = text[:300000]
    return "<article" in head and ("DocPublicationName" in head or "titreArticle" in head)


def read(path: Path, text: str) -> list[RawDocument]:
    root = parse_html(path, text)
    return documents(path, [_article(node) for node in root.iter("article")], NAME)


def _first(node, css_class: str):
    for element in node.iter():
        if isinstance(element.tag, str) and css_class in (element.get("class") or "").split():
            return element
    return None


def _article(node) -> Article:
    article = Article()
    outlet = _first(node, "DocPublicationName")
    if outlet is not None:
        # "La Croix, no. 43018": the issue number goes to meta.
        name, _, issue = element_text(outlet).partition(", no.")
        article.outlet = name.strip()
        if issue.strip():
            article.meta["issue"] = issue.strip()
    header = _first(node, "DocHeader")
    if header is not None:
        _details(article, element_text(header))
    title = _first(node, "titreArticle")
    if title is None:
        title = _first(node, "titreArticleVisu")
    if title is not None:
        article.headline = element_text(title)
    authors = _first(node, "docAuthors")
    if authors is not None:
        article.author = element_text(authors) or None
    text = _first(node, "DocText")
    if text is not None:
        paragraphs = [element_text(p) for p in text.iter("p")]
        article.paragraphs = paragraphs or [element_text(text)]
    for element in node.iter():
        if not isinstance(element.tag, str) or element.tag in ("article", "section"):
            continue
        line = clean(element.text or "")
        if COPYRIGHT.match(line):
            article.meta["copyright"] = element_text(element)
        elif line.startswith("news·") or line.startswith("news\u00b7"):
            article.meta["id"] = line
    return article


def _details(article: Article, details: str) -> None:
    """"International, mardi 12 mars 2024 1234 mots, p. 3": section, date, length, page."""
    article.meta["details"] = details
    words = WORDS.search(details)
    if words:
        article.meta["length"] = int(re.sub(r"\D", "", words.group(1)))
    page = re.search(r"\bp\.\s*(\w+)", details)
    if page:
        article.meta["page"] = page.group(1)
    if iso_date(details):
        article.date = details
    first, _, rest = details.partition(",")
    if rest and not re.search(r"\d", first) and not iso_date(first):
        article.section = first.strip()
