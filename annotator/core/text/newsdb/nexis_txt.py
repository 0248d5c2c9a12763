"""LexisNexis / Nexis classic text export (.TXT).

Layout, as LexisNexis writes it (and the LexisNexisTools R package reads it): an optional
cover (request, terms, sources), then per article a centred "N of M DOCUMENTS" line, the
outlet, the date line ("January 11, 2010 Monday", "12 mars 2024 mardi"), an optional edition,
the headline (or a "HEADLINE:" field), fields such as "BYLINE:", "SECTION:", "LENGTH:",
"DATELINE:" (French exports: "AUTEUR:", "RUBRIQUE:", "LONGUEUR:"), an optional "BODY:", the
body with hard-wrapped lines, then trailing fields ("LOAD-DATE:", "LANGUAGE:",
"PUBLICATION-TYPE:"...) and a copyright line.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from ..dates import iso_date
from ..readers import RawDocument
from .common import COPYRIGHT, Article, author_name, clean, documents, language, paragraphs

NAME = "Nexis"
MARKER = re.compile(r"^\s*(\d+)\s+(?:of|de|von|sur)\s+(\d+)\s+DOCUMENTS?\s*$"
                    r"|^\s*(?:Document|Dokument)\s+(\d+)\s+(?:de|von|of|sur)\s+(\d+)\s*$",
                    re.IGNORECASE)
FIELD = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý-]{2,}(?: [A-ZÀ-Ý-]+)?):\s*(.*)$")
# Fields that come after the body: the first one ends it.
TRAILING = {"LOAD-DATE", "LANGUAGE", "LANGUE", "SPRACHE", "PUBLICATION-TYPE",
            "TYPE-PUBLICATION", "GRAPHIC", "URL", "SUBJECT", "ORGANIZATION", "PERSON",
            "GEOGRAPHIC", "CITY", "STATE", "COUNTRY", "INDUSTRY", "TICKER", "NOTES",
            "CORRECTION-DATE", "DOCUMENT-TYPE", "JOURNAL-CODE", "DISTRIBUTION", "TYPE",
            "DATE-CHARGEMENT"}
AUTHOR = {"BYLINE", "AUTEUR", "SIGNATURE", "AUTOR"}
SECTION = {"SECTION", "RUBRIQUE", "RUBRIK"}
HEADLINE = {"HEADLINE", "TITRE", "TITLE"}
BODY = {"BODY", "CORPS", "TEXT", "TEXTE"}
LENGTH = {"LENGTH", "LONGUEUR", "LÄNGE"}


def detect(text: str) -> bool:
    """A "1 of N DOCUMENTS" line among the first lines, and a field like BYLINE or LENGTH."""
    head = text[:20000]
    return any(MARKER.match(line) for line in head.splitlines()[:400]) and bool(
        re.search(r"^(?:LENGTH|LONGUEUR|BYLINE|SECTION|LOAD-DATE|LANGUAGE|LANGUE):",
                  text, re.MULTILINE))


def read(path: Path, text: str) -> list[RawDocument]:
    lines = text.splitlines()
    starts = [(i, found) for i, found in ((i, MARKER.match(line)) for i, line in
                                          enumerate(lines)) if found]
    numbers = [int(next(g for g in found.groups()[::2] if g)) for _, found in starts]
    # A download of items 11-20 numbers them 11 to 20: a gap means a damaged file.
    gap = next(((a, n) for a, n in zip(numbers, numbers[1:]) if n != a + 1), None)
    if gap is not None:
        raise InputError(f"{path}: article {gap[1]} follows article {gap[0]} in this {NAME} "
                         "export; nothing was imported (is the file damaged?)")
    bounds = [i for i, _ in starts] + [len(lines)]
    articles = [_article(lines[a + 1:b]) for a, b in zip(bounds, bounds[1:])]
    return documents(path, articles, NAME)


def _article(lines: list[str]) -> Article:
    article = Article()
    in_body = after_body = False
    for block in _blocks(lines[_header(article, lines):]):
        found = FIELD.match(block)
        key, value = (found.group(1), found.group(2)) if found else (None, block)
        notice = COPYRIGHT.match(block) is not None
        if in_body and (key in TRAILING or notice):
            after_body = True  # only fields and the copyright follow the body
        if after_body or (not in_body and (key is not None or notice) and key not in BODY):
            _field(article, key, value, block)
        elif key in BODY:
            in_body = True
            if value:
                article.paragraphs.append(value)
        else:
            in_body = True
            article.paragraphs.append(block)
    return article


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs, where a field line also starts a paragraph of its own."""
    split: list[str] = []
    for line in lines:
        if FIELD.match(line.strip()) and split and split[-1].strip():
            split.append("")
        split.append(line)
    return paragraphs(split)


def _header(article: Article, lines: list[str]) -> int:
    """Outlet, date line (the rest of its block: the edition) and headline, up to the first
    field; returns how many lines they took."""
    limit = next((i for i, line in enumerate(lines) if FIELD.match(line.strip())), len(lines))
    date_at = next((i for i, line in enumerate(lines[:limit])
                    if line.strip() and len(clean(line)) <= 80 and iso_date(line)), None)
    at = 0
    if date_at is not None:
        article.date = clean(lines[date_at])
        before = [clean(line) for line in lines[:date_at] if line.strip()]
        article.outlet = before[0] if before else None
        at = date_at + 1
        edition = _block_at(lines, at, limit)
        if edition:
            article.meta["edition"] = clean(" ".join(edition))
            at += len(edition)
    headline_start = next((i for i in range(at, limit) if lines[i].strip()), limit)
    headline = _block_at(lines, headline_start, limit)
    if date_at is None and headline and headline_start + len(headline) < limit:
        article.outlet = clean(" ".join(headline))  # no date line: outlet, then headline
        headline_start = next((i for i in range(headline_start + len(headline), limit)
                               if lines[i].strip()), limit)
        headline = _block_at(lines, headline_start, limit)
    if headline:
        article.headline = clean(" ".join(headline))
    return headline_start + len(headline)


def _block_at(lines: list[str], start: int, limit: int) -> list[str]:
    """The non-blank lines from ``start`` up to a blank line (or ``limit``)."""
    block = []
    for line in lines[start:limit]:
        if not line.strip():
            break
        block.append(line)
    return block


def _field(article: Article, key: str | None, value: str, block: str) -> None:
    if key is None:
        if COPYRIGHT.match(block):
            article.meta["copyright"] = block
        return
    if key in AUTHOR:
        article.author = author_name(value)
    elif key in SECTION:
        article.section, _, page = value.partition("; Pg.")
        if page.strip():
            article.meta["page"] = page.strip()
    elif key in HEADLINE:
        article.headline = value
    elif key in {"LANGUAGE", "LANGUE", "SPRACHE"}:
        article.lang = language(value)
    elif key == "URL":
        article.url = value
    elif key in LENGTH:
        digits = re.sub(r"\D", "", value)
        article.meta["length"] = int(digits) if digits else value
    elif value:
        article.meta[key.lower().replace("-", "_")] = value
