"""Cues learned from the analyst's tags: the verbs whose subject this analyst calls a
source, and the rules' cues whose suggestions this analyst keeps turning down.

For every verb (or adjective, or noun) with a nominal subject or agent in a reviewed
sentence, the subject's head is a *slot* of that word's lemma: tagged when one of the
analyst's sources holds the head, not tagged otherwise. Over the slots no rule suggested,
a lemma whose share of tagged subjects is surely above a threshold (the lower end of its
Wilson interval) becomes a cue of the project: its subjects are suggested beside the
rules'. A rules' cue whose suggestions the analyst surely keeps under that share (the upper
end of the interval) is switched off for the project. The threshold is chosen, and the
whole layer kept, only from held-back documents (see :mod:`learned_spans`).

Why a share and a threshold, not weights: the analyst reads "learned cue *soutenir*: 9 of
10 subjects tagged" and knows why the suggestion is there, and the break-even is plain: a
suggestion raises F1 when its chance of being right is above half the F1 (about 0.3-0.4
here), so cues are learned or dropped at that level and no lower.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .lexicon import Cues
from .results import SourceSuggestion
from .source_types import source_type
from .spans import QUOTE_MARKS, subject_range

SUBJECT_DEPS = {"nsubj", "obl:agent"}  # who does what the verb says (not a passive subject)
NOMINAL = {"NOUN", "PROPN", "PRON"}
Z = 1.645  # one-sided 95 %: subjects tagged 1 of 1, 2 of 2, 3 of 3: 0.27, 0.43, 0.53
LEVELS = (0.3, 0.4, 0.5)  # thresholds tried on held-back documents
MATCH_SHARE = 0.5


@dataclass(frozen=True)
class Slot:
    """A subject and the word it is the subject of; offsets inside the sentence."""

    lemma: str
    head: int  # the subject's head word: tagged when a source holds it
    start: int  # the subject, cut as the rules cut a cue verb's subject
    end: int
    type: str
    quote: str


def slots(doc: Doc, cues: Cues, quoted: set[int]) -> list[Slot]:
    """The sentence's subjects (and agents) of any word outside quotations."""
    if not doc.has_annotation("DEP"):
        return []
    marks = any(t.text in QUOTE_MARKS for t in doc)
    out = []
    for tok in doc:
        verb = tok.head
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ not in NOMINAL or verb is tok \
                or verb.i in quoted or "Rel" in tok.morph.get("PronType"):
            continue
        found = subject_range(tok, cues, until=_verb_start(verb) if tok.i < verb.i else None)
        if found is None or found[0] >= found[1]:
            continue
        span = doc[found[0]:found[1]]
        start = span.start_char + (span.text.startswith("-"))  # "a-t-il": "il"
        head = tok.idx + tok.text.startswith("-")
        out.append(Slot(verb.lemma_.lower(), head, start, span.end_char, source_type(span),
                        "direct" if marks and tok.i not in quoted else "indirect"))
    return out


def _verb_start(verb: Token) -> int:
    """Where the verb group starts, auxiliaries included ("a | précisé")."""
    return min([c.i for c in verb.lefts if c.dep_.startswith("aux")] + [verb.i])


def wilson(hits: int, seen: int, *, upper: bool = False) -> float:
    """The lower (or upper) end of the Wilson interval of ``hits`` out of ``seen``."""
    if seen == 0:
        return 1.0 if upper else 0.0
    p = hits / seen
    centre = p + Z * Z / (2 * seen)
    margin = Z * math.sqrt(p * (1 - p) / seen + Z * Z / (4 * seen * seen))
    return (centre + (margin if upper else -margin)) / (1 + Z * Z / seen)


@dataclass
class CueCounts:
    """lemma -> [tagged, seen] over the subjects no rule suggested, and cue lemma ->
    [kept, suggested] over the rules' suggestions."""

    subjects: dict[str, list[int]] = field(default_factory=dict)
    rules: dict[str, list[int]] = field(default_factory=dict)

    def add(self, sentence, tags: Sequence) -> None:
        """Count one reviewed sentence (a ``ParsedSentence`` and its tagged sources); spans
        still open as suggestions, that nobody judged, are left out unless tagged."""
        def tagged(start: int, end: int) -> bool:
            return any(t.start < end and start < t.end for t in tags)

        def pending(start: int, end: int) -> bool:
            return any(a < end and start < b for a, b in sentence.pending)

        for rule, lemma in zip(sentence.rules, sentence.rule_cues, strict=True):
            kept = kept_rule(rule, tags)
            if kept or not pending(rule.start, rule.end):
                counts = self.rules.setdefault(lemma, [0, 0])
                counts[0] += kept
                counts[1] += 1
        rules = [(r.start, r.end) for r in sentence.rules]
        for slot in sentence.slots:
            if _covered(slot, rules):
                continue
            hit = any(t.start <= slot.head < t.end for t in tags)
            if hit or not (pending(slot.start, slot.end) or tagged(slot.start, slot.end)):
                counts = self.subjects.setdefault(slot.lemma, [0, 0])
                counts[0] += hit
                counts[1] += 1

    def to_dict(self) -> dict:
        return {"subjects": self.subjects, "rules": self.rules}

    @classmethod
    def from_dict(cls, data: dict) -> CueCounts:
        return cls({k: list(v) for k, v in data["subjects"].items()},
                   {k: list(v) for k, v in data["rules"].items()})

    def learned(self, level: float) -> dict[str, list[int]]:
        """The lemmas whose subjects are suggested at ``level``: [tagged, seen]."""
        return {lemma: [k, n] for lemma, (k, n) in self.subjects.items()
                if wilson(k, n) > level}

    def dropped(self, level: float) -> dict[str, list[int]]:
        """The rules' cues switched off at ``level``: [kept, suggested]."""
        return {lemma: [k, n] for lemma, (k, n) in self.rules.items()
                if wilson(k, n, upper=True) < level}

    def changes(self, sentence, base: Sequence[tuple[int, int]], level: float
                ) -> tuple[set[int], list[Slot]]:
        """Which of the ``base`` spans (the rules' or the finder's) a switched-off cue
        suggested, and the subjects of the learned cues that nothing suggested."""
        dropped = self.dropped(level)
        cue_of = {(r.start, r.end): lemma
                  for r, lemma in zip(sentence.rules, sentence.rule_cues, strict=True)}
        drop = {n for n, span in enumerate(base) if cue_of.get(span) in dropped}
        kept = [span for n, span in enumerate(base) if n not in drop]
        learned = self.learned(level)
        added: list[Slot] = []
        for slot in sentence.slots:
            taken = [(r.start, r.end) for r in sentence.rules] + kept + [
                (a.start, a.end) for a in added]
            if slot.lemma in learned and not _covered(slot, taken):
                added.append(slot)
        return drop, added

    def apply(self, sentence, sources: Sequence[SourceSuggestion], level: float
              ) -> list[SourceSuggestion]:
        """``sources`` without those of a switched-off cue, with the learned cues'."""
        drop, added = self.changes(sentence, [(s.start, s.end) for s in sources], level)
        out = [s for n, s in enumerate(sources) if n not in drop]
        learned = self.learned(level)
        for slot in added:
            k, n = learned[slot.lemma]
            out.append(SourceSuggestion(
                start=slot.start, end=slot.end, text=sentence.text[slot.start:slot.end],
                type=slot.type, quote=slot.quote, via=None, cue=slot.lemma,
                score=(k + 1) / (n + 2), reason=_why(slot.lemma, k, n)))
        return sorted(out, key=lambda s: s.start)

    def explain(self, sentence, sources: Sequence[SourceSuggestion], level: float
                ) -> list[SourceSuggestion]:
        """``sources`` with the learned cue that agrees with each, if any, in its reason
        (the finder's "learned from the tags: 97 %" then says what was learned)."""
        learned = self.learned(level)
        out = []
        for source in sources:
            slot = next((s for s in sentence.slots if s.lemma in learned
                         and source.start <= s.head < source.end), None)
            if slot is not None and "learned cue" not in source.reason:
                why = _why(slot.lemma, *learned[slot.lemma])
                source = replace(source, cue=source.cue or slot.lemma,
                                 reason=f"{source.reason}; {why}")
            out.append(source)
        return out


def _why(lemma: str, tagged: int, seen: int) -> str:
    return f'learned cue "{lemma}": {tagged} of {seen} subjects tagged'


def covers(start: int, end: int, tag) -> bool:
    """A suggestion matches a tag when it covers half of the tag's characters."""
    return min(end, tag.end) - max(start, tag.start) >= MATCH_SHARE * (tag.end - tag.start)


def kept_rule(rule: SourceSuggestion, tags: Sequence) -> bool:
    return any(covers(rule.start, rule.end, tag) for tag in tags)


def _covered(slot: Slot, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < slot.end and slot.start < b for a, b in spans)
