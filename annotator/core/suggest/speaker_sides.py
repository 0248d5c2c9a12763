"""Where a cue's speaker stands: a cue verb speaks for one side of itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from spacy.tokens import Doc, Span


class Found(Protocol):
    source: tuple[int, int]
    cue: tuple[int, int]
    rule: dict[str, Any]


def one_side(doc: Doc, found: Sequence[Found]) -> list[int]:
    """Indices of the candidates to keep: a common noun phrase found after a cue verb whose
    subject was also found right before it is what the verb acts on ("David Martin, le
    rapporteur, a reconnu | l'importance de cette lutte": the commas made it look
    inverted); a name there may still be the speaker ("..., a annoncé le président de
    l'Assemblée Claude Bartolone"), and so is an inverted clitic ("a-t-il dit"); a subject
    farther back belongs to another verb ("Moscou a rejeté toute implication, ont annoncé
    les médias d'État")."""
    before = {c.cue[1] for c in found if c.source[1] <= c.cue[0] and next_to(doc, c)}
    return [i for i, c in enumerate(found) if not (
        c.cue[1] in before and c.source[0] >= c.cue[1] and c.rule["kind"] != "clitic"
        and not any(t.pos_ == "PROPN" for t in doc[c.source[0] : c.source[1]]))]


def opening_end(doc: Doc, source: tuple[int, int], *, opening: bool) -> tuple[int, int]:
    """An opening or parenthetical "Selon X, ..." ends at its comma: a phrase after that
    comma not closed by another comma is the clause's subject ("D'après le ministère, |
    les actes ont augmenté"), not an apposition ("Selon Jean Dupont, maire de Lyon, ...");
    after a parenthetical one, the sentence's end closes an apposition too ("..., selon
    Jean Dupont, maire de Lyon.")."""
    start, end = source
    if end < len(doc) and doc[end].text == "," or (
            not opening and all(t.is_punct for t in doc[end:])):
        return source
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    return source if comma is None or comma == start else (start, comma)


def incise(doc: Doc, cue: tuple[int, int], source: tuple[int, int]) -> bool:
    """A cue and its clitic set off by commas inside a quotation ("« Moi, dit-il, je
    crois »"): the speaker's own words about who speaks, not part of what is quoted."""
    start, end = min(cue[0], source[0]), max(cue[1], source[1])
    return start > 0 and end < len(doc) and doc[start - 1].text == "," and doc[end].text == ","


MAX_NAME = 4


def capitalised_name(span: Span) -> bool:
    """A short name of capitalised words, one at least a proper noun, whatever the tagger
    made of the others ("Marie/NOUN Dupont/PROPN")."""
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= MAX_NAME and all(t.is_title and t.is_alpha for t in words) and any(
        t.pos_ == "PROPN" for t in words)


def next_to(doc: Doc, found: Found) -> bool:
    """Whether a source ends right before its cue, a comma apart at most."""
    between = doc[found.source[1] : found.cue[0]]
    return all(t.text == "," for t in between) and len(between) <= 1


def counted(span: Span) -> bool:
    """A phrase opened by a number holds no view: "For four years", "Pour les 10 % de"."""
    return span[0].like_num or (span[0].pos_ == "DET" and len(span) > 1 and span[1].like_num)


def name_after_comma(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two subjects of one verb a comma apart, the second with a name: a role and its name
    the parser split ("La première ministre du Québec, | Pauline Marois a dit")."""
    return doc[first[1]].text == "," and any(t.pos_ == "PROPN" for t in doc[slice(*second)])


def abstract_speaker(span: Span, endings: tuple[str, ...], type_of: Callable[[Span], str]
                     ) -> bool:
    """A speaker headed by an abstract noun of action or quality that no list types and no
    name holds ("la diffusion d'une langue exige", "cet événement tragique appelle"): an
    event, not someone who speaks; ``type_of`` gives the span's source type (asked last: it
    costs the most)."""
    head = span.root
    return head.pos_ == "NOUN" and head.lower_.endswith(endings) and not any(
        t.pos_ == "PROPN" for t in span) and type_of(span) == "other"
