"""Candidate source spans read from the parse, each with the features a learned model scores.

A sentence's candidates are its noun phrases in a few cuts (the name alone, the phrase up
to its first comma or relative clause, the phrase with its apposition) plus every span the
rules found. Features say what the parse and the rules say about the span: its head and
the word governing it (a reporting verb or not, before or after it), the words at its
edges, quotation marks, and whether and how a rule matched it. The model then learns which
cuts this analyst calls a source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .learned_cues import Slot, slots
from .lexicon import cues
from .results import SourceSuggestion, VerifiabilitySuggestion
from .source_types import source_type
from .spans import BOUNDARY, CUT_DEPS, QUOTE_MARKS, quotations

NOMINAL = {"NOUN", "PROPN", "PRON"}
NAME_DEPS = {"flat", "flat:name", "flat:foreign", "compound", "fixed", "nummod"}
LEFT_DEPS = NAME_DEPS | {"det", "amod", "nmod:poss", "poss"}
MAX_TOKENS = 14


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets inside the sentence
    end: int
    features: tuple[str, ...]  # for the span model
    type_features: tuple[str, ...]  # for the type and quote classifiers
    rule: int | None  # index of the rule source it equals, if any
    rule_type: str  # the rules' type for these words
    rule_quote: str  # the rules' quote kind for these words


@dataclass(frozen=True)
class ParsedSentence:
    text: str
    rules: tuple[SourceSuggestion, ...]
    candidates: tuple[Candidate, ...]
    verifiability: VerifiabilitySuggestion | None = None  # the rules' verdict
    rule_cues: tuple[str, ...] = ()  # the lemma of each rule's cue, index for index
    slots: tuple[Slot, ...] = ()  # subjects and what they are subjects of (learned cues)
    pending: tuple[tuple[int, int], ...] = ()  # open suggestions nobody judged yet


def parse_sentences(texts: Sequence[str], lang: str,
                    extra: Sequence[Sequence[tuple[int, int]]] | None = None
                    ) -> list[ParsedSentence]:
    """One document's sentences parsed once, with the rules' sources and the candidates;
    ``extra``: spans per sentence to add as candidates too (the analyst's own sources, so
    a span no cut produces can still be learned)."""
    from .mentions import carry_types
    from .pipeline import suggestion_for, suggestion_pipeline

    docs = list(suggestion_pipeline(lang).pipe(texts))
    found = list(carry_types((suggestion_for(doc), doc) for doc in docs))
    lists = cues(lang)
    out = []
    for number, (doc, result) in enumerate(zip(docs, found, strict=True)):
        more = extra[number] if extra else ()
        quoted = {i for a, b in quotations(doc, doc.text) for i in range(a, b)}
        out.append(ParsedSentence(
            doc.text, tuple(result.sources),
            tuple(_candidates(doc, result.sources, more, lists.cue_verbs, quoted)),
            result.verifiability, _rule_cues(doc, len(result.sources)),
            tuple(slots(doc, lists, quoted))))
    return out


def _rule_cues(doc: Doc, count: int) -> tuple[str, ...]:
    """The lemma of each rule's cue ("a déclaré": déclarer; "selon": selon)."""
    found = [span.root.lemma_.lower() for span in doc.spans.get("source_cues", [])]
    return tuple(found) if len(found) == count else ("",) * count


def _candidates(doc: Doc, rules: Sequence[SourceSuggestion], extra: Sequence[tuple[int, int]],
                cue_words: frozenset[str], quoted: set[int]) -> list[Candidate]:
    kinds: dict[tuple[int, int], set[str]] = {}
    if doc.has_annotation("DEP"):
        for tok in doc:
            if tok.pos_ in NOMINAL:
                for kind, (i, j) in _cuts(doc, tok):
                    kinds.setdefault(_trim(doc, i, j), set()).add(kind)
    rule_at: dict[tuple[int, int], int] = {}
    for number, source in enumerate(rules):
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is not None:
            key = (span.start, span.end)
            kinds.setdefault(key, set()).add("rule")
            rule_at.setdefault(key, number)
    for start, end in extra:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            kinds.setdefault((span.start, span.end), set())
    marks = any(t.text in QUOTE_MARKS for t in doc)
    out = []
    for (i, j), kind in kinds.items():
        if i >= j:
            continue
        span = doc[i:j]
        number = rule_at.get((i, j))
        overlapping = [n for n, s in enumerate(rules)
                       if s.start < span.end_char and span.start_char < s.end]
        rule = rules[number] if number is not None else (
            rules[overlapping[0]] if overlapping else None)
        rule_type = rule.type if rule is not None else source_type(span)
        rule_quote = rule.quote if rule is not None else (
            "direct" if marks and i not in quoted else "indirect")
        features = _span_features(doc, span, kind, number, overlapping, rules, quoted,
                                  cue_words)
        start = span.start_char
        if number is not None:  # the rules' own offsets ("a-t-il": "il")
            start, end = rules[number].start, rules[number].end
        else:
            end = span.end_char
        out.append(Candidate(start, end, tuple(features),
                             tuple(_type_features(doc, span, rule_type, rule_quote, quoted,
                                                  marks)),
                             number, rule_type, rule_quote))
    return out


def _cuts(doc: Doc, head) -> list[tuple[str, tuple[int, int]]]:
    """The name alone, the phrase to its first boundary, the phrase with its apposition."""
    name = [head.i] + [c.i for c in head.children if c.dep_ in NAME_DEPS]
    left = head.i
    while left > 0 and doc[left - 1].head.i == head.i and doc[left - 1].dep_ in LEFT_DEPS:
        left -= 1
    cuts = [("name", (min(left, *name), max(name) + 1))]
    kept = _phrase_tokens(head, with_appos=False)
    phrase = _contiguous(doc, head.i, kept)
    cuts.append(("phrase", phrase))
    whole = [t.i for t in head.subtree]
    if len(whole) <= 2 * MAX_TOKENS and whole[-1] - whole[0] + 1 == len(whole):
        cuts.append(("subtree", (whole[0], whole[-1] + 1)))
    if any(c.dep_ == "appos" for c in head.children):
        cuts.append(("appos", _contiguous(doc, head.i, _phrase_tokens(head, with_appos=True),
                                          commas=True)))
    return cuts


def _phrase_tokens(head, *, with_appos: bool) -> set[int]:
    kept = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in CUT_DEPS or (child.dep_ == "appos" and not with_appos):
                continue
            if tok is head and child.dep_ in {"cop", "aux", "aux:pass", "nsubj", "obj"}:
                continue
            kept.add(child.i)
            stack.append(child)
    return kept


def _contiguous(doc: Doc, at: int, kept: set[int], *, commas: bool = False
                ) -> tuple[int, int]:
    """The run of ``kept`` tokens around ``at``, stopped at clause punctuation."""
    def stops(i: int) -> bool:
        return i not in kept or (doc[i].text in BOUNDARY and not (commas and doc[i].text == ","))
    start = at
    while start > 0 and not stops(start - 1) and at - start < MAX_TOKENS:
        start -= 1
    end = at + 1
    while end < len(doc) and not stops(end) and end - start < MAX_TOKENS:
        end += 1
    return start, end


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Without leading prepositions or conjunctions and trailing punctuation."""
    while i < j and (doc[i].pos_ in {"ADP", "CCONJ", "SCONJ", "PUNCT"} or doc[i].text == "-"):
        i += 1
    while j > i and (doc[j - 1].pos_ in {"PUNCT", "ADP", "CCONJ"}):
        j -= 1
    return i, j


def _span_features(doc: Doc, span: Span, kind: set[str], rule: int | None,
                   overlapping: list[int], rules: Sequence[SourceSuggestion],
                   quoted: set[int], cue_words: frozenset[str]) -> list[str]:
    head = span.root
    gov = head.head
    cue = "cue" if (gov.lemma_ in cue_words or gov.lower_ in cue_words) else "nocue"
    before = "<s>" if span.start == 0 else doc[span.start - 1].lower_
    before2 = "<s>" if span.start < 2 else doc[span.start - 2].lower_
    after = "</s>" if span.end >= len(doc) else doc[span.end].lower_
    length = min(len(span), 6)
    f = [f"kind={k}" for k in sorted(kind)]
    f += [f"len={length}", f"hpos={head.pos_}", f"hdep={head.dep_}",
          f"hlemma={head.lemma_.lower()}", f"gov={gov.lemma_.lower()}", f"govpos={gov.pos_}",
          f"gov{cue}", f"dep|{cue}={head.dep_}", f"dep|gov={head.dep_}|{gov.lemma_.lower()}",
          f"side={'before' if head.i < gov.i else 'after'}|{cue}",
          f"prev={before}", f"prev2={before2}|{before}", f"next={after}",
          f"first={span[0].lower_}", f"last={span[-1].lower_}",
          f"firstpos={span[0].pos_}", f"lastpos={span[-1].pos_}",
          f"quoted={span.start in quoted}", f"propn={any(t.pos_ == 'PROPN' for t in span)}",
          f"pron={head.pos_ == 'PRON'}|{cue}", f"rules={min(len(rules), 3)}"]
    # Conjunctions a linear model cannot form itself: which cut of which argument.
    f += [f"cut|dep={k}|{head.dep_}|{cue}" for k in sorted(kind)]
    f += [f"pos|dep|side={head.pos_}|{head.dep_}|{'before' if head.i < gov.i else 'after'}",
          f"prev|dep={before}|{head.dep_}", f"len|dep={length}|{head.dep_}"]
    if rule is not None:
        f += ["rule=exact", f"rulecue={_cue_word(rules[rule].cue)}",
              f"ruletype={rules[rule].type}", f"rulevia={rules[rule].via is not None}"]
        f.append(f"rulewhy={rules[rule].reason.split(':')[0].split('(')[0].strip()}")
    elif overlapping:
        inner = all(rules[n].start <= span.start_char and span.end_char <= rules[n].end
                    for n in overlapping)
        f += ["rule=overlap", f"rule=overlap|{'inside' if inner else 'wider'}"]
    else:
        f.append("rule=none")
    return f


def _type_features(doc: Doc, span: Span, rule_type: str, rule_quote: str, quoted: set[int],
                   marks: bool) -> list[str]:
    head = span.root
    words = [t.lower_ for t in span if t.is_alpha]
    f = [f"ruletype={rule_type}", f"rulequote={rule_quote}", f"hlemma={head.lemma_.lower()}",
         f"hpos={head.pos_}", f"gov={head.head.lemma_.lower()}", f"marks={marks}",
         f"quoted={span.start in quoted}",
         f"propn={any(t.pos_ == 'PROPN' for t in span)}", f"len={min(len(span), 6)}"]
    f += [f"w={w}" for w in words]
    f += [f"lemma={t.lemma_.lower()}" for t in span if t.pos_ in {"NOUN", "ADJ"}]
    if marks:
        closes = any(t.text in QUOTE_MARKS for t in doc[: span.start])
        opens = any(t.text in QUOTE_MARKS for t in doc[span.end:])
        f += [f"markbefore={closes}", f"markafter={opens}"]
    return f


def _cue_word(cue: str) -> str:
    words = [w.lower() for w in cue.replace("-", " ").split() if w.isalpha()]
    return words[-1] if words else ""
