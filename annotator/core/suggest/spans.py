"""Token-range helpers for attribution spans: quotations, name edges, phrase extents.

Ranges are ``(start, end)`` token indices, end exclusive, as in ``doc[start:end]``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Cues

OPENING = {"«": "»", "“": "”", "„": "“", "‹": "›"}
STRAIGHT = {'"'}
QUOTE_MARKS = tuple(set(OPENING) | STRAIGHT)
# Where a source phrase stops: clause punctuation and quote marks.
BOUNDARY = {",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "…"} | set(OPENING) | set(
    OPENING.values()
) | STRAIGHT
# Dependents that start a new idea inside a subject: "X qui...", "X réunis à..."
CUT_DEPS = {"acl", "acl:relcl", "relcl", "parataxis"}
LEAD_POS = {"ADP", "CCONJ", "SCONJ", "PUNCT"}
EDGE_POS = LEAD_POS | {"DET", "ADV"}
MAX_PHRASE = 16

Range = tuple[int, int]


def quotations(doc: Doc, text: str) -> list[Range]:
    """Token ranges of the quoted passages (marks included); ``text`` is ``doc.text``."""
    found: list[Range] = []
    if not any(mark in text for mark in QUOTE_MARKS):
        return found
    closing: str | None = None
    start = 0
    for tok in doc:
        text = tok.text
        if closing is None:
            if text in OPENING or text in STRAIGHT:
                closing, start = OPENING.get(text, text), tok.i
        elif text == closing:
            found.append((start, tok.i + 1))
            closing = None
    return found


def extend_hyphenated(doc: Doc, start: int, end: int, cues: Cues) -> Range:
    """Grow a range over glued hyphen groups ("Kim Jong" -> "Kim Jong-un"), never onto a
    clitic ("a-t-il")."""
    while end + 1 < len(doc) and _glued(doc, end - 1, end + 1) and doc[end].text == "-":
        if doc[end + 1].lower_ in cues.clitics:
            break
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and _glued(doc, start - 2, start):
        start -= 2
    return start, end


def _glued(doc: Doc, left: int, right: int) -> bool:
    """No whitespace anywhere between tokens ``left`` and ``right``."""
    return all(not doc[i].whitespace_ for i in range(left, right))


def is_boundary(tok: Token, cues: Cues) -> bool:
    if tok.text in BOUNDARY or tok.lower_ in cues.np_stop_words:
        return True
    # With a tagger: a finite verb or a subordinator ends the phrase; a capitalised "verb"
    # inside the sentence is a mis-tagged name ("le président russe Vladimir Poutine").
    if tok.is_title and tok.i > 0:
        return False
    return tok.pos_ in {"VERB", "AUX", "SCONJ"} and "Part" not in tok.morph.get("VerbForm")


def phrase_after(doc: Doc, i: int, cues: Cues) -> Range | None:
    """The noun phrase starting at ``i`` (after fillers), up to the next clause boundary."""
    i = skip_fillers(doc, i, cues)
    end = i
    while end < len(doc) and end - i < MAX_PHRASE and not is_boundary(doc[end], cues):
        end += 1
    return trim(doc, i, end, cues)


def skip_fillers(doc: Doc, i: int, cues: Cues) -> int:
    """The first index at or after ``i`` past fillers like "pour sa part", "mercredi"."""
    moved = True
    while moved and i < len(doc):
        moved = False
        first = doc[i].lower_
        for words in cues.phrase_fillers:
            if words[0] == first and tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
                i, moved = i + len(words), True
                break
    return i


def phrase_before(doc: Doc, i: int, cues: Cues) -> Range | None:
    """The noun phrase ending just before ``i``, back to the previous boundary."""
    start = i
    while start > 0 and i - start < MAX_PHRASE and not is_boundary(doc[start - 1], cues):
        start -= 1
    return trim(doc, start, i, cues)


def subject_range(head: Token, cues: Cues) -> Range | None:
    """A subject's subtree, cut at its first comma, conjunction or relative clause (an
    appositive name without a comma stays: "le président russe Vladimir Poutine")."""
    doc = head.doc
    cuts = {c.left_edge.i for c in head.rights if c.dep_ in CUT_DEPS}
    end = head.right_edge.i + 1
    for tok in doc[head.i + 1 : end]:
        if tok.text in BOUNDARY or tok.pos_ == "CCONJ" or tok.i in cuts:
            end = tok.i
            break
    start = head.left_edge.i
    # Keep only the part after the last comma before the head ("Selon X, le ministre a dit").
    for j in range(head.i - 1, start - 1, -1):
        if doc[j].text in BOUNDARY:
            start = j + 1
            break
    return trim(doc, start, end, cues)


def coordinated(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("le président et le ministre")."""
    return [head] + [t for t in head.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}
                     and head in (t.head, t.head.head)]


def _edge(tok: Token) -> bool:
    return tok.is_space or tok.text in BOUNDARY


def trim(doc: Doc, start: int, end: int, cues: Cues) -> Range | None:
    """Drop edge punctuation/prepositions and widen over hyphenated names; None if empty
    or a bare pronoun."""
    while start < end and (_edge(doc[start]) or doc[start].pos_ in LEAD_POS):
        start += 1
    while end > start and (_edge(doc[end - 1]) or doc[end - 1].pos_ in EDGE_POS):
        end -= 1
    if start >= end:
        return None
    start, end = extend_hyphenated(doc, start, end, cues)
    words = [t for t in doc[start:end] if any(ch.isalnum() for ch in t.text)]
    if not words or all(t.lower_ in cues.skip_pronouns for t in words):
        return None
    return start, end
