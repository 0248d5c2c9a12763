"""Where each sentence sits in the article view's text document.

The view shows one block per paragraph (the text from the paragraph's first sentence to its
last, line breaks inside turned into spaces). Qt counts positions in UTF-16 code units and
Python in code points, so a paragraph holding characters outside the BMP (emoji) is mapped
character by character; every other paragraph maps by plain arithmetic.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import groupby

from ..core.models import Sentence

_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Paragraph:
    text: str  # as shown: the document text from ``start`` to ``end``, one line
    start: int  # offsets into the document text
    end: int
    position: int  # where its block starts in the view
    wide: bool  # holds characters that take two UTF-16 units
    sentences: tuple[Sentence, ...] = ()

    def shown(self, sentence: Sentence) -> str:
        """The sentence's text as this paragraph shows it."""
        return self.text[sentence.start - self.start:sentence.end - self.start]

    def view_position(self, offset: int) -> int:
        inside = offset - self.start
        if not self.wide:
            return self.position + inside
        return self.position + utf16_length(self.text[:inside])

    def text_offset(self, position: int) -> int:
        inside = position - self.position
        if not self.wide:
            return self.start + inside
        units = 0
        for index, char in enumerate(self.text):
            if units >= inside:
                return self.start + index
            units += 2 if ord(char) > 0xFFFF else 1
        return self.end


class ArticleLayout:
    def __init__(self, text: str, sentences: list[Sentence]):
        self.paragraphs: list[Paragraph] = []
        self.spans: dict[int, tuple[int, int]] = {}  # sentence id -> view positions
        self._paragraph_of: dict[int, Paragraph] = {}
        position = 0
        for _, group in groupby(sentences, key=lambda s: s.para):
            members = list(group)
            start, end = members[0].start, max(s.end for s in members)
            shown = _LINE_BREAK.sub(" ", text[start:end])
            paragraph = Paragraph(shown, start, end, position,
                                  utf16_length(shown) != len(shown), tuple(members))
            self.paragraphs.append(paragraph)
            for sentence in members:
                self.spans[sentence.id] = (paragraph.view_position(sentence.start),
                                           paragraph.view_position(sentence.end))
                self._paragraph_of[sentence.id] = paragraph
            position += utf16_length(shown) + 1  # the block separator
        self._order = sorted((start, end, sid) for sid, (start, end) in self.spans.items())
        self._starts = [start for start, _, _ in self._order]

    def sentence_at(self, position: int) -> int | None:
        """The sentence under a view position; a gap between sentences counts for the one
        before it, so a click anywhere on a line selects something sensible."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        start, end, sentence_id = self._order[index]
        paragraph = self._paragraph_of[sentence_id]
        in_block = position <= paragraph.position + utf16_length(paragraph.text)
        return sentence_id if in_block and position >= start else None

    def view_range(self, sentence_id: int, start: int, end: int) -> tuple[int, int]:
        """View positions of document offsets ``start``-``end`` inside a sentence."""
        paragraph = self._paragraph_of[sentence_id]
        return paragraph.view_position(start), paragraph.view_position(end)

    def text_offset(self, sentence_id: int, position: int) -> int:
        """The document offset of a view position in the sentence's paragraph."""
        return self._paragraph_of[sentence_id].text_offset(position)
