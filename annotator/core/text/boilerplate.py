"""Recognising the boilerplate of scraped news pages, French and English.

Pure string rules, no spaCy: each function takes one stripped line or segment and says why
it is boilerplate (a short reason shown to the analyst) or returns None. Nothing is ever
deleted; the segmenter only flags. The word lists and patterns are data, in
``data/boilerplate.json`` beside this module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "boilerplate.json")
                   .read_text(encoding="utf-8"))

# Boilerplate is short: a rule below never fires on a longer segment, which keeps prose
# that happens to start with "Published" or "Par" safe.
MAX_WORDS: int = _DATA["max_words"]
# Whole segment, compared case-insensitively without final ":" or ".".
EXACT: dict[str, str] = {phrase: reason for reason, phrases in _DATA["exact"].items()
                         for phrase in phrases}
# Start of the segment (case-insensitive, whole words).
PREFIXES: tuple[tuple[str, str], ...] = tuple(
    (phrase, reason) for reason, phrases in _DATA["prefixes"].items() for phrase in phrases)
# A line that is only one of these introduces a block of related links (the short lines
# that follow it). Followed by ":" and a title on the same line, it is one related link.
MARKERS: tuple[str, ...] = tuple(_DATA["markers"])
# Words of a site's menu bar: a short, capitalised line made mostly of these is navigation.
NAV_WORDS = frozenset(_DATA["nav_words"])
# Photo agencies and picture desks, as they end a credit ("Jane Doe/AP").
AGENCIES: tuple[str, ...] = tuple(_DATA["agencies"])
# Whole-line patterns: relative dates, written-out dates, template code, counters.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for reason, patterns in _DATA["patterns"].items() for pattern in patterns)
CODE_REASON = "template code"


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` that allows any whitespace between their words."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split()))
                    for phrase in sorted(phrases, key=len, reverse=True))


_PREFIX = re.compile(rf"^(?:{_alternatives(p for p, _ in PREFIXES)})(?!\w)", re.IGNORECASE)
_PREFIX_REASONS = {" ".join(p.casefold().split()): r for p, r in PREFIXES}
_LONGEST_MARKER = max(map(len, MARKERS))
_MARKER_KEYS = frozenset(MARKERS)
_TERMINAL = re.compile(r"[.!?…:;](?:\s*[\"»”’)\]])*$")
_AGENCY_END = re.compile(rf"(?:/|©|\()\s*(?:{'|'.join(map(re.escape, AGENCIES))})\)?$")
_CREDIT = re.compile(
    r"©|\bgetty images\b|\bshutterstock\b|\bap photo\b|\bphoto\s*:|\bphotograph\s*:|"
    r"\bcrédits?\s*(?:photo\s*)?:|"
    r"^(?:photo|photos|crédits?(?: photo)?|credits?|image|illustration)\s*:",
    re.IGNORECASE,
)
# "Jane Doe/Sputnik": a capitalised name, a slash, a capitalised desk.
_SLASH_CREDIT = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w.'-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w.'-]*\s?/\s?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?$"
)
_BYLINE = re.compile(r"^(?:[Pp]ar|PAR|[Bb]y|BY)\s+[A-ZÀ-ÖØ-Þ]")
_DATE_ONLY = re.compile(
    r"^(?:le\s+|on\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:[-–à,]|at)?\s*\d{1,2}[:h]\d{2})?"
    r"(?:\s*(?:CET|CEST|GMT|UTC))?$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(
    r"(?:\s[>›|•·/]\s[^>›|•·/]+){2,}$|^[^>›|•·]{2,40}\s[>›•·»]\s[^>›|•·]{2,40}$")
_RELATED_LINK = re.compile(
    rf"^(?:{_alternatives(MARKERS)})(?:\s*[:|>›»]|\s[–-])\s*\S", re.IGNORECASE
)
# A caption that ends with its credit ("... Photograph: Guy Smallman/Alamy"), any length.
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:photograph|photo|photos|crédits? photo|crédits?|image|illustration)\s*:|©)"
    r"\s*[^.:;!?]{1,60}\)?$", re.IGNORECASE)
# Code is flagged whatever its length: a template line can be long.
_CODE = tuple(p for p, reason in PATTERNS if reason == CODE_REASON)
_CODE_HINT = re.compile(r"[{}<>=;]|\bng-|function|window|document|^for-")
_MARKUP = re.compile(r"<[^<>]*>|\{\{.*?\}\}|\{%.*?%\}")
PROSE_AROUND_MARKUP = 4  # words of a sentence left once its markup is taken out
# Code that is not markup: script statements, JSON, CSS class soup.
_SCRIPT = re.compile(r"\bfunction\s*\(|^\s*(?:var|let|const)\s+\w+\s*=|\b(?:window|document)\.\w+"
                     r"|=>\s*\{|^\s*[\[{]\s*\"[^\"]+\"\s*:|^(?:for-[a-z-]+){2,}$|\bng-[a-z]+=")


def normalise(text: str) -> str:
    """Whitespace-collapsed text (no-break spaces included), for comparing lines."""
    return " ".join(text.split())


def _key(text: str) -> str:
    return normalise(text.replace("\u00ad", "")).casefold().rstrip(" :.")


def related_marker(line: str) -> str | None:
    """The line itself when it introduces a block of related links ("À découvrir")."""
    if len(line) > _LONGEST_MARKER + 3:  # most lines: no need to normalise them
        return None
    return line.strip() if _key(line) in _MARKER_KEYS else None


def has_terminal_punctuation(text: str) -> bool:
    return bool(_TERMINAL.search(text[-12:].rstrip()))


def credit_reason(text: str) -> str | None:
    """A photo credit: "Tous droits réservés ...", "Jane Doe/AP", "Photo : ...", "© AFP"."""
    if _CREDIT.search(text) or _AGENCY_END.search(text) or _SLASH_CREDIT.match(text):
        return "photo credit"
    return None


def code_reason(text: str) -> str | None:
    """Template or script code shown as text ({{ ... }}, ng-, function(), JSON); a sentence
    that only contains some markup ("<b>Reuters</b> a confirmé ...") is prose."""
    if not (_CODE_HINT.search(text) and any(p.search(text) for p in _CODE)):
        return None
    outside = _MARKUP.sub(" ", text)
    if len("".join(outside.split())) * 2 > len("".join(text.split())):  # mostly not markup
        prose = outside.split()
        if not _SCRIPT.search(outside) or (len(prose) >= PROSE_AROUND_MARKUP
                                           and text.rstrip()[-1:] in ".!?…»”\""):
            return None
    return CODE_REASON


def _prefix_reason(text: str) -> str | None:
    match = _PREFIX.match(text)
    return _PREFIX_REASONS[" ".join(match.group().casefold().split())] if match else None


def _pattern_reason(key: str) -> str | None:
    return next((reason for pattern, reason in PATTERNS
                 if reason != CODE_REASON and pattern.search(key)), None)


def _is_navigation(words: list[str]) -> bool:
    if len(words) < 2 or not all(w[0].isupper() or not w[0].isalnum() for w in words):
        return False
    return sum(w.casefold() in NAV_WORDS for w in words) * 2 >= len(words)


def _is_byline(text: str, words: list[str]) -> bool:
    return bool(_BYLINE.match(text)) and len(words) <= 10 and not has_terminal_punctuation(text)


def boilerplate_reason(text: str) -> str | None:
    """Why a stripped line or segment is page furniture, or None for article text."""
    if _RELATED_LINK.match(text):  # "Lire aussi : <a title of any length>"
        return "related link"
    if code := code_reason(text):
        return code
    if _CAPTION_CREDIT.search(text[-80:]):
        return "photo credit"
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return None
    key = _key(text)
    terminal = has_terminal_punctuation(text)
    reason = ((not terminal and _pattern_reason(key)) or EXACT.get(key)
              or _prefix_reason(text))
    # "Updated forecasts show..." is prose: a date line ends without a full stop.
    if reason and not (reason == "date line" and text.endswith((".", "!", "?"))):
        return reason
    if _is_byline(text, words):
        return "byline"
    if _DATE_ONLY.match(key):
        return "date line"
    if not terminal and (_is_navigation(words) or _BREADCRUMB.search(text)):
        return "navigation line"
    return credit_reason(text)
