"""What a sentence says about who is who, for types carried along a document: names given
with their role ("Ana Pastor García, une journaliste", "le premier ministre Jean-Marc
Ayrault") and the first typed mention ("L'ONG Human Rights Watch", "2 000 citoyens"), whether
or not the sentence attributes anything to them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.attrs import IS_LOWER
from spacy.tokens import Doc, Span, Token

from .acronyms import named_acronyms
from .bare_names import CITIZEN, cue_type, is_person, people_named
from .doc_text import doc_text
from .lexicon import source_type_terms
from .offices import GOVERNMENT, in_office
from .results import SentenceSuggestion, SourceSuggestion
from .source_types import (
    NAME_NOISE,
    OTHER,
    PERSON_PRONOUNS,
    PRONOUNS,
    before_circumstance,
    cue_words,
    head_final,
    head_token,
    only_titles,
    party_affiliation,
    role_type,
    role_words,
    source_type,
)
from .verifiability_context import dateline_day

QUOTES = frozenset({"«", "»", '"', "“", "”"})
COURTESY = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
DEFINITE = frozenset({"the", "this", "that"})  # "The agency": one named before
# Where a role phrase stops.
STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "«", "»", '"', "“", "”", "—", "–",
                   "qui", "que", "dont", "who", "which", "whose", "that", "to",
                   "itself", "himself", "herself", "themselves"})
# Words that introduce examples of a kind: "defectors including Tom Devocht and Mark Rathbun".
EXAMPLES = (("including",), ("such", "as"))
MAX_ROLE = 10
ROLE = "the role given with the name"
ABBREVIATED = "the name it abbreviates"
MENTION = "an earlier mention"
MIN_MISSPELT = 5  # letters a name needs before a misspelling of it is recognised
# Words capitalised inside a name ("Jean-Marie Le Pen") but not at its start.
PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "der", "al", "el", "ben"})


def carry_types(found: Iterable[tuple[SentenceSuggestion, Doc]]
                ) -> Iterator[SentenceSuggestion]:
    """One document's suggestions and sentences in reading order, with types carried forward
    where the span alone says nothing: a pronoun ("il", "ces derniers") takes the type of the
    source before it ("il" after "le ministre"), or, before any typed source, of the subject
    before it ("L'ONG Human Rights Watch ... elle"); a name takes the type it had when last
    seen with its role, as a source ("le président du directoire de PSA,
    Philippe Varin") or not ("Ana Pastor García, une journaliste")."""
    names: dict[str, tuple[str, str]] = {}
    surnames: dict[str, bool] = {}  # people named so far -> whether given a role of no type
    heads: dict[str, str] = {}  # head noun of a typed source -> its type ("agency")
    last: str | None = None
    person: str | None = None  # the last source's type that a person can have
    mention: str | None = None
    open_quotes = 0
    day: date | None = None  # the dateline's
    for suggestion, doc in found:
        day = dateline_day(suggestion, doc) or day
        runs = list(_names(doc))
        for words, kind in name_roles(doc, runs):
            names.update(dict.fromkeys(words, (kind, ROLE)))
        if head_final(doc):
            for words, kind in body_names(doc, runs):
                names.update({w: (kind, MENTION) for w in words if w not in names})
            if "(" in doc_text(doc):
                names.update((short, (kind, ABBREVIATED)) for short, kind in named_acronyms(doc))
            for surname, typeless in people_named(doc, runs):
                surnames[surname] = surnames.get(surname, False) or typeless
        # A sentence inside a quotation opened before it speaks of the speaker's world; once
        # a source has a type, pronouns take that one and subjects are not needed.
        here = first_mention(doc) if open_quotes <= 0 and last is None else None
        text = doc_text(doc)
        open_quotes += text.count("«") - text.count("»")
        sources = []
        for source in suggestion.sources:
            if here is not None and here[0] < source.start and here[1] != "document":
                mention = here[1]
            span = doc.char_span(source.start, source.end, alignment_mode="expand")
            span = span if span is None else before_circumstance(span) or span
            words = _name_words(span)
            kind, how = _referred(span, words[1], names, heads) or _carried(
                source, words, names, (last, person), mention)
            if kind == OTHER and span is not None and head_final(doc):
                if is_person(span, surnames):
                    kind, how = CITIZEN, "a person's name with no role"
                elif (by_cue := cue_type(span, source.cue)) is not None:
                    kind, how = by_cue, f"its cue '{source.cue}'"
            if kind == "politician" and day and span is not None and head_final(doc) \
                    and in_office(span, day):
                kind, how = GOVERNMENT, f"in office on {day.isoformat()}"
            if kind != OTHER:
                if span is not None and (head := head_token(span)).i in cue_words(span):
                    heads[head.lemma_.lower()] = kind
                elif span is not None and head_final(doc):
                    # "President of Argentina Alberto Fernández ... The president said"
                    heads.update((span.doc[i].lemma_.lower(), kind) for i in role_words(span))
                # A name's own role is better evidence than a whole span's type.
                names.update({w: (kind, MENTION) for w in words[0]
                              if names.get(w, (OTHER, ""))[1] not in {ROLE, ABBREVIATED}})
                last = kind
                person = kind if kind != "document" else person
            sources.append(source if kind == source.type else replace(
                source, type=kind, reason=f"{source.reason}; type from {how}"))
        if here is not None and here[1] != "document":
            mention = here[1]
        yield replace(suggestion, sources=sources)


def _referred(span: Span | None, words: list[str], names: dict[str, tuple[str, str]],
              heads: dict[str, str]) -> tuple[str, str] | None:
    """The type of an earlier mention that ``span`` refers back to, where the span's own
    words say less: a bare name takes the role the article gave it ("Erdoğan" after "Turkish
    President Recep Tayyip Erdoğan"); "The agency" after "the Saudi Press Agency" is that
    agency; "a Woolworths spokesperson", a bare title, speaks for Woolworths as it was typed
    before."""
    if span is None or not head_final(span.doc):
        return None  # English evidence, where titles and modifiers come before the name
    own = [t.lower_ for t in span if t.lower_ not in COURTESY]
    if own and all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in COURTESY
                   for t in span):
        # The surname's ("Bill Gates" is not "Bill Clinton"), unless a common noun ends it.
        role = names.get(own[-1]) if span[-1].i not in role_words(span) else None
        if role is not None and role[1] in {ROLE, ABBREVIATED}:
            return role  # the role it was given in this article, over a list's entry
    if span[0].lower_ in DEFINITE and len(span) > 1 and all(t.is_lower for t in span[1:]) \
            and (kind := heads.get(head_token(span).lemma_.lower())) is not None:
        return kind, "the same noun before it"
    if only_titles(span):
        return next(((names[w][0], "the name's earlier mention") for w in reversed(words)
                     if w in names), None)
    return None


def _carried(source: SourceSuggestion, words: tuple[list[str], list[str]],
             names: dict[str, tuple[str, str]], before: tuple[str | None, str | None],
             mention: str | None) -> tuple[str, str]:
    """The type ``source`` takes from what came before it. ``before``: the last typed
    source's type and the last that a person can have ("he" after "The report" is no
    report)."""
    if source.type != OTHER:
        return source.type, ""
    text = " ".join(source.text.lstrip("-").replace("’", "'").lower().split())
    last = before[1] if text in PERSON_PRONOUNS else before[0]
    if text in PRONOUNS and (last or mention):
        return (last, "the source before it") if last else (mention, "the subject before it")
    return next((names[w] for w in reversed(words[1]) if w in names), None) or next(
        (names[k] for w in reversed(words[1]) for k in names if _misspelt(w, k)), (OTHER, ""))


def _misspelt(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter left out, added or changed, as news
    misspells names ("Water said" after "Kathryn Waters"); short names are left alone."""
    if min(len(word), len(known)) < MIN_MISSPELT or word[0] != known[0] or word == known:
        return False
    if len(word) == len(known):
        return sum(a != b for a, b in zip(word, known, strict=True)) == 1
    short, long = sorted((word, known), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _name_words(span: Span | None) -> tuple[list[str], list[str]]:
    """The lower-cased words of a source's names (not its cue nouns, not adjectives such as
    "Afghan"): those its type is kept under, the name's own part when a comma sets a role
    apart ("Hilary Braysmith, USI associate professor": not "USI"; "Le président du
    directoire de PSA, Philippe Varin": "Philippe Varin"), and those of them that end a name,
    to look it up by ("Gomez" in "Hernan Dario Gomez, Panama coach")."""
    if span is None:
        return [], []
    cues = cue_words(span)
    parts: list[list[Token]] = [[]]
    for tok in span:
        if tok.text == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    names = [part for part in parts if part and all(
        _capitalised(t) or t.lower_ in PARTICLES or not t.is_alpha for t in part)]
    kept = {t.i for part in (names or parts[:1]) for t in part}
    words = [(t.text.lower(), t.i) for t in span
             if t.text[:1].isupper() and t.pos_ != "ADJ" and t.i not in cues
             and t.text.lower() not in NAME_NOISE]
    return [w for w, i in words if i in kept], [w for w, i in words
                                                if i in kept and _ends_name(span, i)]


def _ends_name(span: Span, i: int) -> bool:
    """Whether the token at ``i`` ends a capitalised run of ``span``: a type is carried by a
    surname or a whole name, never by a given name another person shares ("Bill Gates"
    after "President Bill Clinton")."""
    return i + 1 >= span.end or not _capitalised(span.doc[i + 1])


def name_roles(doc: Doc, runs: Iterable[tuple[int, int]] | None = None
               ) -> Iterator[tuple[list[str], str]]:
    """(words of a name, type) for each name with its role right before or after it;
    ``runs``: the document's name ranges, when already found."""
    plural: tuple[int, str] | None = None  # (end, type) of a name after a plural role
    for start, end in _names(doc) if runs is None else runs:
        kind = _role_after(doc, end)
        if kind is None or kind == OTHER:
            kind = _role_before(doc, start, end)
            if kind is not None and kind != OTHER and _plural_before(doc, start):
                plural = end, kind
        if (kind is None or kind == OTHER) and plural is not None \
                and _conjunct_of(doc, plural[0], start):
            kind, plural = plural[1], (end, plural[1])
        if (kind is None or kind == OTHER) and (own := _own_title(doc, start, end)):
            kind, start = own
        if kind is not None and kind != OTHER:
            words = [t.text.lower() for t in doc[start:end] if t.text.lower() not in NAME_NOISE]
            yield words, kind


def body_names(doc: Doc, runs: Iterable[tuple[int, int]]) -> Iterator[tuple[list[str], str]]:
    """(words of a name, type) for each capitalised run that ends in a word naming bodies and
    has a type, where heads come last (English): "Ford Motor Company" makes a later "Ford"
    the company, whether or not the first mention was a source."""
    body = _body_heads()
    for start, end in runs:
        if end - start < 2 or doc[end - 1].text not in body:
            continue
        kind = source_type(doc[start:end])
        if kind != OTHER:
            cues = cue_words(doc[start:end])
            yield [t.text.lower() for t in doc[start:end] if t.i not in cues and t.pos_ == "PROPN"
                   and t.text.lower() not in NAME_NOISE], kind


@cache
def _body_heads() -> frozenset[str]:
    """Capitalised words that end a body's name: the name suffixes and the common body nouns
    of the lists, capitalised ("Company", "Agency", "Ministry")."""
    terms = source_type_terms()
    suffixes = {w for words in terms["name_suffixes"].values() for w in words}
    common = {t.capitalize() for kind in ("company", "government", "organisation", "military")
              for t in terms["nouns"].get(kind, []) if t.islower() and " " not in t}
    return frozenset(suffixes | common)


def _plural_before(doc: Doc, start: int) -> bool:
    """Whether a plural common noun ends the role before a name, where titles come first
    (English): "store chains Woolworths and Coles" names two chains."""
    return head_final(doc) and start > 0 and doc[start - 1].pos_ == "NOUN" \
        and "Plur" in doc[start - 1].morph.get("Number")


def _conjunct_of(doc: Doc, end: int, start: int) -> bool:
    """Whether the name at ``start`` is coordinated with the one ending at ``end``: only
    commas and a conjunction between them ("Woolworths and Coles", "Tesco, Lidl and Aldi")."""
    between = doc[end:start]
    return 0 < len(between) <= 2 and all(t.text == "," or t.pos_ == "CCONJ" for t in between)


def _own_title(doc: Doc, start: int, end: int) -> tuple[str, int] | None:
    """(type, start of the name) when a capitalised run begins with its own title, where the
    head comes last (English): "Turkish President Recep Tayyip Erdoğan", "Health Minister
    Veronika Skvortsova" (no role before the run, which includes the title)."""
    if not head_final(doc):
        return None
    cues = role_words(doc[start:end])
    if not cues or max(cues) >= end - 1:
        return None
    kind = source_type(doc[start:end])
    return (kind, max(cues) + 1) if kind != OTHER else None


def first_mention(doc: Doc) -> tuple[int, str] | None:
    """(character offset, type) of the first stretch before the sentence's first finite
    verb, between punctuation and verbs, outside quotation marks, that has a type, or the
    first if it names someone (then ``other``): the subject, a candidate antecedent for a
    pronoun."""
    for n, chunk in enumerate(_chunks(doc)):
        kind = source_type(chunk)
        if kind != OTHER:
            return chunk.start_char, kind
        if n == 0 and any(t.pos_ == "PROPN" and _capitalised(t)
                          and t.i not in cue_words(chunk) for t in chunk):
            return chunk.start_char, OTHER  # "Harry Kane won ... He said": no type to give
    return None


def _chunks(doc: Doc) -> Iterator[Span]:
    quoted, start = False, 0
    for tok in doc:
        if tok.text in QUOTES:
            quoted = tok.text in {"«", "“"} or (tok.text == '"' and not quoted)
        if quoted or tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
            if start < tok.i and not quoted:
                yield doc[start : tok.i]
            if tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm"):
                return
            start = tok.i + 1


def _names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of capitalised runs that look like a person's or body's name: not the
    sentence's first word alone, not a capitalised article."""
    # A lower-case word is not capitalised: read from one array, a Token only for the others
    # (this runs on every sentence).
    lower = doc.to_array(IS_LOWER).tolist()

    def capitalised(k: int) -> bool:
        return not lower[k] and _capitalised(doc[k])

    i = 0
    while i < len(doc):
        if not capitalised(i) or doc[i].text.lower() in NAME_NOISE:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (capitalised(j) or (
                doc[j].text.lower() in PARTICLES and j + 1 < len(doc)
                and capitalised(j + 1))):
            j += 1
        if not (i == 0 or (i == 1 and doc[0].is_punct)) or j - i > 1:
            yield i, j
        i = j


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.islower() for ch in tok.text) and tok.is_alpha \
        or "-" in tok.text and tok.text[:1].isupper()


def _role_after(doc: Doc, end: int) -> str | None:
    """"Name, une journaliste qui ..." -> the type of "une journaliste"; "Name (R-Texas)" ->
    a politician."""
    if end < len(doc) and doc[end].text == "(" and party_affiliation(doc_text(doc)[doc[end].idx :]):
        return "politician"
    if end >= len(doc) or doc[end].text != ",":
        return None
    stop = _phrase_end(doc, end + 1)
    phrase = doc[end + 1 : stop]
    if stop < len(doc) and doc[stop].pos_ in {"VERB", "AUX"} and any(
            t.dep_.startswith("nsubj") and t.head.i >= stop for t in phrase):
        return None  # "According to Rathbun, a detective ... was provided": a subject, no role
    return _role(phrase)


def _role_before(doc: Doc, start: int, end: int) -> str | None:
    """"le premier ministre Name" -> the type of "le premier ministre"; "Malaysia's Prime
    Minister, Name" -> the role noun's before the comma. Where titles follow their
    complement, the role is read with the name, as a source would be ("Student Association
    president Sehar Memon": the association's)."""
    if (kind := _examples_of(doc, start)) is not None:
        return kind
    if start > 0 and doc[start - 1].pos_ == "CCONJ":
        return None  # "outreach from Google and Mohamed": no role
    first = _stretch_start(doc, start)
    if first < start:
        return _role(doc[first:end] if head_final(doc) else doc[first:start])
    if start > 1 and doc[start - 1].text == ",":
        before = doc[_stretch_start(doc, start - 1) : start - 1]
        if 0 < len(before) <= MAX_ROLE and not any(t.pos_ in {"VERB", "AUX"} for t in before):
            return role_type(before)
    return None


def _examples_of(doc: Doc, start: int) -> str | None:
    """"high-ranking defectors from the organization including Tom Devocht and Mark
    Rathbun": names given as examples of a kind take its type (the head noun comes first:
    "defectors", not "the organization")."""
    i = start
    while i > 0 and (doc[i - 1].text in {",", "and", "et"} or _capitalised(doc[i - 1])):
        i -= 1
    for words in EXAMPLES:
        n = len(words)
        if i >= n and tuple(t.lower_ for t in doc[i - n : i]) == words:
            first = i - n
            while first > 0 and i - n - first < MAX_ROLE and doc[first - 1].text.lower() \
                    not in STOPS and doc[first - 1].pos_ not in {"VERB", "AUX"}:
                first -= 1
            return _role(doc[first : i - n])
    return None


def _stretch_start(doc: Doc, start: int) -> int:
    first = start
    while first > 0 and start - first < MAX_ROLE and doc[first - 1].text.lower() not in STOPS \
            and not _verbal(doc[first - 1]) and doc[first - 1].pos_ != "ADP":
        first -= 1
    return first


def _verbal(tok: Token) -> bool:
    """A verb, unless it is a cue noun the tagger took for one ("according to curator
    Elaine Gustafon")."""
    return tok.pos_ in {"VERB", "AUX"} and not cue_words(tok.doc[tok.i : tok.i + 1])


def _role(span: Span) -> str | None:
    if not 0 < len(span) <= MAX_ROLE or any(_verbal(t) for t in span):
        return None
    return source_type(span)


def _phrase_end(doc: Doc, i: int) -> int:
    j = i
    while j < len(doc) and j - i < MAX_ROLE and doc[j].text.lower() not in STOPS \
            and doc[j].pos_ not in {"VERB", "AUX"}:
        j += 1
    return max(j, i + 1)
