"""Page-level boilerplate: what a line's neighbours say about it.

Single-line rules (``boilerplate``) miss furniture that only looks like furniture in
context: a run of short menu items, the link titles a "Lire aussi" marker introduces, the
navigation above the headline, the footer below the article. Here the article is found as
the stretch of the page where prose dominates, its headline as the heading-like line just
above it, and short lines around it are flagged. Each rule is one function.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .boilerplate import has_terminal_punctuation

if TYPE_CHECKING:
    from .segment import Segment

BOILERPLATE, HEADING = "boilerplate", "heading"  # segment kinds, as in segment.py

MENU_RUN = 3  # this many short lines in a row are a menu, not subheadings
MENU_ITEM_WORDS = 5
PROSE_WORDS = 16  # a line this long is prose even without final punctuation
SENTENCE_WORDS = 3  # a sentence this long with final punctuation makes its line prose
LINK_WORDS = 25  # a link title is at most this long
RELATED_BLOCK = 12  # most link lines a related-content marker introduces
HEADLINE_WINDOW = 15  # the headline sits at most this many lines above the article
HEADLINE_MIN_WORDS = 4  # prefer headlines this long over shorter heading-like lines
HEADLINE_MAX_WORDS = 30
HEADLINE_REASON = "headline"
SHORT_COST, FLAGGED_COST = 4, 1  # what a short or a flagged line costs inside the article


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
                                and not self.text.rstrip().endswith("."))

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
    flag_menu_runs(lines)
    start, end = article_span(lines)
    if start is None:
        return
    headline = find_headline(lines, start)
    first = headline if headline is not None else start
    for line in lines[:first]:
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
    it, as some sites put it); the article resumes at the next prose line."""
    for i, line in enumerate(lines):
        if not line.marker:
            continue
        for following in lines[i + 1:i + 1 + RELATED_BLOCK]:
            if not following.link_like:
                break
            following.flag("related links")
        above = lines[i - 1] if i else None
        if above is not None and above.short and (i < 2 or lines[i - 2].prose):
            above.flag("related links")


def flag_menu_runs(lines: list[Line]) -> None:
    """Runs of short items (menus, language switchers, tag lists) are navigation."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (line.flagged or (line.short
                                                  and line.words <= MENU_ITEM_WORDS
                                                  and not has_terminal_punctuation(line.text))):
            run.append(line)
            continue
        items = [item for item in run if not item.flagged]
        if len(run) >= MENU_RUN and len(items) >= 2:
            for item in items:
                item.flag("menu")
        run = []


def article_span(lines: list[Line]) -> tuple[int | None, int]:
    """The stretch where prose outweighs furniture (the best-scoring run of lines)."""
    best, best_span = 0, (None, -1)
    total, start = 0, 0
    for i, line in enumerate(lines):
        weight = (line.words if line.prose else -FLAGGED_COST if line.flagged
                  else -SHORT_COST)
        if total <= 0:
            total, start = 0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _heading_like(line: Line) -> bool:
    text = line.text.rstrip()
    return (not line.flagged and line.words <= HEADLINE_MAX_WORDS
            and (text.endswith("…") or not has_terminal_punctuation(text))
            and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "«\"“'‘’"))


def find_headline(lines: list[Line], start: int) -> int | None:
    """The heading-like line nearest above the article; one of several words beats a
    shorter one (rubrics and breadcrumbs sit there too)."""
    candidates: list[int] = []
    small = 0
    for j in range(start - 1, max(start - 1 - HEADLINE_WINDOW, -1), -1):
        line = lines[j]
        if line.flagged:
            continue
        if _heading_like(line) and line.words >= 3:
            candidates.append(j)
            small = 0
        elif line.short and line.words < 3:
            small += 1
            if small >= 2 and candidates:
                break
    if start < len(lines) and _heading_like(lines[start]) and not lines[start].prose:
        candidates.insert(0, start)
    long_enough = [j for j in candidates if lines[j].words >= HEADLINE_MIN_WORDS]
    return (long_enough or candidates or [None])[0]
