"""Who is the government on the article's date (English): a head of state or government, or
another member of a government, whom the lists know as a politician ("Obama said") is the
government in office when the article's dateline falls in their years in office, and a
politician before or after them, as the type conventions say."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span

from .lexicon import source_type_terms

GOVERNMENT = "government"


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, list[tuple[str, str]]]]:
    terms = {name: [(start, end) for start, end in spans]
             for name, spans in source_type_terms()["in_office"].items()}
    names = sorted(terms, key=len, reverse=True)
    pattern = rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b" if names else "(?!)"
    return re.compile(pattern), terms


def in_office(span: Span, day: date) -> bool:
    """Whether ``span`` names someone in a government office on ``day`` (the dateline's,
    ``verifiability_context.dateline_day``)."""
    pattern, terms = _terms()
    found = pattern.search(span.text)
    iso = day.isoformat()
    return found is not None and any(start <= iso < end for start, end in terms[found.group(0)])
