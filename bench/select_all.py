"""The text a browser's select-all copy of a page gives: visible text, one block a line.

Analysts paste such copies as .txt files; the page benchmark and the committed test pages
use this rendering so that the text copies can be recomputed from the HTML.

    python bench/select_all.py page.html > page.txt
"""

from __future__ import annotations

import re
import sys

from lxml import html as lxml_html

_BLOCK_TAGS = """address article aside blockquote body dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary
table tr ul caption option select button label td th"""
_INVISIBLE_TAGS = """script style noscript template svg iframe title meta link base object embed
canvas video audio picture"""
BLOCKS = frozenset(_BLOCK_TAGS.split())
INVISIBLE = frozenset(_INVISIBLE_TAGS.split())
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(element) -> bool:
    return (element.tag in INVISIBLE or element.get("hidden") is not None
            or bool(HIDDEN.search(element.get("style", "")))
            or (element.get("aria-hidden") == "true" and element.tag != "body"))


def render(page: str) -> str:
    root = lxml_html.document_fromstring(page)
    out: list[str] = []
    line: list[str] = []

    def flush() -> None:
        text = " ".join("".join(line).split())
        if text:
            out.append(text)
        line.clear()

    def walk(element) -> None:
        if not isinstance(element.tag, str) or _hidden(element):
            if element.tail:
                line.append(element.tail)
            return
        block = element.tag in BLOCKS
        if block or element.tag == "br":
            flush()
        if element.text:
            line.append(element.text)
        for child in element:
            walk(child)
        if element.tag in ("td", "th"):
            line.append(" ")
        if block:
            flush()
        if element.tail:
            line.append(element.tail)

    walk(root)
    flush()
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", errors="replace") as handle:
        sys.stdout.write(render(handle.read()))
