"""Dates as news sources write them, to ISO 8601.

News databases and pages write dates in the reader's language: "12 mars 2024", "mardi 12 mars
2024", "1er mars 2024", "March 12, 2024 Tuesday 9:20 AM GMT", "12 March 2024", "12/03/2024",
"2024-03-12T10:15:00+01:00", "12. März 2024". ``iso_date`` finds the date in such a line and
returns "YYYY-MM-DD" (or the ISO date-time when the text is one), or None; ``dateline_date``
reads an article's dateline ("22 juin 2012.", "Wednesday, May 6, 2020") the same way.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

MONTHS = {
    # French
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "november": 11, "december": 12,
    # German (Nexis "Dokument 1 von 3" exports): the rest are spelt as in English
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS = [
    re.compile(rf"\b{_DAY}\.? {_MONTH},? {_YEAR}\b"),  # 12 mars 2024, 12. März 2024
    re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b"),  # March 12, 2024
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})\b"),  # 12/03/2024
]
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?\b")


def iso_date(text: str | None) -> str | None:
    """The first date found in ``text`` as ISO 8601, or None."""
    if not text or not text.strip():
        return None
    found = _ISO.search(text)
    if found:
        return _iso_from_iso(found.group(0))
    folded = _fold(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS.get(month)
            if number is None:
                continue
            try:
                return date(int(match.group("year")), number, int(match.group("day"))).isoformat()
            except ValueError:
                continue
    return None


def dateline_date(text: str | None) -> date | None:
    """The day a dateline gives ("22 juin 2012.", "Nancy, 22 juin 2012.", "Wednesday, May 6,
    2020", "2020-05-06"), or None: the first full date in it, as ``iso_date`` reads one."""
    found = iso_date(text)
    return date.fromisoformat(found[:10]) if found else None


def _iso_from_iso(text: str) -> str | None:
    text = text.replace(" ", "T")
    try:
        if "T" not in text:
            return date.fromisoformat(text).isoformat()
        # Python 3.10's fromisoformat reads neither "Z" nor "+0100".
        normalised = re.sub(r"Z$", "+00:00", text)
        normalised = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", normalised)
        return datetime.fromisoformat(normalised).isoformat()
    except ValueError:
        return None


def _fold(text: str) -> str:
    """Lower case without accents, so "Février", "fevrier" and "FÉVRIER" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
