"""Factiva article exports: HTML (.html) and Rich Text (.rtf).

Factiva writes each article either as a display ("Article format"): headline, optional author,
"1,234 words" ("1 234 mots"), date, time, outlet, outlet code, page, language, copyright,
the paragraphs, and a closing "Document <accession number>" line; or with its field codes
("Full Article/Report plus Indexing"): HD headline, BY author, WC words, PD date, SN outlet,
SC code, SE section, PG page, LA language, CY copyright, LP lead, TD text, AN accession
number. In HTML the display is a ``div.article`` with ``p.articleParagraph`` paragraphs, the
codes a table per article; in RTF both are paragraphs (code tables as "HD|value|" cells).
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from ..readers import RawDocument
from .common import (
    COPYRIGHT,
    Article,
    author_name,
    clean,
    documents,
    language,
    read_header_line,
)
from .html import element_text, parse_html

NAME = "Factiva"
CODES = {"HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "SE", "ED", "PG", "LA", "CY", "LP",
         "TD", "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "CLM", "ART"}
CODE_LINE = re.compile(r"^\s*(" + "|".join(sorted(CODES, key=len, reverse=True))
                       + r")(?:\s*\|\s*|\t|\s{2,}|\s*$)(.*)$")
DOCUMENT = re.compile(r"^\s*Document\s+([A-Za-z0-9]{10,})\s*$")
AUTHOR = re.compile(r"^(?:By|Par|Von|Por)\s+\S", re.IGNORECASE)


def detect_html(text: str) -> bool:
    head = text[:200000]
    return ("articleParagraph" in head and re.search(r"class=\"[^\"]*\barticle\b", head)
            is not None) or bool(re.search(r"<b>\s*HD\s*</b>", head)) and bool(
        re.search(r"<b>\s*(?:TD|LP)\s*</b>", head))


def detect_text(text: str) -> bool:
    """Text of an RTF export: closing "Document <number>" lines, or HD/TD field codes."""
    lines = text.splitlines()
    return sum(1 for line in lines if DOCUMENT.match(line)) >= 1 and any(
        re.search(r"\d[\d,.\s]*\s+(?:words|mots|Wörter)\s*$", line) for line in lines) or (
        any(CODE_LINE.match(line) and line.strip().startswith("HD") for line in lines)
        and any(CODE_LINE.match(line) and line.strip().startswith(("TD", "LP"))
                for line in lines))


# -- HTML ------------------------------------------------------------------------------
def read_html(path: Path, text: str) -> list[RawDocument]:
    root = parse_html(path, text)
    displays = [div for div in root.iter("div")
                if "article" in (div.get("class") or "").split()]
    if displays:
        return documents(path, [_display(div) for div in displays], NAME)
    rows = []
    for row in root.iter("tr"):
        cells = row.findall("td")
        if len(cells) >= 2 and clean(element_text(cells[0])) in CODES:
            paragraphs = [element_text(p) for p in cells[1].iter("p")] or [
                element_text(cells[1])]
            rows.append((clean(element_text(cells[0])), paragraphs))
    return documents(path, _coded(rows), NAME)


def _display(div) -> Article:
    article = Article()
    for node in div.iter():
        classes = (node.get("class") or "").split() if isinstance(node.tag, str) else []
        if any(c.endswith("Headline") for c in classes) and article.headline is None:
            article.headline = element_text(node)
        elif "author" in classes:
            article.author = author_name(element_text(node))
        elif any(c.endswith("articleParagraph") for c in classes):
            article.paragraphs.append(element_text(node))
    for child in div.findall("div"):
        line = clean(element_text(child))
        classes = (child.get("class") or "").split()
        if not line or "author" in classes or (article.headline and line == article.headline):
            continue
        _header_line(article, line)
    return article


# -- RTF ---------------------------------------------------------------------------------
def read_text(path: Path, text: str) -> list[RawDocument]:
    lines = text.splitlines()
    if any(CODE_LINE.match(line) and line.strip().startswith("HD") for line in lines):
        return documents(path, _coded(_code_rows(lines)), NAME)
    articles, current = [], []
    for line in lines:
        if DOCUMENT.match(line):
            articles.append(_display_lines(current, DOCUMENT.match(line).group(1)))
            current = []
        else:
            current.append(line)
    if any(line.strip() for line in current):
        raise InputError(f"{path}: the last article of this {NAME} export has no closing "
                         "\"Document ...\" line; nothing was imported (is the file cut short?)")
    return documents(path, articles, NAME)


def _display_lines(lines: list[str], accession: str) -> Article:
    """Headline, header lines up to the copyright (or the language), then paragraphs."""
    article = Article(meta={"id": accession})
    filled = [clean(line) for line in lines if line.strip()]
    if not filled:
        return article
    article.headline = filled[0]
    # The header ends with the copyright line; a few sources have none: then the language.
    head = filled[:16]
    last = next((i for i, line in enumerate(head) if COPYRIGHT.match(line)), None)
    if last is None:
        last = next((i for i, line in enumerate(head) if language(line)), 0)
    for line in filled[1:last + 1]:
        _header_line(article, line)
    article.paragraphs = filled[last + 1:]
    return article


def _code_rows(lines: list[str]) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    for line in lines:
        found = CODE_LINE.match(line)
        if found:
            rows.append((found.group(1), []))
            line = found.group(2)
        if rows and line.strip(" |"):
            rows[-1][1].append(line.strip(" |"))
    return rows


def _coded(rows: list[tuple[str, list[str]]]) -> list[Article]:
    """Articles from (code, paragraphs) rows; each HD row starts a new article."""
    articles: list[Article] = []
    for code, paragraphs in rows:
        if code == "HD":
            articles.append(Article())
        if not articles:
            continue
        article, value = articles[-1], clean(" ".join(paragraphs))
        if code == "HD":
            article.headline = value
        elif code in ("LP", "TD"):
            article.paragraphs.extend(paragraphs)
        elif code == "BY":
            article.author = author_name(value)
        elif code == "SN":
            article.outlet = value
        elif code == "PD":
            article.date = value
        elif code == "SE":
            article.section = value
        elif code == "LA":
            article.lang = language(value) or article.lang
        elif code == "WC":
            digits = re.sub(r"\D", "", value)
            article.meta["length"] = int(digits) if digits else value
        elif code == "CY":
            article.meta["copyright"] = value
        elif code == "AN":
            article.meta["id"] = value.removeprefix("Document ").strip()
        elif code in ("SC", "PG", "ED", "ET") and value:
            article.meta[{"SC": "outlet_code", "PG": "page", "ED": "edition",
                          "ET": "time"}[code]] = value
    return articles


def _header_line(article: Article, line: str) -> None:
    if DOCUMENT.match(line):
        article.meta["id"] = DOCUMENT.match(line).group(1)
    elif read_header_line(article, line):
        return
    elif AUTHOR.match(line) and article.author is None and article.date is None:
        article.author = author_name(line)
    elif article.outlet is None and article.date is not None:
        article.outlet = line
    elif article.outlet is not None and re.fullmatch(r"[A-Z0-9]{3,10}", line):
        article.meta["outlet_code"] = line
    elif article.date is None and article.author is None and article.meta.get("length") is None:
        article.author = author_name(line)
