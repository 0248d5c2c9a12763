"""The ``annotator_attribution`` component: who each sentence's information comes from.

As in spaCy's span_ruler, ``match()`` finds candidates and ``set_annotations()`` writes
them: ``doc.spans["sources"]`` (label = source type) and, index for index,
``doc.spans["source_cues"]`` (label = rule id). Each source span carries
``span._.attribution``: quote, via, cue, rule, reason, score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token

from .lexicon import anchors, cues, patterns
from .source_types import source_type
from .spans import (
    Range,
    coordinated,
    phrase_after,
    phrase_before,
    quotations,
    subject_range,
)

FACTORY = "annotator_attribution"
MAX_AUX_GAP = 3  # "a également déclaré"; a farther "auxiliary" is a parse error
MIN_QUOTED_WORDS = 3  # fewer words in quote marks is a title or a name, not a quotation

if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)


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


class _Candidate(NamedTuple):
    source: Range
    cue: Range
    rule: dict[str, Any]
    reason: str


@Language.factory(
    FACTORY, default_config={"spans_key": "sources", "cues_key": "source_cues"}
)
def make_attribution(nlp: Language, name: str, spans_key: str, cues_key: str) -> AttributionFinder:
    return AttributionFinder(nlp, name, spans_key=spans_key, cues_key=cues_key)


class AttributionFinder:
    """Rule-based attribution finder; patterns come from ``patterns/<lang>.jsonl``."""

    def __init__(self, nlp: Language, name: str = FACTORY, *, spans_key: str = "sources",
                 cues_key: str = "source_cues") -> None:
        self.name = name
        self.spans_key = spans_key
        self.cues_key = cues_key
        self.cues = cues(nlp.lang)
        self.rules: dict[str, dict[str, Any]] = {}
        self.matcher = Matcher(nlp.vocab)
        self.dep_matcher = DependencyMatcher(nlp.vocab)
        anchor_sets: list[frozenset[str] | None] = []
        for rule in patterns(nlp.lang):
            self.rules[rule["id"]] = rule
            if rule["matcher"] == "dependency":
                self.dep_matcher.add(rule["id"], [rule["pattern"]])
            else:
                self.matcher.add(rule["id"], [rule["pattern"]])
                anchor_sets.append(anchors(rule["pattern"]))
        # Cheap gates so most sentences skip the matchers: a substring test for the token
        # patterns, a lemma lookup for the dependency ones.
        self._anchors = None if None in anchor_sets else re.compile("|".join(
            map(re.escape, sorted(set().union(*anchor_sets), key=len, reverse=True))))
        self._verb_ids = {nlp.vocab.strings.add(verb) for verb in self.cues.cue_verbs}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Attribution]:
        text = doc.text  # Doc.text joins every token: read it once
        quotes = quotations(doc, text)
        quoted = {i for start, end in quotes for i in range(start, end)}
        parsed = doc.has_annotation("DEP")
        lowered = text.lower()
        found = []
        if self._anchors is None or self._anchors.search(lowered):
            found += self._token_candidates(doc, parsed)
        if parsed and not self._verb_ids.isdisjoint(doc.to_array(LEMMA).tolist()):
            found += self._dep_candidates(doc)
        # Neither the cue nor the speaker can be inside a quotation.
        found = [c for c in found if c.cue[1] - 1 not in quoted and c.source[0] not in quoted]
        return _link_relays(doc, _best(found), quotes)

    def set_annotations(self, doc: Doc, found: list[Attribution]) -> None:
        sources = [Span(doc, *a.source, label=a.type) for a in found]
        cue_spans = [Span(doc, *a.cue, label=a.rule) for a in found]
        for span, cue, a in zip(sources, cue_spans, found, strict=True):
            span._.attribution = {
                "quote": a.quote, "via": None if a.via is None else sources[a.via].text,
                "cue": cue.text, "rule": a.rule, "reason": a.reason, "score": a.score,
            }
        doc.spans[self.spans_key] = sources
        doc.spans[self.cues_key] = cue_spans

    def _token_candidates(self, doc: Doc, parsed: bool) -> list[_Candidate]:
        out: list[_Candidate] = []
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            if rule.get("when") == ("parser" if not parsed else "no_parser"):
                continue
            cue_start = start + rule.get("cue_skip", 0)
            cue_end = cue_start + rule.get("cue_tokens", end - cue_start)
            if rule["kind"] == "before":  # up to the match start: ", citing" skips the comma
                source = phrase_before(doc, start, self.cues)
            else:
                source = phrase_after(doc, cue_end, self.cues)
            if source is not None:
                reason = rule["reason"].format(cue=doc[cue_start:cue_end].text)
                out.append(_Candidate(source, (cue_start, cue_end), rule, reason))
        return out

    def _dep_candidates(self, doc: Doc) -> list[_Candidate]:
        out: list[_Candidate] = []
        for match_id, (verb_i, source_i) in self.dep_matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            verb, head = doc[verb_i], doc[source_i]
            if rule["kind"] == "inverted" and not _is_inverted(verb):
                continue
            if not self._is_reporting(verb, head):
                continue
            if "Rel" in head.morph.get("PronType") and verb.dep_.startswith("acl"):
                head = verb.head  # "le ministre, qui a déclaré" -> le ministre
            cue = _verb_group(verb)
            reason = rule["reason"].format(lemma=verb.lemma_, cue=doc[cue[0] : cue[1]].text)
            # Coordinated speakers are separate sources: "le président et le ministre ont dit".
            for source in filter(None, (subject_range(h, self.cues) for h in coordinated(head))):
                out.append(_Candidate(source, cue, rule, reason))
        return out

    def _is_reporting(self, verb: Token, subject: Token) -> bool:
        """False for a passive subject ("la décision a été annoncée": what is said, not who
        says it) and for "demander à + infinitive" (asking to do, not reporting)."""
        children = {c.dep_ for c in verb.children}
        if subject.dep_ not in {"obl:agent", "agent"} and children & {"aux:pass", "auxpass"}:
            return False
        return not (verb.lemma_ in self.cues.no_xcomp_verbs and "xcomp" in children)


def _verb_group(verb: Token) -> Range:
    """The verb with its auxiliaries and inverted clitics: "a déclaré", "a-t-il dit"."""
    near = [c.i for c in verb.lefts if c.dep_.startswith("aux") and verb.i - c.i <= MAX_AUX_GAP]
    start = min(near + [verb.i])
    return start, verb.i + 1


def _is_inverted(verb: Token) -> bool:
    """A reporting verb placed after what it reports: no subject on its left, and a comma or
    closing quote just before it ("..., ont annoncé les médias")."""
    if any(c.dep_.startswith("nsubj") for c in verb.lefts):
        return False
    start = _verb_group(verb)[0]
    return start > 0 and verb.doc[start - 1].text in {",", "»", '"', "”"}


def _best(found: list[_Candidate]) -> list[_Candidate]:
    """Drop candidates whose source overlaps a higher-scoring one; keep text order."""
    kept: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (-c.rule["score"], c.source[0] - c.source[1])):
        start, end = cand.source
        if all(end <= k.source[0] or k.source[1] <= start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.source[0])


def _link_relays(doc: Doc, found: list[_Candidate], quotes: list[Range]) -> list[Attribution]:
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
                    quote=_quote(source, quotes), rule=rule["id"], reason=reason,
                    score=rule["score"], via=vias.get(i))
        for i, (source, cue, rule, reason) in enumerate(found)
    ]


def _quote(source: Range, quotes: list[Range]) -> str:
    outside = [(s, e) for s, e in quotes if e <= source[0] or s >= source[1]]
    return "direct" if any(e - s - 2 >= MIN_QUOTED_WORDS for s, e in outside) else "indirect"
