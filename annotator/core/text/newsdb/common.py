"""What every news-database reader shares: one article's record, paragraphs, header lines.

A reader turns one export file into ``Article`` records, then ``documents`` checks them all
and makes the documents: any article without text makes the whole file fail (one line
naming the file and the article), so an export is imported whole or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import InputError
from ..dates import iso_date
from ..readers import RawDocument, normalise

LANGUAGES = {"english": "en", "anglais": "en", "french": "fr", "francais": "fr",
             "français": "fr", "german": "de", "deutsch": "de", "allemand": "de",
             "spanish": "es", "espagnol": "es", "italian": "it", "italien": "it"}
WORDS = re.compile(r"^(?:length:\s*|longueur\s*:\s*)?([\d.,\s\u00a0]+)\s*(?:words|mots|wörter)$",
                   re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")
COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)


@dataclass
class Article:
    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    outlet: str | None = None
    date: str | None = None  # as written; made ISO when the document is built
    author: str | None = None
    section: str | None = None
    url: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def documents(path: Path, articles: list[Article], export: str) -> list[RawDocument]:
    """The articles of one export file as documents; all of them, or an InputError."""
    if not articles:
        raise InputError(f"{path}: no article found in this {export} export")
    made = []
    for number, article in enumerate(articles, start=1):
        body = [p for p in (clean(p) for p in article.paragraphs) if p]
        if not body:
            named = f" ({article.headline})" if article.headline else ""
            raise InputError(f"{path}: article {number} of {len(articles)}{named} has no text; "
                             "nothing was imported (is the export complete?)")
        headline = clean(article.headline or "") or None
        text = normalise("\n\n".join(([headline] if headline else []) + body))
        made.append(RawDocument(
            text=text, origin=f"{path}#{number}", title=headline, url=article.url,
            date=iso_date(article.date) or article.date, lang=article.lang,
            outlet=clean(article.outlet or "") or None,
            author=clean(article.author or "") or None,
            section=clean(article.section or "") or None,
            meta={"export": export, **article.meta}, export=export))
    return made


def clean(text: str) -> str:
    """One paragraph on one line: hard line wraps and runs of spaces folded. No-break
    spaces stay (French typography puts them inside « » and before : ; ! ?)."""
    if "\u00a0" not in text and "\u202f" not in text:
        return " ".join(text.split())  # the common case, several times faster
    return _SPACES.sub(" ", text).strip(" ")


def paragraphs(lines: list[str]) -> list[str]:
    """Blocks of lines separated by blank lines, each folded to one line."""
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(clean(" ".join(current)))
            current = []
    if current:
        blocks.append(clean(" ".join(current)))
    return blocks


def author_name(text: str) -> str:
    """A byline without its "By" / "Par": "BY STEPHEN POLLARD" -> "STEPHEN POLLARD"."""
    return re.sub(r"^(?:By|Par|Von|Por)\s+", "", clean(text), flags=re.IGNORECASE)


def language(text: str | None) -> str | None:
    return LANGUAGES.get(clean(text or "").lower()) if text else None


def read_header_line(article: Article, line: str) -> bool:
    """Fill ``article`` from one header line of the Factiva kind ("1,234 words", a date, a
    language, a copyright, "Document ..."); False when the line is none of these."""
    text = clean(line)
    words = WORDS.match(text)
    if words:
        article.meta["length"] = int(re.sub(r"\D", "", words.group(1)) or 0)
    elif COPYRIGHT.match(text):
        article.meta["copyright"] = text
    elif language(text):
        article.lang = language(text)
    elif article.date is None and len(text) <= 60 and iso_date(text):
        article.date = text
    elif re.fullmatch(r"\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M))?", text):
        article.meta["time"] = text
    elif re.fullmatch(r"(?:Page|p\.)\s*\S+", text, re.IGNORECASE):
        article.meta["page"] = text
    else:
        return False
    return True
