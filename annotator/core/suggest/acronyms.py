"""Short names that an article introduces in brackets: "the Philippine National Police (PNP)"
makes a later "PNP said" the police, whether or not the first mention was a source."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .source_types import OTHER, source_type

MAX_LETTERS = 8  # letters of a short name in brackets
MAX_NAME = 10  # words of the name before it
LINKS = frozenset({"of", "and", "for", "on", "&", "-"})  # words inside a body's name


def named_acronyms(doc: Doc) -> Iterator[tuple[str, str]]:
    """(short name in lower case, type of the name before it) for each "Name (SHORT)" of
    ``doc`` whose name has a type: "the Kestrel Disaster Management Agency (KDMA)" ->
    ("kdma", "government")."""
    for tok in doc[2:-1]:
        short = doc[tok.i + 1] if tok.i + 2 < len(doc) else None
        if tok.text != "(" or short is None or doc[tok.i + 2].text != ")" \
                or not _short_name(short.text):
            continue
        start = tok.i
        while start > 0 and tok.i - start < MAX_NAME and (
                doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in LINKS):
            start -= 1
        while start < tok.i and doc[start].lower_ in LINKS:
            start += 1
        if start < tok.i and (kind := source_type(doc[start : tok.i])) != OTHER:
            yield short.text.lower(), kind


def _short_name(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 1 < len(letters) <= MAX_LETTERS and letters.isalpha() and letters.isupper()
