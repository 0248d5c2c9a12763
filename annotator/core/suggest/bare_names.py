"""Types for a source that is a bare name no list knows (English only).

A person the article gives no role is a private individual (``citizen``), as the type
conventions say of witnesses, relatives and students. A name is a person's when a given name
opens it ("Amal Reyes") or a courtesy title does ("Ms Reyes"), or when it is the surname of a
person named so before ("Reyes said"), or when "she" or "he" follows its cue ("Reyes said
she ..."); the given names are those of the US Census. A name from anywhere is a person's by
its shape too: two or three capitalised words, none of which names bodies or places
("Oluwaseun Adeyemi"), unless "it" follows its cue; or by an age after it ("Thanh, 34,").
Any other name takes the type of its cue where only one type uses that cue of itself:
"Rudaw reports" is an outlet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import given_names, source_type_terms
from .source_types import cue_words

CITIZEN = "citizen"
COURTESY = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss"})
MAX_NAME = 4  # words of a person's name, courtesy title apart
MAX_SHAPED = 3  # words of a name read as a person's by its shape alone
ROLE_WINDOW = 4  # words either side of a name where a role of no type is looked for
SELF = frozenset({"he", "she"})
ITSELF = frozenset({"it", "its"})
ARTICLES = frozenset({"the", "a", "an"})  # "The Verge" is no person's name
SELF_WINDOW = 4  # words after a name where its cue and "he" or "she" are looked for


@cache
def typeless_roles() -> frozenset[str]:
    """Roles that make a person neither a citizen nor any other type ("coach", "actor")."""
    return frozenset(source_type_terms()["typeless_roles"]["roles"])


def people_named(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """(surname, whether a role of no type is given beside it) for each capitalised run of
    ``doc`` opened by a given name or shaped like a person's full name: "Amal Reyes, a
    student" -> ("reyes", False); "Panama coach Hernan Gomez" -> ("gomez", True)."""
    names = given_names()
    for start, end in runs:
        words = doc[start:end]
        if len(words) < 2 or not (words[0].lower_ in names or _shaped(list(words))) \
                or cue_words(words):
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
    if words is None or any(t.lemma_.lower() in typeless_roles() for t in span):
        return False
    if all(t.pos_ != "PROPN" for t in words):  # "Critics said", unless a surname seen before
        return len(words) == 1 and surnames.get(words[0].lower_) is False
    titled = any(t.lower_ in COURTESY for t in span[: words[0].i - span.start])
    if surnames.get(words[-1].lower_):
        return False
    pronoun = _of_self(span)
    if pronoun:
        return True
    if len(words) == 1 and not titled:
        return surnames.get(words[0].lower_) is False
    # "said it would": no person's name by its shape alone (a person may say "it was").
    return titled or words[0].lower_ in given_names() or _aged(words[-1]) \
        or pronoun is None and _name_shaped(span, words)


def _aged(last: Token) -> bool:
    """"Nguyen Van Thanh, 34, said": an age set off by commas after a name is a person's."""
    doc = last.doc
    after = doc[last.i + 1 : last.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].text.isdigit() \
        and len(after[1].text) <= 2 and after[2].text in {",", ")"}


def _name_shaped(span: Span, words: list[Token]) -> bool:
    """Whether ``words`` read as a person's full name, whichever country it is from: two or
    three proper nouns, each a capital then lower-case letters ("Oluwaseun Adeyemi", "Ngozi
    Okafor-Bello"), opening the span (no "the"), none a word that names bodies ("National",
    "Airlines") or a place the lists know."""
    return words[0].i == span.start and words[0].lower_ not in ARTICLES and _shaped(words)


def _shaped(words: list[Token]) -> bool:
    body = _body_words()
    return 2 <= len(words) <= MAX_SHAPED and any(t.pos_ == "PROPN" for t in words) \
        and all(_title_cased(t.text) and t.text not in body for t in words)


def _title_cased(word: str) -> bool:
    """"Adeyemi", "Okafor-Bello", "O'Brien", "McKay"; not "ALDI" nor "iPhone"."""
    parts = [p for p in word.replace("'", "-").replace("’", "-").split("-") if p]
    letters = "".join(parts)
    return letters.isalpha() and word[:1].isupper() and sum(ch.isupper() for ch in letters) \
        <= len(parts) + 1 and any(ch.islower() for ch in letters)


@cache
def _body_words() -> frozenset[str]:
    """Capitalised words that name bodies, never people: the name suffixes of every type
    ("Agency", "Airlines") and the words of "body_words" ("National", "International")."""
    terms = source_type_terms()
    return frozenset(w for words in terms["name_suffixes"].values() for w in words) \
        | frozenset(terms["body_words"]["words"])


def _of_self(span: Span) -> bool | None:
    """"Jafari said she felt ...": a name whose cue right after it reports what "he" or
    "she" thinks speaks of a person; "it" there speaks of a body (False); None when no
    pronoun says."""
    for tok in span.doc[span.end : span.end + SELF_WINDOW]:
        if tok.lower_ in SELF:
            return True
        if tok.lower_ in ITSELF:
            return False
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "PUNCT"}:
            return None
    return None


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
