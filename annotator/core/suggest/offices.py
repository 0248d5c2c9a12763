"""Who is the government on the article's date (English): a head of state or government, or
another member of a government, whom the lists know as a politician ("Obama said") is the
government in office when the article's dateline falls in their years in office, and a
politician before or after them, as the type conventions say."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..text.dates import iso_date
from .doc_text import doc_text
from .lexicon import source_type_terms
from .results import SentenceSuggestion
from .verifiability_context import DATELINE

GOVERNMENT = "government"


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    terms = {name: [(start, end) for start, end in spans]
             for name, spans in source_type_terms()["in_office"].items()}
    names = sorted(terms, key=len, reverse=True)
    pattern = rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b" if names else "(?!)"
    return re.compile(pattern), terms


def dateline(suggestion: SentenceSuggestion, doc: Doc) -> str | None:
    """The ISO date of a dateline sentence ("Monday, May 18, 2015"), else None."""
    verdict = suggestion.verifiability
    return iso_date(doc_text(doc)) if verdict is not None and verdict.reason == DATELINE else None


def in_office(span: Span, day: str) -> bool:
    """Whether ``span`` names someone in a government office on ``day`` (ISO)."""
    pattern, terms = _terms()
    found = pattern.search(span.text)
    return found is not None and any(start <= day[:10] < end
                                     for start, end in terms[found.group(0)])
