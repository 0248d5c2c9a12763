"""The document list's filter: words, and ``field:value`` terms.

``grève`` keeps documents whose title, outlet or author holds the word; ``outlet:monde``,
``author:dumont``, ``section:éco``, ``lang:fr``, ``title:port`` look in one field;
``date:2024-03`` keeps a month (any prefix of an ISO date), ``date:2024-03-01..2024-03-15`` a
range (either end may be left open). Quotes keep words together: ``outlet:"le monde"``.
Every term must match; case and accents are ignored.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Callable
from typing import Any

FIELDS = ("title", "outlet", "author", "section", "lang", "date")
FREE_FIELDS = ("title", "outlet", "author")

Predicate = Callable[[Any], bool]


def fold(text: str | None) -> str:
    """Lower case without accents: "Économie" and "economie" compare equal."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse(query: str) -> Predicate:
    """A predicate over records with title, outlet, author, section, lang and date."""
    try:
        terms = shlex.split(query)
    except ValueError:  # an unbalanced quote while the analyst is still typing
        terms = query.replace('"', " ").replace("'", " ").split()
    tests = [_term(term) for term in terms if term.strip()]
    return lambda row: all(test(row) for test in tests)


def _term(term: str) -> Predicate:
    name, colon, value = term.partition(":")
    if colon and fold(name) in FIELDS and value:
        field = fold(name)
        if field == "date":
            return _date_test(value)
        wanted = fold(value)
        return lambda row: wanted in fold(getattr(row, field, None))
    wanted = fold(term)
    return lambda row: any(wanted in fold(getattr(row, f, None)) for f in FREE_FIELDS)


def _date_test(value: str) -> Predicate:
    low, dots, high = value.partition("..")
    if not dots:
        return lambda row: (row.date or "").startswith(value)
    # ISO dates sort as text: a day compares with the date part, a prefix (2024-03) as the
    # last text it begins.
    full_day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", high) is not None

    def within(row) -> bool:
        date = row.date or ""
        if not date or (low and date < low):
            return False
        return not high or (date[:10] <= high if full_day else date <= high + "\uffff")

    return within
