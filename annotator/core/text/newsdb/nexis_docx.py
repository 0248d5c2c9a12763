"""Nexis Uni Word export (.DOCX), and any other Word file as one document.

A .docx is a zip whose ``word/document.xml`` holds the paragraphs (``w:p``, text in ``w:t``),
read here with the standard library. Nexis Uni writes a cover (date and time, job number, the
list of documents), then per article: headline, outlet, date line ("July 1, 2019 Monday 9:20
AM GMT"), a copyright line, "Section:", "Length:", "Byline:", a "Body" line, the paragraphs,
optionally "Classification", "Language:", "Load-Date:"..., and "End of Document".
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from ...errors import InputError
from ..dates import iso_date
from ..readers import RawDocument, normalise
from .common import COPYRIGHT, WORDS, Article, author_name, clean, documents, language

NAME = "Nexis Uni"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
END = re.compile(r"^\s*End of Document\s*$", re.IGNORECASE)
BODY = re.compile(r"^\s*(?:Body|Text|Corps|Texte)\s*$", re.IGNORECASE)
FIELD = re.compile(r"^([A-Z][\w-]{1,30}):\s*(.*)$")
AFTER_BODY = re.compile(r"^\s*(?:Classification|Graphic|Notes|Load-Date:.*|Language:.*)\s*$")


def word_paragraphs(path: Path, raw: bytes) -> list[str]:
    """The text of each paragraph of a .docx, in order (tabs and line breaks as spaces)."""
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise InputError(f"{path}: not a readable Word (.docx) file ({exc})") from None
    found = []
    for paragraph in root.iter(f"{W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                parts.append(" ")
        found.append("".join(parts))
    return found


def read(path: Path, raw: bytes) -> list[RawDocument]:
    lines = word_paragraphs(path, raw)
    if not any(END.match(line) for line in lines):
        text = normalise("\n\n".join(clean(line) for line in lines if line.strip()))
        if not text:
            raise InputError(f"{path}: no text to import")
        return [RawDocument(text=text, origin=str(path))]
    chunks: list[list[str]] = [[]]
    for line in lines:
        if END.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    articles = [_article(path, number, chunk)
                for number, chunk in enumerate(chunks[:-1], start=1)]
    return documents(path, articles, NAME)


def _article(path: Path, number: int, lines: list[str]) -> Article:
    filled = [clean(line) for line in lines]
    body_at = next((i for i, line in enumerate(filled) if BODY.match(line)), None)
    if body_at is None:
        raise InputError(f"{path}: article {number} has no \"Body\" line (a graphic or a "
                         "damaged export?); nothing was imported")
    article = Article()
    # The header sits right before "Body": headline, outlet, date, then fields. Searching
    # back from "Body" skips the cover page of the first article.
    date_at = next((i for i in range(body_at - 1, -1, -1)
                    if filled[i] and not FIELD.match(filled[i])
                    and not COPYRIGHT.match(filled[i]) and iso_date(filled[i])), None)
    if date_at is not None:
        article.date = filled[date_at]
        above = [line for line in filled[:date_at] if line]
        if len(above) >= 2:
            article.headline, article.outlet = above[-2], above[-1]
        elif above:
            article.headline = above[-1]
    for line in filled[(date_at or 0) + 1:body_at]:
        _field(article, line)
    for line in filled[body_at + 1:]:
        if AFTER_BODY.match(line):
            break
        if line:
            article.paragraphs.append(line)
    for line in filled[body_at + 1:]:
        if line.startswith(("Language:", "Load-Date:", "Publication-Type:")):
            _field(article, line)
    return article


def _field(article: Article, line: str) -> None:
    if COPYRIGHT.match(line):
        article.meta["copyright"] = line
        return
    found = FIELD.match(line)
    if not found:
        return
    key, value = found.group(1).lower(), found.group(2).strip()
    if key in ("byline", "author", "auteur"):
        article.author = author_name(value)
    elif key in ("section", "rubrique"):
        # "POLITICS; Version:28": the version is Nexis's own revision number.
        article.section = value.split("; Version:")[0]
    elif key in ("length", "longueur"):
        words = WORDS.match(value)
        article.meta["length"] = int(re.sub(r"\D", "", words.group(1))) if words else value
    elif key in ("language", "langue"):
        article.lang = language(value)
    elif key == "url":
        article.url = value
    elif value:
        article.meta[key.replace("-", "_")] = value
