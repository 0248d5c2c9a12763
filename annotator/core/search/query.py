"""What the analyst types, as an FTS5 query, and the words it looks for (to mark them).

Words, "quoted phrases", prefixes (``négo*``), AND / OR / NOT and parentheses are FTS5's own
syntax and pass through. Anything else FTS5 would refuse inside a word is read as the
words it holds: ``d'État``, ``Kim Jong-un``, ``12,5`` or ``a:b`` become phrases, so French
apostrophes and hyphens need no quoting. What is still wrong (an unclosed quote, a
dangling operator) is reported by ``SearchSyntaxError`` in one line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError

OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'"[^"]*"?\*?|[()]|,|[^\s"(),]+')
_BAREWORD = re.compile(r"\w+\*?")
# The index's tokenizer (unicode61) keeps letters and digits and splits on everything else.
WORD = re.compile(r"[^\W_]+")
HELP = 'words, "a phrase", prefix*, AND, OR, NOT, (...)'


class SearchSyntaxError(InputError):
    """A search that FTS5 cannot read."""


@dataclass(frozen=True)
class Phrase:
    """Words to find one after the other, folded; the last one may be a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    fts: str | None  # None: nothing to search for
    phrases: tuple[Phrase, ...]


def fold(word: str) -> str:
    """Lower case without accents, as the index compares words."""
    return word.lower() if word.isascii() else _fold_accented(word)


@lru_cache(maxsize=65536)
def _fold_accented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def parse(text: str) -> Query:
    parts: list[str] = []
    phrases: list[Phrase] = []
    near_depth = 0  # inside NEAR(...), where commas and numbers are its own syntax
    for token in _TOKEN.findall(text):
        if token == ",":
            if near_depth:
                parts.append(token)
        elif token == "(":
            near_depth += bool(near_depth) or (bool(parts) and parts[-1] == "NEAR")
            parts.append(token)
        elif token == ")":
            near_depth = max(0, near_depth - 1)
            parts.append(token)
        elif token == "NOT" and parts and parts[-1] == "AND":
            parts[-1] = token  # FTS5's NOT is "a NOT b"; "a AND NOT b" means the same
        elif token in OPERATORS or token == "NEAR" or (near_depth and token.isdigit()):
            parts.append(token)
        else:
            prefix = token.endswith("*")
            inner = token.strip('"*') if token.startswith('"') else token.rstrip("*")
            if token.startswith('"') or _BAREWORD.fullmatch(token):
                parts.append(token)
            else:
                parts.append(f'"{inner}"' + ("*" if prefix else ""))
            words = tuple(fold(w) for w in WORD.findall(inner))
            if words:
                phrases.append(Phrase(words, prefix))
    return Query(" ".join(parts) or None, tuple(phrases))


def fts_query(text: str) -> str | None:
    """The FTS5 query for ``text``; None when it holds nothing to search."""
    return parse(text).fts


def marks(text: str, phrases: tuple[Phrase, ...]) -> tuple[tuple[int, int], ...]:
    """Where the phrases occur in ``text`` (offsets), merged and in order."""
    pattern = _pattern(phrases)
    if pattern is None:
        return ()
    merged: list[tuple[int, int]] = []
    for found in pattern.finditer(text):
        start, end = found.span()
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[Phrase, ...]) -> re.Pattern[str] | None:
    """One regular expression for every phrase, each letter matching its accented and
    capital forms: a sentence is marked in one pass, without folding its words."""
    if not phrases:
        return None
    options = []
    for phrase in phrases:
        words = [_letters(word) for word in phrase.words]
        options.append(r"[\W_]+".join(words) + (r"[^\W_]*" if phrase.prefix else ""))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(options) + r")(?![^\W_])", re.IGNORECASE)


def _letters(word: str) -> str:
    variants = _variants()
    return "".join(variants.get(char, re.escape(char)) for char in word)


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Folded letter -> a character class of every Latin letter that folds to it."""
    groups: dict[str, set[str]] = {}
    for code in range(0x250):  # Basic Latin to Latin Extended-B
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isalnum() and folded != char:
            groups.setdefault(folded, {folded}).update((char, char.upper()))
    return {folded: "[" + "".join(sorted(chars)) + "]" for folded, chars in groups.items()}


def syntax_error(text: str, reason: str) -> SearchSyntaxError:
    reason = reason.removeprefix("fts5: ").strip()
    if reason.endswith('near ""'):
        reason = "it stops short (a quote, a bracket or an operator left open)"
    return SearchSyntaxError(f"cannot read the search {text.strip()!r}: {reason} "
                             f"(a search takes {HELP})")
