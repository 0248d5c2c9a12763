"""What a sentence says about who is who, for types carried along a document: names given
with their role ("Ana Pastor García, une journaliste", "le premier ministre Jean-Marc
Ayrault") and the first typed mention ("L'ONG Human Rights Watch", "2 000 citoyens"), whether
or not the sentence attributes anything to them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.attrs import IS_LOWER
from spacy.tokens import Doc, Span, Token

from .results import SentenceSuggestion, SourceSuggestion
from .source_types import NAME_NOISE, OTHER, PRONOUNS, role_type, source_type

QUOTES = frozenset({"«", "»", '"', "“", "”"})
# Where a role phrase stops.
STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "«", "»", '"', "“", "”", "qui",
                   "que", "dont", "who", "which", "whose", "that"})
MAX_ROLE = 10
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
    last: str | None = None
    mention: str | None = None
    open_quotes = 0
    for suggestion, doc in found:
        for words, kind in name_roles(doc):
            names.update(dict.fromkeys(words, (kind, "the role given with the name")))
        # A sentence inside a quotation opened before it speaks of the speaker's world; once
        # a source has a type, pronouns take that one and subjects are not needed.
        here = first_mention(doc) if open_quotes <= 0 and last is None else None
        text = doc.text  # Doc.text joins every token: read it once
        open_quotes += text.count("«") - text.count("»")
        sources = []
        for source in suggestion.sources:
            if here is not None and here[0] < source.start and here[1] != "document":
                mention = here[1]
            kind, how = _carried(source, names, last, mention)
            if kind != OTHER:
                names.update(dict.fromkeys(_name_words(source.text), (kind, "an earlier mention")))
                last = kind
            sources.append(source if kind == source.type else replace(
                source, type=kind, reason=f"{source.reason}; type from {how}"))
        if here is not None and here[1] != "document":
            mention = here[1]
        yield replace(suggestion, sources=sources)


def _carried(source: SourceSuggestion, names: dict[str, tuple[str, str]], last: str | None,
             mention: str | None) -> tuple[str, str]:
    if source.type != OTHER:
        return source.type, ""
    words = source.text.lstrip("-").replace("’", "'").lower().split()
    if " ".join(words) in PRONOUNS and (last or mention):
        return (last, "the source before it") if last else (mention, "the subject before it")
    return next((names[w] for w in reversed(_name_words(source.text)) if w in names),
                (OTHER, ""))


def _name_words(text: str) -> list[str]:
    return [w.lower() for w in text.split() if w[:1].isupper() and w.lower() not in NAME_NOISE]


def name_roles(doc: Doc) -> Iterator[tuple[list[str], str]]:
    """(words of a name, type) for each name with its role right before or after it."""
    for start, end in _names(doc):
        after = _role_after(doc, end)
        before = _role_before(doc, start)
        kind = next((k for k in (after, before) if k is not None and k != OTHER), None)
        if kind is not None:
            words = [t.text.lower() for t in doc[start:end] if t.text.lower() not in NAME_NOISE]
            yield words, kind


def first_mention(doc: Doc) -> tuple[int, str] | None:
    """(character offset, type) of the first stretch before the sentence's first finite
    verb, between punctuation and verbs, outside quotation marks, that has a type: the
    subject, a candidate antecedent for a pronoun."""
    for chunk in _chunks(doc):
        kind = source_type(chunk)
        if kind != OTHER:
            return chunk.start_char, kind
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
    """"Name, une journaliste qui ..." -> the type of "une journaliste"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    stop = _phrase_end(doc, end + 1)
    phrase = doc[end + 1 : stop]
    if stop < len(doc) and doc[stop].pos_ in {"VERB", "AUX"} and any(
            t.dep_.startswith("nsubj") and t.head.i >= stop for t in phrase):
        return None  # "According to Rathbun, a detective ... was provided": a subject, no role
    return _role(phrase)


def _role_before(doc: Doc, start: int) -> str | None:
    """"le premier ministre Name" -> the type of "le premier ministre"; "Malaysia's Prime
    Minister, Name" -> the role noun's before the comma."""
    first = _stretch_start(doc, start)
    if first < start:
        return _role(doc[first:start])
    if start > 1 and doc[start - 1].text == ",":
        before = doc[_stretch_start(doc, start - 1) : start - 1]
        if 0 < len(before) <= MAX_ROLE and not any(t.pos_ in {"VERB", "AUX"} for t in before):
            return role_type(before)
    return None


def _stretch_start(doc: Doc, start: int) -> int:
    first = start
    while first > 0 and start - first < MAX_ROLE and doc[first - 1].text.lower() not in STOPS \
            and doc[first - 1].pos_ not in {"VERB", "AUX", "ADP"}:
        first -= 1
    return first


def _role(span: Span) -> str | None:
    if not 0 < len(span) <= MAX_ROLE or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    return source_type(span)


def _phrase_end(doc: Doc, i: int) -> int:
    j = i
    while j < len(doc) and j - i < MAX_ROLE and doc[j].text.lower() not in STOPS \
            and doc[j].pos_ not in {"VERB", "AUX"}:
        j += 1
    return max(j, i + 1)
