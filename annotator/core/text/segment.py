"""Splitting an article into sentence segments, with headings and boilerplate flagged.

Scraped text has one paragraph per line. Each non-empty line is a paragraph; only lines that
could hold more than one sentence go through spaCy (``nlp.load(lang, "segment")``: the
French ``senter``, a blank pipeline's sentencizer for a language without a model), all of
them in one ``nlp.pipe`` stream. Running spaCy on the whole page instead merges lines and
splits names. The proposed boundaries are then repaired (``segment_fixes``) and each
segment is classified. The text is never altered: segments are character offsets.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING

from annotator.core.text.boilerplate import (
    boilerplate_reason,
    has_terminal_punctuation,
    normalise,
    related_marker,
)
from annotator.core.text.layout import Line, refine
from annotator.core.text.pieces import MAX_PIECE, pieces, trimmed_pieces
from annotator.core.text.segment_fixes import may_split, repair

if TYPE_CHECKING:  # importing spaCy takes a second: only when text is segmented
    from spacy.language import Language

SENTENCE, HEADING, BOILERPLATE = "sentence", "heading", "boilerplate"
HEADING_MAX_WORDS = 20
HEADING_REASON = "short line without final punctuation"
# A caption repeated with its credit appended ("<caption> Jane Doe/AP"): the credit is short,
# the caption is not (a short title must not swallow a later, longer heading).
CREDIT_MAX_WORDS = 12
CAPTION_MIN_CHARS = 25

# One stripped, non-empty line, without the list bullet an HTML reader puts before items.
_LINE = re.compile(r"(?:[-–•·][ \t]+(?=\S))?(\S(?:[^\n]*\S)?)")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # "sentence" | "heading" | "boilerplate"
    para: int  # 0-based number of the non-empty line it belongs to
    reason: str | None = None


def looks_like_heading(sentence: str) -> bool:
    """A short line that starts like a title and has no final punctuation."""
    sentence = sentence.strip()
    words = sentence.split()
    return (0 < len(words) <= HEADING_MAX_WORDS
            and (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in "«\"“")
            and not has_terminal_punctuation(sentence))


@dataclass
class _Line:
    start: int
    text: str
    reason: str | None  # the whole line is boilerplate
    spans: list[tuple[int, int]] | None = None  # sentence spans in line offsets
    parsed: bool = False  # split by spaCy: the rules apply to each piece, not the line
    pieces: list[tuple[int, int]] | None = None  # an over-long line, in pieces (pieces.py)
    found: list[tuple[int, int]] | None = None  # sentence spans of its pieces so far
    marker: bool = False  # introduces a block of related links ("Lire aussi")


@dataclass
class _Document:
    lines: list[_Line] = field(default_factory=list)
    waiting: int = 0  # lines still to come back from spaCy


def _plan(text: str) -> _Document:
    """Paragraphs of ``text``, with what can be decided before spaCy: related-content
    markers, and lines that cannot hold two sentences (one segment, no spaCy)."""
    doc = _Document()
    for match in _LINE.finditer(text):
        line = _Line(match.start(1), match.group(1), None)
        if related_marker(line.text):
            line.reason, line.marker = "related links", True
        elif may_split(line.text):
            line.parsed = True
            if len(line.text) > MAX_PIECE:
                line.pieces, line.found = pieces(line.text), []
            doc.waiting += len(line.pieces) if line.pieces else 1
        else:
            line.reason = boilerplate_reason(line.text)
        if not line.parsed:
            line.spans = (trimmed_pieces(line.text) if len(line.text) > MAX_PIECE
                          else [(0, len(line.text))])
        doc.lines.append(line)
    return doc


class _Seen:
    """Lines and segments met so far in one document, to flag repeated captions."""

    def __init__(self) -> None:
        self.texts: set[str] = set()
        self.lines: list[str] = []

    def reason(self, key: str) -> str | None:
        """Why the segment whose normalised text is ``key`` repeats an earlier one."""
        if key in self.texts:
            return "repeats an earlier line"
        if not has_terminal_punctuation(key) and any(self._caption_with_credit(key, line)
                                                     for line in self.lines):
            return "repeats an earlier line + credit"
        return None

    @staticmethod
    def _caption_with_credit(key: str, line: str) -> bool:
        return (key.startswith(line) and key[len(line):len(line) + 1] == " "
                and len(key[len(line):].split()) <= CREDIT_MAX_WORDS)

    def add(self, key: str, whole_line: bool) -> None:
        self.texts.add(key)
        if whole_line and len(key) >= CAPTION_MIN_CHARS:
            self.lines.append(key)


def _classify(doc: _Document) -> list[Segment]:
    seen = _Seen()
    lines = []
    for para, line in enumerate(doc.lines):
        spans = line.spans or []  # all set once spaCy is through
        whole = len(spans) == 1
        segments = []
        for a, b in spans:
            piece = line.text[a:b]
            key = normalise(piece)
            rule = boilerplate_reason(piece) if line.parsed else line.reason
            kind, reason = _kind(piece, whole, rule or seen.reason(key))
            segments.append(Segment(line.start + a, line.start + b, kind, para, reason))
            seen.add(key, whole)
        lines.append(Line(line.start, line.text, segments, line.marker))
    refine(lines)
    return [segment for line in lines for segment in line.segments]


def _kind(piece: str, whole: bool, reason: str | None) -> tuple[str, str | None]:
    if reason:
        return BOILERPLATE, reason
    if whole and looks_like_heading(piece):
        return HEADING, HEADING_REASON
    return SENTENCE, None


def _segment_run(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[list[Segment]]:
    """Segments per text, in order, streaming all their lines through one nlp.pipe."""
    pending: deque[_Document] = deque()

    def lines_to_split() -> Iterator[tuple[str, tuple[_Document, _Line, int]]]:
        for text in texts:
            doc = _plan(text)
            pending.append(doc)
            for line in doc.lines:
                if line.spans is None:
                    if line.pieces is None:
                        yield line.text, (doc, line, 0)
                    else:
                        for a, b in line.pieces:
                            yield line.text[a:b], (doc, line, a)

    for parsed, (doc, line, offset) in nlp.pipe(lines_to_split(), as_tuples=True,
                                                batch_size=batch_size):
        starts = [sent.start_char for sent in parsed.sents]
        if line.found is None:
            line.spans = repair(line.text, starts)
        else:
            line.found.extend((offset + a, offset + b) for a, b in repair(parsed.text, starts))
            if offset + len(parsed.text) == len(line.text):  # its last piece
                line.spans = line.found
        doc.waiting -= 1
        while pending and pending[0].waiting == 0:
            yield _classify(pending.popleft())
    while pending:  # documents at the end that needed no spaCy at all
        yield _classify(pending.popleft())


def segment_texts(
    items: Iterable[tuple[str, str]], *, batch_size: int = 256
) -> Iterator[list[Segment]]:
    """(text, lang) pairs -> segments, batched through nlp.pipe over all paragraphs for speed.

    Consecutive texts of one language share one ``nlp.pipe`` stream; results come back in
    the order of ``items``, each as soon as its last paragraph is through.
    """
    from annotator.core import nlp as nlp_loader

    for lang, run in groupby(items, key=lambda item: item[1]):
        pipeline = nlp_loader.load(lang, "segment")
        yield from _segment_run(pipeline, (text for text, _ in run), batch_size)


def segment_text(text: str, lang: str) -> list[Segment]:
    return next(segment_texts([(text, lang)]))
