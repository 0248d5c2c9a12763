"""Choosing among an attribution finder's candidates, and the results it returns: one
source per name piece, the best of overlapping ones, the outer speaker where only it counts,
relays linked, direct or indirect quotation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.tokens import Doc

from .asides import inside_a_speaker
from .source_types import source_type
from .spans import Range
from .speaker_sides import name_after_comma

MIN_QUOTED_WORDS = 3  # fewer words in quote marks is a title or a name, not a quotation
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}


@dataclass(frozen=True)
class Attribution:
    """One source found in a doc; ranges are token indices, ``via`` indexes the list."""

    source: Range
    cue: Range
    type: str
    quote: str
    rule: str
    reason: str
    score: float
    via: int | None = None


class Candidate(NamedTuple):
    """A source a rule found, before the choice among overlapping ones."""

    source: Range
    cue: Range
    rule: dict[str, Any]
    reason: str
    doc: Doc


def outer(found: list[Candidate]) -> list[Candidate]:
    """Without the cues inside what another cue reports: in "Menendez said he does not
    think ...", the sentence is Menendez's; "he" thinking is part of what he said."""
    verbs = {c.cue[1] - 1 for c in found}

    def reported(cand: Candidate) -> bool:
        tok, content = cand.doc[cand.cue[1] - 1], False
        while tok.head.i != tok.i:
            content = content or tok.dep_ == "ccomp"
            tok = tok.head
            if content and tok.i in verbs:
                return True
        return False

    # "..., according to an organizer" speaks for the sentence wherever the parser hangs it.
    return [c for c in found if c.rule.get("whole_sentence") or not reported(c)]


def joined(found: list[Candidate]) -> list[Candidate]:
    """One source for the pieces of a name the parser made two subjects of the same verb
    ("Jean-Marie | Le Pen affirme", "The report | 's | authors say", "La ministre, |
    Pauline Marois a dit"): touching or overlapping ranges of one cue, or ranges apart by a
    possessive or a comma, are merged, under the best-scored rule among them."""
    out: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.cue, c.source)):
        last = out[-1] if out else None
        if last and last.cue == cand.cue and (cand.source[0] <= last.source[1] or (
                cand.source[0] == last.source[1] + 1
                and (cand.doc[last.source[1]].lower_ in POSSESSIVE_MARKS
                     or name_after_comma(cand.doc, last.source, cand.source)))):
            better = last if last.rule["score"] >= cand.rule["score"] else cand
            source = (last.source[0], max(last.source[1], cand.source[1]))
            out[-1] = better._replace(source=source)
        else:
            out.append(cand)
    return out


def unrelayed_agent(cand: Candidate, found: list[Candidate]) -> bool:
    """An agent of a participle that modifies a noun ("les baisses annoncées par le
    gouvernement") speaks only where that noun is itself what a source phrase gives
    ("selon les informations confiées par X"): else it names who acted, not a source."""
    verb = cand.doc[cand.cue[1] - 1]
    return verb.dep_ == "acl" and not any(
        o is not cand and o.source[0] <= verb.head.i < o.source[1] for o in found)


def repeats_a_name(cand: Candidate, found: list[Candidate]) -> bool:
    """A bare pronoun after a named source of the same clause is that source again ("Le
    ministère a fait savoir qu'il ne commenterait pas"); an inverted clitic is not."""
    start, end = cand.source
    if end - start > 1 or cand.rule["kind"] == "clitic" or cand.doc[start].pos_ != "PRON":
        return False
    doc = cand.doc
    return any(o.source[1] - o.source[0] > 1 and o.source[1] <= start and speaks(o) and not any(
        t.text in {";", ":"} for t in doc[o.source[1] : start]) for o in found)


def speaks(cand: Candidate) -> bool:
    """Whether a candidate's cue is a verb: a view ("For black voters, he said") is no
    speaker that a pronoun after it repeats."""
    return cand.doc[cand.cue[1] - 1].pos_ in {"VERB", "AUX"}


def best(found: list[Candidate], outer_only: bool = False) -> list[Candidate]:
    """Drop candidates whose source overlaps a higher-scoring one, and a pronoun that
    repeats a named speaker of the same cue ("Myriam Martinet a elle relevé"), and, where
    only the outer speaker counts (``outer_only``), a cue inside another speaker's phrase;
    keep text order. French keeps that inner cue: "selon les informations confiées par X"
    is X's."""
    found = [c for c in found if not repeats_a_name(c, found) and not (
        outer_only and inside_a_speaker(c.cue, [(o.source, o.cue) for o in found]))]
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-c.rule["score"], c.source[0] - c.source[1])):
        start, end = cand.source
        if all(end <= k.source[0] or k.source[1] <= start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.source[0])


def link_relays(doc: Doc, found: list[Candidate], quotes: list[Range]) -> list[Attribution]:
    """Build the results; "X, citant Y" gives Y via X, "X, cité par Y" gives X via Y."""
    vias: dict[int, int] = {}
    for i, cand in enumerate(found):
        before = [j for j, other in enumerate(found) if other.source[1] <= cand.cue[0]]
        if before and cand.rule["kind"] == "relay":
            vias[i] = before[-1]
        elif before and cand.rule["kind"] == "cited_by":
            vias[before[-1]] = i
    return [
        Attribution(source=source, cue=cue, type=source_type(doc[source[0] : source[1]]),
                    quote=quote_kind(source, quotes), rule=rule["id"], reason=reason,
                    score=rule["score"], via=vias.get(i))
        for i, (source, cue, rule, reason, _) in enumerate(found)
    ]


def quote_kind(source: Range, quotes: list[Range]) -> str:
    outside = [(s, e) for s, e in quotes if e <= source[0] or s >= source[1]]
    return "direct" if any(e - s - 2 >= MIN_QUOTED_WORDS for s, e in outside) else "indirect"
