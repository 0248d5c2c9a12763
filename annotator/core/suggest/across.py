"""Speakers read from the words where the English parser lost them: across the
apposition, relative clause or circumstance set off by commas between a name and its cue
("Perry, who is running for reelection, | praised"), after a closing quotation, after the
conjunction that joins two clauses, and apart from an opening "According to X," whose
commas run on into the next speaker; with the check that tells a lost parse from a found
one."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cue_checks import name_modal
from .lexicon import Cues
from .spans import (
    APPOSED_ADPS,
    MAX_APPOSED,
    MAX_WHOLE,
    QUOTE_MARKS,
    RELATIVES,
    Range,
    breaks,
    is_boundary,
    name_like,
    opens_circumstance,
    phrase_before,
    skip_fillers,
    trim,
)


def subject_across(doc: Doc, comma: int, cues: Cues) -> Range | None:
    """The speaker of a cue that follows ``comma``, across the apposition or relative clause
    between them, read from the words when the parser lost the subject ("Perry, who is
    running for reelection, | praised", '..." Fred Kagan, director of the project, | said').
    The apposition and the relative clause stay with the name, as English news corpora mark
    them; a circumstance (", speaking on the radio,", ", in an op-ed,") does not."""
    first = _clause_start(doc, comma)
    commas = [t.i for t in doc[first:comma] if t.text == ","]
    while commas and _circumstance_first(doc[first : commas[0]], cues):
        first = commas.pop(0) + 1  # "In New York, | Mr. Grant, who leads the union, warned"
    if not 1 <= len(commas) <= MAX_APPOSED or comma - first > MAX_WHOLE:
        return None
    name = doc[first : commas[0]]
    if not 0 < len(name) <= MAX_NAME or any(
            breaks(t) or (is_boundary(t, cues) and not name_like(t, cues)) for t in name):
        return None
    end = comma
    for left, right in zip(commas, [*commas[1:], comma], strict=True):
        kind = _aside(doc[left + 1 : right], cues)
        if kind is None:
            return None
        if kind == "circumstance":
            end = left
            break
    if not any(t.pos_ in {"PROPN", "NOUN", "PRON"} or name_like(t, cues) for t in name):
        return None  # "Yesterday, | after the vote, | said": no one to speak
    return trim(doc, first, end, cues)


MAX_NAME = 8


def _circumstance_first(span: Span, cues: Cues) -> bool:
    """A stretch opening the sentence that sets a circumstance, not a speaker: a
    preposition or a subordinator first ("In New York,", "After the vote,"), or an adverb
    or a time without a name ("Yesterday,"; not "Then DuPont,")."""
    first = span[0]
    if name_like(first, cues) or not opens_circumstance(first, cues, frozenset()):
        return False
    return first.pos_ in {"ADP", "SCONJ"} or first.dep_ in {"case", "mark"} or not any(
        t.pos_ == "PROPN" for t in span)


def _clause_start(doc: Doc, i: int) -> int:
    """Where the clause ending at token ``i`` starts: after the last quote mark that closes
    a quotation before it ('...," Fred Kagan, director of ...'), else the sentence start."""
    before = doc.text[: doc[i].idx]
    if any(mark in before for mark in QUOTE_MARKS):  # most sentences have none: no loop
        for j in range(i - 1, 0, -1):
            if doc[j].text in QUOTE_MARKS and doc[j - 1].text in {",", ".", "?", "!"}:
                return j + 1
    return next((t.i for t in doc if not (t.is_punct or t.is_space)), 0)


def _aside(span: Span, cues: Cues) -> str | None:
    """What a stretch between commas after a name is: "relative" (", who chairs the
    union"), "apposition" (", a retired teacher", ", 32", ", of Chicago"), "circumstance"
    (", speaking on the radio", ", in an op-ed"), or None (a clause of its own)."""
    if not 0 < len(span) <= MAX_WHOLE or any(t.text in QUOTE_MARKS or t.text in {";", ":"}
                                              for t in span):
        return None
    opener = span[0]
    if opener.lower_ in RELATIVES:
        return "relative"
    if opens_circumstance(opener, cues, APPOSED_ADPS):
        return "circumstance"
    relative = next((t.i for t in span if t.lower_ in RELATIVES), span.end)
    head = span.doc[span.start : relative]  # "a retired teacher | who lives in Ohio"
    if opener.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP"} and not any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in head):
        return "apposition"
    return None


def opening_phrase(doc: Doc, source: Range, cues: Cues) -> Range:
    """An opening phrase ("According to X, ...") without the appositions that belong to the
    subject of the cue after them: "According to the Herald, | Professor John Burrows, the
    chairman, said"."""
    comma = next((i for i in range(*source) if doc[i].text == ","), None)
    after = skip_fillers(doc, source[1] + 1, cues)
    if comma is None or source[1] >= len(doc) or doc[source[1]].text != "," or \
            after >= len(doc) or not (doc[after].lower_ in cues.cue_verb_forms
                                      or doc[after].lemma_ in cues.cue_verbs):
        return source
    return trim(doc, source[0], comma, cues) or source


def after_conjunction(doc: Doc, source: Range, cue: Token) -> Range | None:
    """A cue the parser joined to an earlier clause's verb speaks for the words after the
    conjunction that joins them: "The broadcasts began on August 10 and | South Korea
    says", not "August 10 and South Korea"."""
    if cue.dep_ != "conj" or cue.head.i >= source[0] or cue.head.pos_ not in {"VERB", "AUX"}:
        return source
    joins = [t.i for t in doc[slice(*source)] if t.pos_ == "CCONJ"]
    if not joins:
        return source
    return (joins[-1] + 1, source[1]) if joins[-1] + 1 < source[1] else None


def lost_subject(cue: Token, speaker: tuple[int, int]) -> bool:
    """Whether the parser lost the subject of a cue verb whose speaker was read from the
    words before it (``speaker``: a name, then what commas set off): no subject outside
    that range, nor in its name ("Perry, who is running for reelection, praised Cruz",
    parsed with "Cruz" as the root and "praised" modifying it). A parse that found the name
    is left to the subject rules."""
    doc = cue.doc
    name_end = next((i for i in range(*speaker) if doc[i].text == ","), speaker[1])
    return cue.tag_.startswith("VB") and not any(
        c.dep_.startswith("nsubj") and not name_end <= c.i < speaker[1]
        and not any(g.dep_ == "case" for g in c.children)  # "According to | the Herald"
        for c in cue.children)


def cut_subject(doc: Doc, source: Range, until: int, cues: Cues) -> Range:
    """A subject the parser cut from the name it belongs to: before a capitalised modal
    that ends the name ("George | Will wrote"), or before a comma and its cue when the
    parser made the name the root of a fragment of its own ("Lydia Buchtmann for Food
    Standards Australia New Zealand, | says": the parser's subject is "New Zealand")."""
    end = source[1]
    if end < len(doc) and name_modal(doc[end]):
        return source[0], end + 1
    if end + 1 != until or doc[end].text != "," or not any(
            t.dep_ == "ROOT" and t.pos_ in {"PROPN", "NOUN"} for t in doc[: source[0]]):
        return source
    wider = phrase_before(doc, end, cues)
    return wider if wider is not None and wider[0] < source[0] and wider[1] == end else source
