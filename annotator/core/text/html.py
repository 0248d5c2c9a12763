"""Reading an HTML page: the article's text (trafilatura) and what the page says about it.

Two things trafilatura does not do for us: a block boundary that the markup only draws
with CSS (a rubric in a ``<span>`` right before the first sentence) would glue two texts
("AgricultureL'Office ..."), so an inline element whose text runs into a capital gets a
line break after it; and a standfirst (chapô) outside the article body is often left out,
so the first one the page marks as such is put back before the body. Titles lose the site
name (" - Le Monde", " | BBC").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from .boilerplate import normalise

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "html.json")
                   .read_text(encoding="utf-8"))
LEAD_CLASSES = frozenset(_DATA["lead_classes"])
LEAD_MIN_WORDS: int = _DATA["lead_min_words"]
SITE_SUFFIX_WORDS: int = _DATA["site_suffix_words"]
# Recall over precision: the segmenter flags leftover furniture, lost text is lost.
FAVOR_RECALL = True
INLINE = frozenset(("a", "span", "strong", "b", "em", "i", "small", "label", "time", "abbr",
                    "cite", "mark", "u"))
_CLASS_WORDS = re.compile(r"[^\W\d_]+")  # "article__desc", "article-lead": desc, lead
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s+[|]\s*")


@dataclass
class Article:
    text: str
    lang: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # title, outlet, date, author, url...


def extract(html: str) -> Article:
    import trafilatura

    tree = _parse(html)
    if tree is not None:
        _break_glued_blocks(tree)
        html = lxml_html.tostring(tree, encoding="unicode")
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_recall=FAVOR_RECALL)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = (data.get("text") or "").strip()
    lead = _lead(tree, text) if tree is not None and text else None
    if lead:
        text = f"{lead}\n{text}"
    return Article(text=_clean(text), lang=data.get("language"), meta=html_metadata(data))


def _clean(text: str) -> str:
    from .readers import normalise as normalise_text

    return normalise_text(text)


def _parse(html: str):
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _break_glued_blocks(tree) -> None:
    """<span>Agriculture</span>L'Office...: a line break where an inline element's text
    runs straight into a capitalised word."""
    for element in tree.iter(*INLINE):
        tail = element.tail
        if not tail or not tail[:1].isupper():
            continue
        inner = element.text_content()
        if inner and inner[-1:].isalnum():
            element.tail = None
            br = etree.Element("br")
            br.tail = tail
            element.addnext(br)


def _classes(element) -> set[str]:
    words = f"{element.get('class', '')} {element.get('itemprop', '')}".casefold()
    return set(_CLASS_WORDS.findall(words))


def _lead(tree, text: str) -> str | None:
    """The page's standfirst when the extracted text left it out: an element marked as
    one, between the headline (<h1>) and the first paragraph of the text."""
    folded = normalise(text)
    first = normalise(text.split("\n", 1)[0])[:60]
    after_headline = tree.find(".//h1") is None
    for element in tree.iter():
        if element.tag == "h1":
            after_headline = True
        elif element.tag == "p" and first and first in normalise(element.text_content()):
            return None  # the body starts: no standfirst above it
        elif (after_headline and element.tag in ("p", "div", "h2", "h3", "span")
              and _classes(element) & LEAD_CLASSES):
            lead = normalise(element.text_content())
            if len(lead.split()) >= LEAD_MIN_WORDS:
                return None if lead in folded else lead
    return None


def page_title(title: str | None, site: str | None = None) -> str | None:
    """The headline of an HTML title: the site name and other short trailing parts
    ("... - Le Monde", "... | DW | 19.01.2020") dropped."""
    if not title or "{{" in title:
        return None
    parts = _TITLE_PARTS.split(normalise(title))
    while len(parts) > 1 and (len(parts[-1].split()) <= SITE_SUFFIX_WORDS
                              or (site and parts[-1].casefold() == site.casefold())):
        parts.pop()
    return " - ".join(parts).strip() or None


def html_metadata(data: dict[str, Any]) -> dict[str, str]:
    """What the page says about itself (trafilatura's metadata), under the field names
    documents keep: title, outlet, date, author, url, section."""
    fields = {"title": page_title(data.get("title"), data.get("sitename")),
              "outlet": data.get("sitename"), "date": data.get("date"),
              "author": data.get("author"), "url": data.get("url"),
              "section": ", ".join(data.get("categories") or []) or None}
    return {key: value for key, value in fields.items() if value}
