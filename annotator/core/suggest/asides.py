"""Speakers and the cues around them. A speaker set off by commas inside the clause it
reports ("The plan, an inside source said, is to have volunteers ...", "Six months ago, the
senator said, the media considered him a fringe candidate") speaks for the whole sentence:
the phrase before its first comma is what it reports about, and the verb of the clause it
hangs on is part of what it reports. A cue inside a speaker's own phrase is no source."""

from __future__ import annotations

from spacy.tokens import Doc

from .spans import QUOTE_MARKS, Range


def aside(doc: Doc, source: Range, cue: Range) -> bool:
    """", SOURCE CUE ," inside a sentence, with a clause going on after it (not the
    opening of a quotation: ', said, "')."""
    start, end = source[0], cue[1]
    if source[1] > cue[0] or start < 2 or end + 1 >= len(doc):
        return False
    if doc[start - 1].text != "," or doc[end].text != ",":
        return False
    after = doc[end + 1]
    return after.is_alpha and after.text not in QUOTE_MARKS and any(
        not t.is_punct for t in doc[: start - 1])


def outside_asides(doc: Doc, found: list[tuple[Range, Range, bool]]) -> set[int]:
    """Indices of the (source, cue, speaks_for_the_sentence) candidates that a speaker in
    an aside overrules: the same cue's "subject" before the aside ("The plan, | an inside
    source said,"), and the cue of the clause it hangs on ("Six months ago, the senator
    said, | the media considered him"), not a relay after it (", citing two officials")."""
    asides = [(s, c) for s, c, _ in found if aside(doc, s, c)]
    drop: set[int] = set()
    for i, (source, cue, whole) in enumerate(found):
        for a_source, a_cue in asides:
            if (source, cue) == (a_source, a_cue) or whole:
                continue
            if cue == a_cue and source[1] < a_source[0]:
                drop.add(i)  # "The plan, | an inside source said,"
            elif cue != a_cue and doc[cue[1] - 1] in doc[a_cue[1] - 1].ancestors:
                drop.add(i)  # "..., the senator said, | the media considered"
    return drop


def inside_a_speaker(cue: Range, found: list[tuple[Range, Range]]) -> bool:
    """Whether a cue lies inside the phrase of a speaker named after its own cue (of the
    (source, cue) pairs ``found``): part of who that speaker is (", say some Democrats, who
    cringe as they recall"), no source of its own."""
    return any(o_cue[1] <= source[0] <= cue[0] and cue[1] <= source[1]
               for source, o_cue in found)
