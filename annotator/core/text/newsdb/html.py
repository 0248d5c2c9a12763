"""Reading an export's HTML with lxml: the tree, and an element's text as one paragraph."""

from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from .common import clean


def parse_html(path: Path, text: str):
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{path}: cannot read this HTML ({exc})") from None


BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "header", "footer", "article", "table", "ul", "ol", "blockquote"}
SKIPPED = {"script", "style", "noscript"}


def element_text(element) -> str:
    """The element's text with its descendants' on one line: inline markup (a search term
    highlighted in a ``<span>``) joins its words, block elements separate them."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None  # comments have no tag name
        if tag in SKIPPED:
            return
        if tag in BLOCKS:
            parts.append(" ")
        if tag is not None and node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in BLOCKS:
            parts.append(" ")

    walk(element)
    return clean("".join(parts))
