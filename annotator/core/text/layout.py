"""Page-level boilerplate: what a line's neighbours say about it.

Single-line rules (``boilerplate``) miss furniture that only looks like furniture in
context: a run of short menu items, the link titles a "Lire aussi" marker introduces, the
navigation above the headline, the footer below the article. Here the article is found as
the stretch of the page where prose dominates, its headline as the heading-like line just
above it, and short lines around it are flagged. Each rule is one function.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .boilerplate import has_terminal_punctuation, normalise

if TYPE_CHECKING:
    from .segment import Segment

BOILERPLATE, HEADING = "boilerplate", "heading"  # segment kinds, as in segment.py
_STATEMENT_END = re.compile(r"(?<!\.\.)\.[\s\"'»”’)\]]*$")  # a full stop, not "..."

MENU_RUN = 3  # this many short lines in a row are a menu, not subheadings
MENU_ITEM_WORDS = 5
PROSE_WORDS = 16  # a line this long is prose even without final punctuation
SENTENCE_WORDS = 3  # a sentence this long with final punctuation makes its line prose
LINK_WORDS = 25  # a link title is at most this long
RELATED_BLOCK = 12  # most link lines a related-content marker introduces
TEASER_WORDS = 45  # a teaser under a link title is at most this long
HEADLINE_WINDOW = 15  # the headline sits at most this many lines above the article
HEADLINE_NEAR = 6  # lines this close above the article are not menu items
HEADLINE_MIN_WORDS = 4  # prefer headlines this long over shorter heading-like lines
STANDFIRST_WORDS = 12  # a heading-like line this long under a shorter one is a standfirst
HEADLINE_MAX_WORDS = 30
HEADLINE_REASON = "headline"
REPEAT_REASON = "repeats an earlier line"  # as segment.py says it
SHORT_COST, FLAGGED_COST = 4, 1  # what a short or a flagged line costs inside the article
PARAGRAPH_WORDS = 20  # a one-sentence line this long is a paragraph, shorter a blurb
SENTENCE_WEIGHT = 2  # what a blurb adds to the article


@dataclass
class Line:
    start: int  # offset of the stripped line in the document
    text: str
    segments: list[Segment]
    marker: bool = False  # the line introduces related links ("À découvrir")

    @property
    def flagged(self) -> bool:
        return bool(self.segments) and all(s.kind == BOILERPLATE for s in self.segments)

    @property
    def repeated(self) -> bool:
        """Flagged only because an earlier line says the same (a headline may be)."""
        return self.flagged and all((s.reason or "").startswith(REPEAT_REASON)
                                    for s in self.segments)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def prose(self) -> bool:
        if self.flagged:
            return False
        if self.words >= PROSE_WORDS:
            return True
        return any(s.kind != BOILERPLATE and has_terminal_punctuation(piece)
                   and len(piece.split()) >= SENTENCE_WORDS
                   for s, piece in self.pieces())

    @property
    def link_like(self) -> bool:
        """Short enough to be the title of a link: one piece, not a full-stop sentence."""
        return self.flagged or (len(self.segments) == 1 and self.words <= LINK_WORDS
                                and not _STATEMENT_END.search(self.text))

    @property
    def short(self) -> bool:
        return not self.flagged and not self.prose

    def pieces(self) -> Iterator[tuple[Segment, str]]:
        for s in self.segments:
            yield s, self.text[s.start - self.start:s.end - self.start]

    def flag(self, reason: str) -> None:
        self.segments = [s if s.kind == BOILERPLATE else replace(s, kind=BOILERPLATE,
                                                                 reason=reason)
                         for s in self.segments]


def refine(lines: list[Line]) -> None:
    """Flag, in place, the boilerplate that only the page's layout shows."""
    flag_related_blocks(lines)
    start, end = article_span(lines)
    if start is None:
        flag_menu_runs(lines)
        return
    flag_menu_runs(lines, keep=range(max(start - HEADLINE_NEAR, 0), start))
    headline = find_headline(lines, start)
    for line in lines[:headline or 0]:  # without a headline, the top of the page is unknown
        if line.short:
            line.flag("before the headline")
    for line in lines[end + 1:]:
        if not line.flagged:
            line.flag("after the article")
    if headline is not None:
        lines[headline].segments = [replace(s, kind=HEADING, reason=HEADLINE_REASON)
                                    for s in lines[headline].segments]


def flag_related_blocks(lines: list[Line]) -> None:
    """A marker flags the short link lines it introduces (and a link title just above
    it, as some sites put it), with the teaser under a link title when the block goes on
    after it; the article resumes at the next paragraph."""
    for i, line in enumerate(lines):
        if not line.marker:
            continue
        block = lines[i + 1:i + 1 + RELATED_BLOCK]
        for k, following in enumerate(block):
            if not (following.link_like or _teaser(block, k)):
                break
            following.flag("related links")
        above = lines[i - 1] if i else None
        if above is not None and above.short and (i < 2 or lines[i - 2].prose):
            above.flag("related links")


def _teaser(block: list[Line], k: int) -> bool:
    """A line under a link title, with more links after it: the link's teaser."""
    after = block[k + 1] if k + 1 < len(block) else None
    return (k > 0 and block[k - 1].link_like and block[k].words <= TEASER_WORDS
            and after is not None and after.link_like)


def flag_menu_runs(lines: list[Line], keep: range = range(0)) -> None:
    """Runs of short items (menus, language switchers, tag lists) are navigation; lines
    of three words or more just above the article (``keep``) may be its headline."""
    run: list[Line] = []
    kept = {id(lines[i]) for i in keep if lines[i].words >= 3}
    for line in [*lines, None]:
        if line is not None and (line.flagged or (line.short
                                                  and line.words <= MENU_ITEM_WORDS
                                                  and not has_terminal_punctuation(line.text))):
            run.append(line)
            continue
        items = [item for item in run if not item.flagged and id(item) not in kept]
        if len(run) >= MENU_RUN and len(items) >= 2:
            for item in items:
                item.flag("menu")
        run = []


def _paragraph(line: Line) -> bool:
    """Several sentences, or one long one."""
    return line.prose and (line.words >= PARAGRAPH_WORDS
                           or sum(s.kind != BOILERPLATE for s in line.segments) > 1)


def _weight(line: Line) -> int:
    """A paragraph counts by its words; a lone short sentence counts half, a teaser or a
    link title barely; furniture costs."""
    if line.flagged:
        return -FLAGGED_COST
    if not line.prose:
        return -SHORT_COST
    if _paragraph(line):
        return line.words
    if _STATEMENT_END.search(line.text):  # a statement, not a teaser or a link title
        return max(line.words // 2, SENTENCE_WEIGHT)
    return SENTENCE_WEIGHT


def article_span(lines: list[Line]) -> tuple[int | None, int]:
    """The stretch where prose outweighs furniture (the best-scoring run of lines)."""
    best, best_span = 0, (None, -1)
    total, start = 0, 0
    for i, line in enumerate(lines):
        weight = _weight(line)
        if total <= 0:
            total, start = 0, i
        total += weight
        if total >= best > 0 or total > best:  # ties: the longer stretch
            best, best_span = total, (start, i)
    first, last = best_span
    if first is None:
        return best_span
    # The article starts at its first paragraph: blurbs above it are headline material.
    paragraphs = [i for i in range(first, last + 1) if _paragraph(lines[i])]
    return (paragraphs[0] if paragraphs else first), last


def _heading_like(line: Line) -> bool:
    kept = [piece for s, piece in line.pieces() if s.kind != BOILERPLATE]
    text = (kept[-1] if kept and not line.repeated else line.text).rstrip()
    return ((not line.flagged or line.repeated) and line.words <= HEADLINE_MAX_WORDS
            and (text.endswith("…") or not has_terminal_punctuation(text))
            and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "«\"“'‘’"))


def find_headline(lines: list[Line], start: int) -> int | None:
    """The headline among the heading-like lines just above the article: one the page
    repeats (breadcrumb, share box) first, then one of several words (rubrics and
    breadcrumbs are short), then the nearest; a long line right under another candidate
    of several words is the standfirst, and that one the headline."""
    candidates: list[int] = []
    small = 0
    for j in range(start - 1, max(start - 1 - HEADLINE_WINDOW, -1), -1):
        line = lines[j]
        if line.flagged and not line.repeated:
            continue
        if _heading_like(line) and line.words >= 3:
            candidates.append(j)
            small = 0
        elif line.short and line.words < 3:
            small += 1
            if small >= 2 and candidates:
                break
    if not candidates:
        return None
    texts = [normalise(line.text).casefold() for line in lines]

    def score(j: int) -> tuple[int, int]:
        key = texts[j]
        repeated = sum(t == key or t.endswith(" " + key) for t in texts) > 1
        return (repeated or lines[j].words >= HEADLINE_MIN_WORDS, -abs(start - j))

    chosen = max(candidates, key=score)
    above = _line_above(lines, chosen)
    if (above in candidates and lines[chosen].words >= STANDFIRST_WORDS
            and HEADLINE_MIN_WORDS <= lines[above].words < lines[chosen].words):
        return above
    return chosen


def _line_above(lines: list[Line], index: int) -> int | None:
    """The nearest line above ``index`` that is not flagged."""
    return next((j for j in range(index - 1, -1, -1)
                 if not lines[j].flagged or lines[j].repeated), None)
