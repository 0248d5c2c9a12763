"""Types for a source that is a bare name no list knows (English only).

A person the article gives no role is a private individual (``citizen``), as the type
conventions say of witnesses, relatives and students. A name is a person's when a given name
opens it ("Amal Reyes") or a courtesy title does ("Ms Reyes"), or when it is the surname of a
person named so before ("Reyes said"), or when "she" or "he" follows its cue ("Reyes said
she ..."); the given names are those of the US Census. Any other
name takes the type of its cue where only one type uses that cue of itself: "Rudaw reports"
is an outlet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import given_names, source_type_terms
from .source_types import cue_words

CITIZEN = "citizen"
COURTESY = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss"})
MAX_NAME = 4  # words of a person's name, courtesy title apart
ROLE_WINDOW = 4  # words either side of a name where a role of no type is looked for
SELF = frozenset({"he", "she"})
SELF_WINDOW = 4  # words after a name where its cue and "he" or "she" are looked for


@cache
def typeless_roles() -> frozenset[str]:
    """Roles that make a person neither a citizen nor any other type ("coach", "actor")."""
    return frozenset(source_type_terms()["typeless_roles"]["roles"])


def people_named(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """(surname, whether a role of no type is given beside it) for each capitalised run of
    ``doc`` opened by a given name: "Amal Reyes, a student" -> ("reyes", False); "Panama coach
    Hernan Gomez" -> ("gomez", True)."""
    names = given_names()
    for start, end in runs:
        words = doc[start:end]
        if len(words) < 2 or words[0].lower_ not in names or cue_words(words):
            continue
        near = doc[max(0, start - ROLE_WINDOW) : end + ROLE_WINDOW]
        yield words[-1].lower_, any(t.lemma_.lower() in typeless_roles() for t in near)


def _name_part(span: Span) -> list[Token] | None:
    """The words of ``span`` before a comma, courtesy titles apart, when they are only a
    capitalised name of at most MAX_NAME words with no cue word in it."""
    end = next((t.i for t in span if t.text == ","), span.end)
    own = span.doc[span.start : end]
    words = [t for t in own if t.lower_ not in COURTESY]
    if not 0 < len(words) <= MAX_NAME or cue_words(own) or not all(
            t.text[:1].isupper() and (t.is_alpha or "-" in t.text) for t in words):
        return None
    return words


def is_person(span: Span, surnames: dict[str, bool]) -> bool:
    """Whether ``span`` (its part before a comma) is only a person's name: a given name and
    more, a courtesy title and a name, a surname of ``surnames`` (the people named so far,
    with whether a role of no type was given them) or a name that says what "she" thinks,
    and no role word of no type."""
    words = _name_part(span)
    if words is None or all(t.pos_ != "PROPN" for t in words) \
            or any(t.lemma_.lower() in typeless_roles() for t in span):
        return False
    titled = any(t.lower_ in COURTESY for t in span[: words[0].i - span.start])
    if surnames.get(words[-1].lower_):
        return False
    if _of_self(span):
        return True
    if len(words) == 1 and not titled:
        return surnames.get(words[0].lower_) is False
    return titled or words[0].lower_ in given_names()


def _of_self(span: Span) -> bool:
    """"Jafari said she felt ...": a name whose cue right after it reports what "he" or
    "she" thinks speaks of a person (a body is "it" or "they")."""
    for tok in span.doc[span.end : span.end + SELF_WINDOW]:
        if tok.lower_ in SELF:
            return True
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "PUNCT"}:
            return False
    return False


def cue_type(span: Span, cue: str) -> str | None:
    """The type a bare name takes from its cue ("Rudaw reports": media), unless the name
    opens with a given name or a courtesy title (a person's)."""
    words = _name_part(span)
    if words is None or words[0].i != span.start or words[0].lower_ in given_names() \
            or words[-1].pos_ != "PROPN":
        return None
    cue = cue.lower().split()[-1] if cue.strip() else ""  # "has reported": "reported"
    return next((kind for kind, cues in source_type_terms()["cue_types"].items()
                 if cue in cues), None)
